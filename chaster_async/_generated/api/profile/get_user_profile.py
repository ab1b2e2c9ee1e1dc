"""GET /users/profile/{username}/details (getUserProfile)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.profile_rep_dto import ProfileRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["profile.get_user_profile"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    username: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/users/profile/{_path_value(OPERATION_ID, 'username', username)}/details",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> ProfileRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: ProfileRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = ProfileRepDto._from_json(payload)
    return result


async def asyncio(
    username: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> ProfileRepDto:
    """Find a user profile with details

    ``GET /users/profile/{username}/details`` (``profile.get_user_profile``, operationId
    ``getUserProfile``).

    Args:
        username: (path ``username``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: public (no token needed).

    Returns:
        ProfileRepDto
    """
    return await client.call(
        _build_request(username, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    username: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[ProfileRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``ProfileRepDto``."""
    return await client.call_raw(
        _build_request(username, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
