"""GET /session-offer/token/{offerToken} (getLockKeyholdingRequest)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.lock_for_public import LockForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["session_offer.get_lock_keyholding_request"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    offer_token: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/session-offer/token/{_path_value(OPERATION_ID, 'offer_token', offer_token)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> LockForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: LockForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = LockForPublic._from_json(payload)
    return result


async def asyncio(
    offer_token: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> LockForPublic:
    """Retrive public information of a lock

    Retrieves public information of the lock for the visitor who received a keyholding request
    link

    ``GET /session-offer/token/{offerToken}`` (``session_offer.get_lock_keyholding_request``,
    operationId ``getLockKeyholdingRequest``).

    Args:
        offer_token: (path ``offerToken``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        LockForPublic
    """
    return await client.call(
        _build_request(offer_token, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    offer_token: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[LockForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``LockForPublic``."""
    return await client.call_raw(
        _build_request(offer_token, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
