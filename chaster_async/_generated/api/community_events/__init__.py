"""The ``community_events`` operations, as methods of :class:`CommunityEventsApi` (``chaster.community_events``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.community_event_category import CommunityEventCategory
    from ...models.get_period_details_dto import GetPeriodDetailsDto
    from ...models.get_period_details_rep_dto import GetPeriodDetailsRepDto


class CommunityEventsApi:
    """Operations tagged ``community_events``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_categories": "community_events.get_categories",
        "get_period_details": "community_events.get_period_details",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_categories(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[CommunityEventCategory]:
        """Get community event categories

        ``GET /community-event/categories`` (``community_events.get_categories``, operationId
        ``getCategories``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            list[CommunityEventCategory]
        """
        from ..community_events.get_categories import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_period_details(
        self,
        *,
        body: GetPeriodDetailsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetPeriodDetailsRepDto:
        """Get community event task details for a given day

        ``POST /community-event/details`` (``community_events.get_period_details``, operationId
        ``getPeriodDetails``).

        Args:
            body: ``GetPeriodDetailsDto`` or a mapping with its fields (spec names): ``date``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            GetPeriodDetailsRepDto
        """
        from ..community_events.get_period_details import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawCommunityEventsApi:
    """``chaster.with_raw_response.community_events``: the methods of :class:`CommunityEventsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_categories(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[CommunityEventCategory]]:
        """:meth:`CommunityEventsApi.get_categories` with its answer (``GET /community-event/categories``)."""
        from ..community_events.get_categories import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def get_period_details(
        self,
        *,
        body: GetPeriodDetailsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetPeriodDetailsRepDto]:
        """:meth:`CommunityEventsApi.get_period_details` with its answer (``POST /community-event/details``)."""
        from ..community_events.get_period_details import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
