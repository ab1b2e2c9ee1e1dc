"""POST /users/search (searchUsers)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_users_dto import SearchUsersDto
from ...models.search_users_rep_dto import SearchUsersRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["users.search_users"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: SearchUsersDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/users/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SearchUsersDto, ("criteria", "limit")),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> SearchUsersRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: SearchUsersRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = SearchUsersRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: SearchUsersDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> SearchUsersRepDto:
    """Search users

    ``POST /users/search`` (``users.search_users``, operationId ``searchUsers``).

    Args:
        body: ``SearchUsersDto`` or a mapping with its fields (spec names): ``criteria``,
            ``limit``, ``lastId``, ``lastAccessForUserList``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).
    Paginates (last_id): ``chaster.paginate(chaster.users.search_users, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        SearchUsersRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: SearchUsersDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[SearchUsersRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``SearchUsersRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
