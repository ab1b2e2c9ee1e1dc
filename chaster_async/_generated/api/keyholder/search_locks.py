"""POST /keyholder/locks/search (searchLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import request_body as _request_body

from ...models.keyholder_search_locks_dto import KeyholderSearchLocksDto
from ...models.keyholder_search_locks_rep_dto import KeyholderSearchLocksRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "searchLocks"


def _build_request(
    *, body: KeyholderSearchLocksDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/keyholder/locks/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, KeyholderSearchLocksDto, ()),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> KeyholderSearchLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = KeyholderSearchLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: KeyholderSearchLocksDto | Mapping[str, Any], timeout: float | None = None
) -> KeyholderSearchLocksRepDto:
    """Search locked users
    ``POST /keyholder/locks/search`` (operationId ``searchLocks``).
    Returns:
        KeyholderSearchLocksRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
