"""POST /partner-extensions/{partnerExtensionId}/partner-configurations (createPartnerConfiguration)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._model import expected as _expected
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.create_partner_configuration_dto import CreatePartnerConfigurationDto
from ...models.create_partner_configuration_rep_dto import CreatePartnerConfigurationRepDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_configurations.create_partner_configuration"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    partner_extension_id: str,
    *,
    body: CreatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/partner-extensions/{_path_value(OPERATION_ID, 'partner_extension_id', partner_extension_id)}/partner-configurations",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, CreatePartnerConfigurationDto, ("role",)),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> CreatePartnerConfigurationRepDto:
    if payload is None:
        raise TypeError("the response has no body")
    result: CreatePartnerConfigurationRepDto
    if not isinstance(payload, dict):
        raise _expected("an object", payload)
    result = CreatePartnerConfigurationRepDto._from_json(payload)
    return result


async def asyncio(
    partner_extension_id: str,
    *,
    client: Transport,
    body: CreatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> CreatePartnerConfigurationRepDto:
    """Create a partner configuration with the default configuration

    ``POST /partner-extensions/{partnerExtensionId}/partner-configurations``
    (``partner_configurations.create_partner_configuration``, operationId
    ``createPartnerConfiguration``).

    Args:
        partner_extension_id: (path ``partnerExtensionId``).
        body: ``CreatePartnerConfigurationDto`` or a mapping with its fields (spec names):
            ``role``.
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: any token (developer or OAuth, no particular scope).

    Returns:
        CreatePartnerConfigurationRepDto
    """
    return await client.call(
        _build_request(
            partner_extension_id,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )


async def asyncio_raw(
    partner_extension_id: str,
    *,
    client: Transport,
    body: CreatePartnerConfigurationDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[CreatePartnerConfigurationRepDto]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``CreatePartnerConfigurationRepDto``."""
    return await client.call_raw(
        _build_request(
            partner_extension_id,
            body=body,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        ),
        _parse_response,
    )
