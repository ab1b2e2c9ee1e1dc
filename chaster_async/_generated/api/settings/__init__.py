"""The ``settings`` operations, as methods of :class:`SettingsApi` (``chaster.settings``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

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

    async def get_app_settings(self, *, timeout: float | None = None) -> AppSettingsDto:
        """Get app settings

        ``GET /settings`` (``settings.get_app_settings``, operationId ``getAppSettings``).

        Args:
            timeout: seconds allowed for this call (default: the client's).

        Access: public (no token needed).

        Returns:
            AppSettingsDto
        """
        from ..settings.get_app_settings import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)
