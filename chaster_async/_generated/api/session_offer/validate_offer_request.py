"""POST /session-offer/{sessionRequestId} (validateOfferRequest)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.validate_offer_request_dto import ValidateOfferRequestDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["session_offer.validate_offer_request"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    session_request_id: str,
    *,
    body: ValidateOfferRequestDto | Mapping[str, Any],
    timeout: float | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/session-offer/{_path_value(OPERATION_ID, 'session_request_id', session_request_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, ValidateOfferRequestDto, ("accept",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    session_request_id: str,
    *,
    client: Transport,
    body: ValidateOfferRequestDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Accept or reject a keyholding offer from a wearer

    Accepts or reject a keyholding offer sent directly by a wearer

    ``POST /session-offer/{sessionRequestId}`` (``session_offer.validate_offer_request``,
    operationId ``validateOfferRequest``).

    Args:
        session_request_id: (path ``sessionRequestId``).
        body: ``ValidateOfferRequestDto`` or a mapping with its fields (spec names): ``accept``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``keyholder``.

    Returns:
        None
    """
    payload = await client.send(_build_request(session_request_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
