"""Fault injection over real sockets: a raw asyncio HTTP server on 127.0.0.1 misbehaves on purpose.

Every call must end, within its time budget, either in success (after retries, as the policy
says) or in the typed error the facade defines, and nothing else. The server counts requests so
that the tests can check that a POST that may have reached the server is never sent again.
"""

from __future__ import annotations

import asyncio
import builtins
import contextlib
import datetime as dt
import json
import socket
import struct
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest

from chaster_async import (
    AuthError,
    Chaster,
    ChasterError,
    ChasterOAuth,
    OAuthToken,
    RateLimiter,
    RetryPolicy,
)
from chaster_async.errors import (
    APIError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
)

pytestmark = pytest.mark.timeout(10)

# The POST with a JSON body and a JSON answer: a lock's history, which every document has (the
# keyholder search is not in 0.11.2).
HISTORY_BODY = {"limit": 10}

Writer = asyncio.StreamWriter
Action = Callable[[Writer], Awaitable[None]]


# -- the fault server --------------------------------------------------------------------------


def http_response(
    status: int,
    body: bytes = b"",
    *,
    content_type: str | None = "application/json",
    headers: dict[str, str] | None = None,
    content_length: int | None = None,
) -> bytes:
    lines = [f"HTTP/1.1 {status} {REASONS.get(status, 'Whatever')}", "Connection: close"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(body) if content_length is None else content_length}")
    lines.extend(f"{k}: {v}" for k, v in (headers or {}).items())
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body


REASONS = {200: "OK", 201: "Created", 401: "Unauthorized", 429: "Too Many Requests", 502: "Bad Gateway"}


def send(raw: bytes) -> Action:
    async def action(writer: Writer) -> None:
        writer.write(raw)
        await writer.drain()

    return action


def reply(status: int, body: Any = None, **kwargs: Any) -> Action:
    data = body if isinstance(body, bytes) else (b"" if body is None else json.dumps(body).encode())
    return send(http_response(status, data, **kwargs))


def reset_mid_body(writer: Writer) -> Awaitable[None]:
    """Headers promise 1000 bytes; 100 arrive, then the connection is reset (RST)."""

    async def action() -> None:
        writer.write(http_response(200, b"[" + b" " * 99, content_length=1000))
        await writer.drain()
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()

    return action()


def short_body(writer: Writer) -> Awaitable[None]:
    """Headers promise 1000 bytes; 10 arrive, then a clean close (FIN)."""
    return send(http_response(200, b'[{"_id": "', content_length=1000))(writer)


async def never_ending(writer: Writer) -> None:
    """A chunked body that keeps trickling and never ends."""
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
    writer.write(b"1\r\n[\r\n")
    while True:
        await asyncio.sleep(0.02)
        writer.write(b"1\r\n \r\n")
        await writer.drain()


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>"


class FaultServer:
    """Answers request number ``n`` (0-based, per path prefix) with ``script(n, method, path)``."""

    def __init__(self, script: Callable[[int, str, str], Action]) -> None:
        self.script = script
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.server: asyncio.Server | None = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self.server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{port}"

    async def close(self) -> None:
        assert self.server is not None
        self.server.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self.server.wait_closed(), 1)

    def count(self, method: str | None = None, prefix: str = "/") -> int:
        return sum(1 for m, p, _ in self.requests if (method is None or m == method) and p.startswith(prefix))

    async def _handle(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, target, _ = request_line.split(" ", 2)
            headers = {}
            for line in header_lines:
                if ":" in line:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
            length = int(headers.get("content-length", "0"))
            if length:
                await reader.readexactly(length)
            path = target.split("?", 1)[0]
            index = sum(1 for m, p, _ in self.requests if p == path)
            self.requests.append((method, path, headers))
            await self.script(index, method, path)(writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            with contextlib.suppress(Exception):
                writer.close()


ServeFaults = Callable[[Callable[[int, str, str], Action]], Awaitable[tuple[FaultServer, str]]]


@pytest.fixture
async def faults() -> AsyncIterator[ServeFaults]:
    servers: list[FaultServer] = []

    async def start(script: Callable[[int, str, str], Action]) -> tuple[FaultServer, str]:
        server = FaultServer(script)
        url = await server.start()
        servers.append(server)
        return server, url

    yield start
    for server in servers:
        await server.close()


def always(action: Action) -> Callable[[int, str, str], Action]:
    return lambda _n, _m, _p: action


def fast_retry(max_retries: int = 2) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, backoff_base=0.01, backoff_max=0.05, jitter=0.0)


def client(url: str, **kwargs: Any) -> Chaster:
    options: dict[str, Any] = {"base_url": url, "rate_limit": False, "retry": fast_retry(), "timeout": 2.0}
    options.update(kwargs)
    return Chaster("dev-token", **options)


CALLS: dict[str, Callable[[Chaster], Awaitable[Any]]] = {
    "GET": lambda c: c.locks.find_all(),
    "POST": lambda c: c.locks.get_lock_history("lock-1", body=HISTORY_BODY),
    "POST-nobody": lambda c: c.locks.update_time("lock-1", body={"duration": 60}),
}
IDEMPOTENT = {"GET": True, "POST": False, "POST-nobody": False}
API_PATH = {"GET": "/locks", "POST": "/locks/lock-1/history", "POST-nobody": "/locks/lock-1/update-time"}


async def outcome(call: Awaitable[Any], budget: float) -> Any:
    """The call's result or its exception; fails the test on any non-ChasterError or overrun."""
    try:
        async with asyncio.timeout(budget):
            return await call
    except ChasterError as exc:  # includes chaster_async.TimeoutError
        return exc
    except builtins.TimeoutError:  # our own budget ran out
        pytest.fail(f"call did not end within {budget} s")


def http_method(kind: str) -> str:
    return kind.split("-")[0]


# -- connection level --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_connection_refused(kind: str) -> None:
    """Nothing listens: every method is retried (it surely never arrived), then TransportError."""
    async with client(f"http://127.0.0.1:{free_port()}") as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is TransportError
    assert error.retries == 2
    assert "cannot connect" in str(error)


@pytest.mark.parametrize("kind", sorted(CALLS))
@pytest.mark.parametrize("fault", [reset_mid_body, short_body], ids=["reset", "short-body"])
async def test_connection_lost_mid_body(faults: ServeFaults, kind: str, fault: Action) -> None:
    server, url = await faults(always(fault))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is TransportError
    sent = server.count(http_method(kind))
    assert sent == (3 if IDEMPOTENT[kind] else 1)  # a POST that may have arrived is not resent
    assert error.retries == sent - 1


async def test_reset_then_success_for_get(faults: ServeFaults) -> None:
    server, url = await faults(lambda n, _m, _p: reset_mid_body if n == 0 else reply(200, []))
    async with client(url) as chaster:
        result = await outcome(chaster.locks.find_all(), 3)

    assert result == []
    assert server.count("GET") == 2


# -- bodies that are not what the spec promises -----------------------------------------------


@pytest.mark.parametrize(
    ("kind", "action"),
    [
        ("GET", reply(200, b'[{"_id": "lock-1", "status": "loc')),  # truncated JSON, complete HTTP
        ("POST", reply(201, b'{"results": [{"_id": ')),
        ("GET", reply(200, b"OK", content_type="text/plain")),
        ("POST", reply(201, b"Created", content_type="text/plain; charset=utf-8")),
        ("GET", reply(200, b"")),  # empty where a list is expected
        ("POST", reply(201, b"   \r\n")),
        ("GET", reply(200, b"\xff\xfe\x00garbage", content_type=None)),
        ("GET", reply(200, b"[" * 100_000 + b"]" * 100_000)),  # nesting deeper than any parser
        ("GET", reply(200, b"1" * 10_000)),  # an integer too long for Python to read
    ],
    ids=[
        "trunc-get",
        "trunc-post",
        "plain-get",
        "plain-post",
        "empty-get",
        "blank-post",
        "binary",
        "deep",
        "digits",
    ],
)
async def test_undecodable_2xx_is_a_decode_error(faults: ServeFaults, kind: str, action: Action) -> None:
    server, url = await faults(always(action))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is ResponseDecodeError
    assert server.count() == 1  # a decode error is never retried
    assert len(error.body_excerpt) <= 203


async def test_empty_answer_where_no_body_is_expected_is_none(faults: ServeFaults) -> None:
    server, url = await faults(always(reply(201, b"", content_type=None)))
    async with client(url) as chaster:
        assert await outcome(CALLS["POST-nobody"](chaster), 3) is None
    assert server.count("POST") == 1


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_html_502(faults: ServeFaults, kind: str) -> None:
    server, url = await faults(always(reply(502, HTML_502, content_type="text/html")))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is ServerError
    assert error.status == 502
    assert "non-JSON answer" in error.message
    assert server.count(http_method(kind)) == (3 if IDEMPOTENT[kind] else 1)


async def test_502_then_success_for_get(faults: ServeFaults) -> None:
    server, url = await faults(
        lambda n, _m, _p: reply(502, HTML_502, content_type="text/html") if n < 2 else reply(200, [])
    )
    async with client(url) as chaster:
        assert await outcome(chaster.locks.find_all(), 3) == []
    assert server.count("GET") == 3


async def test_ten_megabyte_body(faults: ServeFaults) -> None:
    """A 10 MB answer is read and decoded (valid JSON) or rejected with a short excerpt (junk)."""
    big_json = b"[" + b" " * (10 * 1024 * 1024) + b"]"
    big_junk = b"x" * (10 * 1024 * 1024)
    server, url = await faults(lambda n, _m, _p: reply(200, big_json if n == 0 else big_junk))
    async with client(url) as chaster:
        assert await outcome(chaster.locks.find_all(), 4) == []
        error = await outcome(chaster.locks.find_all(), 4)

    assert type(error) is ResponseDecodeError
    assert len(str(error)) < 1000
    assert server.count() == 2


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_body_that_never_ends_times_out(faults: ServeFaults, kind: str) -> None:
    server, url = await faults(always(never_ending))
    async with client(url, timeout=0.3) as chaster:
        started = asyncio.get_running_loop().time()
        error = await outcome(CALLS[kind](chaster), 3)
        elapsed = asyncio.get_running_loop().time() - started

    assert type(error) is TimeoutError
    assert isinstance(error, builtins.TimeoutError)
    sent = server.count(http_method(kind))
    assert sent == (3 if IDEMPOTENT[kind] else 1)
    assert elapsed < sent * 0.3 + 1.0


async def test_per_call_timeout_bounds_a_never_ending_body(faults: ServeFaults) -> None:
    server, url = await faults(always(never_ending))
    async with client(url, timeout=30, retry=fast_retry(0)) as chaster:
        error = await outcome(chaster.locks.find_all(timeout=0.2), 2)
    assert type(error) is TimeoutError
    assert server.count() == 1


# -- 429 storms --------------------------------------------------------------------------------

TOO_MANY = {"statusCode": 429, "message": "ThrottlerException: Too Many Requests"}


@pytest.mark.parametrize("kind", sorted(CALLS))
@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "0"},
        {"Retry-After": "0.05"},
        {},
        {"Retry-After": "soon"},
        {"X-RateLimit-Reset": "not-a-number"},
        {"X-RateLimit-Reset": "NaN", "Retry-After": "inf"},
        {"X-RateLimit-Reset": "-100"},
        {"X-RateLimit-Reset": "1e400"},
    ],
    ids=["ra-0", "ra-0.05", "none", "ra-junk", "reset-junk", "reset-nan", "reset-negative", "reset-huge"],
)
async def test_429_storm(faults: ServeFaults, kind: str, headers: dict[str, str]) -> None:
    """429 means the server refused the request, so every method is resent, up to max_retries."""
    server, url = await faults(always(reply(429, TOO_MANY, headers=headers)))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is RateLimitError
    assert server.count() == 3
    assert error.retry_after is None or 0 <= error.retry_after < 1


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_429_asking_too_long_fails_at_once(faults: ServeFaults, kind: str) -> None:
    server, url = await faults(always(reply(429, TOO_MANY, headers={"Retry-After": "3600"})))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 2)

    assert type(error) is RateLimitError
    assert error.retry_after == 3600
    assert server.count() == 1


async def test_429_storm_then_success(faults: ServeFaults) -> None:
    server, url = await faults(
        lambda n, _m, _p: (
            reply(429, TOO_MANY) if n < 2 else reply(201, {"results": [], "count": 0, "hasMore": False})
        )
    )
    async with client(url) as chaster:
        result = await outcome(CALLS["POST"](chaster), 3)
    assert not isinstance(result, ChasterError)
    assert server.count("POST") == 3


@pytest.mark.parametrize(
    "reset",
    ["garbage", "", "NaN", "inf", "-inf", "1e400", "-5", "99999999999999", "0x10", "١٢"],
)
@pytest.mark.parametrize("remaining", ["0", "junk", "-3"])
async def test_invalid_rate_limit_reset_on_success(faults: ServeFaults, reset: str, remaining: str) -> None:
    """The client-side limiter reads every answer's headers; bad values never break a call."""
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": remaining, "X-RateLimit-Reset": reset}
    server, url = await faults(always(reply(200, [], headers=headers)))
    waits: list[float] = []
    now = [1000.0]

    async def fake_sleep(seconds: float) -> None:  # time passes at once
        waits.append(seconds)
        now[0] += seconds
        await asyncio.sleep(0)

    limiter = RateLimiter(sleep=fake_sleep, clock=lambda: now[0], max_wait=120)
    async with client(url, rate_limit=limiter) as chaster:
        for _ in range(3):
            result = await outcome(chaster.locks.find_all(), 2)
            assert result == [] or type(result) is RateLimitError
            if isinstance(result, RateLimitError):
                assert result.retry_after is not None and result.retry_after > 120

    assert all(0 <= w <= 120 for w in waits)
    assert server.count() >= 1


# -- 401 and refresh ---------------------------------------------------------------------------


def oauth_token(access: str = "acc-0") -> OAuthToken:
    return OAuthToken(
        access, "ref-0", dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5), {"locks", "keyholder"}
    )


def token_answer(n: int) -> Action:
    return reply(200, {"access_token": f"acc-{n + 1}", "refresh_token": f"ref-{n + 1}", "expires_in": 300})


@pytest.mark.parametrize("kind", sorted(CALLS))
async def test_401_after_refresh_is_unauthorized(faults: ServeFaults, kind: str) -> None:
    """401, one refresh, one resend (a 401 was not applied), 401 again: UnauthorizedError."""
    unauthorized = reply(401, {"statusCode": 401, "message": "Unauthorized"})
    server, url = await faults(lambda n, _m, p: token_answer(n) if p == "/token" else unauthorized)
    oauth = ChasterOAuth("app", "client-secret", "https://bot/cb", token_url=f"{url}/token")
    refreshed: list[OAuthToken] = []
    async with Chaster(
        token=oauth_token(),
        oauth=oauth,
        on_token_refresh=refreshed.append,
        base_url=url,
        rate_limit=False,
        retry=fast_retry(),
    ) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is UnauthorizedError
    assert server.count(prefix="/token") == 1
    assert server.count(http_method(kind), API_PATH[kind]) == 2
    assert [t.access_token for t in refreshed] == ["acc-1"]
    api = [h for m, p, h in server.requests if p != "/token"]
    assert [h["authorization"] for h in api] == ["Bearer acc-0", "Bearer acc-1"]


@pytest.mark.parametrize(
    "token_fault",
    [
        reply(400, {"error": "invalid_grant", "error_description": "Token is not active"}),
        reply(401, {"error": "unauthorized_client"}),
        reply(500, HTML_502, content_type="text/html"),
        reply(200, b"not json", content_type="text/plain"),
        reply(200, {"no": "access token"}),
        reset_mid_body,
        never_ending,
    ],
    ids=["400", "401", "500", "200-junk", "200-no-token", "reset", "hang"],
)
async def test_refresh_failure_after_401_is_auth_error(faults: ServeFaults, token_fault: Action) -> None:
    unauthorized = reply(401, {"statusCode": 401, "message": "Unauthorized"})
    server, url = await faults(lambda _n, _m, p: token_fault if p == "/token" else unauthorized)
    oauth = ChasterOAuth("app", "client-secret", "https://bot/cb", token_url=f"{url}/token", timeout=0.3)
    async with Chaster(
        token=oauth_token(), oauth=oauth, base_url=url, rate_limit=False, retry=fast_retry()
    ) as chaster:
        error = await outcome(CALLS["POST"](chaster), 3)

    assert type(error) is AuthError
    assert server.count(prefix="/token") == 1
    assert server.count("POST", API_PATH["POST"]) == 1


# -- malformed HTTP ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["GET", "POST"])
@pytest.mark.parametrize(
    "raw",
    [
        b"HTTP/1.1 abc Nope\r\nContent-Length: 0\r\n\r\n",
        b"SMTP ready\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n[]",
        b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\nContent-Length: 2\r\n\r\n[]",
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\n\r\nnot-gzip",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n[]\r\n0\r\n\r\n",
        b"",  # the server closes without a word
    ],
    ids=["bad-status", "not-http", "bad-length", "huge-header", "bad-gzip", "bad-chunk", "silent-close"],
)
async def test_malformed_http_is_a_transport_error(faults: ServeFaults, kind: str, raw: bytes) -> None:
    server, url = await faults(always(send(raw)))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is TransportError
    # aiohttp's own silent re-send of an idempotent request counts as one of the max_retries.
    assert server.count(kind) == (3 if IDEMPOTENT[kind] else 1)
    assert error.retries == server.count(kind) - 1


async def test_redirect_loop_ends(faults: ServeFaults) -> None:
    server, url = await faults(always(reply(302, b"", headers={"Location": "/locks"})))
    async with client(url) as chaster:
        error = await outcome(chaster.locks.find_all(), 3)
    assert type(error) is APIError
    assert error.status == 302
    assert server.count() == 1


@pytest.mark.parametrize("kind", sorted(CALLS))
@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_redirects_are_not_followed(faults: ServeFaults, kind: str, status: int) -> None:
    """The API never redirects. Following one would turn a POST into a GET elsewhere (301-303) and
    report success, or replay its body to another origin (307/308): a 3xx is an APIError."""
    other, other_url = await faults(always(reply(201, {"results": [], "count": 0, "hasMore": False})))
    server, url = await faults(always(reply(status, b"", headers={"Location": f"{other_url}/elsewhere"})))
    async with client(url) as chaster:
        error = await outcome(CALLS[kind](chaster), 3)

    assert type(error) is APIError
    assert error.status == status
    assert other.requests == []
    assert server.count() == 1
