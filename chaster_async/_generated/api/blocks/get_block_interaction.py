"""GET /blocks/block-interaction/{targetUserId} (getBlockInteraction)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.block_interaction import BlockInteraction
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["blocks.get_block_interaction"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    target_user_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/blocks/block-interaction/{_path_value(OPERATION_ID, 'target_user_id', target_user_id)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> BlockInteraction:
    if payload is None:
        raise TypeError("the response has no body")
    result: BlockInteraction
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = BlockInteraction._from_json(payload)
    return result


async def asyncio(
    target_user_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> BlockInteraction:
    """Find block interaction with another user

    ``GET /blocks/block-interaction/{targetUserId}`` (``blocks.get_block_interaction``,
    operationId ``getBlockInteraction``).

    Args:
        target_user_id: (path ``targetUserId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``profile``.

    Returns:
        BlockInteraction
    """
    return await client.call(
        _build_request(target_user_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    target_user_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[BlockInteraction]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``BlockInteraction``."""
    return await client.call_raw(
        _build_request(target_user_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
