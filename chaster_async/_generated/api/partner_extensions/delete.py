"""DELETE /api/developers/extensions/{extensionId} (delete)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "delete"


def _build_request(extension_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="DELETE",
        path=f"/api/developers/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(extension_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Delete an extension
    ``DELETE /api/developers/extensions/{extensionId}`` (operationId ``delete``).
    Returns:
        None
    """
    payload = await client.send(_build_request(extension_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
