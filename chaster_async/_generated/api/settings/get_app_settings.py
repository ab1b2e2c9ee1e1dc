"""GET /settings (getAppSettings)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request

from ...models.app_settings_dto import AppSettingsDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["settings.get_app_settings"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/settings",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> AppSettingsDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: AppSettingsDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = AppSettingsDto._from_json(payload)
    return result


async def asyncio(
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> AppSettingsDto:
    """Get app settings

    ``GET /settings`` (``settings.get_app_settings``, operationId ``getAppSettings``).

    Args:
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: public (no token needed).

    Returns:
        AppSettingsDto
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
) -> RawResponse[AppSettingsDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``AppSettingsDto``."""
    return await client.call_raw(
        _build_request(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries), _parse_response
    )
