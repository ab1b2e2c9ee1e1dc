"""The ``partner_extensions`` operations, as methods of :class:`PartnerExtensionsApi` (``chaster.partner_extensions``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from chaster_async._model import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from chaster_async._request import Transport
    from chaster_async._response import RawResponse

    from ...models.create_partner_extension_dto import CreatePartnerExtensionDto
    from ...models.get_history_rep_dto import GetHistoryRepDto
    from ...models.get_partner_logs_dto import GetPartnerLogsDto
    from ...models.get_partner_session_rep_dto import GetPartnerSessionRepDto
    from ...models.get_regular_actions_rep_dto import GetRegularActionsRepDto
    from ...models.get_sessions_dto import GetSessionsDto
    from ...models.get_sessions_rep_dto import GetSessionsRepDto
    from ...models.partner_configuration_for_public import PartnerConfigurationForPublic
    from ...models.partner_custom_log_action_dto import PartnerCustomLogActionDto
    from ...models.partner_do_action_dto import PartnerDoActionDto
    from ...models.partner_extension_for_dashboard import PartnerExtensionForDashboard
    from ...models.partner_get_session_auth_rep_dto import PartnerGetSessionAuthRepDto
    from ...models.partner_set_metadata_dto import PartnerSetMetadataDto
    from ...models.patch_extension_session_dto import PatchExtensionSessionDto
    from ...models.set_session_data_dto import SetSessionDataDto
    from ...models.submit_regular_action_dto import SubmitRegularActionDto
    from ...models.update_partner_configuration_dto import UpdatePartnerConfigurationDto
    from ...models.update_partner_extension_dto import UpdatePartnerExtensionDto


class PartnerExtensionsApi:
    """Operations tagged ``partner_extensions``. Each method sends one request through the client."""

    __slots__ = ("_transport",)

    # Python method name -> stable operation key, for OPERATIONS.find(chaster.<tag>.<method>).
    OPERATION_KEYS: dict[str, str] = {
        "do_action": "partner_extensions.do_action",
        "get_extension_session": "partner_extensions.get_extension_session",
        "patch_extension_session": "partner_extensions.patch_extension_session",
        "get_logs": "partner_extensions.get_logs",
        "set_metadata": "partner_extensions.set_metadata",
        "get_configuration": "partner_extensions.get_configuration",
        "update_configuration": "partner_extensions.update_configuration",
        "find_all": "partner_extensions.find_all",
        "create": "partner_extensions.create",
        "find_one": "partner_extensions.find_one",
        "update": "partner_extensions.update",
        "delete": "partner_extensions.delete",
        "log_custom_action": "partner_extensions.log_custom_action",
        "get_session_auth": "partner_extensions.get_session_auth",
        "get_sessions": "partner_extensions.get_sessions",
        "set_data": "partner_extensions.set_data",
        "get_regular_actions": "partner_extensions.get_regular_actions",
        "submit_regular_action": "partner_extensions.submit_regular_action",
    }

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def do_action(
        self,
        session_id: str,
        *,
        body: PartnerDoActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Run an action on the lock

        ``POST /api/extensions/sessions/{sessionId}/action`` (``partner_extensions.do_action``,
        operationId ``doAction``).

        Args:
            session_id: (path ``sessionId``).
            body: ``PartnerDoActionDto`` or a mapping with its fields (spec names): ``action``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.do_action import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_extension_session(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetPartnerSessionRepDto:
        """Retrieve information from an extension lock session

        ``GET /api/extensions/sessions/{sessionId}`` (``partner_extensions.get_extension_session``,
        operationId ``getExtensionSession``).

        Args:
            session_id: (path ``sessionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            GetPartnerSessionRepDto
        """
        from ..partner_extensions.get_extension_session import asyncio as _call

        return await _call(
            session_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def patch_extension_session(
        self,
        session_id: str,
        *,
        body: PatchExtensionSessionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update partial information for an extension lock session

        Update partial information for an extension lock session. All fields are optional. If you
        provide a value for a field, the content of the whole field is replaced. For example, if you
        provide a `config` object, the whole object is replaced by the payload received. If you only
        need to update one field in your object, make sure to send the whole object back. If you
        don't provide a field, it will be unchanged.

        ``PATCH /api/extensions/sessions/{sessionId}``
        (``partner_extensions.patch_extension_session``, operationId ``patchExtensionSession``).

        Args:
            session_id: (path ``sessionId``).
            body: ``PatchExtensionSessionDto`` or a mapping with its fields (spec names): ``config``
                (The extension configuration), ``metadata``, ``data`` (Data stored for this session,
                in a key-value format).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.patch_extension_session import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_logs(
        self,
        session_id: str,
        *,
        body: GetPartnerLogsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetHistoryRepDto:
        """List log entries for an extension lock session

        ``POST /api/extensions/sessions/{sessionId}/logs/search`` (``partner_extensions.get_logs``,
        operationId ``getLogs``).

        Args:
            session_id: (path ``sessionId``).
            body: ``GetPartnerLogsDto`` or a mapping with its fields (spec names): ``role``,
                ``limit`` (Limit of action logs to return. Default is 15), ``lastId`` (Offset
                lastId, used for pagination. If provided, all logs after this id will be returned),
                ``showOnlyExtensionActions`` (If true, only action logs from your extension will be
                returned).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.
        Paginates (last_id): ``chaster.paginate(chaster.partner_extensions.get_logs, ...)`` yields
        every item, fetching pages as you iterate.

        Returns:
            GetHistoryRepDto
        """
        from ..partner_extensions.get_logs import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_metadata(
        self,
        session_id: str,
        *,
        body: PartnerSetMetadataDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Update metadata for an extension lock session

        Deprecated, please use PATCH /api/extensions/sessions/{sessionId}

        ``PUT /api/extensions/sessions/{sessionId}/metadata`` (``partner_extensions.set_metadata``,
        operationId ``setMetadata``). Deprecated by Chaster.

        Args:
            session_id: (path ``sessionId``).
            body: ``PartnerSetMetadataDto`` or a mapping with its fields (spec names): ``metadata``.
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.set_metadata import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_configuration(
        self,
        token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PartnerConfigurationForPublic:
        """Retrieve the extension configuration from a configuration token.              The
        configuration token is passed in hash parameters of your configuration page.

        ``GET /api/extensions/configurations/{token}`` (``partner_extensions.get_configuration``,
        operationId ``getConfiguration``).

        Args:
            token: (path ``token``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            PartnerConfigurationForPublic
        """
        from ..partner_extensions.get_configuration import asyncio as _call

        return await _call(
            token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_configuration(
        self,
        token: str,
        *,
        body: UpdatePartnerConfigurationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PartnerConfigurationForPublic:
        """Update the extension configuration from a configuration token.              The
        configuration token is passed in hash parameters of your configuration page.

        ``PUT /api/extensions/configurations/{token}`` (``partner_extensions.update_configuration``,
        operationId ``updateConfiguration``).

        Args:
            token: (path ``token``).
            body: ``UpdatePartnerConfigurationDto`` or a mapping with its fields (spec names):
                ``config`` (The configuration object).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            PartnerConfigurationForPublic
        """
        from ..partner_extensions.update_configuration import asyncio as _call

        return await _call(
            token,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> list[PartnerExtensionForDashboard]:
        """Return a list of extensions

        ``GET /api/developers/extensions`` (``partner_extensions.find_all``, operationId
        ``partnerExtensionsFindAll``).

        Args:
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            list[PartnerExtensionForDashboard]
        """
        from ..partner_extensions.find_all import asyncio as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def create(
        self,
        *,
        body: CreatePartnerExtensionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PartnerExtensionForDashboard:
        """Create an extension

        ``POST /api/developers/extensions`` (``partner_extensions.create``, operationId
        ``partnerExtensionsCreate``).

        Args:
            body: ``CreatePartnerExtensionDto`` or a mapping with its fields (spec names):
                ``displayName`` (The name displayed to end users).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            PartnerExtensionForDashboard
        """
        from ..partner_extensions.create import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PartnerExtensionForDashboard:
        """Find an extension

        ``GET /api/developers/extensions/{extensionId}`` (``partner_extensions.find_one``,
        operationId ``partnerExtensionsFindOne``).

        Args:
            extension_id: (path ``extensionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            PartnerExtensionForDashboard
        """
        from ..partner_extensions.find_one import asyncio as _call

        return await _call(
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        extension_id: str,
        *,
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
        from ..partner_extensions.update import asyncio as _call

        return await _call(
            extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete(
        self,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Delete an extension

        ``DELETE /api/developers/extensions/{extensionId}`` (``partner_extensions.delete``,
        operationId ``delete``).

        Args:
            extension_id: (path ``extensionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.delete import asyncio as _call

        return await _call(
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def log_custom_action(
        self,
        session_id: str,
        *,
        body: PartnerCustomLogActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Create a custom log entry for an extension lock session

        ``POST /api/extensions/sessions/{sessionId}/logs/custom``
        (``partner_extensions.log_custom_action``, operationId ``logCustomAction``).

        Args:
            session_id: (path ``sessionId``).
            body: ``PartnerCustomLogActionDto`` or a mapping with its fields (spec names): ``title``
                (The log action title), ``description`` (The log action description), ``role``,
                ``icon`` (The FontAwesome icon, without the `fa-` prefix.  The icon must be part of
                the FontAwesome v5 regular icons: https://fontawesome.com/v5/search?o=r&s=regular),
                ``color`` (The color of the log action).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.log_custom_action import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_session_auth(
        self,
        token: str,
        *,
        x_chaster_client_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> PartnerGetSessionAuthRepDto:
        """Get a session authorization

        ``GET /api/extensions/auth/sessions/{token}`` (``partner_extensions.get_session_auth``,
        operationId ``getSessionAuth``).

        Args:
            token: (path ``token``).
            x_chaster_client_id: (header ``X-Chaster-Client-Id``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            PartnerGetSessionAuthRepDto
        """
        from ..partner_extensions.get_session_auth import asyncio as _call

        return await _call(
            token,
            x_chaster_client_id=x_chaster_client_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_sessions(
        self,
        *,
        body: GetSessionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetSessionsRepDto:
        """Search for extension sessions

        ``POST /api/extensions/sessions/search`` (``partner_extensions.get_sessions``, operationId
        ``getSessions``).

        Args:
            body: ``GetSessionsDto`` or a mapping with its fields (spec names): ``status``,
                ``extensionSlug`` (The extension slug. This field is required), ``limit`` (Limit of
                extension sessions to return. Default is 15), ``paginationLastId`` (Offset lastId,
                used for pagination. If provided, all extension sessions after this id will be
                returned).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.
        Paginates (pagination_last_id): ``chaster.paginate(chaster.partner_extensions.get_sessions,
        ...)`` yields every item, fetching pages as you iterate.

        Returns:
            GetSessionsRepDto
        """
        from ..partner_extensions.get_sessions import asyncio as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_data(
        self,
        session_id: str,
        *,
        body: SetSessionDataDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> None:
        """Set session custom data

        Deprecated, please use PATCH /api/extensions/sessions/{sessionId}

        ``PUT /api/extensions/sessions/{sessionId}/data`` (``partner_extensions.set_data``,
        operationId ``setData``). Deprecated by Chaster.

        Args:
            session_id: (path ``sessionId``).
            body: ``SetSessionDataDto`` or a mapping with its fields (spec names): ``data`` (Data
                stored for this session, in a key-value format).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            None
        """
        from ..partner_extensions.set_data import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_regular_actions(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetRegularActionsRepDto:
        """Get submitted regular actions

        ``GET /api/extensions/sessions/{sessionId}/regular-actions``
        (``partner_extensions.get_regular_actions``, operationId ``getRegularActions``).

        Args:
            session_id: (path ``sessionId``).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            GetRegularActionsRepDto
        """
        from ..partner_extensions.get_regular_actions import asyncio as _call

        return await _call(
            session_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def submit_regular_action(
        self,
        session_id: str,
        *,
        body: SubmitRegularActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> GetRegularActionsRepDto:
        """Submit a regular action on the lock

        ``POST /api/extensions/sessions/{sessionId}/regular-actions``
        (``partner_extensions.submit_regular_action``, operationId ``submitRegularAction``).

        Args:
            session_id: (path ``sessionId``).
            body: ``SubmitRegularActionDto`` or a mapping with its fields (spec names): ``payload``
                (The payload of the regular action, in a key-value object format. You can store any
                data you want in this object, and retrieve it later when fetching the list of
                previous regular actions).
            timeout: seconds allowed for this call (default: the client's).
            extra_headers: headers to send with this request, over the client's and the operation's
                own; secret-looking ones (Authorization, *token*, *key*...) are masked wherever
                echoed.
            max_retries: re-sends allowed for this call (default: the client's policy).

        Access: a developer token, or an OAuth token with the scope(s) ``developer``.

        Returns:
            GetRegularActionsRepDto
        """
        from ..partner_extensions.submit_regular_action import asyncio as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )


class RawPartnerExtensionsApi:
    """``chaster.with_raw_response.partner_extensions``: the methods of :class:`PartnerExtensionsApi`, each returning a
    ``RawResponse`` (status, headers, request id, elapsed, retries) whose ``parsed`` is the method's value."""

    __slots__ = ("_transport",)

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    async def do_action(
        self,
        session_id: str,
        *,
        body: PartnerDoActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.do_action` with its answer (``POST /api/extensions/sessions/{sessionId}/action``)."""
        from ..partner_extensions.do_action import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_extension_session(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetPartnerSessionRepDto]:
        """:meth:`PartnerExtensionsApi.get_extension_session` with its answer (``GET /api/extensions/sessions/{sessionId}``)."""
        from ..partner_extensions.get_extension_session import asyncio_raw as _call

        return await _call(
            session_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def patch_extension_session(
        self,
        session_id: str,
        *,
        body: PatchExtensionSessionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.patch_extension_session` with its answer (``PATCH /api/extensions/sessions/{sessionId}``)."""
        from ..partner_extensions.patch_extension_session import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_logs(
        self,
        session_id: str,
        *,
        body: GetPartnerLogsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetHistoryRepDto]:
        """:meth:`PartnerExtensionsApi.get_logs` with its answer (``POST /api/extensions/sessions/{sessionId}/logs/search``)."""
        from ..partner_extensions.get_logs import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_metadata(
        self,
        session_id: str,
        *,
        body: PartnerSetMetadataDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.set_metadata` with its answer (``PUT /api/extensions/sessions/{sessionId}/metadata``)."""
        from ..partner_extensions.set_metadata import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_configuration(
        self,
        token: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PartnerConfigurationForPublic]:
        """:meth:`PartnerExtensionsApi.get_configuration` with its answer (``GET /api/extensions/configurations/{token}``)."""
        from ..partner_extensions.get_configuration import asyncio_raw as _call

        return await _call(
            token,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update_configuration(
        self,
        token: str,
        *,
        body: UpdatePartnerConfigurationDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PartnerConfigurationForPublic]:
        """:meth:`PartnerExtensionsApi.update_configuration` with its answer (``PUT /api/extensions/configurations/{token}``)."""
        from ..partner_extensions.update_configuration import asyncio_raw as _call

        return await _call(
            token,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_all(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[list[PartnerExtensionForDashboard]]:
        """:meth:`PartnerExtensionsApi.find_all` with its answer (``GET /api/developers/extensions``)."""
        from ..partner_extensions.find_all import asyncio_raw as _call

        return await _call(
            client=self._transport, timeout=timeout, extra_headers=extra_headers, max_retries=max_retries
        )

    async def create(
        self,
        *,
        body: CreatePartnerExtensionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PartnerExtensionForDashboard]:
        """:meth:`PartnerExtensionsApi.create` with its answer (``POST /api/developers/extensions``)."""
        from ..partner_extensions.create import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def find_one(
        self,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PartnerExtensionForDashboard]:
        """:meth:`PartnerExtensionsApi.find_one` with its answer (``GET /api/developers/extensions/{extensionId}``)."""
        from ..partner_extensions.find_one import asyncio_raw as _call

        return await _call(
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def update(
        self,
        extension_id: str,
        *,
        body: UpdatePartnerExtensionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.update` with its answer (``PUT /api/developers/extensions/{extensionId}``)."""
        from ..partner_extensions.update import asyncio_raw as _call

        return await _call(
            extension_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def delete(
        self,
        extension_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.delete` with its answer (``DELETE /api/developers/extensions/{extensionId}``)."""
        from ..partner_extensions.delete import asyncio_raw as _call

        return await _call(
            extension_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def log_custom_action(
        self,
        session_id: str,
        *,
        body: PartnerCustomLogActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.log_custom_action` with its answer (``POST /api/extensions/sessions/{sessionId}/logs/custom``)."""
        from ..partner_extensions.log_custom_action import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_session_auth(
        self,
        token: str,
        *,
        x_chaster_client_id: str,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[PartnerGetSessionAuthRepDto]:
        """:meth:`PartnerExtensionsApi.get_session_auth` with its answer (``GET /api/extensions/auth/sessions/{token}``)."""
        from ..partner_extensions.get_session_auth import asyncio_raw as _call

        return await _call(
            token,
            x_chaster_client_id=x_chaster_client_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_sessions(
        self,
        *,
        body: GetSessionsDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetSessionsRepDto]:
        """:meth:`PartnerExtensionsApi.get_sessions` with its answer (``POST /api/extensions/sessions/search``)."""
        from ..partner_extensions.get_sessions import asyncio_raw as _call

        return await _call(
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def set_data(
        self,
        session_id: str,
        *,
        body: SetSessionDataDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """:meth:`PartnerExtensionsApi.set_data` with its answer (``PUT /api/extensions/sessions/{sessionId}/data``)."""
        from ..partner_extensions.set_data import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def get_regular_actions(
        self,
        session_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetRegularActionsRepDto]:
        """:meth:`PartnerExtensionsApi.get_regular_actions` with its answer (``GET /api/extensions/sessions/{sessionId}/regular-actions``)."""
        from ..partner_extensions.get_regular_actions import asyncio_raw as _call

        return await _call(
            session_id,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )

    async def submit_regular_action(
        self,
        session_id: str,
        *,
        body: SubmitRegularActionDto | Mapping[str, Any],
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> RawResponse[GetRegularActionsRepDto]:
        """:meth:`PartnerExtensionsApi.submit_regular_action` with its answer (``POST /api/extensions/sessions/{sessionId}/regular-actions``)."""
        from ..partner_extensions.submit_regular_action import asyncio_raw as _call

        return await _call(
            session_id,
            body=body,
            client=self._transport,
            timeout=timeout,
            extra_headers=extra_headers,
            max_retries=max_retries,
        )
