"""GET /messaging/ignored-users (findIgnoredUsers)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request

from ...models.ignored_users_rep_dto import IgnoredUsersRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["messaging.find_ignored_users"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/messaging/ignored-users",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> IgnoredUsersRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: IgnoredUsersRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = IgnoredUsersRepDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> IgnoredUsersRepDto:
    """GET /messaging/ignored-users

    ``GET /messaging/ignored-users`` (``messaging.find_ignored_users``, operationId
    ``findIgnoredUsers``).

    Args:
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``messaging``.

    Returns:
        IgnoredUsersRepDto
    """
    return await client.call(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )


async def asyncio_raw(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[IgnoredUsersRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``IgnoredUsersRepDto``."""
    return await client.call_raw(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )
