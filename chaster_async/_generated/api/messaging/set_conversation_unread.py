"""PUT /conversations/{conversationId}/unread (setConversationUnread)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value
from chaster_async._runtime import request_body as _request_body

from ...models.set_conversation_unread_dto import SetConversationUnreadDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "setConversationUnread"


def _build_request(
    conversation_id: str, *, body: SetConversationUnreadDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="PUT",
        path=f"/conversations/{_path_value(OPERATION_ID, 'conversation_id', conversation_id)}/unread",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SetConversationUnreadDto, ("unread",)),
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    conversation_id: str,
    *,
    client: Transport,
    body: SetConversationUnreadDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Set a conversation unread status
    Updates a conversation unread status

    ``PUT /conversations/{conversationId}/unread`` (operationId ``setConversationUnread``).
    Returns:
        None
    """
    payload = await client.send(_build_request(conversation_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
