"""POST /community-event/details (getPeriodDetails)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.get_period_details_dto import GetPeriodDetailsDto
from ...models.get_period_details_rep_dto import GetPeriodDetailsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["community_events.get_period_details"]
OPERATION_ID = OPERATION.operation_id


def _build_request(*, body: GetPeriodDetailsDto | Mapping[str, Any], timeout: float | None = None) -> Request:
    return Request(
        operation=OPERATION,
        path="/community-event/details",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetPeriodDetailsDto, ("date",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> GetPeriodDetailsRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: GetPeriodDetailsRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = GetPeriodDetailsRepDto._from_json(payload)
    return result


async def asyncio(
    *, client: Transport, body: GetPeriodDetailsDto | Mapping[str, Any], timeout: float | None = None
) -> GetPeriodDetailsRepDto:
    """Get community event task details for a given day

    ``POST /community-event/details`` (``community_events.get_period_details``, operationId
    ``getPeriodDetails``).

    Args:
        body: ``GetPeriodDetailsDto`` or a mapping with its fields (spec names): ``date``.
        timeout: seconds allowed for this call (default: the client's).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        GetPeriodDetailsRepDto
    """
    payload = await client.send(_build_request(body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
