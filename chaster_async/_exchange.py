"""The exchange: the one step of a call that does I/O, as plain data in and out.

The call pipeline (:mod:`chaster_async._pipeline`) holds all the policy (scopes, rate limits,
tokens, retries, error mapping) and hands each attempt to an :class:`Exchange`:
``(method, URL, headers, body, timeout) -> (status, reason, headers, body)``, whatever the status.
An exchange never retries, authenticates or follows redirects. When it gets no answer it raises
:class:`~chaster_async.errors.TransportError` (``reached_server=False`` when the request surely
never arrived: connection refused, connect timeout) or
:class:`~chaster_async.errors.APITimeoutError`; when it cannot send at all,
:class:`~chaster_async.errors.ChasterUsageError`. Any other exception it raises propagates as is.

Three exchanges ship: :class:`~chaster_async._aiohttp.AiohttpExchange` (the default: real HTTP),
:class:`MockExchange` (a function answers, as httpx's ``MockTransport``) and
:class:`~chaster_async._inprocess.AppExchange` (an ``aiohttp.web.Application`` such as
FakeChaster's, served in-process without a socket).
"""

from __future__ import annotations

import http
import inspect
import json as _json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

from multidict import CIMultiDict, CIMultiDictProxy, MultiDictProxy
from yarl import URL

__all__ = ["Exchange", "ExchangeRequest", "ExchangeResponse", "MockExchange"]

_NO_JSON: Any = object()
Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def _ci_headers(headers: Headers | None) -> CIMultiDictProxy[str]:
    if isinstance(headers, CIMultiDictProxy):
        return headers
    return CIMultiDictProxy(CIMultiDict(headers or ()))


class ExchangeRequest:
    """One HTTP request as the pipeline built it: ``url`` is absolute and already encoded (path
    and query), ``headers`` are final (case-insensitive), ``body`` is the encoded body or None,
    ``timeout`` the seconds this attempt may take (connect to last byte)."""

    __slots__ = ("body", "headers", "method", "timeout", "url")

    def __init__(
        self, method: str, url: URL, headers: CIMultiDictProxy[str], body: bytes | None, timeout: float
    ) -> None:
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout

    def __repr__(self) -> str:  # no headers (the bearer token), no path (it may hold a token)
        size = len(self.body) if self.body else 0
        return (
            f"<ExchangeRequest {self.method} {self.url.scheme}://{self.url.raw_authority}, {size}-byte body>"
        )

    @property
    def path(self) -> str:
        """The path, percent-decoded (``self.url.raw_path`` as sent)."""
        return self.url.path

    @property
    def query(self) -> MultiDictProxy[str]:
        return self.url.query

    def json(self) -> Any:
        """The decoded JSON body (None when there is none)."""
        return None if not self.body else _json.loads(self.body)


class ExchangeResponse:
    """One HTTP answer: ``status``, ``headers`` (case-insensitive; a mapping or pairs may be
    given), ``body`` (bytes) and ``reason`` (default: the status's standard phrase).

    ``json=`` encodes a body (and sets ``Content-Type: application/json``):
    ``ExchangeResponse(200, json=[{"_id": "l1"}])``.
    """

    __slots__ = ("body", "headers", "reason", "status")

    def __init__(
        self,
        status: int = 200,
        *,
        headers: Headers | None = None,
        body: bytes = b"",
        json: Any = _NO_JSON,
        reason: str | None = None,
    ) -> None:
        # Checked here, where a test or an exchange builds it: a str status or body would fail
        # later inside the pipeline, far from the mistake, as a bare TypeError or AttributeError.
        if isinstance(status, bool) or not isinstance(status, int):
            raise TypeError(f"ExchangeResponse status must be an int, not {type(status).__name__}")
        if not 100 <= status <= 999:  # three digits, as on the wire (a 6xx is a ServerError)
            raise ValueError(f"ExchangeResponse status must be a three-digit HTTP status, not {status}")
        if json is not _NO_JSON:
            body = _json.dumps(json).encode()
            extra = CIMultiDict(headers or ())
            extra.setdefault("Content-Type", "application/json")
            headers = extra
        elif isinstance(body, bytearray | memoryview):
            body = bytes(body)
        elif not isinstance(body, bytes):
            raise TypeError(
                f"ExchangeResponse body must be bytes, not {type(body).__name__} (encode it, or pass json=)"
            )
        self.status = status
        self.headers = _ci_headers(headers)
        self.body = body
        self.reason = _phrase(status) if reason is None else reason

    def __repr__(self) -> str:
        return f"<ExchangeResponse {self.status} {self.reason}, {len(self.body)} bytes>"


def _phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


@runtime_checkable
class Exchange(Protocol):
    """Sends one request and returns its answer (see the module docstring for what it raises).

    ``Chaster(exchange=...)`` uses one; the client calls :meth:`aclose` when it is closed.
    """

    async def handle(self, request: ExchangeRequest) -> ExchangeResponse: ...

    async def aclose(self) -> None: ...


Handler = Callable[[ExchangeRequest], "ExchangeResponse | Awaitable[ExchangeResponse]"]


class MockExchange:
    """An exchange whose answers come from ``handler``, a function (plain or async) from
    :class:`ExchangeRequest` to :class:`ExchangeResponse`; it may raise
    :class:`~chaster_async.errors.TransportError` to simulate a network failure.

    Every request is kept in :attr:`requests`, in order::

        def handler(request: ExchangeRequest) -> ExchangeResponse:
            return ExchangeResponse(200, json={"_id": request.path.rsplit("/", 1)[-1]})

        async with Chaster("token", exchange=MockExchange(handler)) as chaster:
            ...
    """

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[ExchangeRequest] = []
        self.closed = False

    def __repr__(self) -> str:
        return f"MockExchange({self.handler!r})"

    async def handle(self, request: ExchangeRequest) -> ExchangeResponse:
        self.requests.append(request)
        response = self.handler(request)
        if inspect.isawaitable(response):
            response = await response
        if not isinstance(response, ExchangeResponse):
            raise TypeError(
                f"the MockExchange handler returned {type(response).__name__}, not ExchangeResponse"
            )
        return response

    async def aclose(self) -> None:
        self.closed = True
