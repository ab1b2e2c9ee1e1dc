"""GET /locks/{lockId}/extensions/{extensionId}/penalty-session (find)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

from ...models.penalty_session_for_public import PenaltySessionForPublic

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "find"


def _build_request(lock_id: str, extension_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}/penalty-session",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> PenaltySessionForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = PenaltySessionForPublic._from_json(payload)
    return result


async def asyncio(
    lock_id: str, extension_id: str, *, client: Transport, timeout: float | None = None
) -> PenaltySessionForPublic:
    """GET /locks/{lockId}/extensions/{extensionId}/penalty-session
    ``GET /locks/{lockId}/extensions/{extensionId}/penalty-session`` (operationId ``find``).
    Returns:
        PenaltySessionForPublic
    """
    payload = await client.send(_build_request(lock_id, extension_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
