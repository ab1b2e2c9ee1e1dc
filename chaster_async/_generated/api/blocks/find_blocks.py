"""GET /blocks (findBlocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request

from ...models.find_blocks_rep_dto import FindBlocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["blocks.find_blocks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/blocks",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> FindBlocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: FindBlocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = FindBlocksRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> FindBlocksRepDto:
    """Find blocked users

    ``GET /blocks`` (``blocks.find_blocks``, operationId ``findBlocks``).

    Args:
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``profile``.

    Returns:
        FindBlocksRepDto
    """
    return await client.call(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )


async def asyncio_raw(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[FindBlocksRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``FindBlocksRepDto``."""
    return await client.call_raw(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )
