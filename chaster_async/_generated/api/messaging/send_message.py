"""POST /conversations/{conversationId} (sendMessage)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.message_for_public import MessageForPublic
from ...models.update_conversation_dto import UpdateConversationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["messaging.send_message"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str, *, body: UpdateConversationDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdateConversationDto, ("message",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> MessageForPublic:
    if payload is None:
        raise TypeError("the response has no body")
    result: MessageForPublic
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = MessageForPublic._from_json(payload)
    return result


async def asyncio(
    conversation_id: str,
    *,
    client: Transport,
    body: UpdateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
) -> MessageForPublic:
    """Add a new message to a conversation

    Updates a conversation

    ``POST /conversations/{conversationId}`` (``messaging.send_message``, operationId
    ``sendMessage``).

    Args:
        conversation_id: (path ``conversationId``).
        body: ``UpdateConversationDto`` or a mapping with its fields (spec names): ``message``
            (The message), ``attachments`` (The file token  Create a file token by using the
            `/files/upload` endpoint), ``nonce`` (Nonce  If this field is included, it will be
            returned to the websocket client).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        MessageForPublic
    """
    payload = await client.send(_build_request(conversation_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
