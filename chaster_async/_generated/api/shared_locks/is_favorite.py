"""GET /shared-locks/{sharedLockId}/favorite (isFavorite)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.is_favorite_shared_lock_rep_dto import IsFavoriteSharedLockRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["shared_locks.is_favorite"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    shared_lock_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}/favorite",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    shared_lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> IsFavoriteSharedLockRepDto:
    """Check if the shared lock is in user favorites

    ``GET /shared-locks/{sharedLockId}/favorite`` (``shared_locks.is_favorite``, operationId
    ``isFavorite``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

    Returns:
        IsFavoriteSharedLockRepDto
    """
    return await client.call(
        _build_request(shared_lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    shared_lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[IsFavoriteSharedLockRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``IsFavoriteSharedLockRepDto``."""
    return await client.call_raw(
        _build_request(shared_lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
