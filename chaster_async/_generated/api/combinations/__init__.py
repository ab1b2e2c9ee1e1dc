"""The ``combinations`` operations, as methods of :class:`CombinationsApi` (``chaster.combinations``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

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
        self,
        *,
        body: CreateCodeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CreateCodeRepDto
        """
        from ..combinations.create_code import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def upload_image(
        self,
        *,
        body: UploadImageBody | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
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
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``locks``.

        Returns:
            CreateCodeRepDto
        """
        from ..combinations.upload_image import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawCombinationsApi:
    """``chaster.with_raw_response.combinations``: the methods of :class:`CombinationsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_code(
        self,
        *,
        body: CreateCodeDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateCodeRepDto]:
        """:meth:`CombinationsApi.create_code` with its answer (``POST /combinations/code``)."""
        from ..combinations.create_code import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def upload_image(
        self,
        *,
        body: UploadImageBody | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateCodeRepDto]:
        """:meth:`CombinationsApi.upload_image` with its answer (``POST /combinations/image``)."""
        from ..combinations.upload_image import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
