"""The ``lock_creation`` operations, as methods of :class:`LockCreationApi` (``chaster.lock_creation``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

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
        self, *, body: CreateLockDto | Mapping[str, Any], timeout: float | None = None
    ) -> LockCreatedRepDto:
        """Create a lock

        ``POST /locks`` (``lock_creation.create``, operationId ``lockCreationCreate``).
        """
        from ..lock_creation.create import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def create_lock_from_shared_lock(
        self,
        shared_lock_id: str,
        *,
        body: CreateLockFromSharedLockDto | Mapping[str, Any],
        timeout: float | None = None,
    ) -> LockCreatedRepDto:
        """Create a lock from a shared lock

        ``POST /public-locks/{sharedLockId}/create-lock`` (``lock_creation.create_lock_from_shared_lock``, operationId ``createLockFromSharedLock``).
        """
        from ..lock_creation.create_lock_from_shared_lock import asyncio as _call

        return await _call(shared_lock_id, body=body, client=self._transport, timeout=timeout)

    async def set_lock_extensions(
        self, lock_id: str, *, body: EditLockExtensionsDto | Mapping[str, Any], timeout: float | None = None
    ) -> None:
        """Edit lock extensions

        ``POST /locks/{lockId}/extensions`` (``lock_creation.set_lock_extensions``, operationId ``setLockExtensions``).
        """
        from ..lock_creation.set_lock_extensions import asyncio as _call

        return await _call(lock_id, body=body, client=self._transport, timeout=timeout)
