"""The ``partner_configurations`` operations, as methods of :class:`PartnerConfigurationsApi` (``chaster.partner_configurations``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.create_partner_configuration_dto import CreatePartnerConfigurationDto
    from ...models.create_partner_configuration_rep_dto import CreatePartnerConfigurationRepDto
    from ...models.create_shared_lock_partner_configuration_rep_dto import (
        CreateSharedLockPartnerConfigurationRepDto,
    )


class PartnerConfigurationsApi:
    """Operations tagged ``partner_configurations``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "create_lock_partner_configuration": "partner_configurations.create_lock_partner_configuration",
        "create_partner_configuration": "partner_configurations.create_partner_configuration",
        "create_shared_lock_partner_configuration": "partner_configurations.create_shared_lock_partner_configuration",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_lock_partner_configuration(
        self,
        lock_id: str,
        partner_extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> CreateSharedLockPartnerConfigurationRepDto:
        """Create a partner configuration from a lock extension configuration

        ``POST /locks/{lockId}/partner-extensions/{partnerExtensionId}/partner-configurations``
        (``partner_configurations.create_lock_partner_configuration``, operationId
        ``createLockPartnerConfiguration``).

        Args:
            lock_id: (path ``lockId``).
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
        from ..partner_configurations.create_lock_partner_configuration import asyncio as _call

        return await _call(
            lock_id,
            partner_extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_partner_configuration(
        self,
        partner_extension_id: str,
        *,
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
        from ..partner_configurations.create_partner_configuration import asyncio as _call

        return await _call(
            partner_extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_shared_lock_partner_configuration(
        self,
        shared_lock_id: str,
        partner_extension_id: str,
        *,
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
        from ..partner_configurations.create_shared_lock_partner_configuration import asyncio as _call

        return await _call(
            shared_lock_id,
            partner_extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawPartnerConfigurationsApi:
    """``chaster.with_raw_response.partner_configurations``: the methods of :class:`PartnerConfigurationsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def create_lock_partner_configuration(
        self,
        lock_id: str,
        partner_extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateSharedLockPartnerConfigurationRepDto]:
        """:meth:`PartnerConfigurationsApi.create_lock_partner_configuration` with its answer (``POST /locks/{lockId}/partner-extensions/{partnerExtensionId}/partner-configurations``)."""
        from ..partner_configurations.create_lock_partner_configuration import asyncio_raw as _call

        return await _call(
            lock_id,
            partner_extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_partner_configuration(
        self,
        partner_extension_id: str,
        *,
        body: CreatePartnerConfigurationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreatePartnerConfigurationRepDto]:
        """:meth:`PartnerConfigurationsApi.create_partner_configuration` with its answer (``POST /partner-extensions/{partnerExtensionId}/partner-configurations``)."""
        from ..partner_configurations.create_partner_configuration import asyncio_raw as _call

        return await _call(
            partner_extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def create_shared_lock_partner_configuration(
        self,
        shared_lock_id: str,
        partner_extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[CreateSharedLockPartnerConfigurationRepDto]:
        """:meth:`PartnerConfigurationsApi.create_shared_lock_partner_configuration` with its answer (``POST /shared-locks/{sharedLockId}/partner-extensions/{partnerExtensionId}/partner-configurations``)."""
        from ..partner_configurations.create_shared_lock_partner_configuration import asyncio_raw as _call

        return await _call(
            shared_lock_id,
            partner_extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
