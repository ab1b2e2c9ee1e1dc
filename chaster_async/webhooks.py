"""Receive Chaster webhooks: typed events, HTTP Basic auth, de-duplication, background dispatch.

Chaster POSTs a JSON body ``{"event", "requestId", "data", "sentAt"}`` (sometimes wrapped as
``{"payload": {...}}``) to the URL configured for an extension, waits at most 10 s for a 2xx
answer and otherwise retries up to 4 times, 60 s apart. This module turns such a delivery into a
:class:`WebhookEvent` (:func:`parse_webhook`) and serves it (:class:`WebhookRouter`)::

    router = WebhookRouter(username="chaster", password=os.environ["HOOK_PASSWORD"])

    @router.on("action_log.created")
    async def on_log(event: ActionLogCreatedEvent) -> None:   # event.data: ActionLogCreatedData
        print(event.data.session_id, event.data.action_log.type_)

    app = web.Application()
    router.setup(app, "/webhooks")        # or: app = router.app("/webhooks")

Guarantees of :class:`WebhookRouter`:

* Auth: when a username or password is configured, a delivery must carry matching HTTP Basic
  credentials (compared in constant time) or it gets ``401`` with ``WWW-Authenticate``. With
  neither configured, no auth is required.
* Malformed deliveries (not JSON, not an object, no ``event``/``requestId``) get ``400``; bodies
  over ``max_body_size`` get ``413``; nothing is dispatched for them.
* A delivery is dispatched at most once per ``requestId`` among the last ``dedupe_size`` ids seen
  (bounded LRU); a repeat gets ``200`` and is not dispatched again. In inline mode
  (``run_in_background=False``) only a repeat of a delivery whose handlers all succeeded gets
  that ``200``: one arriving while the first attempt's handlers still run gets ``409`` (with
  ``Retry-After``), so that Chaster tries again later and the event is not lost if they fail.
* With ``run_in_background=True`` (the default) the ``200`` is written and flushed *before* any
  handler starts, so slow handlers never make Chaster time out and retry. Handlers then run as
  tracked background tasks, each bounded by ``handler_timeout``; :meth:`WebhookRouter.close`
  (called on app cleanup by :meth:`~WebhookRouter.setup`/:meth:`~WebhookRouter.app`) waits for
  them for a grace period and cancels the rest. A handler that raises or times out is logged and
  not retried: the delivery was already acknowledged.
* After :meth:`WebhookRouter.close` is called, deliveries get ``503`` (with ``Retry-After``),
  also those whose body was still arriving; no handler starts after ``close`` has returned.
* With ``run_in_background=False`` handlers run before the answer (keep them well under 10 s);
  if any handler raises or times out the answer is ``500`` and the ``requestId`` is forgotten, so
  Chaster's retry is dispatched again (to every handler: make handlers idempotent).
  :meth:`WebhookRouter.close` waits for inline handlers too; those it cancels get ``503``.

Logs (logger ``chaster_async.webhooks``) name the event and ``requestId`` only: never bodies,
credentials or the ``Authorization`` header.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import datetime as _dt
import hashlib
import hmac
import importlib
import inspect
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeAlias, TypeVar, overload

from aiohttp import HttpVersion11, hdrs, web
from attrs import field, frozen

from . import _options
from ._model import parse_datetime
from ._redact import printable
from .errors import ChasterUsageError, WebhookParseError

if TYPE_CHECKING:
    # The typed boundary (generator/facade_names.py): Any where an older document lacks them.
    from .models import (
        ActionLogCreatedData,
        ExtensionSessionCreatedData,
        ExtensionSessionDeletedData,
        ExtensionSessionUpdatedData,
    )

__all__ = [
    "ACTION_LOG_CREATED",
    "ANY_EVENT",
    "EXTENSION_SESSION_CREATED",
    "EXTENSION_SESSION_DELETED",
    "EXTENSION_SESSION_UPDATED",
    "KNOWN_EVENTS",
    "ActionLogCreatedEvent",
    "ExtensionSessionCreatedEvent",
    "ExtensionSessionDeletedEvent",
    "ExtensionSessionUpdatedEvent",
    "WebhookEvent",
    "WebhookHandler",
    "WebhookParseError",
    "WebhookRouter",
    "parse_webhook",
]

logger = logging.getLogger("chaster_async.webhooks")

ACTION_LOG_CREATED: Final = "action_log.created"
EXTENSION_SESSION_CREATED: Final = "extension_session.created"
EXTENSION_SESSION_UPDATED: Final = "extension_session.updated"
EXTENSION_SESSION_DELETED: Final = "extension_session.deleted"
ANY_EVENT: Final = "*"

#: Event name -> name of the generated model (in ``chaster_async.models``) for its ``data`` part.
_DATA_MODELS: Final[Mapping[str, str]] = {
    ACTION_LOG_CREATED: "ActionLogCreatedData",
    EXTENSION_SESSION_CREATED: "ExtensionSessionCreatedData",
    EXTENSION_SESSION_UPDATED: "ExtensionSessionUpdatedData",
    EXTENSION_SESSION_DELETED: "ExtensionSessionDeletedData",
}

#: The event types the spec (``WebhookEventForPublic``) describes.
KNOWN_EVENTS: Final = frozenset(_DATA_MODELS)

_MODELS_MODULE = "chaster_async.models"
_DEFAULT_MAX_BODY = 1024 * 1024


def data_model_for(event: str) -> type[Any] | None:
    """The generated model class for the ``data`` of ``event``, or ``None``.

    ``None`` for unknown events, and also when the generated models cannot be imported (then
    known events keep their ``data`` as a plain dict).
    """
    name = _DATA_MODELS.get(event)
    if name is None:
        return None
    try:
        module = importlib.import_module(_MODELS_MODULE)
    except Exception:  # a missing or broken generated package must not break webhook delivery
        return None
    model = getattr(module, name, None)
    return model if isinstance(model, type) else None


def _typed_data(event: str, data: Any) -> Any:
    model = data_model_for(event)
    if model is None:
        return data
    try:
        return model.from_dict(data)
    except Exception as exc:  # lenient by contract; if not, keep the dict rather than lose the event
        logger.warning(
            "could not build %s for webhook event %s (%s); keeping data as a dict",
            model.__name__,
            printable(event, limit=100),
            type(exc).__name__,
        )
        return data


if TYPE_CHECKING:  # PEP 696 default: a bare WebhookEvent is WebhookEvent[Any] (typing has it in 3.13)
    from typing_extensions import TypeVar as _TypeVarWithDefault

    D = _TypeVarWithDefault("D", default=Any)
else:
    D = TypeVar("D")


@frozen(repr=False)
class WebhookEvent(Generic[D]):
    """One webhook delivery; ``WebhookEvent[D]`` has ``data: D``.

    Each known event has its own type: :data:`ActionLogCreatedEvent` (``data``:
    ``ActionLogCreatedData``), :data:`ExtensionSessionCreatedEvent`,
    :data:`ExtensionSessionUpdatedEvent`, :data:`ExtensionSessionDeletedEvent`;
    ``router.on("action_log.created")`` expects a handler of that type.

    - ``event``: the event type, e.g. ``"action_log.created"``.
    - ``request_id``: Chaster's id for the delivery, identical on retries (the de-duplication key).
    - ``sent_at``: when Chaster sent it (aware datetime), ``None`` if absent or unparseable.
    - ``data``: for a known event (``known`` true) the generated model of the event's *data part*:
      ``ActionLogCreatedData`` (``session_id``, ``action_log``), ``ExtensionSessionCreatedData``,
      ``ExtensionSessionUpdatedData``, ``ExtensionSessionDeletedData`` (``session``,
      ``extension``). For an unknown event, or when the generated models are not available, the
      ``data`` JSON as is (usually a dict). The whole-event model, if wanted, is
      ``models.ActionLogCreated.from_dict(event.raw)``.
    - ``raw``: the decoded event object (already unwrapped from ``payload``).
    - ``known``: whether the event type is one the spec describes (:data:`KNOWN_EVENTS`).
    - ``wrapped``: whether the delivery came wrapped as ``{"payload": {...}}``.
    """

    event: str
    request_id: str
    sent_at: _dt.datetime | None
    data: D
    raw: dict[str, Any] = field(eq=False)
    known: bool
    wrapped: bool = False

    def __repr__(self) -> str:
        return (
            f"WebhookEvent(event={self.event!r}, request_id={self.request_id!r}, "
            f"sent_at={self.sent_at!r}, known={self.known}, data={type(self.data).__name__})"
        )


ActionLogCreatedEvent: TypeAlias = "WebhookEvent[ActionLogCreatedData]"
ExtensionSessionCreatedEvent: TypeAlias = "WebhookEvent[ExtensionSessionCreatedData]"
ExtensionSessionUpdatedEvent: TypeAlias = "WebhookEvent[ExtensionSessionUpdatedData]"
ExtensionSessionDeletedEvent: TypeAlias = "WebhookEvent[ExtensionSessionDeletedData]"


def parse_webhook(body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookEvent[Any]:
    """Turn a delivery body (raw bytes/str, or already-decoded JSON) into a :class:`WebhookEvent`.

    Accepts the bare ``{event, requestId, data, sentAt}`` form and the wrapped
    ``{"payload": {...}}`` form. Raises :class:`WebhookParseError` when the body is not JSON, not
    an object, lacks a non-empty string ``event`` or ``requestId``, or (for a known event) has a
    ``data`` that is present but not an object. A missing ``data`` or ``sentAt`` is tolerated.
    """
    if isinstance(body, bytes | bytearray | str):
        try:
            decoded: Any = json.loads(body)
        except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise WebhookParseError("body is not valid JSON") from None
    else:
        decoded = body
    if not isinstance(decoded, Mapping):
        raise WebhookParseError(f"body is a JSON {_json_type(decoded)}, not an object")

    wrapped = False
    if "event" not in decoded and "payload" in decoded:
        payload = decoded["payload"]
        if not isinstance(payload, Mapping):
            raise WebhookParseError(f"payload is a JSON {_json_type(payload)}, not an object")
        decoded, wrapped = payload, True
    raw = dict(decoded)

    event = raw.get("event")
    if not isinstance(event, str) or not event:
        raise WebhookParseError("missing or non-string 'event'")
    request_id = raw.get("requestId")
    if not isinstance(request_id, str) or not request_id:
        raise WebhookParseError("missing or non-string 'requestId'")

    sent_at: _dt.datetime | None
    try:
        sent_at = parse_datetime(raw.get("sentAt"))
    except (TypeError, ValueError):
        sent_at = None

    known = event in KNOWN_EVENTS
    data = raw.get("data")
    if known:
        if data is None:
            data = {}
        elif not isinstance(data, Mapping):
            raise WebhookParseError(f"'data' is a JSON {_json_type(data)}, not an object")
        data = _typed_data(event, dict(data))
    return WebhookEvent(
        event=event, request_id=request_id, sent_at=sent_at, data=data, raw=raw, known=known, wrapped=wrapped
    )


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if value is None:
        return "null"
    return type(value).__name__


WebhookHandler = Callable[[WebhookEvent[Any]], Awaitable[Any]]
_H = TypeVar("_H", bound=Callable[[WebhookEvent[Any]], Any])
# One handler type per known event, so that router.on(<event>) checks the handler's parameter.
_ActionLogCreatedHandler = TypeVar("_ActionLogCreatedHandler", bound=Callable[[ActionLogCreatedEvent], Any])
_SessionCreatedHandler = TypeVar(
    "_SessionCreatedHandler", bound=Callable[[ExtensionSessionCreatedEvent], Any]
)
_SessionUpdatedHandler = TypeVar(
    "_SessionUpdatedHandler", bound=Callable[[ExtensionSessionUpdatedEvent], Any]
)
_SessionDeletedHandler = TypeVar(
    "_SessionDeletedHandler", bound=Callable[[ExtensionSessionDeletedEvent], Any]
)


# Chaster's requestIds are UUIDs (36 characters); longer ones are remembered by their digest.
_MAX_KEPT_ID = 64


def _dedupe_key(request_id: str) -> str | bytes:
    """What the de-duplication memory keeps for ``request_id``: the id itself when short, else
    a 16-byte digest, so that the memory is bounded in bytes and not only in entries (150
    deliveries with 1 MB ids held 144 MB)."""
    if len(request_id) <= _MAX_KEPT_ID:
        return request_id
    return hashlib.blake2b(request_id.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _shown(event: WebhookEvent) -> tuple[str, str]:
    """The delivery's ``requestId`` and event type as log lines show them: they come from the
    network, so control characters (CR/LF that would forge a log line) are escaped, and a
    megabyte-long id is cut."""
    return printable(event.request_id, limit=100), printable(event.event, limit=100)


def _handler_name(handler: Callable[..., Any]) -> str:
    return getattr(handler, "__qualname__", None) or type(handler).__name__


class WebhookRouter:
    """An aiohttp endpoint for Chaster webhooks that dispatches typed events to your coroutines.

    **Parameters:**

    - ``username``, ``password``: the HTTP Basic credentials configured for the webhook in the
      Chaster developer interface. If either is given, both are checked (a missing one counts as
      ``""``); if neither, deliveries are accepted without auth. A username cannot contain ``:``
      (RFC 7617; ChasterUsageError).
    - ``dedupe_size``: how many recent ``requestId`` s to remember (bounded LRU; ``0`` disables;
      long ids are kept as a digest, so the memory is bounded in bytes too).
    - ``handler_timeout``: seconds each handler may run before it is cancelled (``None``: no
      limit). In inline mode keep the total well below Chaster's 10 s.
    - ``run_in_background``: answer first, then run handlers (default); ``False`` runs handlers
      before answering and answers ``500`` if one fails, so that Chaster retries.
    - ``max_body_size``: larger bodies get ``413`` (default 1 MiB).
    - ``shutdown_grace``: seconds :meth:`close` waits for running handlers before cancelling them.
    - ``read_timeout``: seconds allowed for receiving the body (``408`` after that; ``None``: no
      limit). Guards against stalled senders, and against an aiohttp quirk where an invalid
      ``Content-Encoding: deflate`` body can leave the body stream open forever.

    Handlers take the :class:`WebhookEvent`; several may be registered per event type and all of
    them run (concurrently, each under its own timeout). Handlers registered for ``"*"`` (or with
    :meth:`on_any`) get every event, including unknown types.
    """

    def __init__(
        self,
        username: str | None = None,
        password: str | None = None,
        *,
        dedupe_size: int = 10_000,
        handler_timeout: float | None = 30.0,
        run_in_background: bool = True,
        max_body_size: int = _DEFAULT_MAX_BODY,
        shutdown_grace: float = 5.0,
        read_timeout: float | None = 5.0,
        realm: str = "chaster-webhooks",
    ) -> None:
        if isinstance(dedupe_size, bool) or not isinstance(dedupe_size, int) or dedupe_size < 0:
            raise ValueError(f"dedupe_size must be an int >= 0, not {dedupe_size!r:.40}")
        if isinstance(max_body_size, bool) or not isinstance(max_body_size, int) or max_body_size <= 0:
            raise ValueError(f"max_body_size must be an int > 0, not {max_body_size!r:.40}")
        # NaN, a negative or a zero timeout would time every handler (or body) out at once: every
        # delivery lost or refused, not "no limit" (which is None).
        _check_seconds("handler_timeout", handler_timeout, positive=True, optional=True)
        _check_seconds("read_timeout", read_timeout, positive=True, optional=True)
        _check_seconds("shutdown_grace", shutdown_grace, positive=False, optional=False)
        for name, credential in (("username", username), ("password", password)):
            if credential is not None and not isinstance(credential, str):
                raise ChasterUsageError(f"the webhook {name} must be a str, not {type(credential).__name__}")
            if credential is not None and not _utf8(credential):
                raise ChasterUsageError(
                    f"the webhook {name} is not valid Unicode (it holds a lone surrogate)"
                )
        if username is not None and ":" in username:
            # RFC 7617: the first colon ends the user-id, so such a username never matches.
            raise ChasterUsageError("a webhook username cannot contain ':' (RFC 7617); the password may")
        self._auth_required = username is not None or password is not None
        self._username = (username or "").encode("utf-8")
        self._password = (password or "").encode("utf-8")
        self.dedupe_size = dedupe_size
        self.handler_timeout = handler_timeout
        self.run_in_background = run_in_background
        self.max_body_size = max_body_size
        self.shutdown_grace = shutdown_grace
        self.read_timeout = read_timeout
        self._challenge = f'Basic realm="{realm}", charset="UTF-8"'
        self._handlers: dict[str, list[Callable[[WebhookEvent], Any]]] = {}
        # Recent requestIds by _dedupe_key (bounded in entries, and so in bytes).
        self._seen: OrderedDict[str | bytes, None] = OrderedDict()
        self._tasks: set[asyncio.Task[bool]] = set()
        # Handler tasks of inline deliveries (awaited by the request; close() waits for them too)
        # and the requestIds whose inline handlers are still running.
        self._inline_tasks: set[asyncio.Task[bool]] = set()
        self._in_flight: set[str | bytes] = set()
        self._closed = False

    def __repr__(self) -> str:
        user = self._username.decode("utf-8") if self._auth_required else None
        password = "***" if self._auth_required else None
        events = sorted(self._handlers)
        return (
            f"WebhookRouter(username={user!r}, password={password!r}, events={events!r}, "
            f"dedupe_size={self.dedupe_size}, run_in_background={self.run_in_background})"
        )

    # -- registration -----------------------------------------------------------------------

    @overload
    def on(
        self, event: Literal["action_log.created"]
    ) -> Callable[[_ActionLogCreatedHandler], _ActionLogCreatedHandler]: ...
    @overload
    def on(
        self, event: Literal["extension_session.created"]
    ) -> Callable[[_SessionCreatedHandler], _SessionCreatedHandler]: ...
    @overload
    def on(
        self, event: Literal["extension_session.updated"]
    ) -> Callable[[_SessionUpdatedHandler], _SessionUpdatedHandler]: ...
    @overload
    def on(
        self, event: Literal["extension_session.deleted"]
    ) -> Callable[[_SessionDeletedHandler], _SessionDeletedHandler]: ...
    @overload
    def on(self, event: Literal["*"]) -> Callable[[_H], _H]: ...
    def on(self, event: str) -> Callable[[Any], Any]:
        """Decorator: register a coroutine function for ``event`` (``"*"`` for every event).

        Typed per event: ``@router.on("action_log.created")`` expects a handler taking an
        :data:`ActionLogCreatedEvent`, and a name that is not a known event (a typo such as
        ``"action_log.create"``) is a type error. For an event this library does not know yet,
        use :meth:`add_handler` (its events are generic: ``data`` is the JSON as is).
        """
        if event != ANY_EVENT and event not in KNOWN_EVENTS:
            logger.warning("webhook handler registered for %r, which is not a known event", event)

        def register(handler: _H) -> _H:
            self.add_handler(event, handler)
            return handler

        return register

    def on_any(self, handler: _H) -> _H:
        """Decorator: register a coroutine function for every event, known or not."""
        self.add_handler(ANY_EVENT, handler)
        return handler

    def add_handler(self, event: str, handler: Callable[[WebhookEvent[Any]], Any]) -> None:
        """Register ``handler`` for ``event``. It should be ``async``; a plain function also works
        but runs on the event loop, so it must be quick."""
        if not isinstance(event, str) or not event:
            raise TypeError("event must be a non-empty string")
        if not callable(handler):
            raise TypeError("handler must be callable")
        self._handlers.setdefault(event, []).append(handler)

    def handlers_for(self, event: str) -> list[Callable[[WebhookEvent[Any]], Any]]:
        """The handlers a delivery of ``event`` would run (specific ones first, then ``"*"``)."""
        specific = self._handlers.get(event, []) if event != ANY_EVENT else []
        return [*specific, *self._handlers.get(ANY_EVENT, [])]

    # -- aiohttp integration ----------------------------------------------------------------

    def setup(self, app: web.Application, path: str = "/webhooks") -> None:
        """Mount the endpoint on ``app`` at ``path`` and close the router on app cleanup."""
        # Every method, not only POST: aiohttp's own 405 route would run its default Expect
        # handler, which answers 500 to a value that is not UTF-8. The handler answers 405.
        app.router.add_route("*", path, self.aiohttp_handler, expect_handler=_expect_handler)
        app.on_startup.append(self._on_startup)
        app.on_cleanup.append(self._on_cleanup)

    def app(self, path: str = "/webhooks") -> web.Application:
        """A ready :class:`aiohttp.web.Application` serving only the endpoint at ``path``."""
        application = web.Application()
        self.setup(application, path)
        return application

    async def _on_startup(self, app: web.Application) -> None:
        self._closed = False

    async def _on_cleanup(self, app: web.Application) -> None:
        await self.close()

    @property
    def pending(self) -> int:
        """How many handler tasks are running in the background."""
        return len(self._tasks)

    async def close(self, grace: float | None = None) -> None:
        """Stop accepting deliveries (``503``), wait up to ``grace`` (default ``shutdown_grace``)
        seconds for running handlers, then cancel and await the rest.

        A delivery whose body is still arriving when ``close`` is called gets ``503`` (Chaster
        retries it later); no handler starts after ``close`` has returned. Inline handlers
        (``run_in_background=False``) are waited for too; if cancelled, their delivery gets
        ``503``."""
        self._closed = True
        tasks = self._tasks | self._inline_tasks
        if not tasks:
            return
        grace = self.shutdown_grace if grace is None else grace
        _, still_running = await asyncio.wait(tasks, timeout=max(grace, 0))
        for task in still_running:
            task.cancel()
        if still_running:
            logger.warning("cancelled %d webhook handler(s) still running at shutdown", len(still_running))
            await asyncio.gather(*still_running, return_exceptions=True)

    async def aiohttp_handler(self, request: web.Request) -> web.StreamResponse:
        """The aiohttp request handler: ``app.router.add_post("/webhooks", router.aiohttp_handler)``.

        If you mount it yourself (rather than with :meth:`setup`), also arrange for
        ``await router.close()`` at shutdown, e.g. ``app.on_cleanup.append(lambda _: router.close())``.
        """
        if request.method != hdrs.METH_POST:
            return _reply(405, "only POST is accepted", headers={hdrs.ALLOW: hdrs.METH_POST})
        if self._closed:
            return _reply(503, "shutting down", headers={hdrs.RETRY_AFTER: "60"})
        if self._auth_required and not self._check_auth(request.headers.get(hdrs.AUTHORIZATION)):
            logger.warning("webhook delivery rejected: missing or wrong credentials")
            return _reply(401, "unauthorized", headers={hdrs.WWW_AUTHENTICATE: self._challenge})

        length = request.content_length
        if length is not None and length > self.max_body_size:
            return _reply(413, "body too large")
        try:
            async with asyncio.timeout(self.read_timeout):
                body = await self._read_body(request)
        except TimeoutError:
            logger.warning("webhook delivery rejected: body not received within %ss", self.read_timeout)
            return _reply(408, "body not received in time")
        except web.RequestPayloadError:  # truncated chunking, undecodable Content-Encoding, ...
            logger.warning("webhook delivery rejected: body could not be read")
            return _reply(400, "body could not be read (bad transfer or content encoding)")
        if self._closed:  # close() was called while the body arrived: nothing may start now
            return _reply(503, "shutting down", headers={hdrs.RETRY_AFTER: "60"})
        if body is None:
            return _reply(413, "body too large")

        try:
            event = parse_webhook(body)
        except WebhookParseError as exc:
            logger.warning("webhook delivery rejected: %s", exc.reason)
            return _reply(400, exc.reason)

        if not self._remember(event.request_id):
            if _dedupe_key(event.request_id) in self._in_flight:
                # Inline mode, first attempt still running: it may yet fail, so do not
                # acknowledge this one; Chaster retries it later.
                logger.info("webhook delivery %s (%s) still being handled", *_shown(event))
                return _reply(409, "still being handled; retry later", headers={hdrs.RETRY_AFTER: "60"})
            logger.info("duplicate webhook delivery %s (%s) ignored", *_shown(event))
            return _reply(200, "duplicate", duplicate=True)

        handlers = self.handlers_for(event.event)
        if not handlers:
            logger.debug("no handler for webhook delivery %s (%s)", *_shown(event))
        if not self.run_in_background:
            return await self._run_inline(handlers, event)

        response = _reply(200, "ok")
        # Commit the answer before any handler runs: Chaster gets its 2xx whatever handlers do.
        # The tasks exist now (so close() waits for them) but start only once the answer is out.
        # The body was received in full, so dispatch even if the answer cannot be written (a
        # retry of it will then be a duplicate).
        answered: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        for handler in handlers:
            self._spawn(handler, event, after=answered)
        try:
            await response.prepare(request)
            await response.write_eof()
        except ConnectionError:
            logger.info("could not answer webhook delivery %s (%s): connection lost", *_shown(event))
        finally:
            answered.set_result(None)
        return response

    async def _run_inline(
        self, handlers: list[Callable[[WebhookEvent], Any]], event: WebhookEvent
    ) -> web.Response:
        """Run the handlers of a delivery before answering it (``run_in_background=False``)."""
        request_id = event.request_id
        self._in_flight.add(_dedupe_key(request_id))
        tasks = [self._spawn(handler, event, inline=True) for handler in handlers]
        try:
            if tasks:
                await asyncio.wait(tasks)
        except asyncio.CancelledError:  # e.g. the sender went away: let its retry be dispatched
            for task in tasks:
                task.cancel()
            self._forget(request_id)
            raise
        finally:
            self._in_flight.discard(_dedupe_key(request_id))
        if any(task.cancelled() for task in tasks):  # by close(): Chaster retries after restart
            self._forget(request_id)
            return _reply(503, "shutting down", headers={hdrs.RETRY_AFTER: "60"})
        if not all(task.result() for task in tasks):
            self._forget(request_id)
            return _reply(500, "handler failed")
        return _reply(200, "ok")

    # -- internals --------------------------------------------------------------------------

    def _check_auth(self, header: str | None) -> bool:
        """Constant-time check of an ``Authorization: Basic ...`` header; never raises."""
        if not header:
            return False
        scheme, _, encoded = header.strip().partition(" ")
        if scheme.lower() != "basic":
            return False
        try:
            decoded = base64.b64decode(encoded.strip().encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            return False
        user, sep, password = decoded.partition(b":")
        # Compare both parts as bytes (no unicode pitfalls) and without short-circuiting.
        user_ok = hmac.compare_digest(user, self._username)
        password_ok = hmac.compare_digest(password, self._password)
        return bool(sep) & user_ok & password_ok

    async def _read_body(self, request: web.Request) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.content.iter_any():
            size += len(chunk)
            if size > self.max_body_size:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def _remember(self, request_id: str) -> bool:
        """Record ``request_id``; ``False`` if it was already among the recent ones."""
        if self.dedupe_size == 0:
            return True
        key = _dedupe_key(request_id)
        if key in self._seen:
            self._seen.move_to_end(key)
            return False
        self._seen[key] = None
        while len(self._seen) > self.dedupe_size:
            self._seen.popitem(last=False)
        return True

    def _forget(self, request_id: str) -> None:
        self._seen.pop(_dedupe_key(request_id), None)

    def _spawn(
        self,
        handler: Callable[[WebhookEvent], Any],
        event: WebhookEvent,
        *,
        after: asyncio.Future[None] | None = None,
        inline: bool = False,
    ) -> asyncio.Task[bool]:
        """A tracked task running ``handler`` (once ``after`` is done, if given)."""
        task = asyncio.get_running_loop().create_task(
            self._run_handler(handler, event, after=after),
            name="chaster-webhook-{1}-{0}".format(*_shown(event)),
        )
        # Keep a strong reference until done, or the task may be garbage-collected mid-run.
        tracked = self._inline_tasks if inline else self._tasks
        tracked.add(task)
        task.add_done_callback(tracked.discard)
        return task

    async def _run_handler(
        self,
        handler: Callable[[WebhookEvent], Any],
        event: WebhookEvent,
        *,
        after: asyncio.Future[None] | None = None,
    ) -> bool:
        """Run one handler under the timeout; log and swallow its failure. True if it succeeded."""
        if after is not None and not after.done():
            await asyncio.shield(after)  # shield: cancelling this task must not cancel the others'
        name = _handler_name(handler)
        deadline = asyncio.timeout(self.handler_timeout)
        try:
            async with deadline:
                result = handler(event)
                if inspect.isawaitable(result):
                    await result
        except Exception as exc:
            if isinstance(exc, TimeoutError) and deadline.expired():
                logger.error(
                    "webhook handler %s timed out after %ss on %s (%s)",
                    name,
                    self.handler_timeout,
                    *reversed(_shown(event)),
                )
            else:
                logger.exception("webhook handler %s failed on %s (%s)", name, *reversed(_shown(event)))
            return False
        return True


def _check_seconds(name: str, value: object, *, positive: bool, optional: bool) -> None:
    """A finite number of seconds (``> 0`` when ``positive``; None too if ``optional``), or
    ValueError (what the router's other options raise)."""
    if value is None and optional:
        return
    try:
        _options.seconds(name, value, positive=positive)
    except ChasterUsageError as exc:
        failure = ValueError(f"{exc}{' (None: no limit)' if optional else ''}")
    else:
        return
    raise failure


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


async def _expect_handler(request: web.Request) -> web.StreamResponse | None:
    """Like aiohttp's default ``Expect`` handling, but an unknown value gets a plain ``417``:
    aiohttp's echoes the value back, and answers ``500`` when it is not valid UTF-8. A method
    other than POST is not invited to send its body: the handler answers ``405`` at once."""
    if request.version != HttpVersion11 or request.method != hdrs.METH_POST:
        return None
    if request.headers.get(hdrs.EXPECT, "").lower() != "100-continue":
        return _reply(417, "unsupported Expect header")
    try:
        await request.writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    except ConnectionError:  # the sender went away; reading the body will say so
        return None
    request.writer.output_size = 0  # the answer's body has not started
    return None


def _reply(
    status: int, message: str, *, headers: Mapping[str, str] | None = None, duplicate: bool = False
) -> web.Response:
    body: dict[str, Any] = {"ok": status < 300, "message": message}
    if status < 300:
        body["duplicate"] = duplicate
    return web.json_response(body, status=status, headers=headers)
