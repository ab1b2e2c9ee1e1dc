"""PUT /api/developers/extensions/{extensionId} (partnerExtensionsUpdate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.update_partner_extension_dto import UpdatePartnerExtensionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["partner_extensions.update"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    extension_id: str, *, body: UpdatePartnerExtensionDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/developers/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdatePartnerExtensionDto, ()),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    extension_id: str,
    *,
    client: Transport,
    body: UpdatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Update an extension

    ``PUT /api/developers/extensions/{extensionId}`` (``partner_extensions.update``, operationId ``partnerExtensionsUpdate``).

    Returns:
        None
    """
    payload = await client.send(_build_request(extension_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
