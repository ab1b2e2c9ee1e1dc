"""GET /locks/user/{userId} (getUserLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import null_items_are_deviations as _null_items_are_deviations
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.lock_for_public import LockForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.get_user_locks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    user_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/user/{_path_value(OPERATION_ID, 'user_id', user_id)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


@_null_items_are_deviations
def _parse_response(payload: Any) -> list[LockForPublic]:
    if payload is None:
        raise TypeError("the response has no body")
    result: list[LockForPublic]
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
            _value2 = LockForPublic._from_json(_item0)
        _list1.append(_value2)
    result = _list1
    return result


async def asyncio(
    user_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> list[LockForPublic]:
    """Return the public locks of a user

    Returns the public locks of a user

    ``GET /locks/user/{userId}`` (``locks.get_user_locks``, operationId ``getUserLocks``).

    Args:
        user_id: (path ``userId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        list[LockForPublic]
    """
    return await client.call(
        _build_request(user_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    user_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[list[LockForPublic]]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``list[LockForPublic]``."""
    return await client.call_raw(
        _build_request(user_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
