"""GET /conversations (getConversations)"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import query_pairs as _query_pairs

from ...models.get_conversations_messaging_status import GetConversationsMessagingStatus
from ...models.get_conversations_rep_dto import GetConversationsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.get_conversations"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    limit: float | Unset = UNSET,
    status: GetConversationsMessagingStatus | str | Unset = UNSET,
    offset: datetime.datetime | Unset = UNSET,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
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
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetConversationsRepDto:
    """Find a list of conversations

    Finds a list of conversations

    ``GET /conversations`` (``messaging.get_conversations``, operationId ``getConversations``).

    Args:
        limit: (query ``limit``); optional.
        status: (query ``status``); optional.
        offset: (query ``offset``); optional.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.
    Paginates (offset_date): ``chaster.paginate(chaster.messaging.get_conversations, ...)``
    yields every item, fetching pages as you iterate.

    Returns:
        GetConversationsRepDto
    """
    return await client.call(
        _build_request(
            limit=limit,
            status=status,
            offset=offset,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    limit: float | Unset = UNSET,
    status: GetConversationsMessagingStatus | str | Unset = UNSET,
    offset: datetime.datetime | Unset = UNSET,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetConversationsRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetConversationsRepDto``."""
    return await client.call_raw(
        _build_request(
            limit=limit,
            status=status,
            offset=offset,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
