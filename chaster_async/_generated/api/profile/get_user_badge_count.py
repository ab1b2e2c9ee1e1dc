"""GET /users/badge/count (getUserBadgeCount)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request

from ...models.user_badge_count import UserBadgeCount
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["profile.get_user_badge_count"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/users/badge/count",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> UserBadgeCount:
    if payload is None:
        raise TypeError("the response has no body")
    result: UserBadgeCount
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = UserBadgeCount._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> UserBadgeCount:
    """Get the user badge count

    Returns the user badge count

    ``GET /users/badge/count`` (``profile.get_user_badge_count``, operationId
    ``getUserBadgeCount``).

    Args:
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        UserBadgeCount
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
