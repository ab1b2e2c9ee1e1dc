"""GET /locks/{lockId}/extensions/{extensionId} (getLockInfoFromExtension)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.get_lock_info_from_extension_rep_dto import GetLockInfoFromExtensionRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.get_lock_info_from_extension"]
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
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> GetLockInfoFromExtensionRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetLockInfoFromExtensionRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetLockInfoFromExtensionRepDto._from_json(payload)
    return result


async def asyncio(
    lock_id: str,
    extension_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetLockInfoFromExtensionRepDto:
    """Get information from an extension for a given lock

    ``GET /locks/{lockId}/extensions/{extensionId}`` (``locks.get_lock_info_from_extension``,
    operationId ``getLockInfoFromExtension``).

    Args:
        lock_id: (path ``lockId``).
        extension_id: (path ``extensionId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        GetLockInfoFromExtensionRepDto
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
) -> RawResponse[GetLockInfoFromExtensionRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetLockInfoFromExtensionRepDto``."""
    return await client.call_raw(
        _build_request(
            lock_id, extension_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
