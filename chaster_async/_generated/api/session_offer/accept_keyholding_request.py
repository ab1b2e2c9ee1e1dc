"""GET /session-offer/token/{offerToken}/accept (acceptKeyholdingRequest)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["session_offer.accept_keyholding_request"]
OPERATION_ID = OPERATION.operation_id


def _build_request(offer_token: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/session-offer/token/{_path_value(OPERATION_ID, 'offer_token', offer_token)}/accept",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(offer_token: str, *, client: Transport, timeout: float | None = None) -> None:
    """Accept a keyholding request

    Accepts a keyholding request from a wearer. By accepting the request, you will become the
    keyholder. The `offerToken` parameter can be found in the `LockForPublic` object, if the
    user has enabled this option when creating the lock.

    ``GET /session-offer/token/{offerToken}/accept``
    (``session_offer.accept_keyholding_request``, operationId ``acceptKeyholdingRequest``).

    Args:
        offer_token: (path ``offerToken``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

    Returns:
        None
    """
    payload = await client.send(_build_request(offer_token, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
