"""PUT /api/extensions/configurations/{token} (updateConfiguration)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.partner_configuration_for_public import PartnerConfigurationForPublic
from ...models.update_partner_configuration_dto import UpdatePartnerConfigurationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.update_configuration"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    token: str, *, body: UpdatePartnerConfigurationDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/configurations/{_path_value(OPERATION_ID, 'token', token)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdatePartnerConfigurationDto, ("config",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> PartnerConfigurationForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: PartnerConfigurationForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = PartnerConfigurationForPublic._from_json(payload)
    return result


async def asyncio(
    token: str,
    *,
    client: Transport,
    body: UpdatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
) -> PartnerConfigurationForPublic:
    """Update the extension configuration from a configuration token.              The
    configuration token is passed in hash parameters of your configuration page.

    ``PUT /api/extensions/configurations/{token}`` (``partner_extensions.update_configuration``,
    operationId ``updateConfiguration``).

    Args:
        token: (path ``token``).
        body: ``UpdatePartnerConfigurationDto`` or a mapping with its fields (spec names):
            ``config`` (The configuration object).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerConfigurationForPublic
    """
    payload = await client.send(_build_request(token, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
