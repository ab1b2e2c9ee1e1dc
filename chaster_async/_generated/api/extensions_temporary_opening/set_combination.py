"""POST /extensions/temporary-opening/{lockId}/combination (setCombination)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import parse_response as _parse
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.temporary_opening_set_combination_dto import TemporaryOpeningSetCombinationDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport

OPERATION = _OPERATIONS.by_key["extensions_temporary_opening.set_combination"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str, *, body: TemporaryOpeningSetCombinationDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/extensions/temporary-opening/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/combination",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, TemporaryOpeningSetCombinationDto, ("combinationId",)),
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    body: TemporaryOpeningSetCombinationDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Set the new combination

    Updates the lock combination  This endpoint only works if the lock is temporarily unlocked
    by the temporary opening extension

    ``POST /extensions/temporary-opening/{lockId}/combination``
    (``extensions_temporary_opening.set_combination``, operationId ``setCombination``).

    Args:
        lock_id: (path ``lockId``).
        body: ``TemporaryOpeningSetCombinationDto`` or a mapping with its fields (spec names):
            ``combinationId``.
        timeout: seconds allowed for this call (default: the client's).

    Access: a developer token, or an OAuth token with the scope(s) ``locks``.

    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
