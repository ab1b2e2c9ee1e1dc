"""POST /api/extensions/sessions/{sessionId}/regular-actions (submitRegularAction)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.get_regular_actions_rep_dto import GetRegularActionsRepDto
from ...models.submit_regular_action_dto import SubmitRegularActionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.submit_regular_action"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str,
    *,
    body: SubmitRegularActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}/regular-actions",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SubmitRegularActionDto, ("payload",)),
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
    body: SubmitRegularActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetRegularActionsRepDto:
    """Submit a regular action on the lock

    ``POST /api/extensions/sessions/{sessionId}/regular-actions``
    (``partner_extensions.submit_regular_action``, operationId ``submitRegularAction``).

    Args:
        session_id: (path ``sessionId``).
        body: ``SubmitRegularActionDto`` or a mapping with its fields (spec names): ``payload``
            (The payload of the regular action, in a key-value object format. You can store any
            data you want in this object, and retrieve it later when fetching the list of
            previous regular actions).
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
        _build_request(
            session_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    session_id: str,
    *,
    client: Transport,
    body: SubmitRegularActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetRegularActionsRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetRegularActionsRepDto``."""
    return await client.call_raw(
        _build_request(
            session_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
