"""POST /api/extensions/sessions/search (getSessions)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.get_sessions_dto import GetSessionsDto
from ...models.get_sessions_rep_dto import GetSessionsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.get_sessions"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: GetSessionsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/api/extensions/sessions/search",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetSessionsDto, ("status", "extensionSlug", "limit")),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> GetSessionsRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetSessionsRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetSessionsRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    body: GetSessionsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetSessionsRepDto:
    """Search for extension sessions

    ``POST /api/extensions/sessions/search`` (``partner_extensions.get_sessions``, operationId
    ``getSessions``).

    Args:
        body: ``GetSessionsDto`` or a mapping with its fields (spec names): ``status``,
            ``extensionSlug`` (The extension slug. This field is required), ``limit`` (Limit of
            extension sessions to return. Default is 15), ``paginationLastId`` (Offset lastId,
            used for pagination. If provided, all extension sessions after this id will be
            returned).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.
    Paginates (pagination_last_id): ``chaster.paginate(chaster.partner_extensions.get_sessions,
    ...)`` yields every item, fetching pages as you iterate.

    Returns:
        GetSessionsRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: GetSessionsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetSessionsRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetSessionsRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
