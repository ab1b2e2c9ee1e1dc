"""GET /auth/profile (me)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse

from ...models.current_user import CurrentUser

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "me"


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/auth/profile",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> CurrentUser:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = CurrentUser._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> CurrentUser:
    """Get logged user information
    ``GET /auth/profile`` (operationId ``me``).
    Returns:
        CurrentUser
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
