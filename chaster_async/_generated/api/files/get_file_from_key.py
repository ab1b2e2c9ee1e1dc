"""GET /files/{fileKey} (getFileFromKey)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.get_file_from_key_rep_dto import GetFileFromKeyRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["files.get_file_from_key"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    file_key: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/files/{_path_value(OPERATION_ID, 'file_key', file_key)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> GetFileFromKeyRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetFileFromKeyRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetFileFromKeyRepDto._from_json(payload)
    return result


async def asyncio(
    file_key: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetFileFromKeyRepDto:
    """Find a file

    ``GET /files/{fileKey}`` (``files.get_file_from_key``, operationId ``getFileFromKey``).

    Args:
        file_key: (path ``fileKey``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        GetFileFromKeyRepDto
    """
    return await client.call(
        _build_request(file_key, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    file_key: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetFileFromKeyRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetFileFromKeyRepDto``."""
    return await client.call_raw(
        _build_request(file_key, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
