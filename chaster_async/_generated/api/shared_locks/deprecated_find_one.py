"""GET /locks/shared-locks/{sharedLockId} (dEPRECATEDFindOne). Deprecated."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

from ...models.shared_lock_for_public import SharedLockForPublic

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "dEPRECATEDFindOne"


def _build_request(shared_lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path=f"/locks/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> SharedLockForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = SharedLockForPublic._from_json(payload)
    return result


async def asyncio(
    shared_lock_id: str, *, client: Transport, timeout: float | None = None
) -> SharedLockForPublic:
    """Find a shared lock by id
    Use GET /shared-locks/:sharedLockId instead

    ``GET /locks/shared-locks/{sharedLockId}`` (operationId ``dEPRECATEDFindOne``). Deprecated by Chaster.
    Returns:
        SharedLockForPublic
    """
    payload = await client.send(_build_request(shared_lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
