"""The ``extensions`` operations, as methods of :class:`ExtensionsApi` (``chaster.extensions``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.extension_for_public import ExtensionForPublic


class ExtensionsApi:
    """Operations tagged ``extensions``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_extensions": "extensions.get_extensions",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_extensions(self, *, timeout: float | None = None) -> list[ExtensionForPublic]:
        """Get the list of extensions

        Returns the list of all extensions in memory

        ``GET /extensions`` (``extensions.get_extensions``, operationId ``getExtensions``).

        Args:
            timeout: seconds allowed for this call (default: the client's).

        Access: public (no token needed).

        Returns:
            list[ExtensionForPublic]
        """
        from ..extensions.get_extensions import asyncio as _call

        return await _call(client=self._transport, timeout=timeout)
