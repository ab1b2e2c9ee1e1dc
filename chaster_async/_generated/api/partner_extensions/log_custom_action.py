"""POST /api/extensions/sessions/{sessionId}/logs/custom (logCustomAction)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.partner_custom_log_action_dto import PartnerCustomLogActionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.log_custom_action"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str,
    *,
    body: PartnerCustomLogActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}/logs/custom",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, PartnerCustomLogActionDto, ("title", "description")),
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
    body: PartnerCustomLogActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Create a custom log entry for an extension lock session

    ``POST /api/extensions/sessions/{sessionId}/logs/custom``
    (``partner_extensions.log_custom_action``, operationId ``logCustomAction``).

    Args:
        session_id: (path ``sessionId``).
        body: ``PartnerCustomLogActionDto`` or a mapping with its fields (spec names): ``title``
            (The log action title), ``description`` (The log action description), ``role``,
            ``icon`` (The FontAwesome icon, without the `fa-` prefix.  The icon must be part of
            the FontAwesome v5 regular icons: https://fontawesome.com/v5/search?o=r&s=regular),
            ``color`` (The color of the log action).
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
    body: PartnerCustomLogActionDto | Mapping[str, Any],
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
