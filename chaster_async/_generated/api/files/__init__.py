"""The ``files`` operations, as methods of :class:`FilesApi` (``chaster.files``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.get_file_from_key_rep_dto import GetFileFromKeyRepDto
    from ...models.upload_files_body import UploadFilesBody
    from ...models.upload_files_rep_dto import UploadFilesRepDto


class FilesApi:
    """Operations tagged ``files``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "get_file_from_key": "files.get_file_from_key",
        "upload_files": "files.upload_files",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_file_from_key(
        self,
        file_key: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetFileFromKeyRepDto:
        """Find a file

        ``GET /files/{fileKey}`` (``files.get_file_from_key``, operationId ``getFileFromKey``).

        Args:
            file_key: (path ``fileKey``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            GetFileFromKeyRepDto
        """
        from ..files.get_file_from_key import asyncio as _call

        return await _call(
            file_key,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def upload_files(
        self,
        *,
        body: UploadFilesBody | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> UploadFilesRepDto:
        """Upload attachments

        Upload attachments and get an attachment token to be used in messaging and posts

        ``POST /files/upload`` (``files.upload_files``, operationId ``uploadFiles``).

        Args:
            body: ``UploadFilesBody`` or a mapping with its fields (spec names): ``files`` (The
                files to upload), ``type`` (The target storage).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: any token (developer or OAuth, no particular scope).

        Returns:
            UploadFilesRepDto
        """
        from ..files.upload_files import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawFilesApi:
    """``chaster.with_raw_response.files``: the methods of :class:`FilesApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def get_file_from_key(
        self,
        file_key: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetFileFromKeyRepDto]:
        """:meth:`FilesApi.get_file_from_key` with its answer (``GET /files/{fileKey}``)."""
        from ..files.get_file_from_key import asyncio_raw as _call

        return await _call(
            file_key,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def upload_files(
        self,
        *,
        body: UploadFilesBody | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[UploadFilesRepDto]:
        """:meth:`FilesApi.upload_files` with its answer (``POST /files/upload``)."""
        from ..files.upload_files import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
