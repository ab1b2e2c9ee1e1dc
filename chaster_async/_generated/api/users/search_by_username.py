"""POST /users/search/by-username (searchByUsername)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import null_items_are_deviations as _null_items_are_deviations
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.search_user_username_dto import SearchUserUsernameDto
from ...models.user_for_public import UserForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["users.search_by_username"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: SearchUserUsernameDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/users/search/by-username",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SearchUserUsernameDto, ("search",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


@_null_items_are_deviations
def _parse_response(payload: Any) -> list[UserForPublic]:
    if payload is None:
        raise TypeError("the response has no body")
    result: list[UserForPublic]
    if not isinstance(payload, list):
        raise _expected("an array", payload)
    _list1: list[Any] = []
    _value2: Any
    for _item0 in payload:
        if _item0 is None:
            _value2 = None
        else:
            if not isinstance(_item0, dict):
                raise _expected("an object", _item0)
            _value2 = UserForPublic._from_json(_item0)
        _list1.append(_value2)
    result = _list1
    return result


async def asyncio(
    *,
    client: Transport,
    body: SearchUserUsernameDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> list[UserForPublic]:
    """Search a user by its username

    ``POST /users/search/by-username`` (``users.search_by_username``, operationId
    ``searchByUsername``).

    Args:
        body: ``SearchUserUsernameDto`` or a mapping with its fields (spec names): ``search``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        list[UserForPublic]
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: SearchUserUsernameDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[list[UserForPublic]]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``list[UserForPublic]``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
