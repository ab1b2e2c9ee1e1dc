"""GET /explore/categories (publicLocksFindAll)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import null_items_are_deviations as _null_items_are_deviations
from chaster_async._request import Request

from ...models.explore_category_for_admin import ExploreCategoryForAdmin
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["public_locks.find_all"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/explore/categories",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


@_null_items_are_deviations
def _parse_response(payload: Any) -> list[ExploreCategoryForAdmin]:
    if payload is None:
        raise TypeError("the response has no body")
    result: list[ExploreCategoryForAdmin]
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
            _value2 = ExploreCategoryForAdmin._from_json(_item0)
        _list1.append(_value2)
    result = _list1
    return result


async def asyncio(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> list[ExploreCategoryForAdmin]:
    """Find Explore page locks

    Returns the locks of the Explore page

    ``GET /explore/categories`` (``public_locks.find_all``, operationId ``publicLocksFindAll``).

    Args:
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: public (no token needed).

    Returns:
        list[ExploreCategoryForAdmin]
    """
    return await client.call(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )


async def asyncio_raw(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[list[ExploreCategoryForAdmin]]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``list[ExploreCategoryForAdmin]``."""
    return await client.call_raw(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )
