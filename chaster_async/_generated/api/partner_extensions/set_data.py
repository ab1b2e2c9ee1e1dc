"""PUT /api/extensions/sessions/{sessionId}/data (setData). Deprecated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.set_session_data_dto import SetSessionDataDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.set_data"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str,
    *,
    body: SetSessionDataDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}/data",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, SetSessionDataDto, ("data",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    session_id: str,
    *,
    client: Transport,
    body: SetSessionDataDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Set session custom data

    Deprecated, please use PATCH /api/extensions/sessions/{sessionId}

    ``PUT /api/extensions/sessions/{sessionId}/data`` (``partner_extensions.set_data``,
    operationId ``setData``). Deprecated by Chaster.

    Args:
        session_id: (path ``sessionId``).
        body: ``SetSessionDataDto`` or a mapping with its fields (spec names): ``data`` (Data
            stored for this session, in a key-value format).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        None
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
    body: SetSessionDataDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            session_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
