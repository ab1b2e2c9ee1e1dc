"""POST /keyholder/locks/search (searchLocks)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.keyholder_search_locks_dto import KeyholderSearchLocksDto
from ...models.keyholder_search_locks_rep_dto import KeyholderSearchLocksRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["keyholder.search_locks"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *, body: KeyholderSearchLocksDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path="/keyholder/locks/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, KeyholderSearchLocksDto, ()),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> KeyholderSearchLocksRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: KeyholderSearchLocksRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = KeyholderSearchLocksRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: KeyholderSearchLocksDto | Mapping[str, Any], timeout: float | None = None
) -> KeyholderSearchLocksRepDto:
    """Search locked users

    ``POST /keyholder/locks/search`` (``keyholder.search_locks``, operationId ``searchLocks``).

    Args:
        body: ``KeyholderSearchLocksDto`` or a mapping with its fields (spec names):
            ``criteria``, ``status`` (Filter by lock status), ``search`` (Search by username of
            shared lock name Min. 2 characters), ``page`` (Page number (starts with 0)),
            ``limit`` (Number of items returned).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.
    Paginates (page): ``chaster.paginate(chaster.keyholder.search_locks, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        KeyholderSearchLocksRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
