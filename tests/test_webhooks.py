"""Tests for chaster_async.webhooks against a real aiohttp server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import gc
import http.client
import importlib
import json
import logging
import sys
import threading
import tracemalloc
import types
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chaster_async.errors import ChasterError, ChasterUsageError
from chaster_async.webhooks import (
    KNOWN_EVENTS,
    WebhookEvent,
    WebhookParseError,
    WebhookRouter,
    data_model_for,
    parse_webhook,
)
from tests.conftest import missing_schemas

pytestmark = pytest.mark.timeout(5)

USER = "chaster-hook"
PASSWORD = "s3cret-pässword:with:colons"


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


GOOD_AUTH = {"Authorization": basic(USER, PASSWORD)}

LOCK = {"_id": "lock1", "title": "My lock", "status": "locked", "extensions": []}
SESSION = {
    "sessionId": "sess-1",
    "slug": "my-ext",
    "config": {"difficulty": 3},
    "_id": "ext1",
    "displayName": "My extension",
    "mode": "unlimited",
    "lock": LOCK,
}

SAMPLES: dict[str, dict[str, Any]] = {
    "action_log.created": {
        "sessionId": "sess-1",
        "actionLog": {
            "_id": "log1",
            "type": "time_changed",
            "payload": {"duration": 3600},
            "lock": "lock1",
            "role": "extension",
            "title": "Time added",
            "description": "1 hour added",
            "color": None,
            "createdAt": "2024-05-01T12:00:00.000Z",
            "icon": "clock",
            "prefix": "",
        },
    },
    "extension_session.created": {"session": SESSION, "extension": {"slug": "my-ext"}},
    "extension_session.updated": {"session": SESSION, "extension": {"slug": "my-ext"}},
    "extension_session.deleted": {
        "session": {"sessionId": "sess-1", "lock": LOCK},
        "extension": {"slug": "my-ext"},
    },
}

DATA_MODEL_NAMES = {
    "action_log.created": "ActionLogCreatedData",
    "extension_session.created": "ExtensionSessionCreatedData",
    "extension_session.updated": "ExtensionSessionUpdatedData",
    "extension_session.deleted": "ExtensionSessionDeletedData",
}


def delivery(event: str = "action_log.created", request_id: str = "req-1", **extra: Any) -> dict[str, Any]:
    body = {
        "event": event,
        "requestId": request_id,
        "data": SAMPLES.get(event, {"anything": [1, 2, 3]}),
        "sentAt": "2024-05-01T12:00:01.000Z",
    }
    body.update(extra)
    return body


# The component schema each event is described by; its ``data`` is the typed model above.
EVENT_SCHEMAS = {
    "action_log.created": "ActionLogCreated",
    "extension_session.created": "ExtensionSessionCreated",
    "extension_session.updated": "ExtensionSessionUpdated",
    "extension_session.deleted": "ExtensionSessionDeleted",
}


def models_available(event_name: str) -> bool:
    """Whether the generated models (and, in them, this event's data model) are there: an older
    document (0.12.54) describes no webhook events, and their data then stays a dict."""
    try:
        importlib.import_module("chaster_async.models")
    except Exception:
        return False
    return not missing_schemas(EVENT_SCHEMAS[event_name])


def session_id_of(event: WebhookEvent) -> str:
    """The session id from an event's data, whether typed (generated model) or a dict."""
    data = event.data
    if event.event == "action_log.created":
        return data["sessionId"] if isinstance(data, dict) else data.session_id
    session = data["session"] if isinstance(data, dict) else data.session
    return session["sessionId"] if isinstance(session, dict) else session.session_id


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Awaitable[TestClient]]]:
    clients: list[TestClient] = []

    async def start(router: WebhookRouter, path: str = "/webhooks") -> TestClient:
        client = TestClient(TestServer(router.app(path), host="127.0.0.1"))
        await client.start_server()
        clients.append(client)
        return client

    yield start
    for client in clients:
        await client.close()


class Recorder:
    """A handler that records events and signals each arrival."""

    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self.arrived = asyncio.Event()

    async def __call__(self, event: WebhookEvent) -> None:
        self.events.append(event)
        self.arrived.set()

    async def wait(self, count: int = 1) -> None:
        async with asyncio.timeout(2):
            while len(self.events) < count:
                self.arrived.clear()
                await self.arrived.wait()


# -- parse_webhook ----------------------------------------------------------------------------


@pytest.mark.parametrize("event_name", sorted(KNOWN_EVENTS))
@pytest.mark.parametrize("wrapped", [False, True])
def test_parse_known_events(event_name: str, wrapped: bool) -> None:
    body = delivery(event_name, "abc")
    if wrapped:
        body = {"payload": body}

    event = parse_webhook(json.dumps(body).encode())

    assert event.event == event_name
    assert event.request_id == "abc"
    assert event.known is True
    assert event.wrapped is wrapped
    assert event.sent_at == dt.datetime(2024, 5, 1, 12, 0, 1, tzinfo=dt.UTC)
    assert event.sent_at.tzinfo is not None
    assert event.raw["event"] == event_name
    assert session_id_of(event) == "sess-1"
    if models_available(event_name):
        assert type(event.data).__name__ == DATA_MODEL_NAMES[event_name]
    else:  # generated models not there: data stays a dict
        assert event.data == SAMPLES[event_name]


def test_parse_accepts_str_bytes_and_mapping() -> None:
    body = delivery()
    for form in (body, json.dumps(body), json.dumps(body).encode(), bytearray(json.dumps(body).encode())):
        assert parse_webhook(form).request_id == "req-1"


def test_parse_unknown_event_is_generic() -> None:
    event = parse_webhook(delivery("lock.exploded", "r9", data={"x": 1}))

    assert event.known is False
    assert event.event == "lock.exploded"
    assert event.data == {"x": 1}


def test_parse_tolerates_missing_data_and_bad_sent_at() -> None:
    body = {"event": "action_log.created", "requestId": "r1", "sentAt": "yesterday"}

    event = parse_webhook(body)

    assert event.sent_at is None
    assert event.known is True


def test_parse_naive_sent_at_is_utc() -> None:
    event = parse_webhook(delivery(sentAt="2024-05-01T12:00:00"))

    assert event.sent_at == dt.datetime(2024, 5, 1, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"{not json", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not valid JSON"),
        (b"[1, 2]", "array"),
        (b'"hello"', "string"),
        (b"null", "null"),
        (b"{}", "event"),
        (b'{"event": "action_log.created"}', "requestId"),
        (b'{"event": 5, "requestId": "r"}', "event"),
        (b'{"event": "x", "requestId": ""}', "requestId"),
        (b'{"payload": [1]}', "payload"),
        (b'{"payload": {"requestId": "r"}}', "event"),
        (b'{"event": "action_log.created", "requestId": "r", "data": "str"}', "data"),
        (b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ],
)
def test_parse_malformed(body: bytes, reason: str) -> None:
    with pytest.raises(WebhookParseError) as info:
        parse_webhook(body)

    assert reason in info.value.reason
    assert isinstance(info.value, ChasterError)


def test_data_model_mapping_uses_generated_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """The event -> model mapping builds each event's *Data model via from_dict."""
    fake = types.ModuleType("chaster_async.models")
    built: list[str] = []

    def make(name: str) -> type:
        class Model:
            def __init__(self, src: dict[str, Any]) -> None:
                self.src = src

            @classmethod
            def from_dict(cls, src: dict[str, Any]) -> Model:
                built.append(name)
                return cls(src)

        Model.__name__ = name
        return Model

    for name in DATA_MODEL_NAMES.values():
        setattr(fake, name, make(name))
    monkeypatch.setitem(sys.modules, "chaster_async.models", fake)

    for event_name, model_name in DATA_MODEL_NAMES.items():
        event = parse_webhook(delivery(event_name))
        assert type(event.data).__name__ == model_name
        assert event.data.src == SAMPLES[event_name]
    assert data_model_for("nope") is None
    assert built == list(DATA_MODEL_NAMES.values())


def test_data_model_failure_keeps_dict(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("chaster_async.models")

    class Broken:
        @classmethod
        def from_dict(cls, src: Any) -> Any:
            raise KeyError("boom")

    fake.ActionLogCreatedData = Broken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "chaster_async.models", fake)

    event = parse_webhook(delivery())

    assert event.data == SAMPLES["action_log.created"]


def test_parse_no_models_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "chaster_async.models", None)  # import raises ImportError

    event = parse_webhook(delivery("extension_session.created"))

    assert event.data == SAMPLES["extension_session.created"]
    assert event.known


@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=300),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
            lambda children: (
                st.lists(children, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["event", "requestId", "data", "sentAt", "payload", "x"]),
                    children,
                    max_size=5,
                )
            ),
            max_leaves=15,
        ).map(json.dumps),
    )
)
@settings(max_examples=200, deadline=None)
def test_parse_never_raises_anything_else(body: bytes | str) -> None:
    try:
        event = parse_webhook(body)
    except WebhookParseError:
        return
    assert isinstance(event.event, str) and event.event
    assert isinstance(event.request_id, str) and event.request_id


# -- the router over HTTP ---------------------------------------------------------------------


@pytest.mark.parametrize("event_name", sorted(KNOWN_EVENTS))
@pytest.mark.parametrize("wrapped", [False, True])
async def test_good_delivery_dispatched(serve: Any, event_name: str, wrapped: bool) -> None:
    router = WebhookRouter(USER, PASSWORD)
    specific, other, catch_all = Recorder(), Recorder(), Recorder()
    router.on(event_name)(specific)
    router.on("some.other_event")(other)
    router.on_any(catch_all)
    client = await serve(router)
    body = delivery(event_name, "rid-" + event_name)
    if wrapped:
        body = {"payload": body}

    resp = await client.post("/webhooks", json=body, headers=GOOD_AUTH)

    assert resp.status == 200
    assert (await resp.json())["ok"] is True
    await specific.wait()
    await catch_all.wait()
    assert specific.events[0].event == event_name
    assert specific.events[0].request_id == "rid-" + event_name
    assert session_id_of(specific.events[0]) == "sess-1"
    assert catch_all.events[0] is specific.events[0]
    assert other.events == []


async def test_several_handlers_per_event_and_star(serve: Any) -> None:
    router = WebhookRouter()
    first, second, star = Recorder(), Recorder(), Recorder()
    router.on("action_log.created")(first)
    router.on("action_log.created")(second)
    router.on("*")(star)
    client = await serve(router)

    resp = await client.post("/webhooks", json=delivery())

    assert resp.status == 200
    for rec in (first, second, star):
        await rec.wait()
        assert len(rec.events) == 1


async def test_no_credentials_configured_means_no_auth(serve: Any) -> None:
    router = WebhookRouter()
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    resp = await client.post("/webhooks", json=delivery())

    assert resp.status == 200
    await rec.wait()


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": basic(USER, "wrong")},
        {"Authorization": basic("someone", PASSWORD)},
        {"Authorization": basic(USER, PASSWORD + "x")},
        {"Authorization": basic(USER, "")},
        {"Authorization": "Basic " + base64.b64encode(USER.encode()).decode()},  # no colon
        {"Authorization": "Basic !!!not-base64!!!"},
        {"Authorization": "Basic " + base64.b64encode(b"\xff\xfe:\x80").decode()},  # not UTF-8
        {"Authorization": "Basic"},
        {"Authorization": "Bearer " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()},
        {"Authorization": ""},
    ],
    ids=[
        "none",
        "wrong-pw",
        "wrong-user",
        "longer-pw",
        "empty-pw",
        "no-colon",
        "bad-b64",
        "bad-utf8",
        "no-creds",
        "bearer",
        "empty",
    ],
)
async def test_bad_auth_is_401(serve: Any, headers: dict[str, str]) -> None:
    router = WebhookRouter(USER, PASSWORD)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    resp = await client.post("/webhooks", json=delivery(), headers=headers)

    assert resp.status == 401
    assert resp.headers["WWW-Authenticate"].startswith("Basic realm=")
    await asyncio.sleep(0.05)
    assert rec.events == []


async def test_auth_scheme_case_insensitive(serve: Any) -> None:
    client = await serve(WebhookRouter(USER, PASSWORD))
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()

    resp = await client.post("/webhooks", json=delivery(), headers={"Authorization": "basic " + token})

    assert resp.status == 200


async def test_password_only_router(serve: Any) -> None:
    """Only a password configured: the username must be empty."""
    client = await serve(WebhookRouter(password="pw"))

    assert (
        await client.post("/webhooks", json=delivery(), headers={"Authorization": basic("", "pw")})
    ).status == 200
    assert (await client.post("/webhooks", json=delivery("action_log.created", "r2"))).status == 401


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"{not json", "JSON"),
        (b"[1, 2, 3]", "array"),
        (b'{"requestId": "r"}', "event"),
        (b'{"event": "action_log.created"}', "requestId"),
        (b"", "JSON"),
    ],
)
async def test_malformed_body_is_400(serve: Any, data: bytes, reason: str) -> None:
    router = WebhookRouter(USER, PASSWORD)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    resp = await client.post(
        "/webhooks", data=data, headers={**GOOD_AUTH, "Content-Type": "application/json"}
    )

    assert resp.status == 400
    payload = await resp.json()
    assert payload["ok"] is False
    assert reason in payload["message"]
    assert rec.events == []


async def test_auth_checked_before_body(serve: Any) -> None:
    client = await serve(WebhookRouter(USER, PASSWORD))

    resp = await client.post("/webhooks", data=b"{not json")

    assert resp.status == 401


async def test_unknown_event_goes_to_star_only(serve: Any) -> None:
    router = WebhookRouter(USER, PASSWORD)
    star, log = Recorder(), Recorder()
    router.on("*")(star)
    router.on("action_log.created")(log)
    client = await serve(router)

    resp = await client.post(
        "/webhooks", json=delivery("lock.new_thing", "u1", data={"k": "v"}), headers=GOOD_AUTH
    )

    assert resp.status == 200
    await star.wait()
    assert star.events[0].known is False
    assert star.events[0].data == {"k": "v"}
    assert log.events == []


async def test_duplicate_delivery_dispatched_once(serve: Any) -> None:
    router = WebhookRouter(USER, PASSWORD)
    rec = Recorder()
    router.on("action_log.created")(rec)
    client = await serve(router)

    first = await client.post("/webhooks", json=delivery(request_id="same"), headers=GOOD_AUTH)
    second = await client.post("/webhooks", json={"payload": delivery(request_id="same")}, headers=GOOD_AUTH)
    third = await client.post("/webhooks", json=delivery(request_id="other"), headers=GOOD_AUTH)

    assert (first.status, second.status, third.status) == (200, 200, 200)
    assert (await first.json())["duplicate"] is False
    assert (await second.json())["duplicate"] is True
    await rec.wait(2)
    await asyncio.sleep(0.05)
    assert [e.request_id for e in rec.events] == ["same", "other"]


async def test_concurrent_duplicates_dispatched_once(serve: Any) -> None:
    router = WebhookRouter()
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    responses = await asyncio.gather(
        *(client.post("/webhooks", json=delivery(request_id="dup")) for _ in range(10))
    )

    assert all(r.status == 200 for r in responses)
    await rec.wait()
    await asyncio.sleep(0.05)
    assert len(rec.events) == 1


async def test_dedupe_memory_bounded(serve: Any) -> None:
    router = WebhookRouter(dedupe_size=3)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    for i in range(10):
        assert (await client.post("/webhooks", json=delivery(request_id=f"r{i}"))).status == 200
    await rec.wait(10)

    assert len(router._seen) == 3
    assert list(router._seen) == ["r7", "r8", "r9"]
    # r9 is remembered; r0 was evicted and is dispatched again.
    await client.post("/webhooks", json=delivery(request_id="r9"))
    await client.post("/webhooks", json=delivery(request_id="r0"))
    await rec.wait(11)
    await asyncio.sleep(0.05)
    assert [e.request_id for e in rec.events[10:]] == ["r0"]
    assert len(router._seen) == 3


@pytest.mark.parametrize("inline", [False, True])
async def test_dedupe_memory_is_bounded_in_bytes(serve: Any, inline: bool) -> None:
    """150 deliveries with 100 kB request ids held 15 MB (1 MB ids: 144 MB) in the LRU."""
    router = WebhookRouter(max_body_size=200_000, run_in_background=not inline)
    client = await serve(router)
    ids = [f"{i:03d}-" + "x" * 100_000 for i in range(150)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for request_id in ids:
            assert (await client.post("/webhooks", json=delivery(request_id=request_id))).status == 200
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()

    assert held < 2_000_000, f"{held / 1e6:.1f} MB held"
    duplicate = await client.post("/webhooks", json=delivery(request_id=ids[-1]))
    assert (await duplicate.json())["duplicate"] is True  # still remembered, by its digest


def test_dedupe_lru_refreshes_on_hit() -> None:
    router = WebhookRouter(dedupe_size=2)

    assert router._remember("a") and router._remember("b")
    assert not router._remember("a")  # hit moves "a" to the most-recent end
    assert router._remember("c")  # evicts "b", not "a"
    assert list(router._seen) == ["a", "c"]
    assert not router._remember("a")
    assert router._remember("b")


def test_dedupe_disabled() -> None:
    router = WebhookRouter(dedupe_size=0)

    assert router._remember("a") and router._remember("a")
    assert len(router._seen) == 0


async def test_raising_handler_does_not_break_server(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    router = WebhookRouter(USER, PASSWORD)
    rec = Recorder()
    calls = 0

    @router.on("action_log.created")
    async def explode(event: WebhookEvent) -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("handler bug")

    router.on("action_log.created")(rec)
    client = await serve(router)

    with caplog.at_level(logging.INFO, logger="chaster_async.webhooks"):
        first = await client.post("/webhooks", json=delivery(request_id="a"), headers=GOOD_AUTH)
        await rec.wait()
        second = await client.post("/webhooks", json=delivery(request_id="b"), headers=GOOD_AUTH)
        await rec.wait(2)
        await asyncio.sleep(0.05)

    assert (first.status, second.status) == (200, 200)
    assert calls == 2
    failures = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert len(failures) == 2
    assert "explode" in failures[0].getMessage()
    assert "action_log.created" in failures[0].getMessage()
    assert router.pending == 0


@pytest.mark.parametrize("inline", [False, True])
async def test_control_characters_from_the_network_never_reach_a_log_line_raw(
    serve: Any, caplog: pytest.LogCaptureFixture, inline: bool
) -> None:
    """A requestId or event with CR/LF could forge log lines; each log line stays one line."""
    router = WebhookRouter(run_in_background=not inline, handler_timeout=0.5)
    done = asyncio.Event()

    @router.on_any
    async def explode(event: WebhookEvent) -> None:
        done.set()
        raise RuntimeError("handler bug")

    client = await serve(router)
    forged = "r1\r\n2026-01-01 ERROR forged line\x1b[2J"
    event = "custom.event\nforged\u2028"

    with caplog.at_level(logging.DEBUG, logger="chaster_async.webhooks"):
        for _ in range(2):  # the second one is a duplicate (logged too)
            await client.post("/webhooks", json=delivery(event, request_id=forged))
            await asyncio.wait_for(done.wait(), 2)
        await asyncio.sleep(0.05)

    lines = [r.getMessage() for r in caplog.records if r.name == "chaster_async.webhooks"]
    assert any("forged line" in line for line in lines)
    for line in lines:
        assert "\r" not in line and "\n" not in line and "\x1b" not in line and "\u2028" not in line
    for task_name in (t.get_name() for t in asyncio.all_tasks()):
        assert "\n" not in task_name


async def test_sync_handler_supported(serve: Any) -> None:
    router = WebhookRouter()
    seen: list[str] = []
    router.on_any(lambda event: seen.append(event.request_id))
    client = await serve(router)

    await client.post("/webhooks", json=delivery(request_id="sync"))
    async with asyncio.timeout(2):
        while not seen:
            await asyncio.sleep(0.01)

    assert seen == ["sync"]


async def test_slow_handler_response_first_then_timeout(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    router = WebhookRouter(USER, PASSWORD, handler_timeout=1.0)
    started = asyncio.Event()
    cancelled = asyncio.Event()

    @router.on("action_log.created")
    async def slow(event: WebhookEvent) -> None:
        started.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    client = await serve(router)
    loop = asyncio.get_running_loop()

    with caplog.at_level(logging.ERROR, logger="chaster_async.webhooks"):
        t0 = loop.time()
        resp = await client.post("/webhooks", json=delivery(), headers=GOOD_AUTH)
        answered = loop.time() - t0
        await resp.read()
        assert resp.status == 200
        assert answered < 0.9  # well before the handler could have finished (it never does)
        async with asyncio.timeout(2):
            await started.wait()
        assert router.pending == 1  # still running after the answer was received
        async with asyncio.timeout(2):
            await cancelled.wait()
        await asyncio.sleep(0.01)

    assert router.pending == 0
    assert any("timed out" in r.getMessage() for r in caplog.records)


async def test_handler_runs_after_response_committed(serve: Any) -> None:
    """The handler cannot start before the client has the full answer."""
    router = WebhookRouter()
    release = asyncio.Event()
    done = asyncio.Event()

    @router.on_any
    async def waits(event: WebhookEvent) -> None:
        await release.wait()
        done.set()

    client = await serve(router)

    resp = await client.post("/webhooks", json=delivery())
    body = await resp.json()

    assert body["ok"] is True
    assert not done.is_set()
    release.set()
    async with asyncio.timeout(2):
        await done.wait()


async def test_own_timeout_error_in_handler_not_reported_as_router_timeout(
    caplog: pytest.LogCaptureFixture,
) -> None:
    router = WebhookRouter(handler_timeout=5)

    async def inner_timeout(event: WebhookEvent) -> None:
        raise TimeoutError("upstream call timed out")

    with caplog.at_level(logging.ERROR, logger="chaster_async.webhooks"):
        ok = await router._run_handler(inner_timeout, parse_webhook(delivery()))

    assert ok is False
    assert "failed" in caplog.records[0].getMessage()


async def test_close_cancels_running_handlers(serve: Any) -> None:
    router = WebhookRouter(handler_timeout=None)
    cancelled = asyncio.Event()
    started = asyncio.Event()

    @router.on_any
    async def forever(event: WebhookEvent) -> None:
        started.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    client = await serve(router)
    await client.post("/webhooks", json=delivery())
    async with asyncio.timeout(2):
        await started.wait()

    await router.close(grace=0.05)

    assert cancelled.is_set()
    assert router.pending == 0
    resp = await client.post("/webhooks", json=delivery(request_id="late"))
    assert resp.status == 503


async def test_close_waits_for_quick_handlers() -> None:
    router = WebhookRouter()
    finished = asyncio.Event()

    @router.on_any
    async def quick(event: WebhookEvent) -> None:
        await asyncio.sleep(0.05)
        finished.set()

    router._spawn(quick, parse_webhook(delivery()))
    await router.close(grace=2)

    assert finished.is_set()


async def test_app_cleanup_closes_router() -> None:
    router = WebhookRouter(handler_timeout=None, shutdown_grace=0.05)
    cancelled = asyncio.Event()
    started = asyncio.Event()

    @router.on_any
    async def forever(event: WebhookEvent) -> None:
        started.set()
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    client = TestClient(TestServer(router.app("/hook"), host="127.0.0.1"))
    await client.start_server()
    try:
        assert (await client.post("/hook", json=delivery())).status == 200
        async with asyncio.timeout(2):
            await started.wait()
    finally:
        await client.close()

    assert cancelled.is_set()
    assert router.pending == 0


async def test_body_arriving_after_close_is_503_and_not_dispatched(serve: Any) -> None:
    """Headers before close(), body after: no handler may start once close() has returned."""
    router = WebhookRouter(shutdown_grace=0.1)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)
    body = json.dumps(delivery(request_id="late-body")).encode()
    reader, writer = await asyncio.open_connection("127.0.0.1", client.port)
    try:
        writer.write(
            b"POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: %d\r\n\r\n" % len(body)
        )
        await writer.drain()
        await asyncio.sleep(0.05)  # the request handler is now waiting for the body
        await router.close()
        writer.write(body)
        await writer.drain()
        async with asyncio.timeout(2):
            status_line = await reader.readline()
    finally:
        writer.close()
    await asyncio.sleep(0.05)

    assert b" 503 " in status_line
    assert rec.events == []
    assert router.pending == 0
    assert "late-body" not in router._seen  # Chaster's retry (after a restart) is dispatched


async def test_close_while_the_answer_is_written_waits_for_the_handler() -> None:
    router = WebhookRouter()
    finished: list[str] = []

    @router.on_any
    async def quick(event: WebhookEvent) -> None:
        await asyncio.sleep(0.05)
        finished.append(event.request_id)

    closing: list[asyncio.Task[None]] = []

    async def close_now(request: web.Request, response: web.StreamResponse) -> None:
        closing.append(asyncio.create_task(router.close(grace=2)))
        await asyncio.sleep(0)  # let close() look for running handlers now

    app = router.app()
    app.on_response_prepare.append(close_now)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        assert (await client.post("/webhooks", json=delivery(request_id="mid"))).status == 200
        async with asyncio.timeout(2):
            while not closing:
                await asyncio.sleep(0.01)
            await closing[0]
        assert finished == ["mid"]  # close() returned only after the handler had run
    finally:
        await client.close()


async def test_close_waits_for_inline_handlers(serve: Any) -> None:
    router = WebhookRouter(run_in_background=False, handler_timeout=None)
    started = asyncio.Event()
    finished: list[str] = []

    @router.on_any
    async def slow(event: WebhookEvent) -> None:
        started.set()
        await asyncio.sleep(0.2)
        finished.append(event.request_id)

    client = await serve(router)
    posting = asyncio.create_task(client.post("/webhooks", json=delivery(request_id="inline")))
    async with asyncio.timeout(2):
        await started.wait()
    await router.close(grace=2)

    assert finished == ["inline"]
    assert (await posting).status == 200


async def test_inline_handler_cancelled_by_close_is_503_and_forgotten(serve: Any) -> None:
    router = WebhookRouter(run_in_background=False, handler_timeout=None)
    started = asyncio.Event()

    @router.on_any
    async def forever(event: WebhookEvent) -> None:
        started.set()
        await asyncio.sleep(60)

    client = await serve(router)
    posting = asyncio.create_task(client.post("/webhooks", json=delivery(request_id="cut")))
    async with asyncio.timeout(2):
        await started.wait()
    await router.close(grace=0.05)

    assert (await posting).status == 503
    assert "cut" not in router._seen


async def test_mount_on_user_app() -> None:
    router = WebhookRouter(USER, PASSWORD)
    rec = Recorder()
    router.on_any(rec)
    app = web.Application()

    async def health(request: web.Request) -> web.Response:
        return web.Response(text="fine")

    app.router.add_get("/health", health)
    app.router.add_post("/chaster/hook", router.aiohttp_handler)
    client = TestClient(TestServer(app, host="127.0.0.1"))
    await client.start_server()
    try:
        assert (await client.get("/health")).status == 200
        assert (await client.post("/chaster/hook", json=delivery(), headers=GOOD_AUTH)).status == 200
        await rec.wait()
        assert (await client.get("/chaster/hook")).status == 405
    finally:
        await client.close()
        await router.close()


async def test_inline_mode_failure_answers_500_and_allows_retry(serve: Any) -> None:
    router = WebhookRouter(run_in_background=False, handler_timeout=1)
    attempts = 0

    @router.on_any
    async def flaky(event: WebhookEvent) -> None:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise RuntimeError("transient")

    client = await serve(router)

    first = await client.post("/webhooks", json=delivery(request_id="x"))
    retry = await client.post("/webhooks", json=delivery(request_id="x"))
    again = await client.post("/webhooks", json=delivery(request_id="x"))

    assert (first.status, retry.status, again.status) == (500, 200, 200)
    assert (await again.json())["duplicate"] is True
    assert attempts == 2


async def test_inline_mode_retry_while_first_attempt_runs_is_409(serve: Any) -> None:
    """Only a completed success is a 200 duplicate: a retry of a delivery still being handled
    must not be acknowledged, or the event is lost if the first attempt then fails."""
    router = WebhookRouter(run_in_background=False, handler_timeout=None)
    started = asyncio.Event()
    release = asyncio.Event()
    attempts = 0

    @router.on_any
    async def flaky(event: WebhookEvent) -> None:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            started.set()
            await release.wait()
            raise RuntimeError("transient")

    client = await serve(router)
    first = asyncio.create_task(client.post("/webhooks", json=delivery(request_id="slow")))
    async with asyncio.timeout(2):
        await started.wait()
    retry = await client.post("/webhooks", json=delivery(request_id="slow"))
    release.set()
    first_answer = await first
    later = await client.post("/webhooks", json=delivery(request_id="slow"))
    again = await client.post("/webhooks", json=delivery(request_id="slow"))

    assert (first_answer.status, retry.status, later.status, again.status) == (500, 409, 200, 200)
    assert "Retry-After" in retry.headers
    assert (await later.json())["duplicate"] is False
    assert (await again.json())["duplicate"] is True
    assert attempts == 2


async def test_inline_mode_runs_before_answer(serve: Any) -> None:
    router = WebhookRouter(run_in_background=False)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    resp = await client.post("/webhooks", json=delivery())

    assert resp.status == 200
    assert len(rec.events) == 1


async def test_body_too_large_is_413(serve: Any) -> None:
    router = WebhookRouter(max_body_size=1000)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)
    big = json.dumps(delivery(padding="x" * 2000)).encode()

    with_length = await client.post("/webhooks", data=big)

    async def chunks() -> AsyncIterator[bytes]:
        for i in range(0, len(big), 100):
            yield big[i : i + 100]

    chunked = await client.post("/webhooks", data=chunks())

    assert with_length.status == 413
    assert chunked.status == 413
    assert rec.events == []


async def test_default_limit_is_one_mib(serve: Any) -> None:
    client = await serve(WebhookRouter())
    big = json.dumps(delivery(padding="x" * (1024 * 1024))).encode()

    assert (await client.post("/webhooks", data=big)).status == 413
    ok = json.dumps(delivery(padding="x" * (1024 * 1000))).encode()
    assert (await client.post("/webhooks", data=ok)).status == 200


async def test_stalled_body_is_408(serve: Any) -> None:
    router = WebhookRouter(read_timeout=0.2)
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)
    reader, writer = await asyncio.open_connection("127.0.0.1", client.port)
    try:
        writer.write(
            b"POST /webhooks HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b'Content-Length: 100\r\n\r\n{"event": '
        )
        await writer.drain()
        async with asyncio.timeout(2):
            status_line = await reader.readline()
    finally:
        writer.close()

    assert b" 408 " in status_line
    assert rec.events == []


async def test_gzip_body_accepted_and_bad_encoding_rejected(serve: Any) -> None:
    import gzip

    router = WebhookRouter()
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)
    raw = json.dumps(delivery(request_id="gz")).encode()

    good = await client.post("/webhooks", data=gzip.compress(raw), headers={"Content-Encoding": "gzip"})
    bad = await client.post("/webhooks", data=b"not gzip at all", headers={"Content-Encoding": "gzip"})

    assert good.status == 200
    assert bad.status == 400
    await rec.wait()
    assert [e.request_id for e in rec.events] == ["gz"]


async def test_secrets_never_logged(serve: Any, caplog: pytest.LogCaptureFixture) -> None:
    router = WebhookRouter(USER, PASSWORD)

    @router.on_any
    async def explode(event: WebhookEvent) -> None:
        raise ValueError("nope")

    client = await serve(router)
    secret_body_marker = "BODY-MARKER-42"
    with caplog.at_level(logging.DEBUG, logger="chaster_async.webhooks"):
        await client.post("/webhooks", json=delivery(marker=secret_body_marker), headers=GOOD_AUTH)
        await client.post(
            "/webhooks", json=delivery(), headers={"Authorization": basic(USER, PASSWORD + "!")}
        )
        await client.post("/webhooks", data=b"{" + secret_body_marker.encode(), headers=GOOD_AUTH)
        await asyncio.sleep(0.1)

    text = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert caplog.records
    assert PASSWORD not in text
    assert GOOD_AUTH["Authorization"] not in text
    assert GOOD_AUTH["Authorization"].split()[1] not in text
    assert secret_body_marker not in text


def test_repr_hides_password() -> None:
    router = WebhookRouter(USER, PASSWORD)
    router.on("action_log.created")(Recorder())

    text = repr(router)

    assert PASSWORD not in text
    assert "***" in text
    assert USER in text
    assert "action_log.created" in text
    assert "password=None" in repr(WebhookRouter())


def test_event_repr_has_no_body() -> None:
    event = parse_webhook(delivery(marker="BODY-MARKER"))

    assert "BODY-MARKER" not in repr(event)
    assert "req-1" in repr(event)


@pytest.mark.parametrize("username", ["chaster:hook", ":", "a:"])
def test_username_with_a_colon_is_refused_at_construction(username: str) -> None:
    """RFC 7617: the first ':' separates the user-id from the password, so such a username could
    never match (every delivery would get 401)."""
    with pytest.raises(ChasterUsageError, match="username"):
        WebhookRouter(username, "pass:word")


def test_a_password_may_contain_colons() -> None:
    router = WebhookRouter(USER, PASSWORD)
    assert router._check_auth(basic(USER, PASSWORD))


def test_constructor_validation() -> None:
    with pytest.raises(ValueError):
        WebhookRouter(dedupe_size=-1)
    with pytest.raises(ValueError):
        WebhookRouter(handler_timeout=0)
    with pytest.raises(ValueError):
        WebhookRouter(max_body_size=0)
    with pytest.raises(TypeError):
        WebhookRouter().add_handler("", Recorder())
    with pytest.raises(TypeError):
        WebhookRouter().add_handler("x", "not callable")  # type: ignore[arg-type]


# -- fuzzing the live server ------------------------------------------------------------------


class ThreadServer:
    """The router's app served from a background thread so that a sync hypothesis test can hit it."""

    def __init__(self, router: WebhookRouter) -> None:
        self.router = router
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._runner: web.AppRunner | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._start())
        self._ready.set()
        self.loop.run_forever()

    async def _start(self) -> None:
        self._runner = web.AppRunner(self.router.app("/webhooks"))
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


@pytest.fixture(scope="module", params=["auth", "no-auth"])
def fuzz_server(request: pytest.FixtureRequest) -> Iterator[ThreadServer]:
    if request.param == "auth":
        router = WebhookRouter(USER, PASSWORD, dedupe_size=50, handler_timeout=0.5, read_timeout=0.5)
    else:
        router = WebhookRouter(dedupe_size=50, handler_timeout=0.5, read_timeout=0.5)

    @router.on_any
    async def touch(event: WebhookEvent) -> None:
        event.data  # noqa: B018 - just access it

    @router.on("action_log.created")
    async def sometimes_fails(event: WebhookEvent) -> None:
        if event.request_id.endswith("x"):
            raise RuntimeError("handler failure during fuzzing")

    server = ThreadServer(router)
    server.start()
    yield server
    server.stop()


header_text = st.text(
    st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=60
)
auth_headers = st.one_of(
    st.none(),
    header_text,
    header_text.map(lambda s: "Basic " + s),
    st.binary(max_size=40).map(lambda b: "Basic " + base64.b64encode(b).decode()),
    st.tuples(st.sampled_from([USER, "", "x"]), st.sampled_from([PASSWORD, "", "y"])).map(
        lambda up: basic(*up)
    ),
    st.just(GOOD_AUTH["Authorization"]),
)
json_bodies = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["event", "requestId", "data", "sentAt", "payload", "x"]), children, max_size=5
        )
    ),
    max_leaves=12,
).map(lambda v: json.dumps(v).encode())
valid_bodies = st.builds(
    lambda ev, rid, data, wrap: json.dumps(
        {"payload": {"event": ev, "requestId": rid, "data": data}}
        if wrap
        else {"event": ev, "requestId": rid, "data": data, "sentAt": "2024-01-01T00:00:00Z"}
    ).encode(),
    st.sampled_from([*sorted(KNOWN_EVENTS), "other.event", ""]),
    st.text(min_size=1, max_size=6),
    st.one_of(
        st.none(),
        st.dictionaries(
            st.sampled_from(["sessionId", "session", "actionLog", "extension"]),
            st.one_of(
                st.none(),
                st.text(max_size=5),
                st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
            ),
            max_size=4,
        ),
        st.integers(),
    ),
    st.booleans(),
)
bodies = st.one_of(st.binary(max_size=200), json_bodies, valid_bodies)
extra_headers = st.dictionaries(
    st.sampled_from(["Content-Type", "X-Chaster", "Accept", "Content-Encoding"]),
    st.one_of(header_text, st.sampled_from(["gzip", "deflate", "br", "identity", "application/json"])),
    max_size=3,
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(body=bodies, auth=auth_headers, headers=extra_headers, method=st.sampled_from(["POST", "POST", "PUT"]))
def test_fuzz_never_5xx(
    fuzz_server: ThreadServer, body: bytes, auth: str | None, headers: dict[str, str], method: str
) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", fuzz_server.port, timeout=3)
    try:
        all_headers = dict(headers)
        if auth is not None:
            all_headers["Authorization"] = auth
        all_headers["Content-Length"] = str(len(body))
        conn.request(method, "/webhooks", body=body, headers=all_headers)
        resp = conn.getresponse()
        resp.read()
    finally:
        conn.close()

    assert resp.status < 500, resp.status
    assert resp.status in {200, 400, 401, 405, 408, 413}
    if resp.status == 401:
        assert resp.getheader("WWW-Authenticate", "").startswith("Basic")
    assert len(fuzz_server.router._seen) <= 50


def test_check_auth_never_raises() -> None:
    router = WebhookRouter(USER, PASSWORD)
    samples = [
        None,
        "",
        "Basic",
        "Basic ",
        "Basic ===",
        "Basic Zm9v",
        "Basic éé",
        "basic  " + GOOD_AUTH["Authorization"][6:],
        "Digest abc",
        "Basic " + base64.b64encode(b"\x00\xff:\xfe").decode(),
        "\x00\x01",
    ]

    results = [router._check_auth(s) for s in samples]

    assert results == [False] * 7 + [True] + [False] * 3


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
data_keys = st.sampled_from(
    ["sessionId", "actionLog", "session", "extension", "lock", "slug", "type", "createdAt", "_id", "x"]
)


@given(
    event_name=st.sampled_from(sorted(KNOWN_EVENTS)),
    data=st.dictionaries(
        data_keys, st.one_of(json_values, st.dictionaries(data_keys, json_values, max_size=4))
    ),
)
@settings(max_examples=150, deadline=None)
def test_known_event_data_always_typed_when_models_exist(event_name: str, data: dict[str, Any]) -> None:
    """The generated models are lenient: any object ``data`` becomes the typed model, never a dict."""
    event = parse_webhook({"event": event_name, "requestId": "r", "data": data})

    if models_available(event_name):
        assert type(event.data).__name__ == DATA_MODEL_NAMES[event_name]
        event.data.deviations()  # walking the deviations never raises either
    else:
        assert event.data == data


async def test_dispatched_even_if_answer_cannot_be_written(
    serve: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The body arrived in full: a lost connection while answering does not lose the event."""
    import aiohttp

    router = WebhookRouter()
    rec = Recorder()
    router.on_any(rec)
    client = await serve(router)

    async def broken_prepare(self: web.StreamResponse, request: web.BaseRequest) -> None:
        raise ConnectionResetError("Cannot write to closing transport")

    monkeypatch.setattr(web.Response, "prepare", broken_prepare)
    with pytest.raises(aiohttp.ClientError):
        await client.post("/webhooks", json=delivery(request_id="lost-answer"))
    monkeypatch.undo()

    await rec.wait()
    assert rec.events[0].request_id == "lost-answer"
    # Chaster's retry is recognised as a duplicate.
    retry = await client.post("/webhooks", json=delivery(request_id="lost-answer"))
    assert (await retry.json())["duplicate"] is True


def test_on_an_unknown_event_name_registers_it_and_warns(caplog: pytest.LogCaptureFixture) -> None:
    """router.on() is typed for the known events only; at run time a typo still registers (as
    before) but is logged, so that a handler that never fires is noticed."""
    router = WebhookRouter()
    with caplog.at_level(logging.WARNING, logger="chaster_async.webhooks"):

        @router.on("action_log.create")  # type: ignore[call-overload, untyped-decorator]
        async def typo(event: WebhookEvent) -> None: ...

        @router.on("action_log.created")
        async def fine(event: WebhookEvent) -> None: ...

    assert router.handlers_for("action_log.create") == [typo]
    warned = [r.getMessage() for r in caplog.records]
    assert warned == ["webhook handler registered for 'action_log.create', which is not a known event"]


def test_known_event_data_is_the_event_types_model() -> None:
    from chaster_async import models

    if "ActionLogCreatedData" not in dir(models):
        pytest.skip("the spec this package was generated from lacks schema ActionLogCreatedData")
    event = parse_webhook({"event": "action_log.created", "requestId": "r1", "data": {"sessionId": "s"}})
    assert isinstance(event.data, models.ActionLogCreatedData)
    assert event.data.session_id == "s"
