"""Webhook receiver fuzzing beyond tests/test_webhooks.py.

- ``parse_webhook`` on schema-driven deliveries (``WebhookEventForPublic`` and each event schema,
  valid and off-spec, bare or wrapped): a ``WebhookEvent`` or ``WebhookParseError``, nothing else;
- Basic auth: random headers never raise and only the exact credentials pass, including
  non-ASCII credentials;
- raw HTTP over a socket (malformed request lines, headers, lengths, chunking, encodings) never
  gets a 5xx nor crashes a handler, and the router still serves a good delivery afterwards;
- dedupe: whatever the order and repetition of request ids, each is dispatched exactly once.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaster_async.errors import ChasterError
from chaster_async.webhooks import KNOWN_EVENTS, WebhookEvent, WebhookParseError, WebhookRouter, parse_webhook
from tests import strategies as S
from tests.conftest import needs_schemas

pytestmark = pytest.mark.timeout(30)

USER = "hook-üser"
PASSWORD = "pä:ss wörd"


def basic(user: str | bytes, password: str | bytes) -> str:
    raw = (user if isinstance(user, bytes) else user.encode()) + b":"
    raw += password if isinstance(password, bytes) else password.encode()
    return "Basic " + base64.b64encode(raw).decode("ascii")


GOOD = basic(USER, PASSWORD)

# -- parse_webhook on schema-driven payloads -------------------------------------------------

# (an older document, 0.12.54 or 0.11.2, describes no webhook events: these are then none)
EVENT_SCHEMAS = [
    *(
        name
        for name in ("WebhookEventForPublic", "ActionLogCreated")
        if name in S.spec()["components"]["schemas"]
    ),
    *sorted(
        name
        for name in S.spec()["components"]["schemas"]
        if name.startswith("ExtensionSession")
        and name.count("Data") == 0
        and name.endswith(("Created", "Updated", "Deleted"))
    ),
]


def _delivery(name: str) -> st.SearchStrategy[Any]:
    schema = {"$ref": f"#/components/schemas/{name}"}
    return st.one_of(S.valid(schema), S.off_spec(schema))


deliveries = st.one_of([_delivery(name) for name in EVENT_SCHEMAS]).flatmap(
    lambda value: st.sampled_from([value, {"payload": value}])
)


@needs_schemas("WebhookEventForPublic", "ActionLogCreated")
def test_event_schemas_found() -> None:
    assert len(EVENT_SCHEMAS) == 5


@needs_schemas("WebhookEventForPublic")
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(delivery=deliveries, as_bytes=st.booleans())
def test_parse_schema_driven_deliveries(delivery: Any, as_bytes: bool) -> None:
    body: Any = json.dumps(delivery, allow_nan=True).encode() if as_bytes else delivery
    try:
        event = parse_webhook(body)
    except WebhookParseError as exc:
        assert isinstance(exc, ChasterError)
        return
    assert isinstance(event, WebhookEvent)
    assert event.event and event.request_id
    repr(event)
    if event.known and hasattr(event.data, "deviations"):
        event.data.deviations()


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=300) | st.text(max_size=300))
def test_parse_random_bytes_and_text(body: bytes | str) -> None:
    try:
        parse_webhook(body)
    except WebhookParseError:
        pass


# -- Basic auth ------------------------------------------------------------------------------

header_values = st.one_of(
    st.none(),
    st.text(max_size=80),
    st.binary(max_size=60).map(lambda b: "Basic " + base64.b64encode(b).decode()),
    st.tuples(st.text(max_size=10), st.text(max_size=10)).map(lambda up: basic(*up)),
    st.sampled_from(
        [
            GOOD,
            GOOD.lower(),
            GOOD + "=",
            GOOD + " ",
            " " + GOOD,
            "BASIC " + GOOD[6:],
            basic(USER.encode("latin-1"), PASSWORD.encode("latin-1")),  # wrong encoding
            basic(USER, PASSWORD + "\x00"),
            basic(USER + ":", PASSWORD),
            "Basic " + GOOD[6:].rstrip("="),
        ]
    ),
)


@settings(max_examples=500, deadline=None)
@given(header=header_values)
def test_check_auth_only_accepts_the_exact_credentials(header: str | None) -> None:
    router = WebhookRouter(USER, PASSWORD)

    accepted = router._check_auth(header)

    if accepted:
        assert header is not None
        scheme, _, encoded = header.strip().partition(" ")
        assert scheme.lower() == "basic"
        assert base64.b64decode(encoded.strip()) == f"{USER}:{PASSWORD}".encode()


def test_check_auth_known_cases() -> None:
    router = WebhookRouter(USER, PASSWORD)
    assert router._check_auth(GOOD)
    assert router._check_auth("basic " + GOOD[6:])
    assert not router._check_auth(basic(USER.encode("latin-1"), PASSWORD.encode("latin-1")))
    assert not router._check_auth(basic(USER, PASSWORD + "\x00"))
    assert not router._check_auth("Basic " + GOOD[6:].rstrip("="))
    assert not router._check_auth(basic(USER + ":", PASSWORD))


# -- raw HTTP against a live router ------------------------------------------------------------


class LiveRouter:
    """The router served from a background thread; counts what handlers saw."""

    def __init__(self) -> None:
        self.router = WebhookRouter(
            USER, PASSWORD, dedupe_size=1000, handler_timeout=0.5, read_timeout=0.3, max_body_size=4096
        )
        self.seen: list[WebhookEvent] = []
        self.router.on_any(self._record)
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    async def _record(self, event: WebhookEvent) -> None:
        assert isinstance(event, WebhookEvent)
        self.seen.append(event)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self._ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.router.app("/hook"), handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    def start(self) -> None:
        self._thread.start()
        assert self._ready.wait(5)

    async def _shutdown(self) -> None:
        assert self._runner is not None
        await self._runner.cleanup()
        others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in others:
            task.cancel()
        await asyncio.gather(*others, return_exceptions=True)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._shutdown(), self.loop).result(5)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
        self.loop.close()

    def exchange(self, raw: bytes, *, timeout: float = 2.0) -> int | None:
        """Send raw bytes; the status of the answer, or None when the server just closed."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=timeout) as sock:
            try:
                sock.sendall(raw)
            except OSError:
                pass
            data = b""
            try:
                while not _final_status(data):
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
            except (ConnectionResetError, TimeoutError):
                pass
        return _final_status(data)


def _final_status(data: bytes) -> int | None:
    """The status of the first non-1xx answer in ``data`` (None if none arrived yet)."""
    while data.startswith(b"HTTP/1.") and b"\r\n" in data:
        line = data.partition(b"\r\n")[0]
        status = int(line.split()[1])
        if status >= 200:
            return status
        if b"\r\n\r\n" not in data:
            return None
        data = data.partition(b"\r\n\r\n")[2]
    return None


class ErrorLogs(logging.Handler):
    """ERROR records of aiohttp's server (an unhandled exception: a 500) since the last ``take``."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[str]:
        """Unhandled exceptions only. aiohttp also logs at ERROR, outside any handler: the 400 it
        answers to a request its parser rejects (``BadHttpMessage``), and a body it cannot decode
        while draining what a handler left unread (the router answers 401/413 without reading)."""
        benign = (HttpProcessingError, web.RequestPayloadError)
        taken = [
            r.getMessage() + repr(r.exc_info[1] if r.exc_info else None)
            for r in self.records
            if r.name != "chaster_async.webhooks" and not (r.exc_info and isinstance(r.exc_info[1], benign))
        ]
        self.records.clear()
        return taken


@pytest.fixture(scope="module")
def live() -> Iterator[tuple[LiveRouter, ErrorLogs]]:
    errors = ErrorLogs()
    watched = [
        logging.getLogger(name) for name in ("aiohttp.server", "aiohttp.web", "chaster_async.webhooks")
    ]
    for logger in watched:
        logger.addHandler(errors)
    server = LiveRouter()
    server.start()
    yield server, errors
    server.stop()
    for logger in watched:
        logger.removeHandler(errors)


def request(
    body: bytes,
    *,
    method: bytes = b"POST",
    path: bytes = b"/hook",
    headers: list[bytes] | None = None,
    length: bytes | None = None,
) -> bytes:
    lines = [method + b" " + path + b" HTTP/1.1", b"Host: 127.0.0.1", b"Connection: close"]
    lines.extend(headers or [])
    if length is not None:
        lines.append(b"Content-Length: " + length)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def good_delivery(request_id: str, event: str = "action_log.created") -> bytes:
    return json.dumps({"event": event, "requestId": request_id, "data": {}}).encode()


header_bytes = st.binary(max_size=40).filter(lambda b: b"\r" not in b and b"\n" not in b)
raw_headers = st.lists(
    st.one_of(
        st.tuples(
            st.sampled_from(
                [
                    b"Content-Type",
                    b"Content-Encoding",
                    b"Transfer-Encoding",
                    b"Authorization",
                    b"Expect",
                    b"X-A",
                ]
            ),
            st.one_of(
                header_bytes,
                st.sampled_from([b"gzip", b"deflate", b"br", b"chunked", b"identity", b"100-continue"]),
                st.just(GOOD.encode()),
            ),
        ).map(lambda kv: kv[0] + b": " + kv[1]),
        header_bytes,  # not even a header
    ),
    max_size=4,
)
raw_bodies = st.one_of(
    st.binary(max_size=200),
    st.builds(good_delivery, st.text(min_size=1, max_size=8)),
    st.just(b'5\r\n{"a":\r\nzz\r\n'),  # broken chunking
    st.just(b"x" * 5000),  # over max_body_size
)
lengths = st.one_of(
    st.none(), st.sampled_from([b"0", b"-1", b"abc", b"99999999999999999999", b"10", b"5000"])
)
methods = st.sampled_from([b"POST", b"POST", b"GET", b"PUT", b"P\x00ST", b"DELETE"])
paths = st.sampled_from([b"/hook", b"/hook", b"/hook?x=1", b"/Hook", b"*", b"/hook/../hook"])


ROUTED = {b"/hook", b"/hook?x=1"}


@pytest.mark.parametrize("expect", [b"\xae", b"100-continue", b"100-Continue", b"something", b"\xff\xfe"])
@pytest.mark.parametrize("auth", [True, False])
def test_expect_header_never_500(live: tuple[LiveRouter, ErrorLogs], expect: bytes, auth: bool) -> None:
    """aiohttp's default Expect handler crashes (500) on a non-UTF-8 value; the router's does not."""
    server, errors = live
    errors.take()
    body = good_delivery(f"expect-{expect.hex()}-{auth}")
    headers = [b"Expect: " + expect] + ([b"Authorization: " + GOOD.encode()] if auth else [])

    status = server.exchange(request(body, headers=headers, length=b"%d" % len(body)))

    if expect.lower() == b"100-continue":
        assert status == (200 if auth else 401)
    else:
        assert status == 417
    assert not errors.take()


@pytest.mark.parametrize("method", [b"GET", b"PUT", b"DELETE", b"PATCH", b"HEAD"])
@pytest.mark.parametrize("expect", [b"\x80", b"100-continue"])
def test_other_methods_with_an_expect_header_get_405(
    live: tuple[LiveRouter, ErrorLogs], method: bytes, expect: bytes
) -> None:
    """The case hypothesis found: aiohttp's own 405 route echoed a non-UTF-8 Expect value and
    answered 500. The router's path answers every method itself, without inviting the body."""
    server, errors = live
    errors.take()
    body = b'5\r\n{"a":\r\nzz\r\n'
    headers = [b"Expect: " + expect, b"Authorization: " + GOOD.encode()]

    status = server.exchange(request(body, method=method, headers=headers, length=b"%d" % len(body)))

    assert status == 405
    assert not errors.take()


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=raw_bodies, headers=raw_headers, length=lengths, method=methods, path=paths, auth=st.booleans())
def test_raw_requests_never_5xx(
    live: tuple[LiveRouter, ErrorLogs],
    body: bytes,
    headers: list[bytes],
    length: bytes | None,
    method: bytes,
    path: bytes,
    auth: bool,
) -> None:
    server, errors = live
    errors.take()
    if path not in ROUTED:
        # aiohttp's own 404 route answers a non-UTF-8 Expect header with a 500: not the router's.
        headers = [h for h in headers if not h.lower().startswith(b"expect")]
    all_headers = [b"Authorization: " + GOOD.encode(), *headers] if auth else headers
    if length is None and not any(h.lower().startswith(b"transfer-encoding") for h in headers):
        length = str(len(body)).encode()

    status = server.exchange(request(body, method=method, path=path, headers=all_headers, length=length))

    assert status is None or status < 500, status
    assert status in {None, 200, 400, 401, 404, 405, 408, 411, 413, 417, 431, 501}, status
    assert not errors.take()


def test_router_still_serves_after_fuzzing(live: tuple[LiveRouter, ErrorLogs]) -> None:
    server, errors = live
    errors.take()
    body = good_delivery("after-fuzzing-1")

    status = server.exchange(
        request(body, headers=[b"Authorization: " + GOOD.encode()], length=b"%d" % len(body))
    )

    assert status == 200
    deadline = asyncio.run_coroutine_threadsafe(asyncio.sleep(0.05), server.loop)
    deadline.result(2)
    assert any(event.request_id == "after-fuzzing-1" for event in server.seen)
    assert all(isinstance(event, WebhookEvent) for event in server.seen)
    assert not errors.take()


# -- dedupe ------------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(ids=st.lists(st.sampled_from([f"r{i}" for i in range(12)]), min_size=1, max_size=40))
def test_each_request_id_dispatched_once(ids: list[str]) -> None:
    async def scenario() -> list[str]:
        router = WebhookRouter(dedupe_size=100, run_in_background=False)
        dispatched: list[str] = []

        @router.on_any
        async def record(event: WebhookEvent) -> None:
            dispatched.append(event.request_id)

        from aiohttp.test_utils import TestClient, TestServer

        async with TestClient(TestServer(router.app(), host="127.0.0.1")) as client:
            answers = await asyncio.gather(*(client.post("/webhooks", data=good_delivery(i)) for i in ids))
            statuses = [(i, answer.status) for i, answer in zip(ids, answers, strict=True)]
        # Inline mode: a repeat that arrives while the first attempt is still being handled gets
        # 409 (Chaster retries later); every id gets at least one 200 (its first attempt's).
        assert all(status in {200, 409} for _, status in statuses), statuses
        assert all(ids.count(i) > 1 for i, status in statuses if status == 409), statuses
        assert {i for i, status in statuses if status == 200} == set(ids)
        return dispatched

    dispatched = asyncio.run(scenario())

    assert sorted(dispatched) == sorted(set(ids))


def test_known_events_listed() -> None:
    assert KNOWN_EVENTS == {
        "action_log.created",
        "extension_session.created",
        "extension_session.updated",
        "extension_session.deleted",
    }
