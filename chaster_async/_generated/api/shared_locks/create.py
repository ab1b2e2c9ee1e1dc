"""POST /shared-locks (sharedLocksCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.create_shared_lock_rep_dto import CreateSharedLockRepDto
from ...models.create_update_shared_lock_dto import CreateUpdateSharedLockDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["shared_locks.create"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *, body: CreateUpdateSharedLockDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path="/shared-locks",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(
            OPERATION_ID,
            body,
            CreateUpdateSharedLockDto,
            (
                "minDuration",
                "maxDuration",
                "maxLimitDuration",
                "minDate",
                "maxDate",
                "maxLimitDate",
                "displayRemainingTime",
                "limitLockTime",
                "isPublic",
                "maxLockedUsers",
                "password",
                "requireContact",
                "name",
                "description",
                "photoId",
                "hideTimeLogs",
                "isFindom",
            ),
        ),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> CreateSharedLockRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: CreateSharedLockRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CreateSharedLockRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: CreateUpdateSharedLockDto | Mapping[str, Any], timeout: float | None = None
) -> CreateSharedLockRepDto:
    """Create a shared lock

    Creates a shared lock

    ``POST /shared-locks`` (``shared_locks.create``, operationId ``sharedLocksCreate``).

    Returns:
        CreateSharedLockRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
