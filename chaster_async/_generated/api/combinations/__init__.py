"""The ``combinations`` operations, as methods of :class:`CombinationsApi` (``chaster.combinations``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._runtime import Transport

    from ...models.create_code_dto import CreateCodeDto
    from ...models.create_code_rep_dto import CreateCodeRepDto
    from ...models.upload_image_body import UploadImageBody


class CombinationsApi:
    """Operations tagged ``combinations``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> operationId, for chaster.paginate() and scope lookups.
    OPERATION_IDS: dict[str, str] = {
        "create_code": "createCode",
        "upload_image": "uploadImage",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_code(
        self, *, body: CreateCodeDto | Mapping[str, Any], timeout: float | None = None
    ) -> CreateCodeRepDto:
        """Create a code combination
        ``POST /combinations/code`` (operationId ``createCode``).
        """
        from ..combinations.create_code import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)

    async def upload_image(
        self, *, body: UploadImageBody | Mapping[str, Any], timeout: float | None = None
    ) -> CreateCodeRepDto:
        """Upload a combination image
        ``POST /combinations/image`` (operationId ``uploadImage``).
        """
        from ..combinations.upload_image import asyncio as _call

        return await _call(body=body, client=self._transport, timeout=timeout)
