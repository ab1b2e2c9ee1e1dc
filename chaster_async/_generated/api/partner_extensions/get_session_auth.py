"""GET /api/extensions/auth/sessions/{token} (getSessionAuth)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._model import Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.partner_get_session_auth_rep_dto import PartnerGetSessionAuthRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.get_session_auth"]
OPERATION_ID = OPERATION.operation_id


def _build_request(token: str, *, x_chaster_client_id: str, timeout: float | None = None) -> Request:
    headers: dict[str, str] = {}
    if not isinstance(x_chaster_client_id, Unset):
        headers["X-Chaster-Client-Id"] = str(x_chaster_client_id)
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/auth/sessions/{_path_value(OPERATION_ID, 'token', token)}",
        headers=headers,
        timeout=timeout,
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
    token: str, *, client: Transport, x_chaster_client_id: str, timeout: float | None = None
) -> PartnerGetSessionAuthRepDto:
    """Get a session authorization

    ``GET /api/extensions/auth/sessions/{token}`` (``partner_extensions.get_session_auth``,
    operationId ``getSessionAuth``).

    Args:
        token: (path ``token``).
        x_chaster_client_id: (header ``X-Chaster-Client-Id``).
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        PartnerGetSessionAuthRepDto
    """
    payload = await client.send(
        _build_request(token, x_chaster_client_id=x_chaster_client_id, timeout=timeout)
    )
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
