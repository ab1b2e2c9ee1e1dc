"""The ``community_events`` operations, as methods of :class:`CommunityEventsApi` (``chaster.community_events``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

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

    async def get_categories(self, *, timeout: float | None = None) -> list[CommunityEventCategory]:
        """Get community event categories

        ``GET /community-event/categories`` (``community_events.get_categories``, operationId
        ``getCategories``).

        Args:
            timeout: seconds allowed for this call (default: the client's).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            list[CommunityEventCategory]
        """
        from ..community_events.get_categories import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)

    async def get_period_details(
        self, *, body: GetPeriodDetailsDto | Mapping[str, Any], timeout: float | None = None
    ) -> GetPeriodDetailsRepDto:
        """Get community event task details for a given day

        ``POST /community-event/details`` (``community_events.get_period_details``, operationId
        ``getPeriodDetails``).

        Args:
            body: ``GetPeriodDetailsDto`` or a mapping with its fields (spec names): ``date``.
            timeout: seconds allowed for this call (default: the client's).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            GetPeriodDetailsRepDto
        """
        from ..community_events.get_period_details import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
