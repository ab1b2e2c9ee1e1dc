"""GET /api/extensions/sessions/{sessionId}/regular-actions (getRegularActions)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.get_regular_actions_rep_dto import GetRegularActionsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.get_regular_actions"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}/regular-actions",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> GetRegularActionsRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetRegularActionsRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetRegularActionsRepDto._from_json(payload)
    return result


async def asyncio(
    session_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetRegularActionsRepDto:
    """Get submitted regular actions

    ``GET /api/extensions/sessions/{sessionId}/regular-actions``
    (``partner_extensions.get_regular_actions``, operationId ``getRegularActions``).

    Args:
        session_id: (path ``sessionId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        GetRegularActionsRepDto
    """
    return await client.call(
        _build_request(session_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    session_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetRegularActionsRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetRegularActionsRepDto``."""
    return await client.call_raw(
        _build_request(session_id, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
