"""POST /files/upload (uploadFiles)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import multipart_body as _multipart_body
from chaster_async._runtime import parse_response as _parse

from ...models.upload_files_body import UploadFilesBody
from ...models.upload_files_rep_dto import UploadFilesRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "uploadFiles"


def _build_request(*, body: UploadFilesBody | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/files/upload",
        form=_multipart_body(
            OPERATION_ID, body, UploadFilesBody, (("files", "files"), ("type", "type_")), ("files", "type")
        ),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> UploadFilesRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = UploadFilesRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: UploadFilesBody | Mapping[str, Any], timeout: float | None = None
) -> UploadFilesRepDto:
    """Upload attachments
    Upload attachments and get an attachment token to be used in messaging and posts

    ``POST /files/upload`` (operationId ``uploadFiles``).
    Returns:
        UploadFilesRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
