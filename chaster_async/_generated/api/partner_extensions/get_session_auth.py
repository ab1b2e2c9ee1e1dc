"""GET /api/extensions/auth/sessions/{token} (getSessionAuth)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.partner_get_session_auth_rep_dto import PartnerGetSessionAuthRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.get_session_auth"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    token: str,
    *,
    x_chaster_client_id: str,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    headers: dict[str, str] = {}
    if not isinstance(x_chaster_client_id, Unset):
        headers["X-Chaster-Client-Id"] = str(x_chaster_client_id)
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/auth/sessions/{_path_value(OPERATION_ID, 'token', token)}",
        headers=headers,
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> PartnerGetSessionAuthRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: PartnerGetSessionAuthRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = PartnerGetSessionAuthRepDto._from_json(payload)
    return result


async def asyncio(
    token: str,
    *,
    client: Transport,
    x_chaster_client_id: str,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> PartnerGetSessionAuthRepDto:
    """Get a session authorization

    ``GET /api/extensions/auth/sessions/{token}`` (``partner_extensions.get_session_auth``,
    operationId ``getSessionAuth``).

    Args:
        token: (path ``token``).
        x_chaster_client_id: (header ``X-Chaster-Client-Id``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerGetSessionAuthRepDto
    """
    return await client.call(
        _build_request(
            token,
            x_chaster_client_id=x_chaster_client_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    token: str,
    *,
    client: Transport,
    x_chaster_client_id: str,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[PartnerGetSessionAuthRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``PartnerGetSessionAuthRepDto``."""
    return await client.call_raw(
        _build_request(
            token,
            x_chaster_client_id=x_chaster_client_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
