"""``ExtensionToolkit``: typed helpers for writing a Chaster extension backend (Extensions API).

Thin wrappers over ``chaster.partner_extensions``: each helper sends one request (``sessions()``
and ``logs()`` one per page) and returns the generated model. Arguments may be the generated
models or plain mappings with the spec's field names (``{"reasonsPreventingUnlocking": [...]}``).

    async with Chaster(DEV_TOKEN, client_id=CLIENT_ID) as chaster:
        ext = chaster.extension
        auth = await ext.session_from_main_token(main_token)
        try:
            await ext.submit_regular_action(auth.session.session_id, {"roll": 4})
        except NoActionRemainingError as exc:
            print("next action at", exc.next_action_date)
"""

# timeout= is passed through to each request, as on the generated methods (not asyncio.timeout()).
# ruff: noqa: ASYNC109

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, cast

from ._model import UNSET, SpecModel, optional_datetime
from ._pagination import Paginator, paginate
from ._pipeline import error_hook
from .errors import APIError, ChasterError, ChasterUsageError, NoActionRemainingError

if TYPE_CHECKING:
    # The typed boundary: names an older document lacks are Any to type checkers (see
    # generator/facade_names.py); the helpers that need them raise UnsupportedOperationError.
    from ._client import Chaster
    from .models import (
        ActionLogForPublic,
        ExtensionSessionForSearch,
        GetHistoryRepDto,
        GetPartnerSessionRepDto,
        GetRegularActionsRepDto,
        GetSessionsRepDto,
        PartnerConfigurationForPublic,
        PartnerGetSessionAuthRepDto,
    )

__all__ = ["ExtensionToolkit", "next_action_date_of"]

JSONObject = Mapping[str, Any] | SpecModel
"""A JSON object argument: a mapping with the spec's field names, or a generated model."""


class ExtensionToolkit:
    """Extensions API helpers bound to one :class:`~chaster_async.Chaster` client.

    The client's token must be a developer token of the extension's owner (the partner calls
    need the ``developer`` scope); ``client_id=`` on the client is sent as ``X-Chaster-Client-Id``
    and is what :meth:`session_from_main_token` uses by default.
    """

    __slots__ = ("_chaster",)

    def __init__(self, chaster: Chaster) -> None:
        self._chaster = chaster

    def __repr__(self) -> str:
        return f"ExtensionToolkit({self._chaster!r})"

    @property
    def chaster(self) -> Chaster:
        return self._chaster

    def _method(self, helper: str, key: str) -> Callable[..., Awaitable[Any]]:
        """The client method of operation ``key``; UnsupportedOperationError (naming it) when the
        spec this package was generated from lacks it."""
        from .operations import OPERATIONS

        (operation,) = OPERATIONS.require(f"chaster.extension.{helper}()", key)
        method: Callable[..., Awaitable[Any]] = getattr(getattr(self._chaster, operation.tag), operation.name)
        return method

    @staticmethod
    def _model(name: str) -> type[Any]:
        from . import models

        found: type[Any] = getattr(models, name)
        return found

    # -- iframe pages: main token, configuration token ---------------------------------------

    async def session_from_main_token(
        self, main_token: str, *, client_id: str | None = None, timeout: float | None = None
    ) -> PartnerGetSessionAuthRepDto:
        """Exchange the ``mainToken`` the main iframe page received for the session it belongs to.

        ``GET /api/extensions/auth/sessions/{mainToken}``. The answer has ``role`` (wearer or
        keyholder), ``user_id``, ``session`` (``ExtensionSessionForPartner``: ``session_id``,
        ``config``, ``data``...) and ``lock_for_user``. ``client_id`` (default: the client's
        ``client_id=``) is sent as ``X-Chaster-Client-Id``; without one, ChasterUsageError is
        raised and nothing is sent.
        """
        cid = client_id if client_id is not None else self._chaster.client_id
        if not cid:
            raise ChasterUsageError(
                "session_from_main_token() needs the extension's client id: "
                "Chaster(..., client_id=...) or client_id="
            )
        get_session_auth = self._method("session_from_main_token", "partner_extensions.get_session_auth")
        found = await get_session_auth(main_token, x_chaster_client_id=cid, timeout=timeout)
        return cast("PartnerGetSessionAuthRepDto", found)

    async def get_configuration(
        self, config_token: str, *, timeout: float | None = None
    ) -> PartnerConfigurationForPublic:
        """The configuration a configuration page is editing (``GET /api/extensions/configurations/{token}``).

        ``config_token`` comes in the configuration page's hash parameters. The answer has
        ``config`` (the object you saved; ``.to_dict()`` for a plain dict), ``role``, ``user``,
        ``session_id`` (set when an existing session's configuration is edited) and ``extension_slug``.
        """
        get_configuration = self._method("get_configuration", "partner_extensions.get_configuration")
        return cast("PartnerConfigurationForPublic", await get_configuration(config_token, timeout=timeout))

    async def save_configuration(
        self, config_token: str, config: JSONObject, *, timeout: float | None = None
    ) -> PartnerConfigurationForPublic:
        """Save the configuration object (``PUT /api/extensions/configurations/{token}``).

        ``config`` is the configuration itself (a mapping or ``UpdatePartnerConfigurationDtoConfig``);
        an ``UpdatePartnerConfigurationDto`` (``{"config": ...}``) is sent as it is.
        """
        update = self._method("save_configuration", "partner_extensions.update_configuration")
        wrapped = isinstance(config, self._model("UpdatePartnerConfigurationDto"))
        body = config if wrapped else {"config": config}
        return cast("PartnerConfigurationForPublic", await update(config_token, body=body, timeout=timeout))

    # -- sessions ----------------------------------------------------------------------------

    async def get_session(self, session_id: str, *, timeout: float | None = None) -> GetPartnerSessionRepDto:
        """One extension session (``GET /api/extensions/sessions/{sessionId}``); see ``.session``."""
        get_session = self._method("get_session", "partner_extensions.get_extension_session")
        return cast("GetPartnerSessionRepDto", await get_session(session_id, timeout=timeout))

    def sessions(
        self,
        *,
        extension_slug: str,
        status: str | Enum = "locked",
        limit: int = 50,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> Paginator[ExtensionSessionForSearch, GetSessionsRepDto]:
        """Every session of the extension, fetched ``limit`` per request as you iterate.

        ``async for session in ext.sessions(extension_slug="my-ext"): ...``; each item is an
        ``ExtensionSessionForSearch`` (``session_id``, ``pagination_id``, ``lock``, ``data``...).
        ``status`` is ``"locked"`` (default), ``"unlocked"``, ``"deserted"`` or ``"all"``;
        ``max_items`` stops early. Pages follow ``paginationLastId``
        (``POST /api/extensions/sessions/search``); ``.pages()`` on the result yields the raw pages.
        """
        body = {"extensionSlug": extension_slug, "status": status, "limit": limit}
        get_sessions = self._method("sessions", "partner_extensions.get_sessions")
        pages: Paginator[ExtensionSessionForSearch, GetSessionsRepDto]
        pages = paginate(get_sessions, body=body, max_items=max_items, timeout=timeout)
        return pages

    async def set_custom_data(
        self, session_id: str, data: JSONObject, *, timeout: float | None = None
    ) -> None:
        """Replace the session's custom data (a key-value object) with ``data``.

        Sent as ``PATCH /api/extensions/sessions/{sessionId}`` with ``{"data": ...}``, which Chaster
        recommends over the deprecated ``PUT .../data`` (``chaster.partner_extensions.set_data``).
        """
        patch = self._method("set_custom_data", "partner_extensions.patch_extension_session")
        if isinstance(data, self._model("SetSessionDataDto")):
            data = data.data
        await patch(session_id, body={"data": data}, timeout=timeout)

    async def set_metadata(
        self, session_id: str, metadata: JSONObject, *, timeout: float | None = None
    ) -> None:
        """Replace the session's metadata: ``PartnerMetadata`` or a mapping with
        ``reasonsPreventingUnlocking`` (list of str: why the lock cannot be unlocked yet; empty to
        allow it) and ``homeActions`` (list of ``ExtensionHomeAction``: slug, title, description,
        icon, badge).

        Sent as ``PATCH /api/extensions/sessions/{sessionId}`` with ``{"metadata": ...}`` (Chaster
        deprecated ``PUT .../metadata``). A mapping missing either list gets it as ``[]``.
        """
        patch = self._method("set_metadata", "partner_extensions.patch_extension_session")
        if isinstance(metadata, self._model("PartnerSetMetadataDto")):
            metadata = metadata.metadata
        if isinstance(metadata, Mapping):
            metadata = {"reasonsPreventingUnlocking": [], "homeActions": [], **metadata}
        await patch(session_id, body={"metadata": metadata}, timeout=timeout)

    # -- regular actions ---------------------------------------------------------------------

    async def regular_actions(
        self, session_id: str, *, timeout: float | None = None
    ) -> GetRegularActionsRepDto:
        """The regular actions submitted so far and what remains
        (``GET /api/extensions/sessions/{sessionId}/regular-actions``): ``actions``,
        ``nb_actions_remaining`` (-1 in unlimited mode), ``next_action_date`` (ISO string or None;
        :func:`next_action_date_of` gives an aware datetime), ``regularity``, ``mode``.
        """
        get_actions = self._method("regular_actions", "partner_extensions.get_regular_actions")
        return cast("GetRegularActionsRepDto", await get_actions(session_id, timeout=timeout))

    async def submit_regular_action(
        self, session_id: str, payload: JSONObject | None = None, *, timeout: float | None = None
    ) -> GetRegularActionsRepDto:
        """Use one regular action, storing ``payload`` (key-value object, default ``{}``) with it
        (``POST /api/extensions/sessions/{sessionId}/regular-actions``). Returns the updated
        regular actions (as :meth:`regular_actions`).

        Raises :class:`NoActionRemainingError` (a 422 UnprocessableEntityError) when none is left;
        its ``next_action_date`` is an aware datetime read from the error body's ``nextActionDate``
        (``SubmitRegularActionErrorDto``). When the body has no ``nextActionDate`` field at all
        (or an unreadable one), the toolkit asks ``GET .../regular-actions`` once for it; if that
        fails too, or the server says ``null`` (no date is scheduled, e.g. waiting for the other
        party's turn), it is None. ``exc.body`` keeps the whole error body. Other 422s (a refused
        payload...) are raised as plain UnprocessableEntityError.
        """
        submit = self._method("submit_regular_action", "partner_extensions.submit_regular_action")
        if isinstance(payload, self._model("SubmitRegularActionDto")):
            body: Any = payload
        else:
            body = {"payload": {} if payload is None else payload}
        try:
            return cast("GetRegularActionsRepDto", await submit(session_id, body=body, timeout=timeout))
        except NoActionRemainingError as exc:
            if exc.next_action_date is None and _date_not_given(exc.body):
                exc.next_action_date = await self._next_action_date(session_id, timeout)
            raise

    async def _next_action_date(self, session_id: str, timeout: float | None) -> _dt.datetime | None:
        try:
            state = await self.regular_actions(session_id, timeout=timeout)
        except ChasterError:
            return None
        return next_action_date_of(state.next_action_date)

    # -- lock actions and logs ---------------------------------------------------------------

    async def do_action(self, session_id: str, action: JSONObject, *, timeout: float | None = None) -> None:
        """Run an action on the session's lock (``POST /api/extensions/sessions/{sessionId}/action``).

        ``action`` is one of the lock action models (``AddTimeLockActionModel``,
        ``RemoveTimeLockActionModel``, ``FreezeLockActionModel``, ``UnfreezeLockActionModel``,
        ``ToggleFreezeLockActionModel``, ``PilloryLockActionModel``) or a mapping such as
        ``{"name": "add_time", "params": 3600}`` (seconds); a ``PartnerDoActionDto`` is sent as is.
        """
        do_action = self._method("do_action", "partner_extensions.do_action")
        body = action if isinstance(action, self._model("PartnerDoActionDto")) else {"action": action}
        await do_action(session_id, body=body, timeout=timeout)

    async def log(
        self,
        session_id: str,
        *,
        title: str,
        description: str,
        role: str | Enum | None = None,
        icon: str | Enum | None = None,
        color: str | None = None,
        timeout: float | None = None,
    ) -> None:
        """Add a custom entry to the lock's history (``POST /api/extensions/sessions/{sessionId}/logs/custom``).

        ``title`` and ``description`` are required; ``role`` (``ActionLogRoleEnum``: ``"user"``,
        ``"keyholder"``, ``"extension"``, ``"admin"``), ``icon`` (a FontAwesome 5 regular icon
        name without ``fa-``, ``PartnerCustomLogActionDtoIcon``) and ``color`` are sent only when
        given (Chaster's defaults apply otherwise).
        """
        body: dict[str, Any] = {"title": title, "description": description}
        for key, value in (("role", role), ("icon", icon), ("color", color)):
            if value is not None:
                body[key] = value
        log_custom_action = self._method("log", "partner_extensions.log_custom_action")
        await log_custom_action(session_id, body=body, timeout=timeout)

    def logs(
        self,
        session_id: str,
        *,
        role: str | Enum = "keyholder",
        extension_only: bool = False,
        limit: int = 50,
        max_items: int | None = None,
        timeout: float | None = None,
    ) -> Paginator[ActionLogForPublic, GetHistoryRepDto]:
        """The lock's history, newest first, fetched as you iterate
        (``POST /api/extensions/sessions/{sessionId}/logs/search``); ``role`` is whose view of
        the history to get (``LockRoleEnum``: ``"keyholder"``, ``"wearer"``, ``"visitor"``: what
        that party may see), ``extension_only`` keeps this extension's entries only. Items are
        ``ActionLogForPublic``.
        """
        body = {"role": role, "limit": limit, "showOnlyExtensionActions": extension_only}
        get_logs = self._method("logs", "partner_extensions.get_logs")
        pages: Paginator[ActionLogForPublic, GetHistoryRepDto]
        pages = paginate(get_logs, session_id, body=body, max_items=max_items, timeout=timeout)
        return pages


# -- the "no action remaining" rule of submitRegularAction -------------------------------------

# Chaster's texts vary ("No action remaining", "No regular action remaining", "No actions remaining").
_NO_ACTION_MESSAGE = re.compile(r"no (regular )?actions? remaining", re.IGNORECASE)


@error_hook("partner_extensions.submit_regular_action")
def _no_action_remaining(error: APIError) -> APIError | None:
    """A 422 of submitRegularAction meaning "none left" (by its message, or a zero count) is a
    NoActionRemainingError, from the toolkit and from ``chaster.partner_extensions`` alike;
    other 422s (a refused payload...) stay plain UnprocessableEntityErrors."""
    if error.status != 422:
        return None
    body = error.body
    remaining = body.get("nbActionsRemaining") if isinstance(body, Mapping) else None
    zero = isinstance(remaining, int | float) and not isinstance(remaining, bool) and remaining == 0
    if not (_NO_ACTION_MESSAGE.search(error.message) or zero):
        return None
    next_date = optional_datetime(body.get("nextActionDate")) if isinstance(body, Mapping) else None
    return error._rebuild(NoActionRemainingError, next_action_date=next_date)


# -- helpers ----------------------------------------------------------------------------------


def next_action_date_of(value: Any) -> _dt.datetime | None:
    """An aware datetime from a ``next_action_date`` field (ISO string, datetime or None)."""
    return optional_datetime(value)


def _date_not_given(body: Any) -> bool:
    """The error body lacks a readable ``nextActionDate`` (an explicit null means "none scheduled")."""
    raw = body.get("nextActionDate", UNSET) if isinstance(body, Mapping) else UNSET
    return raw is UNSET or (raw is not None and optional_datetime(raw) is None)
