"""POST /locks (lockCreationCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.create_lock_dto import CreateLockDto
from ...models.lock_created_rep_dto import LockCreatedRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["lock_creation.create"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: CreateLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(
            OPERATION_ID,
            body,
            CreateLockDto,
            (
                "minDuration",
                "maxDuration",
                "maxLimitDuration",
                "displayRemainingTime",
                "limitLockTime",
                "combinationId",
                "extensions",
                "allowSessionOffer",
                "isTestLock",
                "hideTimeLogs",
            ),
        ),
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
    *,
    client: Transport,
    body: CreateLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> LockCreatedRepDto:
    """Create a lock

    Creates a personal lock. To create a lock, you must first create a combination by using the
    combination endpoints, and then provide its identifier.

    ``POST /locks`` (``lock_creation.create``, operationId ``lockCreationCreate``).

    Args:
        body: ``CreateLockDto`` or a mapping with its fields (spec names): ``minDuration`` (Min
            duration in seconds), ``maxDuration`` (Max duration in seconds),
            ``maxLimitDuration`` (Max limit duration in seconds), ``displayRemainingTime`` (True
            if the user can view the remaining time), ``limitLockTime`` (True if the lock is
            limited in duration), ``combinationId`` (The combination id  A combination object
            can be created by using the combination endpoints), ``extensions``,
            ``allowSessionOffer`` (True if the wearer can offer the lock to a keyholder),
            ``isTestLock`` (Whether the lock is a test lock and counts in the user stats),
            ``hideTimeLogs`` (True if the time information should be hidden from the history).
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
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: CreateLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[LockCreatedRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``LockCreatedRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
