"""POST /locks/{lockId}/update-time (updateTime)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value
from chaster_async._runtime import request_body as _request_body

from ...models.update_time_dto import UpdateTimeDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "updateTime"


def _build_request(
    lock_id: str, *, body: UpdateTimeDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/update-time",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdateTimeDto, ("duration",)),
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    lock_id: str, *, client: Transport, body: UpdateTimeDto | Mapping[str, Any], timeout: float | None = None
) -> None:
    """Update lock duration
    Adds or removes duration to a lock. Keyholders can add or remove time, while wearers can only
    add time.

    ``POST /locks/{lockId}/update-time`` (operationId ``updateTime``).
    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
