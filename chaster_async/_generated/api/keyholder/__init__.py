"""The ``keyholder`` operations, as methods of :class:`KeyholderApi` (``chaster.keyholder``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.keyholder_search_locks_dto import KeyholderSearchLocksDto
    from ...models.keyholder_search_locks_rep_dto import KeyholderSearchLocksRepDto


class KeyholderApi:
    """Operations tagged ``keyholder``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "search_locks": "keyholder.search_locks",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search_locks(
        self, *, body: KeyholderSearchLocksDto | Mapping[str, Any], timeout: float | None = None
    ) -> KeyholderSearchLocksRepDto:
        """Search locked users

        ``POST /keyholder/locks/search`` (``keyholder.search_locks``, operationId ``searchLocks``).

        Args:
            body: ``KeyholderSearchLocksDto`` or a mapping with its fields (spec names):
                ``criteria``, ``status`` (Filter by lock status), ``search`` (Search by username of
                shared lock name Min. 2 characters), ``page`` (Page number (starts with 0)),
                ``limit`` (Number of items returned).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.
        Paginates (page): ``chaster.paginate(chaster.keyholder.search_locks, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            KeyholderSearchLocksRepDto
        """
        from ..keyholder.search_locks import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
