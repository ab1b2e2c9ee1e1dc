"""The ``extensions_penalties`` operations, as methods of :class:`ExtensionsPenaltiesApi` (``chaster.extensions_penalties``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.get_penalties_response_200_item import GetPenaltiesResponse200Item
    from ...models.penalty_session_for_public import PenaltySessionForPublic


class ExtensionsPenaltiesApi:
    """Operations tagged ``extensions_penalties``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_penalties": "extensions_penalties.get_penalties",
        "find": "extensions_penalties.find",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_penalties(self, *, timeout: float | None = None) -> list[GetPenaltiesResponse200Item]:
        """GET /extensions/penalty/penalties

        ``GET /extensions/penalty/penalties`` (``extensions_penalties.get_penalties``, operationId
        ``getPenalties``). Deprecated by Chaster.

        Args:
            timeout: seconds allowed for this call (default: the client's).

        Access: public (no token needed).

        Returns:
            list[GetPenaltiesResponse200Item]
        """
        from ..extensions_penalties.get_penalties import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)

    async def find(
        self, lock_id: str, extension_id: str, *, timeout: float | None = None
    ) -> PenaltySessionForPublic:
        """GET /locks/{lockId}/extensions/{extensionId}/penalty-session

        ``GET /locks/{lockId}/extensions/{extensionId}/penalty-session``
        (``extensions_penalties.find``, operationId ``find``).

        Args:
            lock_id: (path ``lockId``).
            extension_id: (path ``extensionId``).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            PenaltySessionForPublic
        """
        from ..extensions_penalties.find import asyncio as _call

        return await _call(lock_id, extension_id, client=self._transport, timeout=timeout)
