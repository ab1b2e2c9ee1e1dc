"""POST /conversations (createConversation)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.conversation_for_public import ConversationForPublic
from ...models.create_conversation_dto import CreateConversationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.create_conversation"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: CreateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/conversations",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreateConversationDto, ("users", "type", "message")),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    *,
    client: Transport,
    body: CreateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> ConversationForPublic:
    """Create a conversation

    Creates a conversation

    ``POST /conversations`` (``messaging.create_conversation``, operationId
    ``createConversation``).

    Args:
        body: ``CreateConversationDto`` or a mapping with its fields (spec names): ``users``
            (List of user ids in the conversation, excluding the logged user), ``type`` (The
            conversation type  The `group` type is currently not supported), ``message`` (The
            message), ``attachments`` (The file token  Create a file token by using the
            `/files/upload` endpoint), ``nonce`` (Nonce  If this field is included, it will be
            returned to the websocket client).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        ConversationForPublic
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: CreateConversationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[ConversationForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``ConversationForPublic``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
