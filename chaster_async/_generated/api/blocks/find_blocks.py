"""GET /blocks (findBlocks)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse

from ...models.find_blocks_rep_dto import FindBlocksRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "findBlocks"


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/blocks",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> FindBlocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = FindBlocksRepDto._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> FindBlocksRepDto:
    """Find blocked users
    ``GET /blocks`` (operationId ``findBlocks``).
    Returns:
        FindBlocksRepDto
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
