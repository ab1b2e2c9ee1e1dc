"""POST /community-event/details (getPeriodDetails)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import request_body as _request_body

from ...models.get_period_details_dto import GetPeriodDetailsDto
from ...models.get_period_details_rep_dto import GetPeriodDetailsRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["community_events.get_period_details"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    *,
    body: GetPeriodDetailsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path="/community-event/details",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, GetPeriodDetailsDto, ("date",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
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
    *,
    client: Transport,
    body: GetPeriodDetailsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> GetPeriodDetailsRepDto:
    """Get community event task details for a given day

    ``POST /community-event/details`` (``community_events.get_period_details``, operationId
    ``getPeriodDetails``).

    Args:
        body: ``GetPeriodDetailsDto`` or a mapping with its fields (spec names): ``date``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        GetPeriodDetailsRepDto
    """
    return await client.call(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )


async def asyncio_raw(
    *,
    client: Transport,
    body: GetPeriodDetailsDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[GetPeriodDetailsRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``GetPeriodDetailsRepDto``."""
    return await client.call_raw(
        _build_request(body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries),
        _parse_response,
    )
