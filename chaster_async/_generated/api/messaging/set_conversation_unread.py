"""PUT /conversations/{conversationId}/unread (setConversationUnread)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.set_conversation_unread_dto import SetConversationUnreadDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.set_conversation_unread"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str,
    *,
    body: SetConversationUnreadDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}/unread",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SetConversationUnreadDto, ("unread",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    conversation_id: str,
    *,
    client: Transport,
    body: SetConversationUnreadDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Set a conversation unread status

    Updates a conversation unread status

    ``PUT /conversations/{conversationId}/unread`` (``messaging.set_conversation_unread``,
    operationId ``setConversationUnread``).

    Args:
        conversation_id: (path ``conversationId``).
        body: ``SetConversationUnreadDto`` or a mapping with its fields (spec names): ``unread``
            (True if unread).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        None
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
    body: SetConversationUnreadDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            conversation_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
