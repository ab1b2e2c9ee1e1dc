"""The ``keyholder`` operations, as methods of :class:`KeyholderApi` (``chaster.keyholder``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

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
        self,
        *,
        body: KeyholderSearchLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> KeyholderSearchLocksRepDto:
        """Search locked users

        ``POST /keyholder/locks/search`` (``keyholder.search_locks``, operationId ``searchLocks``).

        Args:
            body: ``KeyholderSearchLocksDto`` or a mapping with its fields (spec names):
                ``criteria``, ``status`` (Filter by lock status), ``search`` (Search by username of
                shared lock name Min. 2 characters), ``page`` (Page number (starts with 0)),
                ``limit`` (Number of items returned).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.
        Paginates (page): ``chaster.paginate(chaster.keyholder.search_locks, ...)`` yields every
        item, fetching pages as you iterate.

        Returns:
            KeyholderSearchLocksRepDto
        """
        from ..keyholder.search_locks import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawKeyholderApi:
    """``chaster.with_raw_response.keyholder``: the methods of :class:`KeyholderApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def search_locks(
        self,
        *,
        body: KeyholderSearchLocksDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[KeyholderSearchLocksRepDto]:
        """:meth:`KeyholderApi.search_locks` with its answer (``POST /keyholder/locks/search``)."""
        from ..keyholder.search_locks import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
