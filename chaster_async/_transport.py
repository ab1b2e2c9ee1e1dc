"""The aiohttp transport: sends a generated :class:`~chaster_async._request.Request` to Chaster.

One call goes through: scope check (no I/O) -> client-side rate limit -> bearer token (refreshed
when due) -> HTTP attempt -> on 401 one refresh and resend -> retry policy -> decoded JSON or a
:class:`~chaster_async.errors.ChasterError`. Nothing else escapes, except ``asyncio.CancelledError``.
"""

from __future__ import annotations

import asyncio
import builtins
import datetime as dt
import json
import logging
import re
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import unquote

import aiohttp
from attrs import define, evolve, frozen
from yarl import URL

from . import _options
from ._auth import TokenProvider
from ._model import UNSET, optional_datetime
from ._operation import Operation
from ._ratelimit import RateLimiter
from ._redact import CALL_SECRETS, MASK, mask, mask_bytes, mask_json, printable
from ._request import Request
from ._retry import RetryPolicy, wait_from_headers
from ._scopes import check_scopes
from .errors import (
    APIError,
    ChasterUsageError,
    NoActionRemainingError,
    RateLimitError,
    RequestValidationError,
    ResponseDecodeError,
    TimeoutError,
    TransportError,
    error_for_status,
    excerpt,
)

__all__ = ["DEFAULT_BASE_URL", "REQUEST_ID_HEADER", "AiohttpTransport"]

logger = logging.getLogger("chaster_async")


DEFAULT_BASE_URL = "https://api.chaster.app"
REQUEST_ID_HEADER = "x-chaster-transaction-id"
# Connections one client keeps to the API (also its number of requests in flight).
CONNECTIONS_PER_CLIENT = 10
_CLIENT_ID_HEADER = "X-Chaster-Client-Id"


@frozen
class _Response:
    status: int
    reason: str
    headers: Mapping[str, str]  # as received (the limiter reads them)
    body: bytes
    content_type: str
    request_id: str | None

    def masked(self, secrets: tuple[str, ...]) -> _Response:
        """The answer's reason and request id as the library shows them (logs, every error):
        with the secrets this call sent masked, in case a server or proxy echoed one there, and
        with control characters escaped."""
        request_id = None if self.request_id is None else printable(mask(self.request_id, secrets))
        return evolve(self, reason=printable(mask(self.reason, secrets)), request_id=request_id)


@define
class _Call:
    """One call of :meth:`AiohttpTransport.send` as it goes: what its steps share."""

    request: Request
    shown: str  # the path with secrets masked, for logs and errors
    body: bytes | None
    path_secrets: tuple[str, ...] = ()  # the tokens in the path (masked in `shown`)
    # Event-loop time by which the whole call must end (its timeout= argument), if any.
    deadline: float | None = None
    retries: int = 0

    def secrets(self, token: str | None) -> tuple[str, ...]:
        """What this attempt sent that must never be shown: the bearer token, path tokens."""
        return (token, *self.path_secrets) if token else self.path_secrets

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return self.deadline - asyncio.get_running_loop().time()

    def can_wait(self, delay: float) -> bool:
        remaining = self.remaining()
        return remaining is None or delay <= remaining

    def attempt_timeout(self) -> float:
        # Never 0: aiohttp reads a total of 0 as "no timeout" (the deadline's scope still holds).
        return max(self.remaining() or 0.0, 0.001)


class _Failure(Exception):
    """An attempt got no HTTP answer; ``reached_server`` says whether the request may have arrived."""

    def __init__(self, error: TransportError, *, reached_server: bool) -> None:
        self.error = error
        self.reached_server = reached_server


class _Unsent(Exception):
    """Carries aiohttp's connection error past its session loop (see :func:`_no_silent_resend`)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


async def _no_silent_resend(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """A per-request aiohttp middleware: a dropped connection ends the attempt.

    aiohttp re-sends an idempotent request once by itself when a (pooled) connection drops before
    the answer; that re-send would not count against ``max_retries`` (``max_retries=0`` sent a GET
    twice). Its loop retries only ClientOSError/ServerDisconnectedError, so wrapping them in an
    exception of our own makes it give up; :meth:`AiohttpTransport._exchange` unwraps it.
    """
    try:
        return await handler(request)
    except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError) as exc:
        raise _Unsent(exc) from None


class AiohttpTransport:
    """Implements the ``Transport`` protocol the generated endpoint functions call."""

    def __init__(
        self,
        *,
        auth: TokenProvider | None,
        base_url: str = DEFAULT_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        user_agent: str = "chaster_async",
        client_id: str | None = None,
        strict: bool = False,
    ) -> None:
        self.auth = auth
        self.base_url = _check_base_url(base_url).rstrip("/")
        self._session = session
        self._owns_session = session is None
        self.timeout = _options.seconds("timeout", timeout, positive=True)
        self.retry = retry or RetryPolicy()
        self.limiter = limiter
        self.user_agent = user_agent
        self.client_id = client_id
        self.strict = strict
        self.closed = False
        # Requests wait for one of our connections *before* their timeout starts: aiohttp would
        # count the wait for a pooled connection against it, so a big burst would time out.
        self._connections = asyncio.Semaphore(CONNECTIONS_PER_CLIENT)

    def __repr__(self) -> str:
        return f"AiohttpTransport(base_url={self.base_url!r}, closed={self.closed})"

    async def close(self) -> None:
        """Close the session if this transport created it; a borrowed session stays open."""
        self.closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()

    def _check_open(self) -> None:
        if self.closed:
            raise ChasterUsageError("this Chaster client is closed; create a new one")

    def _get_session(self) -> aiohttp.ClientSession:
        # Never a new session once closed: nothing would close it.
        self._check_open()
        if self._session is None:
            # Created lazily, inside the running loop, as aiohttp wants.
            connector = aiohttp.TCPConnector(limit_per_host=CONNECTIONS_PER_CLIENT)
            self._session = aiohttp.ClientSession(connector=connector)
        return self._session

    async def send(self, request: Request) -> Any:
        self._check_open()
        budget = _call_timeout(request)
        self._check_auth(request.operation)
        shown = _display_path(request.path, request.operation)
        call = _Call(request, shown, _encode_json(request), _path_secrets(request.path, request.operation))
        if budget is None:
            return await self._run(call)
        # The call's own timeout= bounds all of it: attempts, waits, token refresh.
        call.deadline = asyncio.get_running_loop().time() + budget
        scope = asyncio.timeout_at(call.deadline)
        try:
            async with scope:
                return await self._run(call)
        except builtins.TimeoutError:
            if not scope.expired():
                raise  # an attempt's own timeout, already a chaster_async.TimeoutError
        error = TimeoutError(
            f"{request.method} {shown}: the call ran past its timeout of {budget:g} s", retries=call.retries
        )
        raise error  # outside the except block: no __context__

    async def _run(self, call: _Call) -> Any:
        request = call.request
        refreshed = False
        while True:
            self._check_open()  # closed while this call waited to retry or resend
            if self.limiter is not None:
                await self.limiter.acquire(
                    request.method, request.path, shown=call.shown, max_wait=call.remaining()
                )
            token = await self.auth.access_token() if self.auth is not None else None
            failed: _Failure | None = None
            try:
                response = await self._attempt(call, token)
            except _Failure as failure:
                failed = failure
            if failed is not None:
                delay = self.retry.delay_after_failure(
                    request.method, call.retries, reached_server=failed.reached_server
                )
                if not await self._wait_to_resend(call, delay, type(failed.error).__name__):
                    failed.error.retries = call.retries
                    raise failed.error  # outside the except block: no __context__
                continue
            if self.limiter is not None:
                self.limiter.update(request.method, request.path, response.headers, status=response.status)
            if response.status == 401 and not refreshed and self.auth is not None and self.auth.can_refresh:
                # The token may have been revoked or expired early: refresh once, resend once.
                refreshed = True
                await self.auth.refresh_after_unauthorized(token or "")
                continue
            secrets = call.secrets(token)
            if 200 <= response.status < 300:
                payload = _decode_success(request, response, secrets)
                # The generated code parses the payload right after, in this task: let it mask
                # these secrets too in what it reports (strict mode).
                CALL_SECRETS.set(secrets)
                return payload
            delay = self.retry.delay_after_status(
                request.method, call.retries, response.status, response.headers
            )
            if not await self._wait_to_resend(call, delay, f"answer {response.status}"):
                raise _api_error(request, response, call.shown, secrets, now=self.retry.clock())

    async def _wait_to_resend(self, call: _Call, delay: float | None, why: str = "") -> bool:
        """Wait ``delay`` before the next attempt; False: give up now (the policy says so, or the
        wait would end past the call's deadline, which would only turn its error into a timeout)."""
        if delay is None or not call.can_wait(delay):
            return False
        logger.debug(
            "%s %s: retry %d in %.2f s (%s)", call.request.method, call.shown, call.retries + 1, delay, why
        )
        await self.retry.sleep(delay)
        call.retries += 1
        return True

    def _check_auth(self, operation: Operation) -> None:
        if self.auth is None:
            if operation.requires_auth:
                raise ChasterUsageError(f"{operation.operation_id} needs a token; this client has none")
            return
        check_scopes(operation, self.auth.scopes)

    def _headers(self, request: Request, token: str | None, body: bytes | None) -> dict[str, str]:
        headers = {"User-Agent": self.user_agent, "Accept": "application/json"}
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if self.client_id:
            headers[_CLIENT_ID_HEADER] = self.client_id
        if body is not None:
            headers["Content-Type"] = "application/json"
        headers.update(request.headers or {})
        return headers

    async def _attempt(self, call: _Call, token: str | None) -> _Response:
        request, body, shown = call.request, call.body, call.shown
        timeout = self.timeout if call.deadline is None else call.attempt_timeout()
        options: dict[str, Any] = {
            "params": list(request.params) or None,
            "data": _form_data(request) if request.form is not None else body,
            "headers": self._headers(request, token, body),
            # Explicit so that a borrowed session's defaults cannot interfere.
            "timeout": aiohttp.ClientTimeout(total=timeout),
            "raise_for_status": False,
            # Only ours: a borrowed session's middlewares must not see this request.
            "middlewares": (_no_silent_resend,),
            "auth": None,
            # The API never redirects; following one could turn a POST into a GET elsewhere that
            # "succeeds", or replay the body to another origin. A 3xx is an APIError instead.
            "allow_redirects": False,
        }
        url = URL(self.base_url + request.path, encoded=True)
        async with self._connections:
            started = time.perf_counter()
            try:
                response = await self._exchange(request.method, url, options, f"{request.method} {shown}")
            except _Failure as failure:
                _log(request.method, shown, type(failure.error).__name__, started, call.retries, None)
                raise
        response = response.masked(call.secrets(token))
        _log(request.method, shown, str(response.status), started, call.retries, response.request_id)
        return response

    async def _exchange(self, method: str, url: URL, options: dict[str, Any], what: str) -> _Response:
        session = self._get_session()
        try:
            async with session.request(method, url, **options) as resp:
                body = await resp.read()
                request_id = resp.headers.get(REQUEST_ID_HEADER)
                return _Response(
                    resp.status, resp.reason or "", resp.headers, body, resp.content_type, request_id
                )
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            cause = exc.error if isinstance(exc, _Unsent) else exc
            error = _exchange_error(cause, what, options["timeout"].total)
            if error is None:
                raise
        # Raised outside the except block, so that neither __context__ nor __cause__ leads to
        # aiohttp's exception: its request_info holds the Authorization header.
        raise error


def _exchange_error(exc: Exception, what: str, total: float | None) -> Exception | None:
    """The _Failure or ChasterUsageError for what aiohttp raised (None: not ours to map)."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return _Failure(TimeoutError(f"{what}: timed out connecting"), reached_server=False)
    if isinstance(exc, builtins.TimeoutError):  # aiohttp.ServerTimeoutError and the total timeout
        return _Failure(TimeoutError(f"{what}: timed out after {total:g} s"), reached_server=True)
    if isinstance(exc, aiohttp.ClientConnectorError):
        message = f"{what}: cannot connect ({type(exc).__name__}: {exc.strerror or exc.os_error})"
        return _Failure(TransportError(message), reached_server=False)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return _Failure(
            TransportError(f"{what}: connection failed ({type(exc).__name__})"), reached_server=True
        )
    if isinstance(exc, RuntimeError | ValueError | TypeError):
        # A closed or misconfigured borrowed session, not a network problem.
        return ChasterUsageError(f"{what}: the HTTP session cannot send ({type(exc).__name__}: {exc})")
    return None


def _call_timeout(request: Request) -> float | None:
    """The call's own ``timeout=``, checked before any I/O (0, NaN or inf do not mean "none")."""
    if request.timeout is None:
        return None
    return _options.seconds(f"{request.operation_id}: timeout", request.timeout, positive=True)


def _check_base_url(base_url: str) -> str:
    """``base_url`` if it is an absolute http(s) URL requests can be sent to, else ChasterUsageError."""
    problem = None
    if not isinstance(base_url, str):
        problem = f"must be a str, not {type(base_url).__name__}"
    elif any(c.isspace() or not c.isprintable() for c in base_url):
        problem = "contains whitespace or control characters"
    else:
        try:
            url = URL(base_url)
            url.port  # noqa: B018 -- raises for an out-of-range port
            if url.scheme not in ("http", "https") or not url.host:
                problem = "must be an absolute http:// or https:// URL"
            elif url.query_string or url.fragment:
                problem = "must not have a query or fragment"
            else:
                url.host.encode("idna")  # what aiohttp does when connecting
        except (ValueError, TypeError) as exc:  # UnicodeError is a ValueError
            problem = f"is not a valid URL ({type(exc).__name__}: {exc})"
    if problem is not None:
        raise ChasterUsageError(f"base_url {excerpt(repr(base_url), 80)} {problem}")
    return base_url


def _log(method: str, shown: str, outcome: str, started: float, retries: int, request_id: str | None) -> None:
    elapsed_ms = (time.perf_counter() - started) * 1000
    logger.debug(
        "%s %s -> %s in %.0f ms (retry %d, request id %s)",
        method,
        shown,
        outcome,
        elapsed_ms,
        retries,
        request_id,
    )


def _path_parts(path: str, operation: Operation | None) -> list[tuple[str, bool]]:
    """The path's segments, each with whether it holds a secret (a ``{...token...}`` parameter)."""
    actual = path.strip("/").split("/")
    template = operation.path.strip("/").split("/") if operation is not None else []
    if len(template) != len(actual):
        return [(value, False) for value in actual]
    return [
        (value, part.startswith("{") and "token" in part.lower())
        for part, value in zip(template, actual, strict=True)
    ]


def _display_path(path: str, operation: Operation | None) -> str:
    """The path for logs and error messages, with secrets in the path (``{token}``) masked."""
    if operation is None:
        return path
    parts = _path_parts(path, operation)
    if not any(secret for _value, secret in parts):
        return path
    return "/" + "/".join(MASK if secret else value for value, secret in parts)


def _path_secrets(path: str, operation: Operation | None) -> tuple[str, ...]:
    """The tokens in the path, as sent (percent-encoded) and as the server decodes them."""
    found = [value for value, secret in _path_parts(path, operation) if secret and value]
    return tuple(dict.fromkeys([*found, *(unquote(value) for value in found)]))


def _encode_json(request: Request) -> bytes | None:
    if request.json is UNSET:
        return None
    try:
        return json.dumps(request.json, separators=(",", ":"), allow_nan=False).encode()
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(
            f"{request.operation_id}: body is not JSON-serialisable ({exc})"
        ) from None


def _form_data(request: Request) -> aiohttp.FormData:
    form = aiohttp.FormData()
    for part in request.form or ():
        form.add_field(part.name, part.value, filename=part.file_name, content_type=part.content_type)
    return form


def _decode_success(request: Request, response: _Response, secrets: tuple[str, ...]) -> Any:
    if not response.body.strip():
        if request.expects_body:
            raise ResponseDecodeError(
                f"{request.operation_id}: the {response.status} answer has no body",
                operation_id=request.operation_id,
                status=response.status,
                content_type=response.content_type,
                request_id=response.request_id,
            )
        return None  # 201/204 with nothing to say
    try:
        return json.loads(response.body)
    except (ValueError, RecursionError):
        pass
    if not request.expects_body:
        # The operation answers nothing (generated code discards any JSON too), and the request
        # may have been applied already (a POST): a stray "Created" must not fail the call.
        logger.debug(
            "%s: ignored the %s answer's non-JSON body (%s)",
            request.operation_id,
            response.status,
            response.content_type,
        )
        return None
    # Raised outside the except block: the JSONDecodeError (its __context__) holds the whole body.
    raise ResponseDecodeError(
        f"{request.operation_id}: the {response.status} answer is not JSON ({response.content_type})",
        operation_id=request.operation_id,
        status=response.status,
        content_type=response.content_type,
        body_excerpt=excerpt(mask_bytes(response.body, secrets)),
        request_id=response.request_id,
    )


def _error_body(response: _Response, secrets: tuple[str, ...]) -> Any:
    """The decoded error body with the secrets masked: in the raw bytes, and once decoded in
    every string, where JSON escapes (``"\\u0064ev..."``) could have hidden one."""
    body = mask_bytes(response.body, secrets)
    if not body.strip():
        return None
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return body.decode("utf-8", "replace")
    return mask_json(decoded, secrets)


def _error_message(body: Any, response: _Response) -> tuple[str, str | None]:
    """The server's message and NestJS ``error`` field, read defensively."""
    if isinstance(body, Mapping):
        message = body.get("message")
        error = printable(body["error"]) if isinstance(body.get("error"), str) else None
        if isinstance(message, list):
            message = "; ".join(str(m) for m in message)
        if isinstance(message, str) and message:
            return excerpt(message, 500), error
        return error or response.reason or "error", error
    if isinstance(body, str):
        return f"{response.reason or 'error'} (non-JSON answer: {excerpt(body, 120)!r})", None
    return response.reason or "error", None


def _api_error(
    request: Request, response: _Response, shown: str, secrets: tuple[str, ...], *, now: float
) -> APIError:
    body = _error_body(response, secrets)
    message, error = _error_message(body, response)
    kwargs: dict[str, Any] = {
        "operation_id": request.operation_id,
        "method": request.method,
        "path": shown,
        "body": body,
        "headers": {name: mask(value, secrets) for name, value in response.headers.items()},
        "request_id": response.request_id,
        "error": error,
    }
    status = response.status
    if status == 429:
        return RateLimitError(
            status, message, retry_after=wait_from_headers(response.headers, now=now), **kwargs
        )
    if status == 422 and _no_action_remaining(request, message, body):
        return NoActionRemainingError(status, message, next_action_date=_next_action_date(body), **kwargs)
    return error_for_status(status)(status, message, **kwargs)


# Chaster's texts vary ("No action remaining", "No regular action remaining", "No actions remaining").
_NO_ACTION_MESSAGE = re.compile(r"no (regular )?actions? remaining", re.IGNORECASE)


def _no_action_remaining(request: Request, message: str, body: Any) -> bool:
    """A 422 of submitRegularAction meaning "none left": by its message, or a zero count."""
    if request.method != "POST" or not request.path.rstrip("/").endswith("/regular-actions"):
        return False
    if _NO_ACTION_MESSAGE.search(message):
        return True
    remaining = body.get("nbActionsRemaining") if isinstance(body, Mapping) else None
    return isinstance(remaining, int | float) and not isinstance(remaining, bool) and remaining == 0


def _next_action_date(body: Any) -> dt.datetime | None:
    return optional_datetime(body.get("nextActionDate")) if isinstance(body, Mapping) else None
