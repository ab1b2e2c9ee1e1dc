"""POST /locks/{lockId}/extensions/{extensionId}/action (triggerAction)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import best_model as _best_model
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.extension_action_dice_rep_dto import ExtensionActionDiceRepDto
from ...models.extension_action_duration_rep_dto import ExtensionActionDurationRepDto
from ...models.extension_action_guess_timer_rep_dto import ExtensionActionGuessTimerRepDto
from ...models.extension_action_link_rep_dto import ExtensionActionLinkRepDto
from ...models.extension_action_other_rep_dto import ExtensionActionOtherRepDto
from ...models.extension_action_pillory_status_rep_dto import ExtensionActionPilloryStatusRepDto
from ...models.extension_action_share_link_info_rep_dto import ExtensionActionShareLinkInfoRepDto
from ...models.extension_action_wheel_of_fortune_rep_dto import ExtensionActionWheelOfFortuneRepDto
from ...models.trigger_extension_action_dto import TriggerExtensionActionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["locks.trigger_action"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    lock_id: str,
    extension_id: str,
    *,
    body: TriggerExtensionActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/locks/{_path_value(OPERATION_ID, 'lock_id', lock_id)}/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}/action",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, TriggerExtensionActionDto, ("action", "payload")),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(
    payload: Any,
) -> (
    ExtensionActionDiceRepDto
    | ExtensionActionDurationRepDto
    | ExtensionActionGuessTimerRepDto
    | ExtensionActionLinkRepDto
    | ExtensionActionOtherRepDto
    | ExtensionActionPilloryStatusRepDto
    | ExtensionActionShareLinkInfoRepDto
    | ExtensionActionWheelOfFortuneRepDto
):
    if payload is None:
        raise TypeError("the response has no body")
    result: (
        ExtensionActionDiceRepDto
        | ExtensionActionDurationRepDto
        | ExtensionActionGuessTimerRepDto
        | ExtensionActionLinkRepDto
        | ExtensionActionOtherRepDto
        | ExtensionActionPilloryStatusRepDto
        | ExtensionActionShareLinkInfoRepDto
        | ExtensionActionWheelOfFortuneRepDto
    )
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = _best_model(
        payload,
        (
            ExtensionActionShareLinkInfoRepDto,
            ExtensionActionDiceRepDto,
            ExtensionActionWheelOfFortuneRepDto,
            ExtensionActionPilloryStatusRepDto,
            ExtensionActionLinkRepDto,
            ExtensionActionDurationRepDto,
            ExtensionActionGuessTimerRepDto,
            ExtensionActionOtherRepDto,
        ),
    )
    return result


async def asyncio(
    lock_id: str,
    extension_id: str,
    *,
    client: Transport,
    body: TriggerExtensionActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> (
    ExtensionActionDiceRepDto
    | ExtensionActionDurationRepDto
    | ExtensionActionGuessTimerRepDto
    | ExtensionActionLinkRepDto
    | ExtensionActionOtherRepDto
    | ExtensionActionPilloryStatusRepDto
    | ExtensionActionShareLinkInfoRepDto
    | ExtensionActionWheelOfFortuneRepDto
):
    """Trigger an action for a lock extension

    Triggers an action in a lock extension

    ``POST /locks/{lockId}/extensions/{extensionId}/action`` (``locks.trigger_action``,
    operationId ``triggerAction``).

    Args:
        lock_id: (path ``lockId``).
        extension_id: (path ``extensionId``).
        body: ``TriggerExtensionActionDto`` or a mapping with its fields (spec names):
            ``action`` (The action name Refer to the extension documentation to know the
            available actions), ``payload`` (The action payload).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        ExtensionActionDiceRepDto | ExtensionActionDurationRepDto | ExtensionActionGuessTimerRepDto | ExtensionActionLinkRepDto | ExtensionActionOtherRepDto | ExtensionActionPilloryStatusRepDto | ExtensionActionShareLinkInfoRepDto | ExtensionActionWheelOfFortuneRepDto
    """
    return await client.call(
        _build_request(
            lock_id,
            extension_id,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    lock_id: str,
    extension_id: str,
    *,
    client: Transport,
    body: TriggerExtensionActionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[
    ExtensionActionDiceRepDto
    | ExtensionActionDurationRepDto
    | ExtensionActionGuessTimerRepDto
    | ExtensionActionLinkRepDto
    | ExtensionActionOtherRepDto
    | ExtensionActionPilloryStatusRepDto
    | ExtensionActionShareLinkInfoRepDto
    | ExtensionActionWheelOfFortuneRepDto
]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``ExtensionActionDiceRepDto | ExtensionActionDurationRepDto | ExtensionActionGuessTimerRepDto | ExtensionActionLinkRepDto | ExtensionActionOtherRepDto | ExtensionActionPilloryStatusRepDto | ExtensionActionShareLinkInfoRepDto | ExtensionActionWheelOfFortuneRepDto``."""
    return await client.call_raw(
        _build_request(
            lock_id,
            extension_id,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
