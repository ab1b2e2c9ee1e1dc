"""POST /api/developers/extensions (partnerExtensionsCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.create_partner_extension_dto import CreatePartnerExtensionDto
from ...models.partner_extension_for_dashboard import PartnerExtensionForDashboard
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.create"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *, body: CreatePartnerExtensionDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path="/api/developers/extensions",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreatePartnerExtensionDto, ("displayName",)),
        timeout=timeout,
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
    *, client: Transport, body: CreatePartnerExtensionDto | Mapping[str, Any], timeout: float | None = None
) -> PartnerExtensionForDashboard:
    """Create an extension

    ``POST /api/developers/extensions`` (``partner_extensions.create``, operationId
    ``partnerExtensionsCreate``).

    Args:
        body: ``CreatePartnerExtensionDto`` or a mapping with its fields (spec names):
            ``displayName`` (The name displayed to end users).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerExtensionForDashboard
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
