"""``FakeChaster``: the aiohttp application, request pipeline and public helpers."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as _dt
import inspect
import json
import math
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from ..errors import ChasterUsageError
from . import _community  # noqa: F401  (registers its handlers)
from ._auth import ALL_SCOPES, SSO_PREFIX, AuthServer
from ._errors import ApiError, nest_body
from ._faults import Fault, FaultInjector
from ._handlers import HANDLERS, Ctx, Handler, Reply
from ._lock_extensions import LOCK_EXTENSION_KEYS
from ._seed import EXTENSION_SLUG, SEED_USERS, example_request, models_lock_extensions
from ._seed import seed as seed_world
from ._spec import Operation, Spec, is_date_time
from ._state import Clock, State, iso
from ._webhooks import Delivery, WebhookSender

__all__ = ["APP_KEY", "FakeChaster", "RecordedRequest"]

# The version of the Chaster document (the vendored openapi.json) that the stateful handlers and
# their records follow. Served a document of another version, the fake projects its answers onto
# that document's schemas: an older one lacks fields the records have, a newer one may require
# fields they lack (Chaster adds them). Move it with the vendored document, once the handlers
# follow the new one.
HANDLERS_FOLLOW = "0.35.0"


@dataclass
class RecordedRequest:
    """One API request the fake answered (see :attr:`FakeChaster.requests`)."""

    method: str
    path: str
    operation_id: str | None
    status: int
    query: dict[str, str] = field(default_factory=dict)
    json: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    user: str | None = None
    # the operation's stable "tag.name" (the same whichever way the document spells operationIds)
    key: str | None = None


class _RateLimiter:
    """Sliding window per key (token or client IP)."""

    def __init__(self, clock: Clock, limit: int | None, window: float) -> None:
        self.clock = clock
        self.limit = limit
        self.window = window
        self.hits: dict[str, deque[float]] = {}

    def check(self, key: str) -> tuple[bool, dict[str, str]]:
        if self.limit is None:
            return True, {}
        now = self.clock.time()
        hits = self.hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        allowed = len(hits) < self.limit
        if allowed:
            hits.append(now)
        reset = math.ceil(hits[0] + self.window - now) if hits else math.ceil(self.window)
        headers = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(max(0, self.limit - len(hits))),
            "X-RateLimit-Reset": str(max(1, reset)),
        }
        if not allowed:
            headers["Retry-After"] = str(max(1, reset))
        return allowed, headers


class FakeChaster:
    """An in-memory Chaster API (plus its Keycloak SSO) for tests, demos and bot development.

    Every operation of the OpenAPI document answers: requests are validated against the spec, stateful
    handlers serve what a bot reads and changes (locks and their extensions, shared locks, session
    offers, conversations, blocks, files, profiles, searches, the Extensions API); the few operations
    the README lists answer a deterministic schema-valid example. All state lives on the instance.
    """

    def __init__(
        self,
        *,
        developer_token: str = "fake-developer-token",  # noqa: S107 - a fake's well-known default
        client_id: str = "fake-client-id",
        client_secret: str | None = "fake-client-secret",  # noqa: S107
        webhook_url: str | None = None,
        webhook_auth: tuple[str, str] | None = None,
        webhook_retries: int = 4,
        webhook_retry_delay: float = 60.0,
        webhook_timeout: float = 10.0,
        webhook_wrap_payload: bool = False,
        token_lifetime: float = 300,
        refresh_lifetime: float = 1800,
        rate_limit: int | None = 100,
        rate_limit_window: float = 60.0,
        seed: bool = True,
        validate_responses: bool = True,
        spec: Spec | Mapping[str, Any] | None = None,
        project_responses: bool | None = None,
    ) -> None:
        self.spec = spec if isinstance(spec, Spec) else Spec(spec)
        self.clock = Clock()
        self.state = State(self.spec.validator, self.clock)
        self.state.emit = self._emit
        self.auth = AuthServer(
            clock=self.clock,
            client_id=client_id,
            client_secret=client_secret,
            token_lifetime=token_lifetime,
            refresh_lifetime=refresh_lifetime,
        )
        self.faults = FaultInjector()
        self.webhooks = WebhookSender(
            webhook_url,
            auth=webhook_auth,
            retries=webhook_retries,
            retry_delay=webhook_retry_delay,
            timeout=webhook_timeout,
            wrap_payload=webhook_wrap_payload,
        )
        self.rate_limiter = _RateLimiter(self.clock, rate_limit, rate_limit_window)
        self.validate_responses = validate_responses
        self.requests: list[RecordedRequest] = []
        # Stateful handlers by stable key; this instance's own copy, so a test can replace one.
        # Only for operations the served document has; the built-in extensions' operations only
        # with a document whose lock extensions the fake models (an older one answers examples).
        lock_extensions = models_lock_extensions(self.spec.operations)
        self.handlers: dict[str, Handler] = {
            key: handler
            for key, handler in HANDLERS.items()
            if key in self.spec.operations and (lock_extensions or key not in LOCK_EXTENSION_KEYS)
        }
        self.response_errors: list[tuple[str, list[str]]] = []
        # The stateful records follow the newest Chaster API. Served with a document that lacks
        # operations they model (an older Chaster), answers are projected onto its schemas.
        self.older_document = any(key not in self.spec.operations for key in HANDLERS)
        version = self.spec.document.get("info", {}).get("version")
        if project_responses is None:
            project_responses = self.older_document or version != HANDLERS_FOLLOW
        self.project_responses = project_responses
        self.developer_token = developer_token
        self.client_id = client_id
        self.client_secret = client_secret
        self.developer_tokens: dict[str, str] = {}
        self.seed_ids: dict[str, str] = {}
        if seed:
            self.seed_ids = seed_world(self.state, self.spec.operations)
            for name in SEED_USERS:
                value = developer_token if name == "kim" else f"{developer_token}-{name}"
                self.add_developer_token(value, self.seed_ids[name])
                self.developer_tokens[name] = value
            self.auth.default_user = self.seed_ids["kim"]
        else:
            uid = self.state.add_user("developer", isDeveloper=True)
            self.seed_ids = {"developer": uid}
            self.add_developer_token(developer_token, uid)
            self.developer_tokens["developer"] = developer_token
            self.auth.default_user = uid
        self.auth.resolve_user = self._resolve_login
        self.app = self._make_app()
        self._runner: web.AppRunner | None = None
        self.base_url: str | None = None

    # -- app ---------------------------------------------------------------------------------
    def _make_app(self) -> web.Application:
        app = web.Application(client_max_size=16 * 1024 * 1024)
        app[APP_KEY] = self
        app.add_routes(self.auth.routes())
        app.router.add_get("/fake-files/{key}", self._serve_file)
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        app.on_shutdown.append(self._on_shutdown)
        return app

    async def _on_shutdown(self, app: web.Application) -> None:
        await self.webhooks.close()

    async def _serve_file(self, request: web.Request) -> web.Response:
        """A stored file, where GET /files/{fileKey} and message attachments point (like a signed URL)."""
        stored = self.state.files.get(request.match_info["key"])
        if stored is None:
            return web.json_response(nest_body(404, "File not found"), status=404)
        return web.Response(body=stored["data"], content_type=stored["contentType"].split(";")[0])

    # -- serving -----------------------------------------------------------------------------
    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Serve on ``host:port`` (0 = a free port); returns :attr:`base_url`."""
        if self._runner is not None:
            raise RuntimeError("FakeChaster is already running")
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        await site.start()
        self._runner = runner
        real_host, real_port = runner.addresses[0][:2]
        shown = host if host not in ("0.0.0.0", "::", "") else real_host  # noqa: S104
        self.base_url = f"http://{shown}:{real_port}"
        return self.base_url

    async def close(self) -> None:
        await self.webhooks.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[FakeChaster]:
        """``async with fake.serve() as fake: ...`` — started on entry, closed on exit."""
        await self.start(host, port)
        try:
            yield self
        finally:
            await self.close()

    async def __aenter__(self) -> FakeChaster:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def token_url(self) -> str:
        return f"{self._base()}{SSO_PREFIX}/token"

    @property
    def authorize_url(self) -> str:
        return f"{self._base()}{SSO_PREFIX}/auth"

    def _base(self) -> str:
        if self.base_url is None:
            raise RuntimeError("FakeChaster is not running: call start() or use serve()")
        return self.base_url

    # -- tokens ------------------------------------------------------------------------------
    def add_developer_token(self, token: str, user_id: str) -> None:
        """Accept ``token`` as a developer token (all scopes) for ``user_id``."""
        self.auth.add_developer_token(token, user_id)

    def issue_token(
        self,
        scopes: str | Iterable[str] | None = None,
        *,
        user: str | None = None,
        lifetime: float | None = None,
    ) -> str:
        """Mint an OAuth access token directly (``user`` is a seed name or a user id; default kim)."""
        uid = self._user_id(user) if user else self.auth.default_user
        scope_set = frozenset(
            ALL_SCOPES if scopes == "all" else (scopes.split() if isinstance(scopes, str) else scopes or ())
        )
        return self.auth.issue(uid, scope_set, lifetime=lifetime).value

    @property
    def refreshes(self) -> int:
        """How many refresh requests (``grant_type=refresh_token``) reached the token endpoint."""
        return self.auth.refreshes

    @property
    def token_requests(self) -> int:
        """How many requests reached the token endpoint (every grant, refused ones too)."""
        return self.auth.token_requests

    def token_for(self, user: str) -> str:
        """The developer token of a seed user (``"kim"``, ``"wendy"``, ...)."""
        return self.developer_tokens[user]

    def _resolve_login(self, hint: str) -> str | None:
        if hint in self.state.users:
            return hint
        return next((uid for uid, u in self.state.users.items() if u["username"] == hint), None)

    def _user_id(self, user: str) -> str:
        return self.seed_ids.get(user, user)

    def set_handler(self, operation: str, handler: Handler | Callable[[Ctx], Any] | None) -> None:
        """Answer ``operation`` (stable key or operationId) with ``handler(ctx)`` on this instance
        only; ``None`` makes it answer its generated example. ``handler`` (a plain or async
        function) gets the validated request (``ctx.body``, ``ctx.query``, ``ctx.params``,
        ``ctx.user``) and returns the answer's JSON."""
        key = self.spec.find(operation).key
        if handler is None:
            self.handlers.pop(key, None)
        else:
            self.handlers[key] = handler

    # -- faults ------------------------------------------------------------------------------
    def fail_next(
        self,
        operation: str,
        times: int = 1,
        *,
        status: int | None = 500,
        body: Any = None,
        delay: float = 0.0,
        malformed: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> Fault:
        """Make the next ``times`` calls of ``operation`` (a stable key such as
        ``"locks.find_one"``, either operationId spelling; ``"*"`` = any) fail.

        ``status=None`` with ``delay`` only slows the real answer; ``malformed=True`` answers truncated JSON.
        """
        # Checked here: times=0 armed a fault that never fired, silently.
        if isinstance(times, bool) or not isinstance(times, int) or times < 1:
            raise ChasterUsageError(f"fail_next(): times must be an int >= 1, not {times!r}")
        if status is not None and (
            isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599
        ):
            raise ChasterUsageError(
                f"fail_next(): status must be None or an HTTP status (100-599), not {status!r}"
            )
        if isinstance(delay, bool) or not isinstance(delay, int | float) or not 0 <= delay < math.inf:
            raise ChasterUsageError(
                f"fail_next(): delay must be a finite number of seconds >= 0, not {delay!r}"
            )
        key = operation if operation == "*" else self.spec.find(operation).key
        return self.faults.add(Fault(key, times, status, body, delay, malformed, dict(headers or {})))

    # -- webhooks ----------------------------------------------------------------------------
    def _emit(self, event: str, data: dict[str, Any]) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return
        if self.project_responses:  # a webhook's data follows the served document as answers do
            schema = self._webhook_data_schema(event)
            if schema is not None:
                data = self.spec.validator.conform(schema, data)
        self.webhooks.send(event, data, iso(self.clock.now()) or "")

    def _webhook_data_schema(self, event: str) -> Mapping[str, Any] | None:
        """The ``data`` schema of the webhook payload (``ExtensionSessionUpdated``...) of ``event``."""
        for schema in self.spec.document.get("components", {}).get("schemas", {}).values():
            properties = schema.get("properties", {})
            if properties.get("event", {}).get("enum") == [event] and "data" in properties:
                found: Mapping[str, Any] = properties["data"]
                return found
        return None

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        return self.webhooks.deliveries

    async def wait_webhooks(self, timeout: float | None = 10.0) -> list[Delivery]:  # noqa: ASYNC109
        """Wait for pending webhook deliveries (including retries); returns all deliveries."""
        await self.webhooks.drain(timeout)
        return self.webhooks.deliveries

    # -- seeding helpers ---------------------------------------------------------------------
    def seed_history(self, lock_id: str, n: int, *, extension: str | None = None) -> None:
        """Append ``n`` history entries to a lock (spread over the time since its last entry)."""
        timeline = self.state.history[lock_id]
        lock = self.state.locks[lock_id]
        start = (
            _dt.datetime.fromisoformat(timeline.items[-1]["createdAt"].replace("Z", "+00:00"))
            if timeline.items
            else lock["startDate"]
        )
        step = (self.clock.now() - start) / (n + 1)
        for i in range(n):
            when = start + step * (i + 1)
            if extension:
                self.state.add_log(
                    lock_id,
                    "custom",
                    f"Extension event #{i + 1}",
                    role="extension",
                    extension=extension,
                    created=when,
                    icon="dice",
                )
            else:
                self.state.add_log(
                    lock_id,
                    "time_changed",
                    f"Time added #{i + 1}",
                    role="keyholder",
                    user=lock["keyholder"] or lock["user"],
                    payload={"duration": 60},
                    created=when,
                )

    def seed_extension_logs(self, session_id: str, n: int) -> None:
        """Add ``n`` extension action logs to the lock of an extension session."""
        self.spec.find("partner_extensions.get_logs")  # UnknownOperationError without the Extensions API
        session = self.state.sessions[session_id]
        self.seed_history(session["lock"], n, extension=session["party"]["slug"])

    def seed_messages(self, conversation_id: str, n: int) -> None:
        conv = self.state.conversations[conversation_id]
        start = conv["lastMessageAt"]
        step = (self.clock.now() - start) / (n + 1)
        for i in range(n):
            sender = conv["users"][i % len(conv["users"])]
            self.state.add_message(
                conversation_id, sender, f"Message #{i + 1}", created=start + step * (i + 1)
            )

    def seed_conversations(self, n: int, *, user: str = "kim") -> list[str]:
        """``n`` private conversations of ``user``, each with one message, distinct lastMessageAt."""
        uid = self._user_id(user)
        now = self.clock.now()
        out = []
        for i in range(n):
            other = self.state.add_user(f"pen-pal-{len(self.state.users)}")
            when = now - _dt.timedelta(days=10, minutes=n - i)
            cid = self.state.add_conversation([uid, other], created=when)
            self.state.add_message(cid, other, f"Hello #{i + 1}", created=when)
            out.append(cid)
        return out

    def seed_keyholder_locks(self, n: int, *, keyholder: str = "kim", extension: bool = False) -> list[str]:
        """``n`` locked locks of new wearers held by ``keyholder`` (optionally with the partner extension)."""
        kh = self._user_id(keyholder)
        out = []
        for i in range(n):
            wearer = self.state.add_user(f"wearer-{len(self.state.users)}", role="wearer")
            exts = (
                [{"slug": EXTENSION_SLUG, "config": {}, "mode": "unlimited", "regularity": 3600}]
                if extension
                else []
            )
            out.append(
                self.state.add_lock(
                    wearer,
                    keyholder=kh,
                    title=f"Held lock #{i + 1}",
                    duration=86400,
                    started_ago=3600,
                    extensions=exts,
                    log=False,
                )
            )
        return out

    def seed_extension_sessions(self, n: int) -> list[str]:
        """``n`` extra sessions of the seed partner extension (each on a new lock held by kim)."""
        self.spec.find("partner_extensions.get_sessions")  # UnknownOperationError without the Extensions API
        locks = self.seed_keyholder_locks(n, extension=True)
        return [self.state.locks[lid]["extensions"][0]["sessionId"] for lid in locks]

    def example_request(self, operation: str) -> dict[str, Any]:
        """A schema-valid request for the operation (stable key or operationId) that the seeded fake
        answers with 2xx."""
        return example_request(self.spec.find(operation), self.spec.validator, self.seed_ids)

    # -- request pipeline --------------------------------------------------------------------
    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        headers = {"x-chaster-transaction-id": str(uuid.uuid4())}
        op, path_params, _ = self.spec.match(request.method, request.path)
        record = RecordedRequest(
            request.method,
            request.path,
            op.operation_id if op else None,
            0,
            dict(request.query),
            None,
            dict(request.headers),
            key=op.key if op else None,
        )
        self.requests.append(record)
        raw = b"" if request.content_type.startswith("multipart/") else await request.read()
        if raw:
            try:
                record.json = json.loads(raw)
            except ValueError:
                record.json = None
        bearer = self.auth.bearer(request)
        allowed, rl_headers = self.rate_limiter.check(bearer or request.remote or "?")
        headers.update(rl_headers)
        try:
            if not allowed:
                raise ApiError(429, "ThrottlerException: Too Many Requests")
            if op is None:
                raise ApiError(404, f"Cannot {request.method} {request.path}")
            fault = self.faults.take(op.key)
            if fault is not None:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status is not None:
                    return self._fault_response(fault, headers, record)
            token = self.auth.lookup(bearer)
            self.auth.authorize(op, token)
            record.user = token.user if token else None
            query = self._validate_params(op, request, path_params)
            body = await self._read_body(op, request, raw)
            ctx = Ctx(self, op, request, token.user if token else None, token, path_params, query, body)
            handler = self.handlers.get(op.key)
            result = handler(ctx) if handler else self._generic(op, path_params)
            if inspect.isawaitable(result):  # set_handler() takes plain functions too
                result = await result
        except ApiError as exc:
            headers.update(exc.headers)
            record.status = exc.status
            return web.json_response(exc.body(), status=exc.status, headers=headers)
        reply = result if isinstance(result, Reply) else Reply(result)
        status = reply.status or op.success_status
        headers.update(reply.headers)
        record.status = status
        if status == 204 or (reply.body is None and op.response_schema is None):
            return web.Response(status=status, headers=headers)
        if self.validate_responses and op.response_schema is not None and 200 <= status < 300:
            errors = self.spec.validator.errors(op.response_schema, reply.body)
            if errors and self.project_responses:
                reply.body = self.spec.validator.conform(op.response_schema, reply.body)
                errors = self.spec.validator.errors(op.response_schema, reply.body)
            if errors:
                self.response_errors.append((op.key, errors))
                record.status = 500
                return web.json_response(
                    nest_body(500, ["FakeChaster produced an invalid response", *errors[:20]]),
                    status=500,
                    headers=headers,
                )
        return web.json_response(reply.body, status=status, headers=headers)

    def _fault_response(self, fault: Fault, headers: dict[str, str], record: RecordedRequest) -> web.Response:
        assert fault.status is not None
        record.status = fault.status
        headers.update(fault.headers)
        if fault.malformed:
            return web.Response(
                status=fault.status,
                body=b'{"statusCode": 5',
                content_type="application/json",
                headers=headers,
            )
        if fault.body is None:
            payload: Any = nest_body(fault.status, "Injected fault")
        else:
            payload = fault.body
        if isinstance(payload, bytes | str):
            return web.Response(status=fault.status, body=payload, headers=headers)
        return web.json_response(payload, status=fault.status, headers=headers)

    def _generic(self, op: Operation, path_params: Mapping[str, str]) -> Any:
        if op.response_schema is None:
            return None
        body = self.spec.validator.example(op.response_schema, full=True)
        ids = [v for k, v in path_params.items() if k.endswith("Id")]
        if isinstance(body, dict) and "_id" in body and len(ids) == 1:
            body["_id"] = ids[-1]
        return body

    def _validate_params(
        self, op: Operation, request: web.Request, path_params: Mapping[str, str]
    ) -> dict[str, Any]:
        errors: list[str] = []
        query: dict[str, Any] = {}
        for param in op.parameters:
            if param.location == "path":
                raw: str | None = path_params.get(param.name)
            elif param.location == "query":
                raw = request.query.get(param.name)
            elif param.location == "header":
                raw = request.headers.get(param.name)
            else:
                continue
            if raw is None or raw == "":
                if param.required:
                    errors.append(f"{param.name} should not be empty")
                continue
            value, problem = _coerce(raw, self.spec.validator.resolve(param.schema))
            if problem:
                errors.append(f"{param.name} {problem}")
                continue
            errors.extend(self.spec.validator.errors(param.schema, value, param.name, request=True))
            if param.location == "query":
                query[param.name] = value
        if errors:
            raise ApiError(400, errors)
        return query

    async def _read_body(self, op: Operation, request: web.Request, raw: bytes) -> Any:
        if op.body_schema is None:
            return None
        if op.body_content_type == "multipart/form-data":
            if not request.content_type.startswith("multipart/"):
                if op.body_required:
                    raise ApiError(400, ["a multipart/form-data body is required"])
                return None
            form = await request.post()
            schema = self.spec.validator.resolve(op.body_schema)
            missing = [
                f"{name} should not be empty" for name in schema.get("required", []) if name not in form
            ]
            if missing:
                raise ApiError(400, missing)
            return dict(form)
        if not raw.strip():
            if op.body_required:
                raise ApiError(400, ["request body should not be empty"])
            return None
        try:
            body = json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, f"Unexpected token in JSON: {exc}") from None
        errors = self.spec.validator.errors(op.body_schema, body, request=True)
        if errors:
            raise ApiError(400, errors)
        # an optional property sent as null (NestJS lets it through) is, to the handlers, not given
        return self.spec.validator.without_optional_nulls(op.body_schema, body)


def _coerce(raw: str, schema: Mapping[str, Any]) -> tuple[Any, str | None]:
    typ = schema.get("type")
    if typ in ("number", "integer"):
        try:
            number = float(raw)
        except ValueError:
            return None, "must be a number conforming to the specified constraints"
        if math.isnan(number) or math.isinf(number):
            return None, "must be a number conforming to the specified constraints"
        if typ == "integer" and not number.is_integer():
            return None, "must be an integer number"
        return (int(number) if number.is_integer() else number), None
    if typ == "boolean":
        if raw.lower() in ("true", "1"):
            return True, None
        if raw.lower() in ("false", "0"):
            return False, None
        return None, "must be a boolean value"
    if schema.get("format") == "date-time" and not is_date_time(raw):
        return None, "must be a valid ISO 8601 date string"
    return raw, None


APP_KEY: web.AppKey[FakeChaster] = web.AppKey("fake_chaster")
