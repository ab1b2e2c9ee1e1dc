"""POST /community-event/details (getPeriodDetails)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import request_body as _request_body

from ...models.get_period_details_dto import GetPeriodDetailsDto
from ...models.get_period_details_rep_dto import GetPeriodDetailsRepDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "getPeriodDetails"


def _build_request(*, body: GetPeriodDetailsDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path="/community-event/details",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetPeriodDetailsDto, ("date",)),
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetPeriodDetailsRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, dict):
        raise TypeError("object")
    result = GetPeriodDetailsRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: GetPeriodDetailsDto | Mapping[str, Any], timeout: float | None = None
) -> GetPeriodDetailsRepDto:
    """Get community event task details for a given day
    ``POST /community-event/details`` (operationId ``getPeriodDetails``).
    Returns:
        GetPeriodDetailsRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
