"""POST /public-locks/search (publicLocksSearch)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_public_lock_dto import SearchPublicLockDto
from ...models.search_public_lock_rep_dto import SearchPublicLockRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["public_locks.search"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, body: SearchPublicLockDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/public-locks/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SearchPublicLockDto, ("criteria", "limit")),
        timeout=timeout,
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
    *, client: Transport, body: SearchPublicLockDto | Mapping[str, Any], timeout: float | None = None
) -> SearchPublicLockRepDto:
    """Search for locks

    ``POST /public-locks/search`` (``public_locks.search``, operationId ``publicLocksSearch``).

    Args:
        body: ``SearchPublicLockDto`` or a mapping with its fields (spec names): ``criteria``,
            ``limit``, ``lastId`` (Last id of the last result This field is deprecated, use
            cursor instead), ``cursor`` (Cursor for pagination Use the cursor provided in the
            last result to get the next page of results).
        timeout: seconds allowed for this call (default: the client's).

    Access: public (no token needed).
    Paginates (cursor): ``chaster.paginate(chaster.public_locks.search, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        SearchPublicLockRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
