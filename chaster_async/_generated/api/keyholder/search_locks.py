"""POST /keyholder/locks/search (searchLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.keyholder_search_locks_dto import KeyholderSearchLocksDto
from ...models.keyholder_search_locks_rep_dto import KeyholderSearchLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["keyholder.search_locks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: KeyholderSearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/keyholder/locks/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, KeyholderSearchLocksDto, ()),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> KeyholderSearchLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: KeyholderSearchLocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = KeyholderSearchLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: KeyholderSearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> KeyholderSearchLocksRepDto:
    """Search locked users

    ``POST /keyholder/locks/search`` (``keyholder.search_locks``, operationId ``searchLocks``).

    Args:
        body: ``KeyholderSearchLocksDto`` or a mapping with its fields (spec names):
            ``criteria``, ``status`` (Filter by lock status), ``search`` (Search by username of
            shared lock name Min. 2 characters), ``page`` (Page number (starts with 0)),
            ``limit`` (Number of items returned).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.
    Paginates (page): ``chaster.paginate(chaster.keyholder.search_locks, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        KeyholderSearchLocksRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: KeyholderSearchLocksDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[KeyholderSearchLocksRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``KeyholderSearchLocksRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
