"""POST /locks/search (locksSearch)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_locks_dto import SearchLocksDto
from ...models.search_locks_rep_dto import SearchLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["locks.search"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, body: SearchLocksDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/locks/search",
        json=UNSET if isinstance(body, Unset) else _request_body(OPERATION_ID, body, SearchLocksDto, ()),
        timeout=timeout,
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
    *, client: Transport, body: SearchLocksDto | Mapping[str, Any], timeout: float | None = None
) -> SearchLocksRepDto:
    """Get user locks

    Search for user locks

    ``POST /locks/search`` (``locks.search``, operationId ``locksSearch``).

    Args:
        body: ``SearchLocksDto`` or a mapping with its fields (spec names):
            ``filterByArchivedLocks``, ``limit``, ``cursor``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.
    Paginates (cursor): ``chaster.paginate(chaster.locks.search, ...)`` yields every item,
    fetching pages as you iterate.

    Returns:
        SearchLocksRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
