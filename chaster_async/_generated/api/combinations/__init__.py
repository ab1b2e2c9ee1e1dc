"""The ``combinations`` operations, as methods of :class:`CombinationsApi` (``chaster.combinations``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport

    from ...models.create_code_dto import CreateCodeDto
    from ...models.create_code_rep_dto import CreateCodeRepDto
    from ...models.upload_image_body import UploadImageBody


class CombinationsApi:
    """Operations tagged ``combinations``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "create_code": "combinations.create_code",
        "upload_image": "combinations.upload_image",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_code(
        self, *, body: CreateCodeDto | Mapping[str, Any], timeout: float | None = None
    ) -> CreateCodeRepDto:
        """Create a code combination

        Creates and stores the code combination. Once the code is sent, it cannot be recovered
        without being associated with a lock. To retrieve the combination, refer to the endpoint
        `/locks/{lockId}/combination` to get the code.  If the combination is not associated with a
        lock, it expires after one hour.

        ``POST /combinations/code`` (``combinations.create_code``, operationId ``createCode``).

        Args:
            body: ``CreateCodeDto`` or a mapping with its fields (spec names): ``code`` (The code
                combination).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CreateCodeRepDto
        """
        from ..combinations.create_code import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def upload_image(
        self, *, body: UploadImageBody | Mapping[str, Any], timeout: float | None = None
    ) -> CreateCodeRepDto:
        """Upload a combination image

        Uploads an image and stores the combination. Once the image is uploaded, it cannot be
        recovered without being associated with a lock. To retrieve the combination, refer to the
        endpoint `/locks/{lockId}/combination` to get the image URL.  If the combination is not
        associated with a lock, it expires after one hour.

        ``POST /combinations/image`` (``combinations.upload_image``, operationId ``uploadImage``).

        Args:
            body: ``UploadImageBody`` or a mapping with its fields (spec names): ``file`` (The
                combination image), ``enableManualCheck`` (Enables the manual combination image
                check, for Premium users).
            timeout: seconds allowed for this call (default: the client's).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CreateCodeRepDto
        """
        from ..combinations.upload_image import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
