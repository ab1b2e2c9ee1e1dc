"""The ``extensions_penalties`` operations, as methods of :class:`ExtensionsPenaltiesApi` (``chaster.extensions_penalties``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

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

    async def get_penalties(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[GetPenaltiesResponse200Item]:
        """GET /extensions/penalty/penalties

        ``GET /extensions/penalty/penalties`` (``extensions_penalties.get_penalties``, operationId
        ``getPenalties``). Deprecated by Chaster.

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            list[GetPenaltiesResponse200Item]
        """
        from ..extensions_penalties.get_penalties import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def find(
        self,
        lock_id: str,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PenaltySessionForPublic:
        """GET /locks/{lockId}/extensions/{extensionId}/penalty-session

        ``GET /locks/{lockId}/extensions/{extensionId}/penalty-session``
        (``extensions_penalties.find``, operationId ``find``).

        Args:
            lock_id: (path ``lockId``).
            extension_id: (path ``extensionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            PenaltySessionForPublic
        """
        from ..extensions_penalties.find import asyncio as _call

        return await _call(
            lock_id,
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawExtensionsPenaltiesApi:
    """``chaster.with_raw_response.extensions_penalties``: the methods of :class:`ExtensionsPenaltiesApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_penalties(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[GetPenaltiesResponse200Item]]:
        """:meth:`ExtensionsPenaltiesApi.get_penalties` with its answer (``GET /extensions/penalty/penalties``)."""
        from ..extensions_penalties.get_penalties import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def find(
        self,
        lock_id: str,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PenaltySessionForPublic]:
        """:meth:`ExtensionsPenaltiesApi.find` with its answer (``GET /locks/{lockId}/extensions/{extensionId}/penalty-session``)."""
        from ..extensions_penalties.find import asyncio_raw as _call

        return await _call(
            lock_id,
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
