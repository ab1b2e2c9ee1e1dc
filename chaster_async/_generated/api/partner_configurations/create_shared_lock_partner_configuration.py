"""POST /shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/partner-configurations (createSharedLockPartnerConfiguration)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value

from ...models.create_shared_lock_partner_configuration_rep_dto import (
    CreateSharedLockPartnerConfigurationRepDto,
)
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_configurations.create_shared_lock_partner_configuration"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    shared_lock_id: str,
    partner_extension_id: str,
    *,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/shared-locks/{_path_value(OPERATION_ID, 'shared_lock_id', shared_lock_id)}/partner-extensions/{_path_value(OPERATION_ID, 'partner_extension_id', partner_extension_id)}/partner-configurations",
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CreateSharedLockPartnerConfigurationRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: CreateSharedLockPartnerConfigurationRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CreateSharedLockPartnerConfigurationRepDto._from_json(payload)
    return result


async def asyncio(
    shared_lock_id: str,
    partner_extension_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> CreateSharedLockPartnerConfigurationRepDto:
    """Create a partner configuration from a shared lock extension configuration

    ``POST
    /shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/partner-configurations``
    (``partner_configurations.create_shared_lock_partner_configuration``, operationId
    ``createSharedLockPartnerConfiguration``).

    Args:
        shared_lock_id: (path ``sharedLockId``).
        partner_extension_id: (path ``partnerExtensionId``).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        CreateSharedLockPartnerConfigurationRepDto
    """
    return await client.call(
        _build_request(
            shared_lock_id,
            partner_extension_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    shared_lock_id: str,
    partner_extension_id: str,
    *,
    client: Transport,
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CreateSharedLockPartnerConfigurationRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CreateSharedLockPartnerConfigurationRepDto``."""
    return await client.call_raw(
        _build_request(
            shared_lock_id,
            partner_extension_id,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
