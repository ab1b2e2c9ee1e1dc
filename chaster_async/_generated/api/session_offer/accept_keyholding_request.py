"""GET /session-offer/token/{offerToken}/accept (acceptKeyholdingRequest)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["session_offer.accept_keyholding_request"]
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
        path=f"/session-offer/token/{_path_value(OPERATION_ID, 'offer_token', offer_token)}/accept",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    offer_token: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Accept a keyholding request

    Accepts a keyholding request from a wearer. By accepting the request, you will become the
    keyholder. The `offerToken` parameter can be found in the `LockForPublic` object, if the
    user has enabled this option when creating the lock.

    ``GET /session-offer/token/{offerToken}/accept``
    (``session_offer.accept_keyholding_request``, operationId ``acceptKeyholdingRequest``).

    Args:
        offer_token: (path ``offerToken``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

    Returns:
        None
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
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(offer_token, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
