"""POST /shared-locks (sharedLocksCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.create_shared_lock_rep_dto import CreateSharedLockRepDto
from ...models.create_update_shared_lock_dto import CreateUpdateSharedLockDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["shared_locks.create"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/shared-locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(
            OPERATION_ID,
            body,
            CreateUpdateSharedLockDto,
            (
                "minDuration",
                "maxDuration",
                "maxLimitDuration",
                "minDate",
                "maxDate",
                "maxLimitDate",
                "displayRemainingTime",
                "limitLockTime",
                "isPublic",
                "maxLockedUsers",
                "password",
                "requireContact",
                "name",
                "description",
                "photoId",
                "hideTimeLogs",
                "isFindom",
            ),
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CreateSharedLockRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: CreateSharedLockRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CreateSharedLockRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> CreateSharedLockRepDto:
    """Create a shared lock

    Creates a shared lock

    ``POST /shared-locks`` (``shared_locks.create``, operationId ``sharedLocksCreate``).

    Args:
        body: ``CreateUpdateSharedLockDto`` or a mapping with its fields (spec names):
            ``minDuration`` (The minimum duration, in seconds), ``maxDuration`` (The maximum
            duration, in seconds), ``maxLimitDuration`` (The maximum duration of the lock, in
            seconds  After this duration, the wearer can release themself regardless of the
            timer or extension restrictions), ``minDate`` (The minimum date), ``maxDate`` (The
            maximum date), ``maxLimitDate`` (The maximum date of the lock  After this date, the
            wearer can release themself regardless of the timer or extension restrictions),
            ``displayRemainingTime`` (Whether the remaining time should be displayed to the
            wearer), ``limitLockTime`` (Whether the lock is limited in time), ``isPublic``
            (Whether the lock is public), ``maxLockedUsers`` (The number of maximum locked users
            for this shared lock), ``password`` (An optional password), ``requireContact``
            (Whether the shared lock requires contact from wearer  Displayed for information
            purposes only on the lock page), ``name`` (The name), ``description`` (The
            description), ``photoId`` (The Unsplash photo id), ``hideTimeLogs`` (Whether the
            time information should be hidden from the history), ``isFindom`` (Whether the lock
            is a findom lock), ``tags`` (Tags).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

    Returns:
        CreateSharedLockRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CreateSharedLockRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CreateSharedLockRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
