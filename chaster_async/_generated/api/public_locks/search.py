"""POST /public-locks/search (publicLocksSearch)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_public_lock_dto import SearchPublicLockDto
from ...models.search_public_lock_rep_dto import SearchPublicLockRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["public_locks.search"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: SearchPublicLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/public-locks/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SearchPublicLockDto, ("criteria", "limit")),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> SearchPublicLockRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: SearchPublicLockRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = SearchPublicLockRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: SearchPublicLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> SearchPublicLockRepDto:
    """Search for locks

    ``POST /public-locks/search`` (``public_locks.search``, operationId ``publicLocksSearch``).

    Args:
        body: ``SearchPublicLockDto`` or a mapping with its fields (spec names): ``criteria``,
            ``limit``, ``lastId`` (Last id of the last result This field is deprecated, use
            cursor instead), ``cursor`` (Cursor for pagination Use the cursor provided in the
            last result to get the next page of results).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: public (no token needed).
    Paginates (cursor): ``chaster.paginate(chaster.public_locks.search, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        SearchPublicLockRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: SearchPublicLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[SearchPublicLockRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``SearchPublicLockRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
