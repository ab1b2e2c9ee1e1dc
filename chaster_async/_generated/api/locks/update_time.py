"""POST /locks/{lockId}/update-time (updateTime)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.update_time_dto import UpdateTimeDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.update_time"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    *,
    body: UpdateTimeDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/update-time",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdateTimeDto, ("duration",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    body: UpdateTimeDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Update lock duration

    Adds or removes duration to a lock. Keyholders can add or remove time, while wearers can
    only add time.

    ``POST /locks/{lockId}/update-time`` (``locks.update_time``, operationId ``updateTime``).

    Args:
        lock_id: (path ``lockId``).
        body: ``UpdateTimeDto`` or a mapping with its fields (spec names): ``duration`` (The
            duration to add, in seconds  Wearer can only add duration (positive values), unlike
            keyholders who can add or remove time).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    return await client.call(
        _build_request(
            lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    lock_id: str,
    *,
    client: Transport,
    body: UpdateTimeDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
