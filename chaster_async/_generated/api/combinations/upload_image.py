"""POST /combinations/image (uploadImage)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import multipart_body as _multipart_body

from ...models.create_code_rep_dto import CreateCodeRepDto
from ...models.upload_image_body import UploadImageBody
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["combinations.upload_image"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: UploadImageBody | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/combinations/image",
        form=_multipart_body(
            OPERATION_ID,
            body,
            UploadImageBody,
            (("file", "file"), ("enableManualCheck", "enable_manual_check")),
            ("file",),
        ),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CreateCodeRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: CreateCodeRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CreateCodeRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
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
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: UploadImageBody | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CreateCodeRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CreateCodeRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
