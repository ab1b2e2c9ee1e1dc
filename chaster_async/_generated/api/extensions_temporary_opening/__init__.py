"""The ``extensions_temporary_opening`` operations, as methods of :class:`ExtensionsTemporaryOpeningApi` (``chaster.extensions_temporary_opening``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.combination_for_public import CombinationForPublic
    from ...models.temporary_opening_set_combination_dto import TemporaryOpeningSetCombinationDto


class ExtensionsTemporaryOpeningApi:
    """Operations tagged ``extensions_temporary_opening``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_combination": "extensions_temporary_opening.get_combination",
        "set_combination": "extensions_temporary_opening.set_combination",
        "get_combination_from_history_entry": "extensions_temporary_opening.get_combination_from_history_entry",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_combination(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CombinationForPublic:
        """Get a lock combination

        Returns the lock combination  This endpoint only works if the lock is temporarily unlocked
        by the temporary opening extension

        ``GET /extensions/temporary-opening/{lockId}/combination``
        (``extensions_temporary_opening.get_combination``, operationId ``getCombination``).

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
        from ..extensions_temporary_opening.get_combination import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_combination(
        self,
        lock_id: str,
        *,
        body: TemporaryOpeningSetCombinationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set the new combination

        Updates the lock combination  This endpoint only works if the lock is temporarily unlocked
        by the temporary opening extension

        ``POST /extensions/temporary-opening/{lockId}/combination``
        (``extensions_temporary_opening.set_combination``, operationId ``setCombination``).

        Args:
            lock_id: (path ``lockId``).
            body: ``TemporaryOpeningSetCombinationDto`` or a mapping with its fields (spec names):
                ``combinationId``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..extensions_temporary_opening.set_combination import asyncio as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_combination_from_history_entry(
        self,
        lock_id: str,
        action_log_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CombinationForPublic:
        """Find a combination from an action log

        Finds a lock combination from a previous temporary opening

        ``GET /extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination``
        (``extensions_temporary_opening.get_combination_from_history_entry``, operationId
        ``getCombinationFromHistoryEntry``).

        Args:
            lock_id: (path ``lockId``).
            action_log_id: (path ``actionLogId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CombinationForPublic
        """
        from ..extensions_temporary_opening.get_combination_from_history_entry import asyncio as _call

        return await _call(
            lock_id,
            action_log_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawExtensionsTemporaryOpeningApi:
    """``chaster.with_raw_response.extensions_temporary_opening``: the methods of :class:`ExtensionsTemporaryOpeningApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_combination(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CombinationForPublic]:
        """:meth:`ExtensionsTemporaryOpeningApi.get_combination` with its answer (``GET /extensions/temporary-opening/{lockId}/combination``)."""
        from ..extensions_temporary_opening.get_combination import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_combination(
        self,
        lock_id: str,
        *,
        body: TemporaryOpeningSetCombinationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`ExtensionsTemporaryOpeningApi.set_combination` with its answer (``POST /extensions/temporary-opening/{lockId}/combination``)."""
        from ..extensions_temporary_opening.set_combination import asyncio_raw as _call

        return await _call(
            lock_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_combination_from_history_entry(
        self,
        lock_id: str,
        action_log_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CombinationForPublic]:
        """:meth:`ExtensionsTemporaryOpeningApi.get_combination_from_history_entry` with its answer (``GET /extensions/temporary-opening/{lockId}/action-log/{actionLogId}/combination``)."""
        from ..extensions_temporary_opening.get_combination_from_history_entry import asyncio_raw as _call

        return await _call(
            lock_id,
            action_log_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
