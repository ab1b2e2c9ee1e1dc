"""The aiohttp adapter: the only module that speaks aiohttp's client.

:class:`AiohttpExchange` sends one :class:`~chaster_async._exchange.ExchangeRequest` and returns
its answer; all policy is in the call pipeline. It owns the session (created lazily, at most
:data:`CONNECTIONS` connections) unless one is borrowed, turns off aiohttp's silent re-send,
maps aiohttp's exceptions to the library's transport errors and reads the body up to a size cap.
:func:`post_form` makes ChasterOAuth's token requests.
"""

from __future__ import annotations

import asyncio
import builtins
from collections.abc import Mapping
from typing import Any

import aiohttp

from ._exchange import ExchangeRequest, ExchangeResponse
from .errors import APITimeoutError, ChasterUsageError, TransportError

__all__ = ["CONNECTIONS", "MAX_BODY_SIZE", "AiohttpExchange", "check_session", "post_form"]

# Connections one client keeps to the API (also its number of requests in flight).
CONNECTIONS = 10
# The largest answer read; a bigger one is a TransportError (the API's pages are well below).
MAX_BODY_SIZE = 64 * 1024 * 1024


class _Unsent(Exception):
    """Carries aiohttp's connection error past its session loop (see :func:`_no_silent_resend`)."""

    def __init__(self, error: Exception) -> None:
        self.error = error


async def _no_silent_resend(
    request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
) -> aiohttp.ClientResponse:
    """A per-request middleware: a dropped connection ends the attempt.

    aiohttp re-sends an idempotent request once by itself when a (pooled) connection drops before
    the answer; that re-send would not count against ``max_retries`` (``max_retries=0`` sent a GET
    twice). Its loop retries only ClientOSError/ServerDisconnectedError, so wrapping them in an
    exception of our own makes it give up; :meth:`AiohttpExchange.handle` unwraps it.
    """
    try:
        return await handler(request)
    except (aiohttp.ClientOSError, aiohttp.ServerDisconnectedError) as exc:
        raise _Unsent(exc) from None


def check_session(what: str, session: object) -> None:
    """A session to borrow must be an aiohttp session: anything else failed on the first request,
    with an AttributeError from inside aiohttp."""
    if session is not None and not isinstance(session, aiohttp.ClientSession):
        raise ChasterUsageError(f"{what} must be an aiohttp.ClientSession, not {type(session).__name__}")


class AiohttpExchange:
    """Real HTTP through aiohttp. ``session``: a session to borrow (never closed here; its
    defaults are overridden per request); ``max_body_size``: the largest answer read."""

    def __init__(
        self, session: aiohttp.ClientSession | None = None, *, max_body_size: int = MAX_BODY_SIZE
    ) -> None:
        check_session("session", session)
        self._session = session
        self._owns_session = session is None
        self.max_body_size = max_body_size
        self.closed = False
        # Requests wait for one of our connections *before* their timeout starts: aiohttp would
        # count the wait for a pooled connection against it, so a big burst would time out.
        self._connections = asyncio.Semaphore(CONNECTIONS)

    def __repr__(self) -> str:
        return f"AiohttpExchange(closed={self.closed})"

    async def aclose(self) -> None:
        """Close the session if this exchange created it; a borrowed session stays open."""
        self.closed = True
        session, self._session = self._session, None
        if session is not None and self._owns_session:
            await session.close()

    def _get_session(self) -> aiohttp.ClientSession:
        # Never a new session once closed: nothing would close it.
        if self.closed:
            raise ChasterUsageError("this Chaster client is closed; create a new one")
        if self._session is None:
            # Created lazily, inside the running loop, as aiohttp wants.
            connector = aiohttp.TCPConnector(limit_per_host=CONNECTIONS)
            self._session = aiohttp.ClientSession(connector=connector)
        return self._session

    async def handle(self, request: ExchangeRequest) -> ExchangeResponse:
        options: dict[str, Any] = {
            "data": request.body,
            "headers": request.headers,
            # Explicit so that a borrowed session's defaults cannot interfere.
            "timeout": aiohttp.ClientTimeout(total=request.timeout),
            "raise_for_status": False,
            # Only ours: a borrowed session's middlewares must not see this request.
            "middlewares": (_no_silent_resend,),
            "auth": None,
            # The API never redirects; following one could turn a POST into a GET elsewhere that
            # "succeeds", or replay the body to another origin. A 3xx is an APIError instead.
            "allow_redirects": False,
        }
        session = self._get_session()
        async with self._connections:
            try:
                async with session.request(request.method, request.url, **options) as resp:
                    body = await self._read(resp)
                    return ExchangeResponse(
                        resp.status, headers=resp.headers, body=body, reason=resp.reason or ""
                    )
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                error = _error_for(exc.error if isinstance(exc, _Unsent) else exc, request.timeout)
                if error is None:
                    raise
        # Raised outside the except block, so that neither __context__ nor __cause__ leads to
        # aiohttp's exception: its request_info holds the Authorization header.
        raise error

    async def _read(self, resp: aiohttp.ClientResponse) -> bytes:
        cap = self.max_body_size
        if resp.content_length is not None and resp.content_length <= cap:
            return await resp.read()
        if resp.content_length is None:
            chunks, size = [], 0
            async for chunk in resp.content.iter_any():
                size += len(chunk)
                if size > cap:
                    break
                chunks.append(chunk)
            else:
                return b"".join(chunks)
        raise TransportError(f"the answer is larger than {cap} bytes; not read")


def _error_for(exc: Exception, total: float) -> Exception | None:
    """The library error for what aiohttp raised (None: not ours to map)."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return APITimeoutError("timed out connecting", reached_server=False)
    if isinstance(exc, builtins.TimeoutError):  # aiohttp.ServerTimeoutError and the total timeout
        return APITimeoutError(f"timed out after {total:g} s")
    if isinstance(exc, aiohttp.ClientConnectorError):
        message = f"cannot connect ({type(exc).__name__}: {exc.strerror or exc.os_error})"
        return TransportError(message, reached_server=False)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return TransportError(f"connection failed ({type(exc).__name__})")
    if isinstance(exc, RuntimeError | ValueError | TypeError):
        # A closed or misconfigured borrowed session, not a network problem.
        return ChasterUsageError(f"the HTTP session cannot send ({type(exc).__name__}: {exc})")
    return None


async def post_form(
    session: aiohttp.ClientSession | None, url: str, form: Mapping[str, str], total: float
) -> tuple[int, Any]:
    """POST a form to an OAuth token endpoint within ``total`` seconds: the status and the decoded
    JSON (the text when it is not JSON). ``session`` is borrowed; without one a short-lived
    session is used."""
    # Explicit per-request options so a borrowed session's middlewares, auth or
    # raise_for_status never touch token requests.
    options: dict[str, Any] = {
        "data": dict(form),
        "headers": {"Accept": "application/json"},
        "timeout": aiohttp.ClientTimeout(total=total),
        "raise_for_status": False,
        "middlewares": (),  # a borrowed session's middlewares must not see this request
        "allow_redirects": False,
    }
    if session is not None:
        return await _post(session, url, options)
    async with aiohttp.ClientSession() as owned:
        return await _post(owned, url, options)


async def _post(session: aiohttp.ClientSession, url: str, options: dict[str, Any]) -> tuple[int, Any]:
    async with session.post(url, **options) as response:
        raw = await response.read()
        try:
            data = await response.json(content_type=None) if raw.strip() else None
        except (ValueError, RecursionError):
            data = raw.decode("utf-8", "replace")
        return response.status, data
