"""POST /combinations/image (uploadImage)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import multipart_body as _multipart_body
from chaster_async._runtime import parse_response as _parse

from ...models.create_code_rep_dto import CreateCodeRepDto
from ...models.upload_image_body import UploadImageBody

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "uploadImage"


def _build_request(*, body: UploadImageBody | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/combinations/image",
        form=_multipart_body(
            OPERATION_ID,
            body,
            UploadImageBody,
            (("file", "file"), ("enableManualCheck", "enable_manual_check")),
            ("file",),
        ),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> CreateCodeRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = CreateCodeRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: UploadImageBody | Mapping[str, Any], timeout: float | None = None
) -> CreateCodeRepDto:
    """Upload a combination image
    Uploads an image and stores the combination. Once the image is uploaded, it cannot be recovered
    without being associated with a lock. To retrieve the combination, refer to the endpoint
    `/locks/{lockId}/combination` to get the image URL.  If the combination is not associated with a
    lock, it expires after one hour.

    ``POST /combinations/image`` (operationId ``uploadImage``).
    Returns:
        CreateCodeRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
