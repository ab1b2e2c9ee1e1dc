"""GET /locks/shared-locks/{sharedLockId} (dEPRECATEDFindOne). Deprecated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.shared_lock_for_public import SharedLockForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["shared_locks.deprecated_find_one"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    shared_lock_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> SharedLockForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: SharedLockForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = SharedLockForPublic._from_json(payload)
    return result


async def asyncio(
    shared_lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> SharedLockForPublic:
    """Find a shared lock by id

    Use GET /shared-locks/:sharedLockId instead

    ``GET /locks/shared-locks/{sharedLockId}`` (``shared_locks.deprecated_find_one``,
    operationId ``dEPRECATEDFindOne``). Deprecated by Chaster.

    Args:
        shared_lock_id: (path ``sharedLockId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

    Returns:
        SharedLockForPublic
    """
    return await client.call(
        _build_request(shared_lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    shared_lock_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[SharedLockForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``SharedLockForPublic``."""
    return await client.call_raw(
        _build_request(shared_lock_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
