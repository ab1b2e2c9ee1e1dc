"""PUT /locks/shared-locks/{sharedLockId} (dEPRECATEDUpdate). Deprecated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.create_update_shared_lock_dto import CreateUpdateSharedLockDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["shared_locks.deprecated_update"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    shared_lock_id: str,
    *,
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}",
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


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    shared_lock_id: str,
    *,
    client: Transport,
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Update a shared lock

    Use PUT /shared-locks/:sharedLockId

    ``PUT /locks/shared-locks/{sharedLockId}`` (``shared_locks.deprecated_update``, operationId
    ``dEPRECATEDUpdate``). Deprecated by Chaster.

    Args:
        shared_lock_id: (path ``sharedLockId``).
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
        None
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
    body: CreateUpdateSharedLockDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            shared_lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
