"""GET /users/search/by-discord-id/{discordId} (getUserByDiscordId)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.user_for_public import UserForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["users.get_user_by_discord_id"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    discord_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/users/search/by-discord-id/{_path_value(OPERATION_ID, 'discord_id', discord_id)}",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> UserForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: UserForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = UserForPublic._from_json(payload)
    return result


async def asyncio(
    discord_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> UserForPublic:
    """Search a user by its Discord id

    ``GET /users/search/by-discord-id/{discordId}`` (``users.get_user_by_discord_id``,
    operationId ``getUserByDiscordId``).

    Args:
        discord_id: (path ``discordId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        UserForPublic
    """
    return await client.call(
        _build_request(discord_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    discord_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[UserForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``UserForPublic``."""
    return await client.call_raw(
        _build_request(discord_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
