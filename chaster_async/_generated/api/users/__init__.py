"""The ``users`` operations, as methods of :class:`UsersApi` (``chaster.users``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.search_user_username_dto import SearchUserUsernameDto
    from ...models.search_users_dto import SearchUsersDto
    from ...models.search_users_rep_dto import SearchUsersRepDto
    from ...models.user_for_public import UserForPublic


class UsersApi:
    """Operations tagged ``users``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_user_by_discord_id": "users.get_user_by_discord_id",
        "search_by_username": "users.search_by_username",
        "search_users": "users.search_users",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_user_by_discord_id(
        self,
        discord_id: str,
        *,
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
        from ..users.get_user_by_discord_id import asyncio as _call

        return await _call(
            discord_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search_by_username(
        self,
        *,
        body: SearchUserUsernameDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[UserForPublic]:
        """Search a user by its username

        ``POST /users/search/by-username`` (``users.search_by_username``, operationId
        ``searchByUsername``).

        Args:
            body: ``SearchUserUsernameDto`` or a mapping with its fields (spec names): ``search``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            list[UserForPublic]
        """
        from ..users.search_by_username import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search_users(
        self,
        *,
        body: SearchUsersDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchUsersRepDto:
        """Search users

        ``POST /users/search`` (``users.search_users``, operationId ``searchUsers``).

        Args:
            body: ``SearchUsersDto`` or a mapping with its fields (spec names): ``criteria``,
                ``limit``, ``lastId``, ``lastAccessForUserList``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).
        Paginates (last_id): ``chaster.paginate(chaster.users.search_users, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            SearchUsersRepDto
        """
        from ..users.search_users import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawUsersApi:
    """``chaster.with_raw_response.users``: the methods of :class:`UsersApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_user_by_discord_id(
        self,
        discord_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[UserForPublic]:
        """:meth:`UsersApi.get_user_by_discord_id` with its answer (``GET /users/search/by-discord-id/{discordId}``)."""
        from ..users.get_user_by_discord_id import asyncio_raw as _call

        return await _call(
            discord_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search_by_username(
        self,
        *,
        body: SearchUserUsernameDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[UserForPublic]]:
        """:meth:`UsersApi.search_by_username` with its answer (``POST /users/search/by-username``)."""
        from ..users.search_by_username import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search_users(
        self,
        *,
        body: SearchUsersDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[SearchUsersRepDto]:
        """:meth:`UsersApi.search_users` with its answer (``POST /users/search``)."""
        from ..users.search_users import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
