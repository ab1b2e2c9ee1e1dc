"""GET /conversations/{conversationId}/messages (getMessages)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import query_pairs as _query_pairs

from ...models.get_messages_rep_dto import GetMessagesRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["messaging.get_messages"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str,
    *,
    limit: float | Unset = UNSET,
    last_id: str | Unset = UNSET,
    timeout: float | None = None,
) -> Request:
    params: list[tuple[str, str]] = []
    if not isinstance(limit, Unset):
        params.extend(_query_pairs("limit", limit, OPERATION_ID))
    if not isinstance(last_id, Unset):
        params.extend(_query_pairs("lastId", last_id, OPERATION_ID))
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}/messages",
        params=params,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetMessagesRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetMessagesRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetMessagesRepDto._from_json(payload)
    return result


async def asyncio(
    conversation_id: str,
    *,
    client: Transport,
    limit: float | Unset = UNSET,
    last_id: str | Unset = UNSET,
    timeout: float | None = None,
) -> GetMessagesRepDto:
    """Find messages in a conversation

    Finds messages in a conversation

    ``GET /conversations/{conversationId}/messages`` (``messaging.get_messages``, operationId
    ``getMessages``).

    Args:
        conversation_id: (path ``conversationId``).
        limit: (query ``limit``); optional.
        last_id: (query ``lastId``); optional.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
    Paginates (last_id): ``chaster.paginate(chaster.messaging.get_messages, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        GetMessagesRepDto
    """
    payload = await client.send(
        _build_request(conversation_id, limit=limit, last_id=last_id, timeout=timeout)
    )
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
