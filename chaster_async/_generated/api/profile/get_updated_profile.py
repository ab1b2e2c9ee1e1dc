"""GET /auth/profile/update (getUpdatedProfile)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request

from ...models.current_user_for_profile_settings import CurrentUserForProfileSettings
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["profile.get_updated_profile"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/auth/profile/update",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> CurrentUserForProfileSettings:
    if payload is None:
        raise TypeError("the response has no body")
    result: CurrentUserForProfileSettings
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CurrentUserForProfileSettings._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> CurrentUserForProfileSettings:
    """Update profile from the authentication server

    ``GET /auth/profile/update`` (``profile.get_updated_profile``, operationId
    ``getUpdatedProfile``).

    Args:
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        CurrentUserForProfileSettings
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
