"""GET /blocks (findBlocks)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request

from ...models.find_blocks_rep_dto import FindBlocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["blocks.find_blocks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/blocks",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> FindBlocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: FindBlocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = FindBlocksRepDto._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> FindBlocksRepDto:
    """Find blocked users

    ``GET /blocks`` (``blocks.find_blocks``, operationId ``findBlocks``).

    Args:
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``profile``.

    Returns:
        FindBlocksRepDto
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
