"""The ``extensions_verification_picture`` operations, as methods of :class:`ExtensionsVerificationPictureApi` (``chaster.extensions_verification_picture``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

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
        self, lock_id: str, *, timeout: float | None = None
    ) -> list[VerificationPictureHistoryEntry]:
        """Get the history of verification pictures

        ``GET /locks/{lockId}/verification-pictures``
        (``extensions_verification_picture.get_verification_pictures``, operationId
        ``getVerificationPictures``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            list[VerificationPictureHistoryEntry]
        """
        from ..extensions_verification_picture.get_verification_pictures import asyncio as _call

        return await _call(lock_id, client=self._transport, timeout=timeout)

    async def submit_picture(self, lock_id: str, *, timeout: float | None = None) -> None:
        """Submit a verification picture

        Uploads a new verification picture  A user can upload a picture only if there is an existing
        request.

        ``POST /extensions/verification-picture/{lockId}/submit``
        (``extensions_verification_picture.submit_picture``, operationId ``submitPicture``).

        Args:
            lock_id: (path ``lockId``).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            None
        """
        from ..extensions_verification_picture.submit_picture import asyncio as _call

        return await _call(lock_id, client=self._transport, timeout=timeout)
