"""GET /shared-lock-tags (findAllTags)"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chaster_async._runtime import Request
from chaster_async._runtime import parse_response as _parse

from ...models.shared_lock_tag_for_public import SharedLockTagForPublic

if TYPE_CHECKING:
    from chaster_async._runtime import Transport

OPERATION_ID = "findAllTags"


def _build_request(*, timeout: float | None = None) -> Request:
    return Request(
        operation_id=OPERATION_ID,
        method="GET",
        path="/shared-lock-tags",
        expects_body=True,
        timeout=timeout,
    )


def _parse_response(payload: Any) -> list[SharedLockTagForPublic]:
    if payload is None:
        raise TypeError("the response has no body")
    if not isinstance(payload, list):
        raise TypeError("array")
    _list1: list[Any] = []
    for _item0 in payload:
        if _item0 is None:
            _value2 = None
        else:
            if not isinstance(_item0, dict):
                raise TypeError("object")
            _value2 = SharedLockTagForPublic._from_json(_item0)
        _list1.append(_value2)
    result = _list1
    return result


async def asyncio(*, client: Transport, timeout: float | None = None) -> list[SharedLockTagForPublic]:
    """Find all shared lock tags
    ``GET /shared-lock-tags`` (operationId ``findAllTags``).
    Returns:
        list[SharedLockTagForPublic]
    """
    payload = await client.send(_build_request(timeout=timeout))
    return _parse(OPERATION_ID, payload, _parse_response, strict=client.strict)
