"""POST /api/developers/extensions (partnerExtensionsCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.create_partner_extension_dto import CreatePartnerExtensionDto
from ...models.partner_extension_for_dashboard import PartnerExtensionForDashboard
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.create"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: CreatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/api/developers/extensions",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreatePartnerExtensionDto, ("displayName",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> PartnerExtensionForDashboard:
    if payload is None:
        raise TypeError("the response has no body")
    result: PartnerExtensionForDashboard
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = PartnerExtensionForDashboard._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: CreatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> PartnerExtensionForDashboard:
    """Create an extension

    ``POST /api/developers/extensions`` (``partner_extensions.create``, operationId
    ``partnerExtensionsCreate``).

    Args:
        body: ``CreatePartnerExtensionDto`` or a mapping with its fields (spec names):
            ``displayName`` (The name displayed to end users).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerExtensionForDashboard
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: CreatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerExtensionForDashboard]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``PartnerExtensionForDashboard``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
