"""GET /blocks/block-interaction/{targetUserId} (getBlockInteraction)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

from ...models.block_interaction import BlockInteraction

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "getBlockInteraction"


def _build_request(target_user_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path=f"/blocks/block-interaction/{_path_value(OPERATION_ID, 'target_user_id', target_user_id)}",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> BlockInteraction:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = BlockInteraction._from_json(payload)
    return result


async def asyncio(
    target_user_id: str, *, client: Transport, timeout: float | None = None
) -> BlockInteraction:
    """Find block interaction with another user
    ``GET /blocks/block-interaction/{targetUserId}`` (operationId ``getBlockInteraction``).
    Returns:
        BlockInteraction
    """
    payload = await client.send(_build_request(target_user_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
