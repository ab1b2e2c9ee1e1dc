"""The ``profile`` operations, as methods of :class:`ProfileApi` (``chaster.profile``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.current_user import CurrentUser
    from ...models.current_user_for_profile_settings import CurrentUserForProfileSettings
    from ...models.lock_for_public import LockForPublic
    from ...models.profile_rep_dto import ProfileRepDto
    from ...models.user_badge_count import UserBadgeCount
    from ...models.user_for_public import UserForPublic


class ProfileApi:
    """Operations tagged ``profile``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_user_locks": "locks.get_user_locks",
        "get_updated_profile": "profile.get_updated_profile",
        "me": "profile.me",
        "get_user": "profile.get_user",
        "get_user_by_id": "profile.get_user_by_id",
        "get_user_profile": "profile.get_user_profile",
        "get_user_badge_count": "profile.get_user_badge_count",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_user_locks(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[LockForPublic]:
        """Return the public locks of a user

        Returns the public locks of a user

        ``GET /locks/user/{userId}`` (``locks.get_user_locks``, operationId ``getUserLocks``).

        Args:
            user_id: (path ``userId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            list[LockForPublic]
        """
        from ..locks.get_user_locks import asyncio as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_updated_profile(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CurrentUserForProfileSettings:
        """Update profile from the authentication server

        ``GET /auth/profile/update`` (``profile.get_updated_profile``, operationId
        ``getUpdatedProfile``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            CurrentUserForProfileSettings
        """
        from ..profile.get_updated_profile import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def me(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CurrentUser:
        """Get logged user information

        ``GET /auth/profile`` (``profile.me``, operationId ``me``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            CurrentUser
        """
        from ..profile.me import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_user(
        self,
        username: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UserForPublic:
        """Find a user profile

        ``GET /users/profile/{username}`` (``profile.get_user``, operationId ``getUser``).

        Args:
            username: (path ``username``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            UserForPublic
        """
        from ..profile.get_user import asyncio as _call

        return await _call(
            username,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_by_id(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UserForPublic:
        """Find a user by id

        ``GET /users/profile/by-id/{userId}`` (``profile.get_user_by_id``, operationId
        ``getUserById``).

        Args:
            user_id: (path ``userId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            UserForPublic
        """
        from ..profile.get_user_by_id import asyncio as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_profile(
        self,
        username: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> ProfileRepDto:
        """Find a user profile with details

        ``GET /users/profile/{username}/details`` (``profile.get_user_profile``, operationId
        ``getUserProfile``).

        Args:
            username: (path ``username``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            ProfileRepDto
        """
        from ..profile.get_user_profile import asyncio as _call

        return await _call(
            username,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_badge_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UserBadgeCount:
        """Get the user badge count

        Returns the user badge count

        ``GET /users/badge/count`` (``profile.get_user_badge_count``, operationId
        ``getUserBadgeCount``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            UserBadgeCount
        """
        from ..profile.get_user_badge_count import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )


class RawProfileApi:
    """``chaster.with_raw_response.profile``: the methods of :class:`ProfileApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_user_locks(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[LockForPublic]]:
        """:meth:`ProfileApi.get_user_locks` with its answer (``GET /locks/user/{userId}``)."""
        from ..locks.get_user_locks import asyncio_raw as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_updated_profile(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CurrentUserForProfileSettings]:
        """:meth:`ProfileApi.get_updated_profile` with its answer (``GET /auth/profile/update``)."""
        from ..profile.get_updated_profile import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def me(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CurrentUser]:
        """:meth:`ProfileApi.me` with its answer (``GET /auth/profile``)."""
        from ..profile.me import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_user(
        self,
        username: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[UserForPublic]:
        """:meth:`ProfileApi.get_user` with its answer (``GET /users/profile/{username}``)."""
        from ..profile.get_user import asyncio_raw as _call

        return await _call(
            username,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_by_id(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[UserForPublic]:
        """:meth:`ProfileApi.get_user_by_id` with its answer (``GET /users/profile/by-id/{userId}``)."""
        from ..profile.get_user_by_id import asyncio_raw as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_profile(
        self,
        username: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[ProfileRepDto]:
        """:meth:`ProfileApi.get_user_profile` with its answer (``GET /users/profile/{username}/details``)."""
        from ..profile.get_user_profile import asyncio_raw as _call

        return await _call(
            username,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_badge_count(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[UserBadgeCount]:
        """:meth:`ProfileApi.get_user_badge_count` with its answer (``GET /users/badge/count``)."""
        from ..profile.get_user_badge_count import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
