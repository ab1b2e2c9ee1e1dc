"""POST /blocks/unblock (unblockUser)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import request_body as _request_body

from ...models.unblock_user_dto import UnblockUserDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "unblockUser"


def _build_request(*, body: UnblockUserDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/blocks/unblock",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UnblockUserDto, ("targetUserId",)),
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    *, client: Transport, body: UnblockUserDto | Mapping[str, Any], timeout: float | None = None
) -> None:
    """Unblock user
    ``POST /blocks/unblock`` (operationId ``unblockUser``).
    Returns:
        None
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
