"""POST /users/search (searchUsers)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_users_dto import SearchUsersDto
from ...models.search_users_rep_dto import SearchUsersRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["users.search_users"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, body: SearchUsersDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/users/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SearchUsersDto, ("criteria", "limit")),
        timeout=timeout,
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
    *, client: Transport, body: SearchUsersDto | Mapping[str, Any], timeout: float | None = None
) -> SearchUsersRepDto:
    """Search users

    ``POST /users/search`` (``users.search_users``, operationId ``searchUsers``).

    Args:
        body: ``SearchUsersDto`` or a mapping with its fields (spec names): ``criteria``,
            ``limit``, ``lastId``, ``lastAccessForUserList``.
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).
    Paginates (last_id): ``chaster.paginate(chaster.users.search_users, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        SearchUsersRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
