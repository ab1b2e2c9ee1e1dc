"""The call pipeline: every policy of a call, with no I/O of its own.

One call of a generated method goes through: scope check (no I/O) -> client-side rate limit ->
bearer token (refreshed when due) -> one exchange (the I/O: :mod:`chaster_async._exchange`) ->
on 401 one refresh and resend -> retry policy -> decoded JSON, or a
:class:`~chaster_async.errors.ChasterError` that carries the operation (an operation's own error
hook, registered with :func:`error_hook` next to its helper, may refine it). Nothing else
escapes, except ``asyncio.CancelledError``.
"""

from __future__ import annotations

import asyncio
import builtins
import copy
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from typing import Any, TypeVar
from urllib.parse import unquote

import attrs
from multidict import CIMultiDict, CIMultiDictProxy
from yarl import URL

from . import _options
from ._answer import Answer, api_error, decode_success
from ._auth import TokenProvider
from ._exchange import Exchange, ExchangeRequest, ExchangeResponse
from ._model import UNSET, parse_response
from ._multipart import encode_multipart
from ._operation import Operation
from ._ratelimit import RateLimiter
from ._redact import CALL_SECRETS, MASK, mask
from ._request import Request
from ._response import RawResponse
from ._retry import RetryPolicy
from ._scopes import check_scopes
from .errors import (
    APIError,
    APITimeoutError,
    ChasterError,
    ChasterUsageError,
    RequestValidationError,
    TransportError,
    excerpt,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "CallPipeline",
    "ErrorHook",
    "check_header_option",
    "check_headers",
    "check_retry",
    "error_hook",
]

_T = TypeVar("_T")

logger = logging.getLogger("chaster_async")

DEFAULT_BASE_URL = "https://api.chaster.app"
_CLIENT_ID_HEADER = "X-Chaster-Client-Id"

ErrorHook = Callable[[APIError], "APIError | None"]
_ERROR_HOOKS: dict[str, ErrorHook] = {}


def error_hook(key: str) -> Callable[[ErrorHook], ErrorHook]:
    """Register a function that refines the APIError of the operation with stable key ``key``
    (returning the error to raise instead, or None to keep it). It lives with the helper that
    knows the operation: ``partner_extensions.submit_regular_action``'s "none left" 422 becomes a
    NoActionRemainingError in :mod:`chaster_async._extensions`."""

    def register(hook: ErrorHook) -> ErrorHook:
        _ERROR_HOOKS[key] = hook
        return hook

    return register


class _Call:
    """One call as it goes: what its steps share."""

    __slots__ = (
        "answer",
        "body",
        "content_type",
        "deadline",
        "extra_headers",
        "hidden",
        "request",
        "retries",
        "retry",
        "secrets_sent",
        "shown",
        "started",
        "url",
    )

    def __init__(self, request: Request, pipeline: CallPipeline) -> None:
        self.started = time.perf_counter()
        self.request = request
        operation = request.operation
        self.shown = _display_path(request.path, operation)  # secrets masked: for logs and errors
        # What this call sends that must never be shown, besides the bearer token: tokens in the
        # path, secret-looking headers (Authorization, *token*, *key*...) given as options.
        hidden = _path_secrets(request.path, operation) if self.shown != request.path else ()
        if request.headers:  # the operation's header parameters: caller input too
            check_headers(f"{operation.operation_id}: header parameters", request.headers)
        self.extra_headers: tuple[tuple[str, str], ...] = ()
        if request.extra_headers:
            self.extra_headers = check_headers(
                f"{operation.operation_id}: extra_headers", request.extra_headers
            )
            hidden += _header_secrets(self.extra_headers)
        self.hidden = hidden + pipeline.header_secrets
        url = URL(pipeline.base_url + request.path, encoded=True)
        self.url = url.with_query(list(request.params)) if request.params else url
        self.body, self.content_type = _encode_body(request)
        self.retry = pipeline.retry
        if request.max_retries is not None:
            count = _options.count(f"{operation.operation_id}: max_retries", request.max_retries)
            if count != self.retry.max_retries:
                self.retry = attrs.evolve(self.retry, max_retries=count)
        # Event-loop time by which the whole call must end (its timeout= argument), if any.
        self.deadline: float | None = None
        self.retries = 0
        self.answer: Answer | None = None  # the last answer, once there is one
        self.secrets_sent: tuple[str, ...] = ()  # the secrets of the attempt that answered

    def secrets(self, token: str | None) -> tuple[str, ...]:
        """What this attempt sent that must never be shown: the bearer token and ``hidden``."""
        return (token, *self.hidden) if token else self.hidden

    def remaining(self) -> float | None:
        if self.deadline is None:
            return None
        return self.deadline - asyncio.get_running_loop().time()

    def can_wait(self, delay: float) -> bool:
        remaining = self.remaining()
        return remaining is None or delay <= remaining


class CallPipeline:
    """Implements the ``Transport`` protocol the generated endpoint functions call, over an
    :class:`~chaster_async._exchange.Exchange` that does the I/O."""

    def __init__(
        self,
        *,
        exchange: Exchange,
        auth: TokenProvider | None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        limiter: RateLimiter | None = None,
        user_agent: str = "chaster_async",
        client_id: str | None = None,
        strict: bool = False,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.exchange = exchange
        self.auth = auth
        self.base_url = _check_base_url(base_url).rstrip("/")
        self.timeout = _options.seconds("timeout", timeout, positive=True)
        check_retry(retry)
        self.retry = retry or RetryPolicy()
        self.limiter = limiter
        self.user_agent = check_header_option("user_agent", "User-Agent", user_agent)
        self.client_id = (
            None if client_id is None else check_header_option("client_id", _CLIENT_ID_HEADER, client_id)
        )
        self.strict = _options.flag("strict", strict)
        # Sent on every call (with_options(headers=...)), after the operation's own headers.
        self.headers = _usage_headers(headers) if headers else ()
        self.header_secrets = _header_secrets(self.headers)
        self._closed = False
        self._root = self  # the pipeline that owns the exchange (derived ones share it)
        # The event loop of the first call: the session, the limiter's and the refresh's asyncio
        # objects belong to it, and from another loop they fail with errors that do not say so.
        self._loop: asyncio.AbstractEventLoop | None = None

    def __repr__(self) -> str:
        return f"CallPipeline(base_url={self.base_url!r}, exchange={self.exchange!r}, closed={self.closed})"

    @property
    def closed(self) -> bool:
        return self._closed or self._root._closed

    def derive(
        self,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
        client_id: str | None = None,
        user_agent: str | None = None,
    ) -> CallPipeline:
        """A pipeline with other options that shares this one's exchange (its session and
        connections), token provider and rate limiter; closing it leaves them open. ``headers``
        are added to this pipeline's; None keeps an option as it is."""
        other = copy.copy(self)
        other._closed = False
        if timeout is not None:
            other.timeout = _options.seconds("timeout", timeout, positive=True)
        if retry is not None:
            check_retry(retry)
            other.retry = retry
        if headers:
            merged: CIMultiDict[str] = CIMultiDict(self.headers)
            merged.update(_usage_headers(headers))
            other.headers = tuple(merged.items())
            other.header_secrets = _header_secrets(other.headers)
        if strict is not None:
            other.strict = _options.flag("strict", strict)
        if client_id is not None:
            other.client_id = check_header_option("client_id", _CLIENT_ID_HEADER, client_id)
        if user_agent is not None:
            other.user_agent = check_header_option("user_agent", "User-Agent", user_agent)
        return other

    async def close(self) -> None:
        """Close the exchange (which closes the session only if it created it); a derived
        pipeline only stops taking calls."""
        self._closed = True
        if self._root is self:
            await self.exchange.aclose()

    def _check_open(self) -> None:
        if self.closed:
            raise ChasterUsageError("this Chaster client is closed; create a new one")

    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        root = self._root
        if root._loop is None:
            root._loop = loop
        elif root._loop is not loop:
            raise ChasterUsageError(
                "this Chaster client belongs to another event loop (the one of its first call): its "
                "HTTP session, rate limiter and token refresh cannot move; create one client per loop"
            )

    async def send(self, request: Request) -> Any:
        try:
            payload, _call = await self._send(request)
        except ChasterError as error:
            error._set_operation(request.operation)  # every error carries its operation
            raise
        return payload

    async def call(self, request: Request, parse: Callable[[Any], _T]) -> _T:
        try:
            payload, _call = await self._send(request)
            return parse_response(request.operation_id, payload, parse, strict=self.strict)
        except ChasterError as error:
            error._set_operation(request.operation)
            raise

    async def call_raw(self, request: Request, parse: Callable[[Any], _T]) -> RawResponse[_T]:
        try:
            payload, call = await self._send(request)
            parsed = parse_response(request.operation_id, payload, parse, strict=self.strict)
        except ChasterError as error:
            error._set_operation(request.operation)
            raise
        answer = call.answer
        assert answer is not None
        return RawResponse(
            parsed,
            status=answer.status,
            reason=answer.reason,
            headers=_masked_headers(answer.headers, call.secrets_sent),
            request_id=answer.request_id,
            elapsed=time.perf_counter() - call.started,
            retries=call.retries,
            operation=request.operation,
            method=request.method,
            path=call.shown,
            content=answer.body,
        )

    async def _send(self, request: Request) -> tuple[Any, _Call]:
        self._check_open()
        self._check_loop()
        budget = _call_timeout(request)
        self._check_auth(request.operation)
        call = _Call(request, self)
        if budget is None:
            return await self._run(call), call
        # The call's own timeout= bounds all of it: attempts, waits, token refresh.
        call.deadline = asyncio.get_running_loop().time() + budget
        scope = asyncio.timeout_at(call.deadline)
        try:
            async with scope:
                return await self._run(call), call
        except builtins.TimeoutError:
            if not scope.expired():
                raise  # an attempt's own timeout, already an APITimeoutError
        error = APITimeoutError(
            f"{request.method} {call.shown}: the call ran past its timeout of {budget:g} s",
            retries=call.retries,
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
            failed: TransportError | None = None
            try:
                response = await self._attempt(call, token)
            except TransportError as error:
                failed = error
            if failed is not None:
                delay = call.retry.delay_after_failure(
                    request.method, call.retries, reached_server=failed.reached_server
                )
                if not await self._wait_to_resend(call, delay, type(failed).__name__):
                    failed.retries = call.retries
                    raise failed  # outside the except block: no __context__
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
                payload = decode_success(request, response, secrets)
                call.answer, call.secrets_sent = response, secrets
                # The payload is parsed right after, in this task: let the reader mask these
                # secrets too in what it reports (strict mode).
                CALL_SECRETS.set(secrets)
                return payload
            delay = call.retry.delay_after_status(
                request.method, call.retries, response.status, response.headers
            )
            if not await self._wait_to_resend(call, delay, f"answer {response.status}"):
                refused = api_error(request, response, call.shown, secrets, now=call.retry.clock())
                refused.retries = call.retries
                hook = _ERROR_HOOKS.get(request.operation.key)
                raise (hook(refused) or refused) if hook is not None else refused

    async def _wait_to_resend(self, call: _Call, delay: float | None, why: str = "") -> bool:
        """Wait ``delay`` before the next attempt; False: give up now (the policy says so, or the
        wait would end past the call's deadline, which would only turn its error into a timeout)."""
        if delay is None or not call.can_wait(delay):
            return False
        # Logged so that a pause never looks like a hang (the limiter logs its own waits).
        logger.debug(
            "%s %s: retry %d in %.2f s (%s)", call.request.method, call.shown, call.retries + 1, delay, why
        )
        await call.retry.sleep(delay)
        call.retries += 1
        return True

    def _check_auth(self, operation: Operation) -> None:
        if self.auth is None:
            if operation.requires_auth:
                raise ChasterUsageError(f"{operation.operation_id} needs a token; this client has none")
            return
        check_scopes(operation, self.auth.scopes)

    def _headers(self, call: _Call, token: str | None) -> CIMultiDictProxy[str]:
        headers: CIMultiDict[str] = CIMultiDict(
            (("User-Agent", self.user_agent), ("Accept", "application/json"))
        )
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        if self.client_id:
            headers[_CLIENT_ID_HEADER] = self.client_id
        if call.content_type is not None:
            headers["Content-Type"] = call.content_type
        if self.headers:  # the client's own (with_options(headers=...))
            headers.update(self.headers)
        if call.request.headers:  # the operation's header parameters
            headers.update(call.request.headers)
        if call.extra_headers:  # this call's extra_headers=: they win
            headers.update(call.extra_headers)
        return CIMultiDictProxy(headers)

    async def _attempt(self, call: _Call, token: str | None) -> Answer:
        """One exchange; its answer (reason and request id masked), or the TransportError (with
        this call's method and masked path in its message) when there was none."""
        request = call.request
        remaining = call.remaining()
        # Never 0: a total of 0 reads as "no timeout" to aiohttp (the deadline's scope still holds).
        timeout = self.timeout if remaining is None else max(remaining, 0.001)
        exchange_request = ExchangeRequest(
            request.method, call.url, self._headers(call, token), call.body, timeout
        )
        started = time.perf_counter()
        failure: TransportError | None = None
        try:
            response: ExchangeResponse = await self.exchange.handle(exchange_request)
        except TransportError as error:
            failure = error
        except ChasterUsageError as error:
            error.args = (f"{request.method} {call.shown}: {error}",)
            raise
        if failure is not None:
            _log(request.method, call.shown, type(failure).__name__, started, call.retries, None)
            failure.args = (f"{request.method} {call.shown}: {failure}",)
            raise failure
        answer = Answer(
            response.status, response.reason, response.headers, response.body, call.secrets(token)
        )
        _log(request.method, call.shown, str(answer.status), started, call.retries, answer.request_id)
        return answer


# RFC 7230 token characters: what a header name may hold.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# What a header value may not hold: control characters but the tab (CR/LF would start a new
# header, aiohttp refuses the others at send time and a MockExchange would not), and lone
# surrogates (aiohttp drops them silently: the server would get another value).
_BAD_VALUE_CHAR = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")
# The framing of the request is the exchange's (from the body it sends): a Content-Length or
# Transfer-Encoding of the caller's would leave a pooled connection out of step (the server
# reads the next request as this one's body) and break or hang the calls after it.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})
# A header whose value is a credential: masked wherever echoed, as the bearer token is.
_SECRET_HEADER = re.compile(r"auth|token|secret|key|passw|cookie|session|signature|credential", re.IGNORECASE)
_MIN_SECRET = 6  # shorter values are not credentials (and masking them would garble messages)


def check_headers(what: str, headers: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """``headers`` as (name, value) pairs, or RequestValidationError (nothing is sent) for a name
    that is not an HTTP token, a framing header (``Content-Length``, ``Transfer-Encoding``), or a
    value that is not a str or holds a control character (a line break, NUL...) or a lone
    surrogate."""
    if not isinstance(headers, Mapping):
        raise RequestValidationError(f"{what} must be a mapping of str to str, not {type(headers).__name__}")
    pairs = []
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.fullmatch(name):
            raise RequestValidationError(f"{what}: {excerpt(repr(name), 40)} is not a valid header name")
        if name.lower() in _FRAMING_HEADERS:
            raise RequestValidationError(
                f"{what}: {name} is set from the body sent; it cannot be given as a header"
            )
        if not isinstance(value, str) or _BAD_VALUE_CHAR.search(value):
            problem = (
                "holds a control character or a lone surrogate"
                if isinstance(value, str)
                else f"is a {type(value).__name__}"
            )
            raise RequestValidationError(f"{what}: the value of {name} {problem}, not a header value")
        pairs.append((name, value))
    return tuple(pairs)


def check_header_option(name: str, header: str, value: object) -> str:
    """A client option sent as the header ``header`` (``client_id``, ``user_agent``): checked
    where it is given, as ``headers=`` is (ChasterUsageError), and returned."""
    text = _options.header_text(name, value)
    _usage_headers({header: text}, what=name)
    return text


def _usage_headers(headers: Mapping[str, str], what: str = "headers") -> tuple[tuple[str, str], ...]:
    """A client option's headers (checked where given: a ChasterUsageError)."""
    try:
        return check_headers(what, headers)
    except RequestValidationError as exc:
        failure = ChasterUsageError(str(exc))
    raise failure


def _header_secrets(headers: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The values of secret-looking headers, and the credentials of ``Scheme credentials`` ones."""
    found: list[str] = []
    for name, value in headers:
        if _SECRET_HEADER.search(name) and len(value) >= _MIN_SECRET:
            found.append(value)
            scheme, _, credentials = value.partition(" ")
            if credentials.strip() and len(credentials.strip()) >= _MIN_SECRET and scheme.isalpha():
                found.append(credentials.strip())
    return tuple(found)


def _masked_headers(headers: Any, secrets: tuple[str, ...]) -> CIMultiDictProxy[str]:
    if not secrets:
        return headers if isinstance(headers, CIMultiDictProxy) else CIMultiDictProxy(CIMultiDict(headers))
    masked: CIMultiDict[str] = CIMultiDict()
    for name, value in headers.items():
        masked.add(name, mask(value, secrets))
    return CIMultiDictProxy(masked)


def check_retry(retry: object) -> None:
    """``retry`` is None or a RetryPolicy, else ChasterUsageError (checked where it is given: else
    the first failed attempt would raise an AttributeError from inside the retry loop)."""
    if retry is not None and not isinstance(retry, RetryPolicy):
        raise ChasterUsageError(f"retry must be a RetryPolicy, not {type(retry).__name__}")


def _call_timeout(request: Request) -> float | None:
    """The call's own ``timeout=``, checked before any I/O (0, NaN or inf do not mean "none")."""
    if request.timeout is None:
        return None
    return _options.seconds(f"{request.operation_id}: timeout", request.timeout, positive=True)


# The user-info of an absolute URL ("user:password@"), up to the last "@" before its path.
_USERINFO = re.compile(r"[^:/?#]*://([^/?#]*)@")


def _check_base_url(base_url: str) -> str:
    """``base_url`` if it is an absolute http(s) URL requests can be sent to, else ChasterUsageError
    (whose message never shows the URL's user-info: it may hold a password)."""
    problem = None
    userinfo = _USERINFO.match(base_url) if isinstance(base_url, str) else None
    if not isinstance(base_url, str):
        problem = f"must be a str, not {type(base_url).__name__}"
    elif any(c.isspace() or not c.isprintable() for c in base_url):
        problem = "contains whitespace or control characters"
    elif userinfo is not None:
        # aiohttp refuses them with the Authorization header of every call (so every call would
        # fail), and the URL is shown in reprs and error messages.
        problem = "must not hold credentials (user:password@); send them with headers= instead"
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
        shown = base_url if userinfo is None else base_url.replace(f"{userinfo.group(1)}@", f"{MASK}@", 1)
        raise ChasterUsageError(f"base_url {excerpt(repr(shown), 80)} {problem}")
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


def _path_parts(path: str, operation: Operation) -> list[tuple[str, bool]]:
    """The path's segments, each with whether it holds a secret (a ``{...token...}`` parameter)."""
    actual = path.strip("/").split("/")
    template = operation.path.strip("/").split("/")
    if len(template) != len(actual):
        return [(value, False) for value in actual]
    return [
        (value, part.startswith("{") and "token" in part.lower())
        for part, value in zip(template, actual, strict=True)
    ]


def _display_path(path: str, operation: Operation) -> str:
    """The path for logs and error messages, with secrets in the path (``{token}``) masked."""
    if "token" not in operation.path.lower():
        return path
    parts = _path_parts(path, operation)
    if not any(secret for _value, secret in parts):
        return path
    return "/" + "/".join(MASK if secret else value for value, secret in parts)


def _path_secrets(path: str, operation: Operation) -> tuple[str, ...]:
    """The tokens in the path, as sent (percent-encoded) and as the server decodes them."""
    found = [value for value, secret in _path_parts(path, operation) if secret and value]
    return tuple(dict.fromkeys([*found, *(unquote(value) for value in found)]))


def _encode_body(request: Request) -> tuple[bytes | None, str | None]:
    """The body's bytes and Content-Type: JSON, multipart/form-data, or none."""
    if request.form is not None:
        return encode_multipart(request.form)
    if request.json is UNSET:
        return None, None
    try:
        return json.dumps(request.json, separators=(",", ":"), allow_nan=False).encode(), "application/json"
    except (TypeError, ValueError) as exc:
        failure = RequestValidationError(f"{request.operation_id}: body is not JSON-serialisable ({exc})")
    raise failure  # outside the except block: the TypeError's traceback may quote the body
