"""DELETE /shared-locks/{sharedLockId}/favorite (removeFavorite)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["shared_locks.remove_favorite"]
OPERATION_ID = OPERATION.operation_id


def _build_request(shared_lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}/favorite",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(shared_lock_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Remove a favorite shared lock

    ``DELETE /shared-locks/{sharedLockId}/favorite`` (``shared_locks.remove_favorite``,
    operationId ``removeFavorite``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

    Returns:
        None
    """
    payload = await client.send(_build_request(shared_lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
