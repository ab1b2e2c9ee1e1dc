"""GET /messaging/ignored-users (findIgnoredUsers)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request

from ...models.ignored_users_rep_dto import IgnoredUsersRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["messaging.find_ignored_users"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/messaging/ignored-users",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> IgnoredUsersRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: IgnoredUsersRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = IgnoredUsersRepDto._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> IgnoredUsersRepDto:
    """GET /messaging/ignored-users

    ``GET /messaging/ignored-users`` (``messaging.find_ignored_users``, operationId
    ``findIgnoredUsers``).

    Args:
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        IgnoredUsersRepDto
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
