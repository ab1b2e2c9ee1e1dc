"""PUT /api/extensions/configurations/{token} (updateConfiguration)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.partner_configuration_for_public import PartnerConfigurationForPublic
from ...models.update_partner_configuration_dto import UpdatePartnerConfigurationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.update_configuration"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    token: str,
    *,
    body: UpdatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/configurations/{_path_value(OPERATION_ID, 'token', token)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdatePartnerConfigurationDto, ("config",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
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
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerConfigurationForPublic
    """
    return await client.call(
        _build_request(
            token, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    token: str,
    *,
    client: Transport,
    body: UpdatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerConfigurationForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``PartnerConfigurationForPublic``."""
    return await client.call_raw(
        _build_request(
            token, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
