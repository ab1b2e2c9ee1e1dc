"""PATCH /api/extensions/sessions/{sessionId} (patchExtensionSession)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.patch_extension_session_dto import PatchExtensionSessionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.patch_extension_session"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str,
    *,
    body: PatchExtensionSessionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, PatchExtensionSessionDto, ()),
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
    body: PatchExtensionSessionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Update partial information for an extension lock session

    Update partial information for an extension lock session. All fields are optional. If you
    provide a value for a field, the content of the whole field is replaced. For example, if you
    provide a `config` object, the whole object is replaced by the payload received. If you only
    need to update one field in your object, make sure to send the whole object back. If you
    don't provide a field, it will be unchanged.

    ``PATCH /api/extensions/sessions/{sessionId}``
    (``partner_extensions.patch_extension_session``, operationId ``patchExtensionSession``).

    Args:
        session_id: (path ``sessionId``).
        body: ``PatchExtensionSessionDto`` or a mapping with its fields (spec names): ``config``
            (The extension configuration), ``metadata``, ``data`` (Data stored for this session,
            in a key-value format).
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
    body: PatchExtensionSessionDto | Mapping[str, Any],
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
