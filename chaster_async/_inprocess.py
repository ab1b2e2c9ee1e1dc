"""``AppExchange``: serve an ``aiohttp.web.Application`` in-process, without a socket.

Each request is written as HTTP/1.1 bytes into a fresh connection of the application's own
server protocol (``web.AppRunner(app).server``: aiohttp's ``RequestHandler``, the object a
listening socket would hand connections to), over an in-memory transport; the bytes the protocol
writes back are the answer. So the application sees exactly what it would see over TCP
(routing, middlewares, body parsing, ``Content-Length``, ``Connection: close``), with no port,
no event-loop sockets and no aiohttp client. This is how tests run the whole client against
FakeChaster (``FakeChaster.app``) in-process::

    fake = FakeChaster()
    async with Chaster(fake.developer_token, exchange=AppExchange(fake.app)) as chaster:
        await chaster.profile.me()

The application is set up (its ``on_startup`` hooks run) on the first request and cleaned up by
:meth:`AppExchange.aclose` (which ``Chaster.close()`` calls). A call that times out (or is
cancelled) hangs up, and the handler still running is cancelled. Serve an application either
this way or on a socket, not both at once.
"""

from __future__ import annotations

import asyncio
import zlib
from typing import TYPE_CHECKING, Any

from multidict import CIMultiDict, CIMultiDictProxy

from ._exchange import ExchangeRequest, ExchangeResponse
from .errors import APITimeoutError, ChasterUsageError, TransportError

if TYPE_CHECKING:
    from aiohttp import web

__all__ = ["AppExchange"]


class AppExchange:
    """An exchange answering from ``app`` in this process (see the module docstring).

    ``peer`` is the client address the application sees (``request.remote``).
    """

    def __init__(self, app: web.Application, *, peer: tuple[str, int] = ("127.0.0.1", 50000)) -> None:
        self.app = app
        self.peer = peer
        self.closed = False
        self._runner: web.AppRunner | None = None
        self._setup = asyncio.Lock()

    def __repr__(self) -> str:
        return f"AppExchange({self.app!r}, closed={self.closed})"

    async def aclose(self) -> None:
        """Shut the application down (its ``on_shutdown``/``on_cleanup`` hooks run)."""
        self.closed = True
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()

    async def _runner_for_app(self) -> web.AppRunner:
        async with self._setup:
            if self.closed:
                raise ChasterUsageError("this Chaster client is closed; create a new one")
            if self._runner is None:
                from aiohttp import web

                # A timed-out or cancelled call hangs up; its handler is cancelled then, as
                # aiohttp does for a client that disconnects when handler_cancellation is on.
                runner = web.AppRunner(
                    self.app,
                    access_log=None,
                    handle_signals=False,
                    handler_cancellation=True,
                    shutdown_timeout=5,
                )
                await runner.setup()
                self._runner = runner
            return self._runner

    async def handle(self, request: ExchangeRequest) -> ExchangeResponse:
        runner = (
            self._runner if self._runner is not None and not self.closed else await self._runner_for_app()
        )
        assert runner.server is not None
        raw = _request_bytes(request)
        protocol = runner.server()
        connection = _Connection(protocol, self.peer)
        protocol.connection_made(connection)
        protocol.data_received(raw)
        timed_out = False
        try:
            async with asyncio.timeout(request.timeout):
                answer = await asyncio.shield(connection.done)
        except TimeoutError:
            timed_out = True
        finally:
            if not connection.done.done():  # timed out or cancelled: hang up on the handler
                connection.abort()
        if timed_out:
            raise APITimeoutError(f"timed out after {request.timeout:g} s")
        try:
            return _parse_response(answer, head=request.method == "HEAD")
        except (ValueError, IndexError, zlib.error) as exc:
            failure = TransportError(f"the application's answer is not valid HTTP ({type(exc).__name__})")
        raise failure


class _Connection(asyncio.Transport):
    """The in-memory transport of one request: collects what the server writes until it closes."""

    def __init__(self, protocol: asyncio.Protocol, peer: tuple[str, int]) -> None:
        super().__init__(
            {"peername": peer, "sockname": ("127.0.0.1", 80), "socket": None, "sslcontext": None}
        )
        self._loop = asyncio.get_running_loop()
        self._protocol = protocol
        self._written: list[bytes] = []
        self._closing = False
        self.done: asyncio.Future[bytes] = self._loop.create_future()

    def write(self, data: Any) -> None:
        if not self._closing:
            self._written.append(bytes(data))

    def is_closing(self) -> bool:
        return self._closing

    def close(self) -> None:
        self._hang_up(None)

    def abort(self) -> None:
        self._hang_up(ConnectionResetError("the client hung up"))

    def _hang_up(self, exc: Exception | None) -> None:
        if self._closing:
            return
        self._closing = True
        if not self.done.done():
            self.done.set_result(b"".join(self._written))
        self._loop.call_soon(self._protocol.connection_lost, exc)

    # Flow control: everything is in memory already.
    def pause_reading(self) -> None: ...

    def resume_reading(self) -> None: ...

    def is_reading(self) -> bool:
        return not self._closing

    def get_write_buffer_size(self) -> int:
        return 0

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None: ...

    def can_write_eof(self) -> bool:
        return False


def _request_bytes(request: ExchangeRequest) -> bytes:
    url = request.url
    lines = [
        f"{request.method} {url.raw_path_qs or '/'} HTTP/1.1",
        f"Host: {url.raw_authority or 'localhost'}",
    ]
    for name, value in request.headers.items():
        if name.lower() in ("host", "content-length", "connection", "transfer-encoding"):
            continue
        if any(c in name or c in value for c in "\r\n\0"):
            raise ChasterUsageError(f"header {name!r:.40} holds a line break or NUL; it cannot be sent")
        lines.append(f"{name}: {value}")
    body = request.body or b""
    if body or request.method not in ("GET", "HEAD", "DELETE", "OPTIONS"):
        lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


def _parse_response(raw: bytes, *, head: bool) -> ExchangeResponse:
    """An HTTP/1.1 answer as the server wrote it (the connection closed after it)."""
    if b"\r\n\r\n" not in raw:
        raise TransportError("the application closed the connection without an answer")
    head_bytes, body = raw.split(b"\r\n\r\n", 1)
    status_line, *header_lines = head_bytes.decode("utf-8", "surrogateescape").split("\r\n")
    _version, status, reason = [*status_line.split(" ", 2), ""][:3]
    headers: CIMultiDict[str] = CIMultiDict()
    for line in header_lines:
        name, _, value = line.partition(":")
        headers.add(name.strip(), value.strip())
    status_code = int(status)
    if head or status_code in (204, 304) or 100 <= status_code < 200:
        body = b""
    elif "chunked" in headers.get("Transfer-Encoding", "").lower():
        body = _unchunk(body)
    elif "Content-Length" in headers:
        length = int(headers["Content-Length"])
        if len(body) < length:
            raise TransportError(f"the answer was cut short ({len(body)} of {length} bytes)")
        body = body[:length]
    encoding = headers.get("Content-Encoding", "").lower()
    if body and encoding in ("gzip", "deflate"):
        body = zlib.decompress(body, 16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
    return ExchangeResponse(status_code, headers=CIMultiDictProxy(headers), body=body, reason=reason)


def _unchunk(data: bytes) -> bytes:
    out: list[bytes] = []
    rest = data
    while True:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
        if size == 0:
            return b"".join(out)
        out.append(rest[:size])
        rest = rest[size + 2 :]
