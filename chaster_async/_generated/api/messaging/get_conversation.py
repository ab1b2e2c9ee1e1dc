"""GET /conversations/{conversationId} (getConversation)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.conversation_for_public import ConversationForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["messaging.get_conversation"]
OPERATION_ID = OPERATION.operation_id


def _build_request(conversation_id: str, *, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> ConversationForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: ConversationForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = ConversationForPublic._from_json(payload)
    return result


async def asyncio(
    conversation_id: str, *, client: Transport, timeout: float | None = None
) -> ConversationForPublic:
    """Find a conversation

    Finds a conversation

    ``GET /conversations/{conversationId}`` (``messaging.get_conversation``, operationId
    ``getConversation``).

    Args:
        conversation_id: (path ``conversationId``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        ConversationForPublic
    """
    payload = await client.send(_build_request(conversation_id, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
