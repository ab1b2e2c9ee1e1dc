"""PUT /api/developers/extensions/{extensionId} (partnerExtensionsUpdate)"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset
from chaster_async._request import Request
from chaster_async._request import path_value as _path_value
from chaster_async._request import request_body as _request_body

from ...models.update_partner_extension_dto import UpdatePartnerExtensionDto
from ...operations import OPERATIONS as _OPERATIONS

if TYPE_CHECKING:
    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

OPERATION = _OPERATIONS.by_key["partner_extensions.update"]
OPERATION_ID = OPERATION.operation_id


def _build_request(
    extension_id: str,
    *,
    body: UpdatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> Request:
    return Request(
        operation=OPERATION,
        path=f"/api/developers/extensions/{_path_value(OPERATION_ID, 'extension_id', extension_id)}",
        json=UNSET
        if isinstance(body, Unset)
        else _request_body(OPERATION_ID, body, UpdatePartnerExtensionDto, ()),
        timeout=timeout,
        extra_headers=extra_headers,
        max_retries=max_retries,
    )


def _parse_response(payload: Any) -> None:
    return None


async def asyncio(
    extension_id: str,
    *,
    client: Transport,
    body: UpdatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> None:
    """Update an extension

    ``PUT /api/developers/extensions/{extensionId}`` (``partner_extensions.update``, operationId
    ``partnerExtensionsUpdate``).

    Args:
        extension_id: (path ``extensionId``).
        body: ``UpdatePartnerExtensionDto`` or a mapping with its fields (spec names):
            ``availableModes`` (Available modes), ``enableStartTimeout`` (If true, the locked
            user will have to wait the specified time before making his first action),
            ``defaultRegularity`` (Default regularity), ``isEnabled`` (True if the extension is
            enabled), ``isTesting`` (True if the extension is a test extension A test extension
            is only available to the creator), ``displayName`` (The name displayed to end
            users), ``subtitle`` (The extension subtitle), ``summary`` (The extension summary),
            ``mainIframeUrl`` (The iframe extension url), ``configIframeUrl`` (The iframe
            configuration url), ``webhookUrl`` (The webhook url), ``defaultConfig`` (Default
            configuration This can be an object of any form, and will be returned to you in the
            queries), ``defaultData`` (Default data This can be an object of any form, and will
            be returned to you in the queries), ``configDescription`` (Returns an extension
            configuration description. This string is a Handlebars template with the config in
            parameters. This text can be displayed to the user), ``webhookUsername`` (The
            webhook username), ``webhookPassword`` (The webhook username).
        timeout: seconds allowed for this call (default: the client's).
        extra_headers: headers to send with this request, over the client's and the operation's
            own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
            echoed.
        max_retries: re-sends allowed for this call (default: the client's policy).

    Access: a developer token, or an OAuth token with the scope(s) ``developer``.

    Returns:
        None
    """
    return await client.call(
        _build_request(
            extension_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )


async def asyncio_raw(
    extension_id: str,
    *,
    client: Transport,
    body: UpdatePartnerExtensionDto | Mapping[str, Any],
    timeout: float | None = None,
    extra_headers: Mapping[str, str] | None = None,
    max_retries: int | None = None,
) -> RawResponse[None]:
    """:func:`asyncio` with the answer: a ``RawResponse`` whose ``parsed`` is its ``None``."""
    return await client.call_raw(
        _build_request(
            extension_id, body=body, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        ),
        _parse_response,
    )
