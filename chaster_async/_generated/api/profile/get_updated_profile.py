"""GET /auth/profile/update (getUpdatedProfile)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse

from ...models.current_user_for_profile_settings import CurrentUserForProfileSettings

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "getUpdatedProfile"


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/auth/profile/update",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> CurrentUserForProfileSettings:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = CurrentUserForProfileSettings._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> CurrentUserForProfileSettings:
    """Update profile from the authentication server
    ``GET /auth/profile/update`` (operationId ``getUpdatedProfile``).
    Returns:
        CurrentUserForProfileSettings
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
