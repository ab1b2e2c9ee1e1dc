"""POST /locks/search (locksSearch)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_locks_dto import SearchLocksDto
from ...models.search_locks_rep_dto import SearchLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.search"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: SearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/locks/search",
        json=UNSET if isinstance(body, Unset) else _request_body(OPERATION_ID, body, SearchLocksDto, ()),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> SearchLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: SearchLocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = SearchLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: SearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> SearchLocksRepDto:
    """Get user locks

    Search for user locks

    ``POST /locks/search`` (``locks.search``, operationId ``locksSearch``).

    Args:
        body: ``SearchLocksDto`` or a mapping with its fields (spec names):
            ``filterByArchivedLocks``, ``limit``, ``cursor``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.
    Paginates (cursor): ``chaster.paginate(chaster.locks.search, ...)`` yields every item,
    fetching pages as you iterate.

    Returns:
        SearchLocksRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: SearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[SearchLocksRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``SearchLocksRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
