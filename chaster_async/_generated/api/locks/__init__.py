"""The ``locks`` operations, as methods of :class:`LocksApi` (``chaster.locks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.combination_for_public import CombinationForPublic
    from ...models.extension_action_dice_rep_dto import ExtensionActionDiceRepDto
    from ...models.extension_action_duration_rep_dto import ExtensionActionDurationRepDto
    from ...models.extension_action_guess_timer_rep_dto import ExtensionActionGuessTimerRepDto
    from ...models.extension_action_link_rep_dto import ExtensionActionLinkRepDto
    from ...models.extension_action_other_rep_dto import ExtensionActionOtherRepDto
    from ...models.extension_action_pillory_status_rep_dto import ExtensionActionPilloryStatusRepDto
    from ...models.extension_action_share_link_info_rep_dto import ExtensionActionShareLinkInfoRepDto
    from ...models.extension_action_wheel_of_fortune_rep_dto import ExtensionActionWheelOfFortuneRepDto
    from ...models.find_all_locks_status import FindAllLocksStatus
    from ...models.get_history_rep_dto import GetHistoryRepDto
    from ...models.get_lock_history_dto import GetLockHistoryDto
    from ...models.get_lock_info_from_extension_rep_dto import GetLockInfoFromExtensionRepDto
    from ...models.increase_max_limit_date_dto import IncreaseMaxLimitDateDto
    from ...models.lock_for_public import LockForPublic
    from ...models.search_locks_dto import SearchLocksDto
    from ...models.search_locks_rep_dto import SearchLocksRepDto
    from ...models.set_freeze_dto import SetFreezeDto
    from ...models.set_lock_settings_dto import SetLockSettingsDto
    from ...models.trigger_extension_action_dto import TriggerExtensionActionDto
    from ...models.update_time_dto import UpdateTimeDto


class LocksApi:
    """Operations tagged ``locks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "find_all": "locks.find_all",
        "archive": "locks.archive",
        "archive_keyholder": "locks.archive_keyholder",
        "combination": "locks.combination",
        "convert_to_self_lock": "locks.convert_to_self_lock",
        "find_one": "locks.find_one",
        "get_lock_history": "locks.get_lock_history",
        "set_as_test_lock": "locks.set_as_test_lock",
        "set_freeze": "locks.set_freeze",
        "set_max_limit_date": "locks.set_max_limit_date",
        "set_settings": "locks.set_settings",
        "trust_keyholder": "locks.trust_keyholder",
        "unlock": "locks.unlock",
        "update_time": "locks.update_time",
        "get_lock_info_from_extension": "locks.get_lock_info_from_extension",
        "trigger_action": "locks.trigger_action",
        "search": "locks.search",
        "get_user_locks": "locks.get_user_locks",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_all(
        self,
        *,
        status: FindAllLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[LockForPublic]:
        """Get user locks

        Returns a list of all user locks  By default, only active locks are returned.

        ``GET /locks`` (``locks.find_all``, operationId ``locksFindAll``).

        Args:
            status: (query ``status``); optional.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            list[LockForPublic]
        """
        from ..locks.find_all import asyncio as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive a lock

        Archives a lock as a wearer. A wearer can archive its own lock: <ul> <li>If the lock is
        running (status `locked`), the lock will become deserted (status `deserted`), with no
        possibility of going back.</li> <li>If the lock is unlocked, the lock will simply be
        archived.</li> </ul>

        ``POST /locks/{lockId}/archive`` (``locks.archive``, operationId ``locksArchive``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.archive import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive_keyholder(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Archive a lock as a keyholder

        Archives a lock as a keyholder. Keyholders can use this endpoint to archive unlocked locks.

        ``POST /locks/{lockId}/archive/keyholder`` (``locks.archive_keyholder``, operationId
        ``archiveKeyholder``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.archive_keyholder import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def combination(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CombinationForPublic:
        """Find a lock combination

        Finds a lock combination

        ``GET /locks/{lockId}/combination`` (``locks.combination``, operationId ``combination``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CombinationForPublic
        """
        from ..locks.combination import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def convert_to_self_lock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Convert a lock to a self lock

        Converts a lock to a self lock. Only the wearer can convert a lock to a self lock.

        ``POST /locks/{lockId}/convert-to-self-lock`` (``locks.convert_to_self_lock``, operationId
        ``convertToSelfLock``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.convert_to_self_lock import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> LockForPublic:
        """Get a lock by id

        Returns a lock by id

        ``GET /locks/{lockId}`` (``locks.find_one``, operationId ``locksFindOne``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            LockForPublic
        """
        from ..locks.find_one import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_lock_history(
        self,
        lock_id: str,
        *,
        body: GetLockHistoryDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetHistoryRepDto:
        """Return lock history

        Returns a list of action logs

        ``POST /locks/{lockId}/history`` (``locks.get_lock_history``, operationId
        ``getLockHistory``).

        Args:
            lock_id: (path ``lockId``).
            body: ``GetLockHistoryDto`` or a mapping with its fields (spec names): ``extension`` (If
                provided, filter by extension slug), ``limit`` (Limit), ``lastId`` (Offset lastId).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.
        Paginates (last_id): ``chaster.paginate(chaster.locks.get_lock_history, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            GetHistoryRepDto
        """
        from ..locks.get_lock_history import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_as_test_lock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set an archived lock as a test lock

        ``PUT /locks/{lockId}/is-test-lock`` (``locks.set_as_test_lock``, operationId
        ``setAsTestLock``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.set_as_test_lock import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_freeze(
        self,
        lock_id: str,
        *,
        body: SetFreezeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Freeze a lock

        Freezes a lock. Keyholders can use this endpoint to freeze wearer's locks.

        ``POST /locks/{lockId}/freeze`` (``locks.set_freeze``, operationId ``setFreeze``).

        Args:
            lock_id: (path ``lockId``).
            body: ``SetFreezeDto`` or a mapping with its fields (spec names): ``isFrozen`` (Whether
                the lock is frozen).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.set_freeze import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_max_limit_date(
        self,
        lock_id: str,
        *,
        body: IncreaseMaxLimitDateDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Increase the max limit date

        Increase the max limit date. Only the wearer can increase the limit.

        ``POST /locks/{lockId}/max-limit-date`` (``locks.set_max_limit_date``, operationId
        ``setMaxLimitDate``).

        Args:
            lock_id: (path ``lockId``).
            body: ``IncreaseMaxLimitDateDto`` or a mapping with its fields (spec names):
                ``maxLimitDate`` (The new maximum limit date), ``disableMaxLimitDate`` (Whether the
                maximum limit date should be disabled).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.set_max_limit_date import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_settings(
        self,
        lock_id: str,
        *,
        body: SetLockSettingsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update lock settings

        Update locks settings. Only the keyholder can update lock settings.

        ``POST /locks/{lockId}/settings`` (``locks.set_settings``, operationId ``setSettings``).

        Args:
            lock_id: (path ``lockId``).
            body: ``SetLockSettingsDto`` or a mapping with its fields (spec names):
                ``displayRemainingTime`` (Whether the remaining time is displayed to the wearer),
                ``hideTimeLogs`` (Whether the time information should be hidden from the history).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.set_settings import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def trust_keyholder(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Trust the keyholder

        Trust the keyholder. Only the wearer can trust the keyholder.

        ``POST /locks/{lockId}/trust-keyholder`` (``locks.trust_keyholder``, operationId
        ``trustKeyholder``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.trust_keyholder import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def unlock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Unlock a lock

        Unlocks a lock. For wearers, the lock must respect certain constraints so that it can be
        unlocked.

        ``POST /locks/{lockId}/unlock`` (``locks.unlock``, operationId ``unlock``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.unlock import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_time(
        self,
        lock_id: str,
        *,
        body: UpdateTimeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update lock duration

        Adds or removes duration to a lock. Keyholders can add or remove time, while wearers can
        only add time.

        ``POST /locks/{lockId}/update-time`` (``locks.update_time``, operationId ``updateTime``).

        Args:
            lock_id: (path ``lockId``).
            body: ``UpdateTimeDto`` or a mapping with its fields (spec names): ``duration`` (The
                duration to add, in seconds  Wearer can only add duration (positive values), unlike
                keyholders who can add or remove time).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..locks.update_time import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_lock_info_from_extension(
        self,
        lock_id: str,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetLockInfoFromExtensionRepDto:
        """Get information from an extension for a given lock

        ``GET /locks/{lockId}/extensions/{extensionId}`` (``locks.get_lock_info_from_extension``,
        operationId ``getLockInfoFromExtension``).

        Args:
            lock_id: (path ``lockId``).
            extension_id: (path ``extensionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            GetLockInfoFromExtensionRepDto
        """
        from ..locks.get_lock_info_from_extension import asyncio as _call

        return await _call(
            lock_id,
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def trigger_action(
        self,
        lock_id: str,
        extension_id: str,
        *,
        body: TriggerExtensionActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> (
        ExtensionActionDiceRepDto
        | ExtensionActionDurationRepDto
        | ExtensionActionGuessTimerRepDto
        | ExtensionActionLinkRepDto
        | ExtensionActionOtherRepDto
        | ExtensionActionPilloryStatusRepDto
        | ExtensionActionShareLinkInfoRepDto
        | ExtensionActionWheelOfFortuneRepDto
    ):
        """Trigger an action for a lock extension

        Triggers an action in a lock extension

        ``POST /locks/{lockId}/extensions/{extensionId}/action`` (``locks.trigger_action``,
        operationId ``triggerAction``).

        Args:
            lock_id: (path ``lockId``).
            extension_id: (path ``extensionId``).
            body: ``TriggerExtensionActionDto`` or a mapping with its fields (spec names):
                ``action`` (The action name Refer to the extension documentation to know the
                available actions), ``payload`` (The action payload).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            ExtensionActionDiceRepDto | ExtensionActionDurationRepDto | ExtensionActionGuessTimerRepDto | ExtensionActionLinkRepDto | ExtensionActionOtherRepDto | ExtensionActionPilloryStatusRepDto | ExtensionActionShareLinkInfoRepDto | ExtensionActionWheelOfFortuneRepDto
        """
        from ..locks.trigger_action import asyncio as _call

        return await _call(
            lock_id,
            extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        body: SearchLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> SearchLocksRepDto:
        """Get user locks

        Search for user locks

        ``POST /locks/search`` (``locks.search``, operationId ``locksSearch``).

        Args:
            body: ``SearchLocksDto`` or a mapping with its fields (spec names):
                ``filterByArchivedLocks``, ``limit``, ``cursor``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.
        Paginates (cursor): ``chaster.paginate(chaster.locks.search, ...)`` yields every item,
        fetching pages as you iterate.

        Returns:
            SearchLocksRepDto
        """
        from ..locks.search import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

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


class RawLocksApi:
    """``chaster.with_raw_response.locks``: the methods of :class:`LocksApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_all(
        self,
        *,
        status: FindAllLocksStatus | str | Unset = UNSET,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[LockForPublic]]:
        """:meth:`LocksApi.find_all` with its answer (``GET /locks``)."""
        from ..locks.find_all import asyncio_raw as _call

        return await _call(
            status=status,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.archive` with its answer (``POST /locks/{lockId}/archive``)."""
        from ..locks.archive import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def archive_keyholder(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.archive_keyholder` with its answer (``POST /locks/{lockId}/archive/keyholder``)."""
        from ..locks.archive_keyholder import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def combination(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CombinationForPublic]:
        """:meth:`LocksApi.combination` with its answer (``GET /locks/{lockId}/combination``)."""
        from ..locks.combination import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def convert_to_self_lock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.convert_to_self_lock` with its answer (``POST /locks/{lockId}/convert-to-self-lock``)."""
        from ..locks.convert_to_self_lock import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LockForPublic]:
        """:meth:`LocksApi.find_one` with its answer (``GET /locks/{lockId}``)."""
        from ..locks.find_one import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_lock_history(
        self,
        lock_id: str,
        *,
        body: GetLockHistoryDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetHistoryRepDto]:
        """:meth:`LocksApi.get_lock_history` with its answer (``POST /locks/{lockId}/history``)."""
        from ..locks.get_lock_history import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_as_test_lock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.set_as_test_lock` with its answer (``PUT /locks/{lockId}/is-test-lock``)."""
        from ..locks.set_as_test_lock import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_freeze(
        self,
        lock_id: str,
        *,
        body: SetFreezeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.set_freeze` with its answer (``POST /locks/{lockId}/freeze``)."""
        from ..locks.set_freeze import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_max_limit_date(
        self,
        lock_id: str,
        *,
        body: IncreaseMaxLimitDateDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.set_max_limit_date` with its answer (``POST /locks/{lockId}/max-limit-date``)."""
        from ..locks.set_max_limit_date import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_settings(
        self,
        lock_id: str,
        *,
        body: SetLockSettingsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.set_settings` with its answer (``POST /locks/{lockId}/settings``)."""
        from ..locks.set_settings import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def trust_keyholder(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.trust_keyholder` with its answer (``POST /locks/{lockId}/trust-keyholder``)."""
        from ..locks.trust_keyholder import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def unlock(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.unlock` with its answer (``POST /locks/{lockId}/unlock``)."""
        from ..locks.unlock import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_time(
        self,
        lock_id: str,
        *,
        body: UpdateTimeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LocksApi.update_time` with its answer (``POST /locks/{lockId}/update-time``)."""
        from ..locks.update_time import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_lock_info_from_extension(
        self,
        lock_id: str,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetLockInfoFromExtensionRepDto]:
        """:meth:`LocksApi.get_lock_info_from_extension` with its answer (``GET /locks/{lockId}/extensions/{extensionId}``)."""
        from ..locks.get_lock_info_from_extension import asyncio_raw as _call

        return await _call(
            lock_id,
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def trigger_action(
        self,
        lock_id: str,
        extension_id: str,
        *,
        body: TriggerExtensionActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[
        ExtensionActionDiceRepDto
        | ExtensionActionDurationRepDto
        | ExtensionActionGuessTimerRepDto
        | ExtensionActionLinkRepDto
        | ExtensionActionOtherRepDto
        | ExtensionActionPilloryStatusRepDto
        | ExtensionActionShareLinkInfoRepDto
        | ExtensionActionWheelOfFortuneRepDto
    ]:
        """:meth:`LocksApi.trigger_action` with its answer (``POST /locks/{lockId}/extensions/{extensionId}/action``)."""
        from ..locks.trigger_action import asyncio_raw as _call

        return await _call(
            lock_id,
            extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def search(
        self,
        *,
        body: SearchLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[SearchLocksRepDto]:
        """:meth:`LocksApi.search` with its answer (``POST /locks/search``)."""
        from ..locks.search import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_user_locks(
        self,
        user_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[LockForPublic]]:
        """:meth:`LocksApi.get_user_locks` with its answer (``GET /locks/user/{userId}``)."""
        from ..locks.get_user_locks import asyncio_raw as _call

        return await _call(
            user_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
