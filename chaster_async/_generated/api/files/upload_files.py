"""POST /files/upload (uploadFiles)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import multipart_body as _multipart_body

from ...models.upload_files_body import UploadFilesBody
from ...models.upload_files_rep_dto import UploadFilesRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["files.upload_files"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: UploadFilesBody | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/files/upload",
        form=_multipart_body(
            OPERATION_ID, body, UploadFilesBody, (("files", "files"), ("type", "type_")), ("files", "type")
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> UploadFilesRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: UploadFilesRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = UploadFilesRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
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
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: UploadFilesBody | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[UploadFilesRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``UploadFilesRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
