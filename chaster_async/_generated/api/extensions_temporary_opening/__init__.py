"""The ``extensions_temporary_opening`` operations, as methods of :class:`ExtensionsTemporaryOpeningApi` (``chaster.extensions_temporary_opening``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._runtime import Transport

    from ...models.combination_for_public import CombinationForPublic
    from ...models.temporary_opening_set_combination_dto import TemporaryOpeningSetCombinationDto


class ExtensionsTemporaryOpeningApi:
    """Operations tagged ``extensions_temporary_opening``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> operationId, for chaster.paginate() and scope lookups.
    OPERATION_IDS: dict[str, str] = {
        "get_combination": "getCombination",
        "set_combination": "setCombination",
        "get_combination_from_history_entry": "getCombinationFromHistoryEntry",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_combination(self, lock_id: str, *, timeout: float | None = None) -> CombinationForPublic:
        """Get a lock combination
        ``GET /extensions/temporary-opening/{lockId}/combination`` (operationId ``getCombination``).
        """
        from ..extensions_temporary_opening.get_combination import asyncio as _call

        return await _call(lock_id, client=self._transport, timeout=timeout)

    async def set_combination(
        self,
        lock_id: str,
        *,
        body: TemporaryOpeningSetCombinationDto | Mapping[str, Any],
        timeout: float | None = None,
    ) -> None:
        """Set the new combination
        ``POST /extensions/temporary-opening/{lockId}/combination`` (operationId ``setCombination``).
        """
        from ..extensions_temporary_opening.set_combination import asyncio as _call

        return await _call(lock_id, body=body, client=self._transport, timeout=timeout)

    async def get_combination_from_history_entry(
        self, lock_id: str, action_log_id: str, *, timeout: float | None = None
    ) -> CombinationForPublic:
        """Find a combination from an action log
        ``GET /extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination`` (operationId ``getCombinationFromHistoryEntry``).
        """
        from ..extensions_temporary_opening.get_combination_from_history_entry import asyncio as _call

        return await _call(lock_id, action_log_id, client=self._transport, timeout=timeout)
