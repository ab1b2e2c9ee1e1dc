"""The ``users`` operations, as methods of :class:`UsersApi` (``chaster.users``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._runtime import Transport

    from ...models.search_user_username_dto import SearchUserUsernameDto
    from ...models.search_users_dto import SearchUsersDto
    from ...models.user_for_public import UserForPublic


class UsersApi:
    """Operations tagged ``users``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> operationId, for chaster.paginate() and scope lookups.
    OPERATION_IDS: dict[str, str] = {
        "get_user_by_discord_id": "getUserByDiscordId",
        "search_by_username": "searchByUsername",
        "search_users": "searchUsers",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_user_by_discord_id(self, discord_id: str, *, timeout: float | None = None) -> UserForPublic:
        """Search a user by its Discord id
        ``GET /users/search/by-discord-id/{discordId}`` (operationId ``getUserByDiscordId``).
        """
        from ..users.get_user_by_discord_id import asyncio as _call

        return await _call(discord_id, client=self._transport, timeout=timeout)

    async def search_by_username(
        self, *, body: SearchUserUsernameDto | Mapping[str, Any], timeout: float | None = None
    ) -> list[UserForPublic]:
        """Search a user by its username
        ``POST /users/search/by-username`` (operationId ``searchByUsername``).
        """
        from ..users.search_by_username import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def search_users(
        self, *, body: SearchUsersDto | Mapping[str, Any], timeout: float | None = None
    ) -> None:
        """Search users
        ``POST /users/search`` (operationId ``searchUsers``).
        """
        from ..users.search_users import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
