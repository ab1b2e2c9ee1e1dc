"""GET /users/profile/{username}/details (getUserProfile)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.profile_rep_dto import ProfileRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["profile.get_user_profile"]
OPERATION_ID = OPERATION.operation_id


def _build_request(username: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/users/profile/{_path_value(OPERATION_ID, 'username', username)}/details",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> ProfileRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: ProfileRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = ProfileRepDto._from_json(payload)
    return result


async def asyncio(username: str, *, client: Transport, timeout: float | None = None) -> ProfileRepDto:
    """Find a user profile with details

    ``GET /users/profile/{username}/details`` (``profile.get_user_profile``, operationId
    ``getUserProfile``).

    Args:
        username: (path ``username``).
        timeout: seconds allowed for this call (default: the client's).

    Access: public (no token needed).

    Returns:
        ProfileRepDto
    """
    payload = await client.send(_build_request(username, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
