"""The ``reports`` operations, as methods of :class:`ReportsApi` (``chaster.reports``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

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
        self,
        *,
        body: CreateReportDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create a report

        ``POST /reports`` (``reports.create_report``, operationId ``createReport``).

        Args:
            body: ``CreateReportDto`` or a mapping with its fields (spec names): ``target`` (The
                content to report), ``reason`` (The reason of the report), ``message`` (An optional
                message).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            None
        """
        from ..reports.create_report import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawReportsApi:
    """``chaster.with_raw_response.reports``: the methods of :class:`ReportsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_report(
        self,
        *,
        body: CreateReportDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`ReportsApi.create_report` with its answer (``POST /reports``)."""
        from ..reports.create_report import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
