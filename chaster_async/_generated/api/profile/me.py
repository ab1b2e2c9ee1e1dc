"""GET /auth/profile (me)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request

from ...models.current_user import CurrentUser
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["profile.me"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/auth/profile",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CurrentUser:
    if payload is None:
        raise TypeError("the response has no body")
    result: CurrentUser
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CurrentUser._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> CurrentUser:
    """Get logged user information

    ``GET /auth/profile`` (``profile.me``, operationId ``me``).

    Args:
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        CurrentUser
    """
    return await client.call(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )


async def asyncio_raw(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CurrentUser]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CurrentUser``."""
    return await client.call_raw(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )
