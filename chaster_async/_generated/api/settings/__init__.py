"""The ``settings`` operations, as methods of :class:`SettingsApi` (``chaster.settings``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.app_settings_dto import AppSettingsDto


class SettingsApi:
    """Operations tagged ``settings``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_app_settings": "settings.get_app_settings",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_app_settings(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> AppSettingsDto:
        """Get app settings

        ``GET /settings`` (``settings.get_app_settings``, operationId ``getAppSettings``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            AppSettingsDto
        """
        from ..settings.get_app_settings import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )


class RawSettingsApi:
    """``chaster.with_raw_response.settings``: the methods of :class:`SettingsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_app_settings(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[AppSettingsDto]:
        """:meth:`SettingsApi.get_app_settings` with its answer (``GET /settings``)."""
        from ..settings.get_app_settings import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
