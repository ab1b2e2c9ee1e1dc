"""GET /blocks/block-interaction/{targetUserId} (getBlockInteraction)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.block_interaction import BlockInteraction
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["blocks.get_block_interaction"]
OPERATION_ID = OPERATION.operation_id


def _build_request(target_user_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/blocks/block-interaction/{_path_value(OPERATION_ID, 'target_user_id', target_user_id)}",
        timeout=timeout,
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
    target_user_id: str, *, client: Transport, timeout: float | None = None
) -> BlockInteraction:
    """Find block interaction with another user

    ``GET /blocks/block-interaction/{targetUserId}`` (``blocks.get_block_interaction``,
    operationId ``getBlockInteraction``).

    Args:
        target_user_id: (path ``targetUserId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``profile``.

    Returns:
        BlockInteraction
    """
    payload = await client.send(_build_request(target_user_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
