"""POST /locks/{lockId}/extensions (setLockExtensions)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._runtime import UNSET, Request, Unset
from chaster_async._runtime import parse_response as _parse
from chaster_async._runtime import path_value as _path_value
from chaster_async._runtime import request_body as _request_body

from ...models.edit_lock_extensions_dto import EditLockExtensionsDto

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "setLockExtensions"


def _build_request(
    lock_id: str, *, body: EditLockExtensionsDto | Mapping[str, Any], timeout: float | None = None
) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="POST",
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/extensions",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, EditLockExtensionsDto, ("extensions",)),
        expects_body=False,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    lock_id: str,
    *,
    client: Transport,
    body: EditLockExtensionsDto | Mapping[str, Any],
    timeout: float | None = None,
) -> None:
    """Edit lock extensions
    Edit extensions for a given lock.  Keyholders can edit extensions if the lock is trusted by the
    wearer.

    ``POST /locks/{lockId}/extensions`` (operationId ``setLockExtensions``).
    Returns:
        None
    """
    payload = await client.send(_build_request(lock_id, body=body, timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
