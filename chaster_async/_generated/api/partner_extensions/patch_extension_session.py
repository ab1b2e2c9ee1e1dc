"""PATCH /api/extensions/sessions/{sessionId} (patchExtensionSession)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.patch_extension_session_dto import PatchExtensionSessionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.patch_extension_session"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str, *, body: PatchExtensionSessionDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, PatchExtensionSessionDto, ()),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    session_id: str,
    *,
    client: Transport,
    body: PatchExtensionSessionDto | Mapping[str, Any],
    timeout: float | None = None,
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

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        None
    """
    payload = await client.send(_build_request(session_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
