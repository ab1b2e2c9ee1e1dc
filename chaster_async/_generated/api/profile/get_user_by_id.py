"""GET /users/profile/by-id/{userId} (getUserById)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.user_for_public import UserForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["profile.get_user_by_id"]
OPERATION_ID = OPERATION.operation_id


def _build_request(user_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/users/profile/by-id/{_path_value(OPERATION_ID, 'user_id', user_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> UserForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: UserForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = UserForPublic._from_json(payload)
    return result


async def asyncio(user_id: str, *, client: Transport, timeout: float | None = None) -> UserForPublic:
    """Find a user by id

    ``GET /users/profile/by-id/{userId}`` (``profile.get_user_by_id``, operationId
    ``getUserById``).

    Args:
        user_id: (path ``userId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: public (no token needed).

    Returns:
        UserForPublic
    """
    payload = await client.send(_build_request(user_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
