"""GET /api/developers/extensions/{extensionId} (partnerExtensionsFindOne)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.partner_extension_for_dashboard import PartnerExtensionForDashboard
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.find_one"]
OPERATION_ID = OPERATION.operation_id


def _build_request(extension_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/developers/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
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
    extension_id: str, *, client: Transport, timeout: float | None = None
) -> PartnerExtensionForDashboard:
    """Find an extension

    ``GET /api/developers/extensions/{extensionId}`` (``partner_extensions.find_one``,
    operationId ``partnerExtensionsFindOne``).

    Args:
        extension_id: (path ``extensionId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerExtensionForDashboard
    """
    payload = await client.send(_build_request(extension_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
