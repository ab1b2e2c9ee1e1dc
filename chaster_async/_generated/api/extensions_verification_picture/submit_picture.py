"""POST /extensions/verification-picture/{lockId}/submit (submitPicture)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["extensions_verification_picture.submit_picture"]
OPERATION_ID = OPERATION.operation_id


def _build_request(lock_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/extensions/verification-picture/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/submit",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(lock_id: str, *, client: Transport, timeout: float | None = None) -> None:
    """Submit a verification picture

    Uploads a new verification picture  A user can upload a picture only if there is an existing
    request.

    ``POST /extensions/verification-picture/{lockId}/submit``
    (``extensions_verification_picture.submit_picture``, operationId ``submitPicture``).

    Args:
        lock_id: (path ``lockId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
