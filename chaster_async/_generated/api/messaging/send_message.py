"""POST /conversations/{conversationId} (sendMessage)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.message_for_public import MessageForPublic
from ...models.update_conversation_dto import UpdateConversationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.send_message"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str,
    *,
    body: UpdateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdateConversationDto, ("message",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
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
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        MessageForPublic
    """
    return await client.call(
        _build_request(
            conversation_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    conversation_id: str,
    *,
    client: Transport,
    body: UpdateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[MessageForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``MessageForPublic``."""
    return await client.call_raw(
        _build_request(
            conversation_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
