"""The ``extensions`` operations, as methods of :class:`ExtensionsApi` (``chaster.extensions``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

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

    async def get_extensions(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[ExtensionForPublic]:
        """Get the list of extensions

        Returns the list of all extensions in memory

        ``GET /extensions`` (``extensions.get_extensions``, operationId ``getExtensions``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: public (no token needed).

        Returns:
            list[ExtensionForPublic]
        """
        from ..extensions.get_extensions import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )


class RawExtensionsApi:
    """``chaster.with_raw_response.extensions``: the methods of :class:`ExtensionsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_extensions(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[ExtensionForPublic]]:
        """:meth:`ExtensionsApi.get_extensions` with its answer (``GET /extensions``)."""
        from ..extensions.get_extensions import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )
