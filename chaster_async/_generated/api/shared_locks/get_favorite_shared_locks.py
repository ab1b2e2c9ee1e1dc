"""POST /favorites/shared-locks (getFavoriteSharedLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.get_favorite_shared_locks_dto import GetFavoriteSharedLocksDto
from ...models.get_favorite_shared_locks_rep_dto import GetFavoriteSharedLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["shared_locks.get_favorite_shared_locks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: GetFavoriteSharedLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/favorites/shared-locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetFavoriteSharedLocksDto, ("limit",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    *,
    client: Transport,
    body: GetFavoriteSharedLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetFavoriteSharedLocksRepDto:
    """Get user favorite shared locks

    ``POST /favorites/shared-locks`` (``shared_locks.get_favorite_shared_locks``, operationId
    ``getFavoriteSharedLocks``).

    Args:
        body: ``GetFavoriteSharedLocksDto`` or a mapping with its fields (spec names):
            ``limit``, ``lastId``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.
    Paginates (last_id): ``chaster.paginate(chaster.shared_locks.get_favorite_shared_locks,
    ...)`` yields every item, fetching pages as you iterate.

    Returns:
        GetFavoriteSharedLocksRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: GetFavoriteSharedLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetFavoriteSharedLocksRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetFavoriteSharedLocksRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
