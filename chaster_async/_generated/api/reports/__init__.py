"""The ``reports`` operations, as methods of :class:`ReportsApi` (``chaster.reports``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.create_report_dto import CreateReportDto


class ReportsApi:
    """Operations tagged ``reports``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "create_report": "reports.create_report",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_report(
        self, *, body: CreateReportDto | Mapping[str, Any], timeout: float | None = None
    ) -> None:
        """Create a report

        ``POST /reports`` (``reports.create_report``, operationId ``createReport``).

        Args:
            body: ``CreateReportDto`` or a mapping with its fields (spec names): ``target`` (The
                content to report), ``reason`` (The reason of the report), ``message`` (An optional
                message).
            timeout: seconds allowed for this call (default: the client's).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            None
        """
        from ..reports.create_report import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
