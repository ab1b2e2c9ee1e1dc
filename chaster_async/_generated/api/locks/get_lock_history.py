"""POST /locks/{lockId}/history (getLockHistory)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.get_history_rep_dto import GetHistoryRepDto
from ...models.get_lock_history_dto import GetLockHistoryDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.get_lock_history"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    *,
    body: GetLockHistoryDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/history",
        json=UNSET if isinstance(body, Unset) else _request_body(OPERATION_ID, body, GetLockHistoryDto, ()),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> GetHistoryRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetHistoryRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetHistoryRepDto._from_json(payload)
    return result


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    body: GetLockHistoryDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetHistoryRepDto:
    """Return lock history

    Returns a list of action logs

    ``POST /locks/{lockId}/history`` (``locks.get_lock_history``, operationId
    ``getLockHistory``).

    Args:
        lock_id: (path ``lockId``).
        body: ``GetLockHistoryDto`` or a mapping with its fields (spec names): ``extension`` (If
            provided, filter by extension slug), ``limit`` (Limit), ``lastId`` (Offset lastId).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.
    Paginates (last_id): ``chaster.paginate(chaster.locks.get_lock_history, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        GetHistoryRepDto
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
    body: GetLockHistoryDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetHistoryRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetHistoryRepDto``."""
    return await client.call_raw(
        _build_request(
            lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
