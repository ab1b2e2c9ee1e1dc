"""POST /favorites/shared-locks (getFavoriteSharedLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import request_body as _request_body

from ...models.get_favorite_shared_locks_dto import GetFavoriteSharedLocksDto
from ...models.get_favorite_shared_locks_rep_dto import GetFavoriteSharedLocksRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "getFavoriteSharedLocks"


def _build_request(
    *, body: GetFavoriteSharedLocksDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/favorites/shared-locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetFavoriteSharedLocksDto, ("limit",)),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetFavoriteSharedLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = GetFavoriteSharedLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: GetFavoriteSharedLocksDto | Mapping[str, Any], timeout: float | None = None
) -> GetFavoriteSharedLocksRepDto:
    """Get user favorite shared locks
    ``POST /favorites/shared-locks`` (operationId ``getFavoriteSharedLocks``).
    Returns:
        GetFavoriteSharedLocksRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
