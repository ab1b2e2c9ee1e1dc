"""The ``extensions_verification_picture`` operations, as methods of :class:`ExtensionsVerificationPictureApi` (``chaster.extensions_verification_picture``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.verification_picture_history_entry import VerificationPictureHistoryEntry


class ExtensionsVerificationPictureApi:
    """Operations tagged ``extensions_verification_picture``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_verification_pictures": "extensions_verification_picture.get_verification_pictures",
        "submit_picture": "extensions_verification_picture.submit_picture",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_verification_pictures(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[VerificationPictureHistoryEntry]:
        """Get the history of verification pictures

        ``GET /locks/{lockId}/verification-pictures``
        (``extensions_verification_picture.get_verification_pictures``, operationId
        ``getVerificationPictures``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            list[VerificationPictureHistoryEntry]
        """
        from ..extensions_verification_picture.get_verification_pictures import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def submit_picture(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Submit a verification picture

        Uploads a new verification picture  A user can upload a picture only if there is an existing
        request.

        ``POST /extensions/verification-picture/{lockId}/submit``
        (``extensions_verification_picture.submit_picture``, operationId ``submitPicture``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..extensions_verification_picture.submit_picture import asyncio as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawExtensionsVerificationPictureApi:
    """``chaster.with_raw_response.extensions_verification_picture``: the methods of :class:`ExtensionsVerificationPictureApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_verification_pictures(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[VerificationPictureHistoryEntry]]:
        """:meth:`ExtensionsVerificationPictureApi.get_verification_pictures` with its answer (``GET /locks/{lockId}/verification-pictures``)."""
        from ..extensions_verification_picture.get_verification_pictures import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def submit_picture(
        self,
        lock_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`ExtensionsVerificationPictureApi.submit_picture` with its answer (``POST /extensions/verification-picture/{lockId}/submit``)."""
        from ..extensions_verification_picture.submit_picture import asyncio_raw as _call

        return await _call(
            lock_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
