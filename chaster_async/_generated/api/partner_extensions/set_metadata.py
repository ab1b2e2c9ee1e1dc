"""PUT /api/extensions/sessions/{sessionId}/metadata (setMetadata). Deprecated."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.partner_set_metadata_dto import PartnerSetMetadataDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.set_metadata"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_id: str, *, body: PartnerSetMetadataDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/extensions/sessions/{_path_value(OPERATION_ID, 'session_id', session_id)}/metadata",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, PartnerSetMetadataDto, ("metadata",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    session_id: str,
    *,
    client: Transport,
    body: PartnerSetMetadataDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Update metadata for an extension lock session

    Deprecated, please use PATCH /api/extensions/sessions/{sessionId}

    ``PUT /api/extensions/sessions/{sessionId}/metadata`` (``partner_extensions.set_metadata``,
    operationId ``setMetadata``). Deprecated by Chaster.

    Args:
        session_id: (path ``sessionId``).
        body: ``PartnerSetMetadataDto`` or a mapping with its fields (spec names): ``metadata``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        None
    """
    payload = await client.send(_build_request(session_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
