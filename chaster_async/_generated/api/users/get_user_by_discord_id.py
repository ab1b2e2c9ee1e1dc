"""GET /users/search/by-discord-id/{discordId} (getUserByDiscordId)"""

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

OPERATION = _OPERATIONS.by_key["users.get_user_by_discord_id"]
OPERATION_ID = OPERATION.operation_id


def _build_request(discord_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/users/search/by-discord-id/{_path_value(OPERATION_ID, 'discord_id', discord_id)}",
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


async def asyncio(discord_id: str, *, client: Transport, timeout: float | None = None) -> UserForPublic:
    """Search a user by its Discord id

    ``GET /users/search/by-discord-id/{discordId}`` (``users.get_user_by_discord_id``,
    operationId ``getUserByDiscordId``).

    Args:
        discord_id: (path ``discordId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        UserForPublic
    """
    payload = await client.send(_build_request(discord_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
