"""PUT /locks/{lockId}/is-test-lock (setAsTestLock)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["locks.set_as_test_lock"]
OPERATION_ID = OPERATION.operation_id


def _build_request(lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/is-test-lock",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(lock_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Set an archived lock as a test lock

    ``PUT /locks/{lockId}/is-test-lock`` (``locks.set_as_test_lock``, operationId
    ``setAsTestLock``).

    Args:
        lock_id: (path ``lockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
