"""GET /conversations/{conversationId} (getConversation)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.conversation_for_public import ConversationForPublic
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.get_conversation"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}",
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
    conversation_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> ConversationForPublic:
    """Find a conversation

    Finds a conversation

    ``GET /conversations/{conversationId}`` (``messaging.get_conversation``, operationId
    ``getConversation``).

    Args:
        conversation_id: (path ``conversationId``).
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
        _build_request(
            conversation_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    conversation_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[ConversationForPublic]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``ConversationForPublic``."""
    return await client.call_raw(
        _build_request(
            conversation_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
