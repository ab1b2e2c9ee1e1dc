"""GET /public-locks/images/{sharedLockId} (getSharedLockImage)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["public_locks.get_shared_lock_image"]
OPERATION_ID = OPERATION.operation_id


def _build_request(shared_lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/public-locks/images/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(shared_lock_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Generate a shared lock image

    Generates an image illustrating the shared lock, to publish it on forums or social networks.

    ``GET /public-locks/images/{sharedLockId}`` (``public_locks.get_shared_lock_image``,
    operationId ``getSharedLockImage``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        None
    """
    payload = await client.send(_build_request(shared_lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
