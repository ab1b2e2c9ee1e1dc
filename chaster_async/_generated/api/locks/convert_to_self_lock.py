"""POST /locks/{lockId}/convert-to-self-lock (convertToSelfLock)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "convertToSelfLock"


def _build_request(lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/convert-to-self-lock",
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(lock_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Convert a lock to a self lock
    Converts a lock to a self lock. Only the wearer can convert a lock to a self lock.

    ``POST /locks/{lockId}/convert-to-self-lock`` (operationId ``convertToSelfLock``).
    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
