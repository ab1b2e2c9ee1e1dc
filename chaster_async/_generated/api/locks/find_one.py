"""GET /locks/{lockId} (locksFindOne)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.lock_for_public import LockForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["locks.find_one"]
OPERATION_ID = OPERATION.operation_id


def _build_request(lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> LockForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: LockForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = LockForPublic._from_json(payload)
    return result


async def asyncio(lock_id: str, *, client: Transport, timeout: float | None = None) -> LockForPublic:
    """Get a lock by id

    Returns a lock by id

    ``GET /locks/{lockId}`` (``locks.find_one``, operationId ``locksFindOne``).

    Args:
        lock_id: (path ``lockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        LockForPublic
    """
    payload = await client.send(_build_request(lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
