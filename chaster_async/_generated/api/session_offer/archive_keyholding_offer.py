"""GET /session-offer/{sessionRequestId}/archive (archiveKeyholdingOffer)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["session_offer.archive_keyholding_offer"]
OPERATION_ID = OPERATION.operation_id


def _build_request(session_request_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/session-offer/{_path_value(OPERATION_ID, 'session_request_id', session_request_id)}/archive",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(session_request_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Archive a keyholding offer

    Archives a keyholding offer. If the offer is pending, it cancels the keyholding offer.

    ``GET /session-offer/{sessionRequestId}/archive``
    (``session_offer.archive_keyholding_offer``, operationId ``archiveKeyholdingOffer``).

    Args:
        session_request_id: (path ``sessionRequestId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    payload = await client.send(_build_request(session_request_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
