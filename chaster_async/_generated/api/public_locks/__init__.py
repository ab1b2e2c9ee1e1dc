"""The ``public_locks`` operations, as methods of :class:`PublicLocksApi` (``chaster.public_locks``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.explore_category_for_admin import ExploreCategoryForAdmin
    from ...models.public_lock_for_public import PublicLockForPublic
    from ...models.search_public_lock_dto import SearchPublicLockDto
    from ...models.search_public_lock_rep_dto import SearchPublicLockRepDto


class PublicLocksApi:
    """Operations tagged ``public_locks``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "find_one": "public_locks.find_one",
        "get_shared_lock_image": "public_locks.get_shared_lock_image",
        "search": "public_locks.search",
        "find_all": "public_locks.find_all",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def find_one(self, shared_lock_id: str, *, timeout: float | None = None) -> PublicLockForPublic:
        """Find a public shared lock

        ``GET /public-locks/{sharedLockId}`` (``public_locks.find_one``, operationId ``publicLocksFindOne``).
        """
        from ..public_locks.find_one import asyncio as _call

        return await _call(shared_lock_id, client=self._transport, timeout=timeout)

    async def get_shared_lock_image(self, shared_lock_id: str, *, timeout: float | None = None) -> None:
        """Generate a shared lock image

        ``GET /public-locks/images/{sharedLockId}`` (``public_locks.get_shared_lock_image``, operationId ``getSharedLockImage``).
        """
        from ..public_locks.get_shared_lock_image import asyncio as _call

        return await _call(shared_lock_id, client=self._transport, timeout=timeout)

    async def search(
        self, *, body: SearchPublicLockDto | Mapping[str, Any], timeout: float | None = None
    ) -> SearchPublicLockRepDto:
        """Search for locks

        ``POST /public-locks/search`` (``public_locks.search``, operationId ``publicLocksSearch``).
        """
        from ..public_locks.search import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def find_all(self, *, timeout: float | None = None) -> list[ExploreCategoryForAdmin]:
        """Find Explore page locks

        ``GET /explore/categories`` (``public_locks.find_all``, operationId ``publicLocksFindAll``).
        """
        from ..public_locks.find_all import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)
