"""POST /favorites/shared-locks (getFavoriteSharedLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.get_favorite_shared_locks_dto import GetFavoriteSharedLocksDto
from ...models.get_favorite_shared_locks_rep_dto import GetFavoriteSharedLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["shared_locks.get_favorite_shared_locks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *, body: GetFavoriteSharedLocksDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path="/favorites/shared-locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetFavoriteSharedLocksDto, ("limit",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetFavoriteSharedLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetFavoriteSharedLocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetFavoriteSharedLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: GetFavoriteSharedLocksDto | Mapping[str, Any], timeout: float | None = None
) -> GetFavoriteSharedLocksRepDto:
    """Get user favorite shared locks

    ``POST /favorites/shared-locks`` (``shared_locks.get_favorite_shared_locks``, operationId
    ``getFavoriteSharedLocks``).

    Args:
        body: ``GetFavoriteSharedLocksDto`` or a mapping with its fields (spec names):
            ``limit``, ``lastId``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.
    Paginates (last_id): ``chaster.paginate(chaster.shared_locks.get_favorite_shared_locks,
    ...)`` yields every item, fetching pages as you iterate.

    Returns:
        GetFavoriteSharedLocksRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
