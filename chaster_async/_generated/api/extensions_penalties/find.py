"""GET /locks/{lockId}/extensions/{extensionId}/penalty-session (find)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.penalty_session_for_public import PenaltySessionForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["extensions_penalties.find"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    extension_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}/penalty-session",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> PenaltySessionForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: PenaltySessionForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = PenaltySessionForPublic._from_json(payload)
    return result


async def asyncio(
    lock_id: str,
    extension_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> PenaltySessionForPublic:
    """GET /locks/{lockId}/extensions/{extensionId}/penalty-session

    ``GET /locks/{lockId}/extensions/{extensionId}/penalty-session``
    (``extensions_penalties.find``, operationId ``find``).

    Args:
        lock_id: (path ``lockId``).
        extension_id: (path ``extensionId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        PenaltySessionForPublic
    """
    return await client.call(
        _build_request(
            lock_id, extension_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    lock_id: str,
    extension_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[PenaltySessionForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``PenaltySessionForPublic``."""
    return await client.call_raw(
        _build_request(
            lock_id, extension_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
