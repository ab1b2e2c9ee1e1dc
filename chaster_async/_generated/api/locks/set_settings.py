"""POST /locks/{lockId}/settings (setSettings)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.set_lock_settings_dto import SetLockSettingsDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.set_settings"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    *,
    body: SetLockSettingsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/settings",
        json=UNSET if isinstance(body, Unset) else _request_body(OPERATION_ID, body, SetLockSettingsDto, ()),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    body: SetLockSettingsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Update lock settings

    Update locks settings. Only the keyholder can update lock settings.

    ``POST /locks/{lockId}/settings`` (``locks.set_settings``, operationId ``setSettings``).

    Args:
        lock_id: (path ``lockId``).
        body: ``SetLockSettingsDto`` or a mapping with its fields (spec names):
            ``displayRemainingTime`` (Whether the remaining time is displayed to the wearer),
            ``hideTimeLogs`` (Whether the time information should be hidden from the history).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    return await client.call(
        _build_request(
            lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    lock_id: str,
    *,
    client: Transport,
    body: SetLockSettingsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            lock_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
