"""The ``shared_locks`` operations, as methods of :class:`SharedLocksApi` (``chaster.shared_locks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.create_shared_lock_rep_dto import CreateSharedLockRepDto
    from ...models.create_update_shared_lock_dto import CreateUpdateSharedLockDto
    from ...models.deprecated_find_all_shared_locks_status import DeprecatedFindAllSharedLocksStatus
    from ...models.edit_lock_extensions_dto import EditLockExtensionsDto
    from ...models.find_all_shared_locks_status import FindAllSharedLocksStatus
    from ...models.find_suggested_tag_dto import FindSuggestedTagDto
    from ...models.get_favorite_shared_locks_dto import GetFavoriteSharedLocksDto
    from ...models.get_favorite_shared_locks_rep_dto import GetFavoriteSharedLocksRepDto
    from ...models.is_favorite_shared_lock_rep_dto import IsFavoriteSharedLockRepDto
    from ...models.shared_lock_for_public import SharedLockForPublic
    from ...models.shared_lock_tag_for_public import SharedLockTagForPublic


class SharedLocksApi:
    """Operations tagged ``shared_locks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "deprecated_find_all": "shared_locks.deprecated_find_all",
        "deprecated_create": "shared_locks.deprecated_create",
        "deprecated_find_one": "shared_locks.deprecated_find_one",
        "deprecated_update": "shared_locks.deprecated_update",
        "archive": "shared_locks.archive",
        "find_all": "shared_locks.find_all",
        "create": "shared_locks.create",
        "find_one": "shared_locks.find_one",
        "update": "shared_locks.update",
        "is_favorite": "shared_locks.is_favorite",
        "set_favorite": "shared_locks.set_favorite",
        "remove_favorite": "shared_locks.remove_favorite",
        "get_favorite_shared_locks": "shared_locks.get_favorite_shared_locks",
        "find_all_tags": "shared_locks.find_all_tags",
        "find_suggested_tags": "shared_locks.find_suggested_tags",
        "set_shared_lock_extensions": "shared_locks.set_shared_lock_extensions",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def deprecated_find_all(
        self,
        *,
        status: DeprecatedFindAllSharedLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SharedLockForPublic]:
        """Find all user shared locks

        Use GET /shared-locks instead

        ``GET /locks/shared-locks`` (``shared_locks.deprecated_find_all``, operationId
        ``dEPRECATEDFindAll``). Deprecated by Chaster.

        Args:
            status: (query ``status``); optional.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            list[SharedLockForPublic]
        """
        from ..shared_locks.deprecated_find_all import asyncio as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_create(
        self,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateSharedLockRepDto:
        """Create a shared lock

        Use POST /shared-locks

        ``POST /locks/shared-locks`` (``shared_locks.deprecated_create``, operationId
        ``dEPRECATEDCreate``). Deprecated by Chaster.

        Args:
            body: ``CreateUpdateSharedLockDto`` or a mapping with its fields (spec names):
                ``minDuration`` (The minimum duration, in seconds), ``maxDuration`` (The maximum
                duration, in seconds), ``maxLimitDuration`` (The maximum duration of the lock, in
                seconds  After this duration, the wearer can release themself regardless of the
                timer or extension restrictions), ``minDate`` (The minimum date), ``maxDate`` (The
                maximum date), ``maxLimitDate`` (The maximum date of the lock  After this date, the
                wearer can release themself regardless of the timer or extension restrictions),
                ``displayRemainingTime`` (Whether the remaining time should be displayed to the
                wearer), ``limitLockTime`` (Whether the lock is limited in time), ``isPublic``
                (Whether the lock is public), ``maxLockedUsers`` (The number of maximum locked users
                for this shared lock), ``password`` (An optional password), ``requireContact``
                (Whether the shared lock requires contact from wearer  Displayed for information
                purposes only on the lock page), ``name`` (The name), ``description`` (The
                description), ``photoId`` (The Unsplash photo id), ``hideTimeLogs`` (Whether the
                time information should be hidden from the history), ``isFindom`` (Whether the lock
                is a findom lock), ``tags`` (Tags).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            CreateSharedLockRepDto
        """
        from ..shared_locks.deprecated_create import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SharedLockForPublic:
        """Find a shared lock by id

        Use GET /shared-locks/:sharedLockId instead

        ``GET /locks/shared-locks/{sharedLockId}`` (``shared_locks.deprecated_find_one``,
        operationId ``dEPRECATEDFindOne``). Deprecated by Chaster.

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            SharedLockForPublic
        """
        from ..shared_locks.deprecated_find_one import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_update(
        self,
        shared_lock_id: str,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update a shared lock

        Use PUT /shared-locks/:sharedLockId

        ``PUT /locks/shared-locks/{sharedLockId}`` (``shared_locks.deprecated_update``, operationId
        ``dEPRECATEDUpdate``). Deprecated by Chaster.

        Args:
            shared_lock_id: (path ``sharedLockId``).
            body: ``CreateUpdateSharedLockDto`` or a mapping with its fields (spec names):
                ``minDuration`` (The minimum duration, in seconds), ``maxDuration`` (The maximum
                duration, in seconds), ``maxLimitDuration`` (The maximum duration of the lock, in
                seconds  After this duration, the wearer can release themself regardless of the
                timer or extension restrictions), ``minDate`` (The minimum date), ``maxDate`` (The
                maximum date), ``maxLimitDate`` (The maximum date of the lock  After this date, the
                wearer can release themself regardless of the timer or extension restrictions),
                ``displayRemainingTime`` (Whether the remaining time should be displayed to the
                wearer), ``limitLockTime`` (Whether the lock is limited in time), ``isPublic``
                (Whether the lock is public), ``maxLockedUsers`` (The number of maximum locked users
                for this shared lock), ``password`` (An optional password), ``requireContact``
                (Whether the shared lock requires contact from wearer  Displayed for information
                purposes only on the lock page), ``name`` (The name), ``description`` (The
                description), ``photoId`` (The Unsplash photo id), ``hideTimeLogs`` (Whether the
                time information should be hidden from the history), ``isFindom`` (Whether the lock
                is a findom lock), ``tags`` (Tags).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.deprecated_update import asyncio as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive a shared lock

        Archives a shared lock

        ``POST /shared-locks/{sharedLockId}/archive`` (``shared_locks.archive``, operationId
        ``sharedLocksArchive``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.archive import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        status: FindAllSharedLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SharedLockForPublic]:
        """Find all user shared locks

        Returns a list of all user shared locks

        ``GET /shared-locks`` (``shared_locks.find_all``, operationId ``sharedLocksFindAll``).

        Args:
            status: (query ``status``); optional.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            list[SharedLockForPublic]
        """
        from ..shared_locks.find_all import asyncio as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateSharedLockRepDto:
        """Create a shared lock

        Creates a shared lock

        ``POST /shared-locks`` (``shared_locks.create``, operationId ``sharedLocksCreate``).

        Args:
            body: ``CreateUpdateSharedLockDto`` or a mapping with its fields (spec names):
                ``minDuration`` (The minimum duration, in seconds), ``maxDuration`` (The maximum
                duration, in seconds), ``maxLimitDuration`` (The maximum duration of the lock, in
                seconds  After this duration, the wearer can release themself regardless of the
                timer or extension restrictions), ``minDate`` (The minimum date), ``maxDate`` (The
                maximum date), ``maxLimitDate`` (The maximum date of the lock  After this date, the
                wearer can release themself regardless of the timer or extension restrictions),
                ``displayRemainingTime`` (Whether the remaining time should be displayed to the
                wearer), ``limitLockTime`` (Whether the lock is limited in time), ``isPublic``
                (Whether the lock is public), ``maxLockedUsers`` (The number of maximum locked users
                for this shared lock), ``password`` (An optional password), ``requireContact``
                (Whether the shared lock requires contact from wearer  Displayed for information
                purposes only on the lock page), ``name`` (The name), ``description`` (The
                description), ``photoId`` (The Unsplash photo id), ``hideTimeLogs`` (Whether the
                time information should be hidden from the history), ``isFindom`` (Whether the lock
                is a findom lock), ``tags`` (Tags).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            CreateSharedLockRepDto
        """
        from ..shared_locks.create import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SharedLockForPublic:
        """Find a shared lock by id

        Finds a shared lock by id

        ``GET /shared-locks/{sharedLockId}`` (``shared_locks.find_one``, operationId
        ``sharedLocksFindOne``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            SharedLockForPublic
        """
        from ..shared_locks.find_one import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        shared_lock_id: str,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update a shared lock

        Updates a shared lock

        ``PUT /shared-locks/{sharedLockId}`` (``shared_locks.update``, operationId
        ``sharedLocksUpdate``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            body: ``CreateUpdateSharedLockDto`` or a mapping with its fields (spec names):
                ``minDuration`` (The minimum duration, in seconds), ``maxDuration`` (The maximum
                duration, in seconds), ``maxLimitDuration`` (The maximum duration of the lock, in
                seconds  After this duration, the wearer can release themself regardless of the
                timer or extension restrictions), ``minDate`` (The minimum date), ``maxDate`` (The
                maximum date), ``maxLimitDate`` (The maximum date of the lock  After this date, the
                wearer can release themself regardless of the timer or extension restrictions),
                ``displayRemainingTime`` (Whether the remaining time should be displayed to the
                wearer), ``limitLockTime`` (Whether the lock is limited in time), ``isPublic``
                (Whether the lock is public), ``maxLockedUsers`` (The number of maximum locked users
                for this shared lock), ``password`` (An optional password), ``requireContact``
                (Whether the shared lock requires contact from wearer  Displayed for information
                purposes only on the lock page), ``name`` (The name), ``description`` (The
                description), ``photoId`` (The Unsplash photo id), ``hideTimeLogs`` (Whether the
                time information should be hidden from the history), ``isFindom`` (Whether the lock
                is a findom lock), ``tags`` (Tags).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.update import asyncio as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def is_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> IsFavoriteSharedLockRepDto:
        """Check if the shared lock is in user favorites

        ``GET /shared-locks/{sharedLockId}/favorite`` (``shared_locks.is_favorite``, operationId
        ``isFavorite``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            IsFavoriteSharedLockRepDto
        """
        from ..shared_locks.is_favorite import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set a shared lock as favorite

        ``PUT /shared-locks/{sharedLockId}/favorite`` (``shared_locks.set_favorite``, operationId
        ``setFavorite``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.set_favorite import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def remove_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Remove a favorite shared lock

        ``DELETE /shared-locks/{sharedLockId}/favorite`` (``shared_locks.remove_favorite``,
        operationId ``removeFavorite``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.remove_favorite import asyncio as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_favorite_shared_locks(
        self,
        *,
        body: GetFavoriteSharedLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetFavoriteSharedLocksRepDto:
        """Get user favorite shared locks

        ``POST /favorites/shared-locks`` (``shared_locks.get_favorite_shared_locks``, operationId
        ``getFavoriteSharedLocks``).

        Args:
            body: ``GetFavoriteSharedLocksDto`` or a mapping with its fields (spec names):
                ``limit``, ``lastId``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.
        Paginates (last_id): ``chaster.paginate(chaster.shared_locks.get_favorite_shared_locks,
        ...)`` yields every item, fetching pages as you iterate.

        Returns:
            GetFavoriteSharedLocksRepDto
        """
        from ..shared_locks.get_favorite_shared_locks import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all_tags(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SharedLockTagForPublic]:
        """Find all shared lock tags

        ``GET /shared-lock-tags`` (``shared_locks.find_all_tags``, operationId ``findAllTags``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            list[SharedLockTagForPublic]
        """
        from ..shared_locks.find_all_tags import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def find_suggested_tags(
        self,
        *,
        body: FindSuggestedTagDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[SharedLockTagForPublic]:
        """Find suggested shared lock tags

        ``POST /shared-lock-tags/suggested`` (``shared_locks.find_suggested_tags``, operationId
        ``findSuggestedTags``).

        Args:
            body: ``FindSuggestedTagDto`` or a mapping with its fields (spec names): ``text`` (The
                text).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            list[SharedLockTagForPublic]
        """
        from ..shared_locks.find_suggested_tags import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_shared_lock_extensions(
        self,
        shared_lock_id: str,
        *,
        body: EditLockExtensionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set shared lock extensions

        Sets the extensions of a shared lock (added by generator/overlay.json: live, missing from
        the document)

        ``PUT /shared-locks/{sharedLockId}/extensions``
        (``shared_locks.set_shared_lock_extensions``, operationId
        ``SharedLockExtensionController_setSharedLockExtensions``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            body: ``EditLockExtensionsDto`` or a mapping with its fields (spec names):
                ``extensions``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``shared_locks``.

        Returns:
            None
        """
        from ..shared_locks.set_shared_lock_extensions import asyncio as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawSharedLocksApi:
    """``chaster.with_raw_response.shared_locks``: the methods of :class:`SharedLocksApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def deprecated_find_all(
        self,
        *,
        status: DeprecatedFindAllSharedLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SharedLockForPublic]]:
        """:meth:`SharedLocksApi.deprecated_find_all` with its answer (``GET /locks/shared-locks``)."""
        from ..shared_locks.deprecated_find_all import asyncio_raw as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_create(
        self,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateSharedLockRepDto]:
        """:meth:`SharedLocksApi.deprecated_create` with its answer (``POST /locks/shared-locks``)."""
        from ..shared_locks.deprecated_create import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[SharedLockForPublic]:
        """:meth:`SharedLocksApi.deprecated_find_one` with its answer (``GET /locks/shared-locks/{sharedLockId}``)."""
        from ..shared_locks.deprecated_find_one import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def deprecated_update(
        self,
        shared_lock_id: str,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.deprecated_update` with its answer (``PUT /locks/shared-locks/{sharedLockId}``)."""
        from ..shared_locks.deprecated_update import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.archive` with its answer (``POST /shared-locks/{sharedLockId}/archive``)."""
        from ..shared_locks.archive import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        status: FindAllSharedLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SharedLockForPublic]]:
        """:meth:`SharedLocksApi.find_all` with its answer (``GET /shared-locks``)."""
        from ..shared_locks.find_all import asyncio_raw as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create(
        self,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateSharedLockRepDto]:
        """:meth:`SharedLocksApi.create` with its answer (``POST /shared-locks``)."""
        from ..shared_locks.create import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[SharedLockForPublic]:
        """:meth:`SharedLocksApi.find_one` with its answer (``GET /shared-locks/{sharedLockId}``)."""
        from ..shared_locks.find_one import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        shared_lock_id: str,
        *,
        body: CreateUpdateSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.update` with its answer (``PUT /shared-locks/{sharedLockId}``)."""
        from ..shared_locks.update import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def is_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[IsFavoriteSharedLockRepDto]:
        """:meth:`SharedLocksApi.is_favorite` with its answer (``GET /shared-locks/{sharedLockId}/favorite``)."""
        from ..shared_locks.is_favorite import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.set_favorite` with its answer (``PUT /shared-locks/{sharedLockId}/favorite``)."""
        from ..shared_locks.set_favorite import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def remove_favorite(
        self,
        shared_lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.remove_favorite` with its answer (``DELETE /shared-locks/{sharedLockId}/favorite``)."""
        from ..shared_locks.remove_favorite import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_favorite_shared_locks(
        self,
        *,
        body: GetFavoriteSharedLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetFavoriteSharedLocksRepDto]:
        """:meth:`SharedLocksApi.get_favorite_shared_locks` with its answer (``POST /favorites/shared-locks``)."""
        from ..shared_locks.get_favorite_shared_locks import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all_tags(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SharedLockTagForPublic]]:
        """:meth:`SharedLocksApi.find_all_tags` with its answer (``GET /shared-lock-tags``)."""
        from ..shared_locks.find_all_tags import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def find_suggested_tags(
        self,
        *,
        body: FindSuggestedTagDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[SharedLockTagForPublic]]:
        """:meth:`SharedLocksApi.find_suggested_tags` with its answer (``POST /shared-lock-tags/suggested``)."""
        from ..shared_locks.find_suggested_tags import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_shared_lock_extensions(
        self,
        shared_lock_id: str,
        *,
        body: EditLockExtensionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`SharedLocksApi.set_shared_lock_extensions` with its answer (``PUT /shared-locks/{sharedLockId}/extensions``)."""
        from ..shared_locks.set_shared_lock_extensions import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
