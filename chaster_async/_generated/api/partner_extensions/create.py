"""POST /api/developers/extensions (partnerExtensionsCreate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import request_body as _request_body

from ...models.create_partner_extension_dto import CreatePartnerExtensionDto
from ...models.partner_extension_for_dashboard import PartnerExtensionForDashboard

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "partnerExtensionsCreate"


def _build_request(
    *, body: CreatePartnerExtensionDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/api/developers/extensions",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreatePartnerExtensionDto, ("displayName",)),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> PartnerExtensionForDashboard:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = PartnerExtensionForDashboard._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: CreatePartnerExtensionDto | Mapping[str, Any], timeout: float | None = None
) -> PartnerExtensionForDashboard:
    """Create an extension
    ``POST /api/developers/extensions`` (operationId ``partnerExtensionsCreate``).
    Returns:
        PartnerExtensionForDashboard
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
