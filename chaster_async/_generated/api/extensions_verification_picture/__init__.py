"""The ``extensions_verification_picture`` operations, as methods of :class:`ExtensionsVerificationPictureApi` (``chaster.extensions_verification_picture``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._runtime import Transport

    from ...models.verification_picture_history_entry import VerificationPictureHistoryEntry


class ExtensionsVerificationPictureApi:
    """Operations tagged ``extensions_verification_picture``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> operationId, for chaster.paginate() and scope lookups.
    OPERATION_IDS: dict[str, str] = {
        "get_verification_pictures": "getVerificationPictures",
        "submit_picture": "submitPicture",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_verification_pictures(
        self, lock_id: str, *, timeout: float | None = None
    ) -> list[VerificationPictureHistoryEntry]:
        """Get the history of verification pictures
        ``GET /locks/{lockId}/verification-pictures`` (operationId ``getVerificationPictures``).
        """
        from ..extensions_verification_picture.get_verification_pictures import asyncio as _call

        return await _call(lock_id, client=self._transport, timeout=timeout)

    async def submit_picture(self, lock_id: str, *, timeout: float | None = None) -> None:
        """Submit a verification picture
        ``POST /extensions/verification-picture/{lockId}/submit`` (operationId ``submitPicture``).
        """
        from ..extensions_verification_picture.submit_picture import asyncio as _call

        return await _call(lock_id, client=self._transport, timeout=timeout)
