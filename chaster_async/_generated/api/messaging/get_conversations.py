"""GET /conversations (getConversations)"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import query_pairs as _query_pairs

from ...models.get_conversations_messaging_status import GetConversationsMessagingStatus
from ...models.get_conversations_rep_dto import GetConversationsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["messaging.get_conversations"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    limit: float | Unset = UNSET,
    status: GetConversationsMessagingStatus | str | Unset = UNSET,
    offset: datetime.datetime | Unset = UNSET,
    timeout: float | None = None,
) -> Request:
    params: list[tuple[str, str]] = []
    if not isinstance(limit, Unset):
        params.extend(_query_pairs("limit", limit, OPERATION_ID))
    if not isinstance(status, Unset):
        params.extend(_query_pairs("status", status, OPERATION_ID))
    if not isinstance(offset, Unset):
        params.extend(_query_pairs("offset", offset, OPERATION_ID))
    return Request(
        operation=OPERATION,
        path="/conversations",
        params=params,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetConversationsRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetConversationsRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetConversationsRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    limit: float | Unset = UNSET,
    status: GetConversationsMessagingStatus | str | Unset = UNSET,
    offset: datetime.datetime | Unset = UNSET,
    timeout: float | None = None,
) -> GetConversationsRepDto:
    """Find a list of conversations

    Finds a list of conversations

    ``GET /conversations`` (``messaging.get_conversations``, operationId ``getConversations``).

    Args:
        limit: (query ``limit``); optional.
        status: (query ``status``); optional.
        offset: (query ``offset``); optional.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
    Paginates (offset_date): ``chaster.paginate(chaster.messaging.get_conversations, ...)``
    yields every item, fetching pages as you iterate.

    Returns:
        GetConversationsRepDto
    """
    payload = await client.send(_build_request(limit=limit, status=status, offset=offset, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
