"""GET /locks/{lockId}/combination (combination)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.combination_for_public import CombinationForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.combination"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/combination",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CombinationForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: CombinationForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CombinationForPublic._from_json(payload)
    return result


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> CombinationForPublic:
    """Find a lock combination

    Finds a lock combination

    ``GET /locks/{lockId}/combination`` (``locks.combination``, operationId ``combination``).

    Args:
        lock_id: (path ``lockId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        CombinationForPublic
    """
    return await client.call(
        _build_request(lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CombinationForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CombinationForPublic``."""
    return await client.call_raw(
        _build_request(lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
