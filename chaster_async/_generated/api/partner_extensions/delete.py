"""DELETE /api/developers/extensions/{extensionId} (delete)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.delete"]
OPERATION_ID = OPERATION.operation_id


def _build_request(extension_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/developers/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(extension_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Delete an extension

    ``DELETE /api/developers/extensions/{extensionId}`` (``partner_extensions.delete``,
    operationId ``delete``).

    Args:
        extension_id: (path ``extensionId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        None
    """
    payload = await client.send(_build_request(extension_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
