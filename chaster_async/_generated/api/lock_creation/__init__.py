"""The ``lock_creation`` operations, as methods of :class:`LockCreationApi` (``chaster.lock_creation``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.create_lock_dto import CreateLockDto
    from ...models.create_lock_from_shared_lock_dto import CreateLockFromSharedLockDto
    from ...models.edit_lock_extensions_dto import EditLockExtensionsDto
    from ...models.lock_created_rep_dto import LockCreatedRepDto


class LockCreationApi:
    """Operations tagged ``lock_creation``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "create": "lock_creation.create",
        "create_lock_from_shared_lock": "lock_creation.create_lock_from_shared_lock",
        "set_lock_extensions": "lock_creation.set_lock_extensions",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> LockCreatedRepDto:
        """Create a lock

        Creates a personal lock. To create a lock, you must first create a combination by using the
        combination endpoints, and then provide its identifier.

        ``POST /locks`` (``lock_creation.create``, operationId ``lockCreationCreate``).

        Args:
            body: ``CreateLockDto`` or a mapping with its fields (spec names): ``minDuration`` (Min
                duration in seconds), ``maxDuration`` (Max duration in seconds),
                ``maxLimitDuration`` (Max limit duration in seconds), ``displayRemainingTime`` (True
                if the user can view the remaining time), ``limitLockTime`` (True if the lock is
                limited in duration), ``combinationId`` (The combination id  A combination object
                can be created by using the combination endpoints), ``extensions``,
                ``allowSessionOffer`` (True if the wearer can offer the lock to a keyholder),
                ``isTestLock`` (Whether the lock is a test lock and counts in the user stats),
                ``hideTimeLogs`` (True if the time information should be hidden from the history).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            LockCreatedRepDto
        """
        from ..lock_creation.create import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_lock_from_shared_lock(
        self,
        shared_lock_id: str,
        *,
        body: CreateLockFromSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> LockCreatedRepDto:
        """Create a lock from a shared lock

        Creates a lock from a shared lock. To create a lock, you must first create a combination and
        then provide its identifier.

        ``POST /public-locks/{sharedLockId}/create-lock``
        (``lock_creation.create_lock_from_shared_lock``, operationId ``createLockFromSharedLock``).

        Args:
            shared_lock_id: (path ``sharedLockId``).
            body: ``CreateLockFromSharedLockDto`` or a mapping with its fields (spec names):
                ``combinationId`` (The combination id), ``isTestLock`` (Whether the lock is a test
                lock and counts in the user stats Only available if the shared lock allows test
                locks), ``password`` (The shared lock password, if needed).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            LockCreatedRepDto
        """
        from ..lock_creation.create_lock_from_shared_lock import asyncio as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_lock_extensions(
        self,
        lock_id: str,
        *,
        body: EditLockExtensionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Edit lock extensions

        Edit extensions for a given lock.  Keyholders can edit extensions if the lock is trusted by
        the wearer.

        ``POST /locks/{lockId}/extensions`` (``lock_creation.set_lock_extensions``, operationId
        ``setLockExtensions``).

        Args:
            lock_id: (path ``lockId``).
            body: ``EditLockExtensionsDto`` or a mapping with its fields (spec names):
                ``extensions``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..lock_creation.set_lock_extensions import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawLockCreationApi:
    """``chaster.with_raw_response.lock_creation``: the methods of :class:`LockCreationApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        body: CreateLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LockCreatedRepDto]:
        """:meth:`LockCreationApi.create` with its answer (``POST /locks``)."""
        from ..lock_creation.create import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_lock_from_shared_lock(
        self,
        shared_lock_id: str,
        *,
        body: CreateLockFromSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[LockCreatedRepDto]:
        """:meth:`LockCreationApi.create_lock_from_shared_lock` with its answer (``POST /public-locks/{sharedLockId}/create-lock``)."""
        from ..lock_creation.create_lock_from_shared_lock import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_lock_extensions(
        self,
        lock_id: str,
        *,
        body: EditLockExtensionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`LockCreationApi.set_lock_extensions` with its answer (``POST /locks/{lockId}/extensions``)."""
        from ..lock_creation.set_lock_extensions import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
