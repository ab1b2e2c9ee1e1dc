"""POST /public-locks/{sharedLockId}/create-lock (createLockFromSharedLock)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.create_lock_from_shared_lock_dto import CreateLockFromSharedLockDto
from ...models.lock_created_rep_dto import LockCreatedRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["lock_creation.create_lock_from_shared_lock"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    shared_lock_id: str,
    *,
    body: CreateLockFromSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/public-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}/create-lock",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreateLockFromSharedLockDto, ("combinationId",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> LockCreatedRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: LockCreatedRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = LockCreatedRepDto._from_json(payload)
    return result


async def asyncio(
    shared_lock_id: str,
    *,
    client: Transport,
    body: CreateLockFromSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> LockCreatedRepDto:
    """Create a lock from a shared lock

    Creates a lock from a shared lock. To create a lock, you must first create a combination and
    then provide its identifier.

    ``POST /public-locks/{sharedLockId}/create-lock``
    (``lock_creation.create_lock_from_shared_lock``, operationId ``createLockFromSharedLock``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        body: ``CreateLockFromSharedLockDto`` or a mapping with its fields (spec names):
            ``combinationId`` (The combination id), ``isTestLock`` (Whether the lock is a test
            lock and counts in the user stats Only available if the shared lock allows test
            locks), ``password`` (The shared lock password, if needed).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        LockCreatedRepDto
    """
    return await client.call(
        _build_request(
            shared_lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    shared_lock_id: str,
    *,
    client: Transport,
    body: CreateLockFromSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[LockCreatedRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``LockCreatedRepDto``."""
    return await client.call_raw(
        _build_request(
            shared_lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
