"""GET /api/extensions/sessions/{sessionId} (getExtensionSession)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.get_partner_session_rep_dto import GetPartnerSessionRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.get_extension_session"]
OPERATION_ID = OPERATION.operation_id


def _build_request(session_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetPartnerSessionRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetPartnerSessionRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetPartnerSessionRepDto._from_json(payload)
    return result


async def asyncio(
    session_id: str, *, client: Transport, timeout: float | None = None
) -> GetPartnerSessionRepDto:
    """Retrieve information from an extension lock session

    ``GET /api/extensions/sessions/{sessionId}`` (``partner_extensions.get_extension_session``,
    operationId ``getExtensionSession``).

    Args:
        session_id: (path ``sessionId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        GetPartnerSessionRepDto
    """
    payload = await client.send(_build_request(session_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
