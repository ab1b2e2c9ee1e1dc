"""GET /api/extensions/sessions/{sessionId} (getExtensionSession)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value

from ...models.get_partner_session_rep_dto import GetPartnerSessionRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "getExtensionSession"


def _build_request(session_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetPartnerSessionRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = GetPartnerSessionRepDto._from_json(payload)
    return result


async def asyncio(
    session_id: str, *, client: Transport, timeout: float | None = None
) -> GetPartnerSessionRepDto:
    """Retrieve information from an extension lock session
    ``GET /api/extensions/sessions/{sessionId}`` (operationId ``getExtensionSession``).
    Returns:
        GetPartnerSessionRepDto
    """
    payload = await client.send(_build_request(session_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
