"""GET /conversations/{conversationId}/messages (getMessages)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import query_pairs as _query_pairs

from ...models.get_messages_rep_dto import GetMessagesRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.get_messages"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    conversation_id: str,
    *,
    limit: float | Unset = UNSET,
    last_id: str | Unset = UNSET,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
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
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
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
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
    Paginates (last_id): ``chaster.paginate(chaster.messaging.get_messages, ...)`` yields every
    item, fetching pages as you iterate.

    Returns:
        GetMessagesRepDto
    """
    return await client.call(
        _build_request(
            conversation_id,
            limit=limit,
            last_id=last_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    conversation_id: str,
    *,
    client: Transport,
    limit: float | Unset = UNSET,
    last_id: str | Unset = UNSET,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetMessagesRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetMessagesRepDto``."""
    return await client.call_raw(
        _build_request(
            conversation_id,
            limit=limit,
            last_id=last_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
