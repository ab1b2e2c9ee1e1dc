"""GET /files/{fileKey} (getFileFromKey)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.get_file_from_key_rep_dto import GetFileFromKeyRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["files.get_file_from_key"]
OPERATION_ID = OPERATION.operation_id


def _build_request(file_key: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/files/{_path_value(OPERATION_ID, 'file_key', file_key)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetFileFromKeyRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetFileFromKeyRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetFileFromKeyRepDto._from_json(payload)
    return result


async def asyncio(file_key: str, *, client: Transport, timeout: float | None = None) -> GetFileFromKeyRepDto:
    """Find a file

    ``GET /files/{fileKey}`` (``files.get_file_from_key``, operationId ``getFileFromKey``).

    Args:
        file_key: (path ``fileKey``).
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        GetFileFromKeyRepDto
    """
    payload = await client.send(_build_request(file_key, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
