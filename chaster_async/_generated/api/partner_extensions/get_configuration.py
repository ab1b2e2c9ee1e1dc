"""GET /api/extensions/configurations/{token} (getConfiguration)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.partner_configuration_for_public import PartnerConfigurationForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.get_configuration"]
OPERATION_ID = OPERATION.operation_id


def _build_request(token: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/configurations/{_path_value(OPERATION_ID, 'token', token)}",
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
    token: str, *, client: Transport, timeout: float | None = None
) -> PartnerConfigurationForPublic:
    """Retrieve the extension configuration from a configuration token.              The
    configuration token is passed in hash parameters of your configuration page.

    ``GET /api/extensions/configurations/{token}`` (``partner_extensions.get_configuration``,
    operationId ``getConfiguration``).

    Args:
        token: (path ``token``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerConfigurationForPublic
    """
    payload = await client.send(_build_request(token, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
