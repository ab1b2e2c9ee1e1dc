"""GET /settings (getAppSettings)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request

from ...models.app_settings_dto import AppSettingsDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["settings.get_app_settings"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/settings",
        timeout=timeout,
    )


def _parse_response(payload: Any) -> AppSettingsDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: AppSettingsDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = AppSettingsDto._from_json(payload)
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> AppSettingsDto:
    """Get app settings

    ``GET /settings`` (``settings.get_app_settings``, operationId ``getAppSettings``).

    Args:
        timeout: seconds allowed for this call (default: the client's).

    Access: public (no token needed).

    Returns:
        AppSettingsDto
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
