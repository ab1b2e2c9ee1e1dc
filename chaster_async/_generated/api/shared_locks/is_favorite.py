"""GET /shared-locks/{sharedLockId}/favorite (isFavorite)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.is_favorite_shared_lock_rep_dto import IsFavoriteSharedLockRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["shared_locks.is_favorite"]
OPERATION_ID = OPERATION.operation_id


def _build_request(shared_lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}/favorite",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> IsFavoriteSharedLockRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: IsFavoriteSharedLockRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = IsFavoriteSharedLockRepDto._from_json(payload)
    return result


async def asyncio(
    shared_lock_id: str, *, client: Transport, timeout: float | None = None
) -> IsFavoriteSharedLockRepDto:
    """Check if the shared lock is in user favorites

    ``GET /shared-locks/{sharedLockId}/favorite`` (``shared_locks.is_favorite``, operationId
    ``isFavorite``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

    Returns:
        IsFavoriteSharedLockRepDto
    """
    payload = await client.send(_build_request(shared_lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
