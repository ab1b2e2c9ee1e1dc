"""POST /blocks/unblock (unblockUser)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.unblock_user_dto import UnblockUserDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["blocks.unblock_user"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, body: UnblockUserDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/blocks/unblock",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UnblockUserDto, ("targetUserId",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    *, client: Transport, body: UnblockUserDto | Mapping[str, Any], timeout: float | None = None
) -> None:
    """Unblock user

    ``POST /blocks/unblock`` (``blocks.unblock_user``, operationId ``unblockUser``).

    Args:
        body: ``UnblockUserDto`` or a mapping with its fields (spec names): ``targetUserId``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``profile``.

    Returns:
        None
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
