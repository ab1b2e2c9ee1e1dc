"""Round 3 of the attack on the library's promises (what was built after round 2, or beside it):
the call pipeline's header options, multipart uploads, the watchers' budget and cursors, the
Redis backends and the webhook router's options. Each test failed before its fix.

"Bad input gets a clear, typed error and loses nothing. Never a bare exception from deep inside."
"""

from __future__ import annotations

import asyncio
import copy
import io
import json
import logging
import os
import signal
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from chaster_async import (
    Chaster,
    ChasterUsageError,
    ExchangeResponse,
    MockExchange,
    RateLimiter,
    RequestValidationError,
    StorageError,
)
from chaster_async.models import File
from chaster_async.watch import JsonFileCursorStore, MemoryCursorStore, RedisCursorStore, WatchStream
from chaster_async.webhooks import WebhookRouter
from tests.conftest import _no_redis, needs
from tests.fleet.redis_server import RedisUnavailable, start_redis, stop_redis
from tests.test_watch import take, world

pytestmark = pytest.mark.timeout(30)

TOKEN = "dev-token-SECRET-round3"


def recording(body: Any = None) -> MockExchange:
    return MockExchange(lambda _request: ExchangeResponse(200, json={} if body is None else body))


def client(exchange: MockExchange, **options: Any) -> Chaster:
    options.setdefault("rate_limit", False)
    return Chaster(TOKEN, exchange=exchange, **options)


# -- headers: what a caller passes is checked before anything is sent ------------------------------


@pytest.mark.parametrize(
    "value",
    ["a\udc80b", "a\x0bb", "a\x7fb", "a\x1b[31mb", "a\x00b"],
    ids=["lone-surrogate", "vertical-tab", "del", "escape", "nul"],
)
async def test_header_values_with_control_characters_or_lone_surrogates_are_refused(value: str) -> None:
    # Before: a lone surrogate was dropped by aiohttp without a word (the server got "ab"), the
    # other control characters went through a MockExchange and were a "the HTTP session cannot
    # send" usage error over aiohttp, at every call.
    exchange = recording()
    async with client(exchange) as chaster:
        with pytest.raises(RequestValidationError, match="extra_headers"):
            await chaster.profile.me(extra_headers={"X-Note": value})
    assert exchange.requests == []
    with pytest.raises(ChasterUsageError, match="headers"):
        client(recording(), headers={"X-Note": value})


@pytest.mark.parametrize("name", ["Content-Length", "transfer-encoding"])
async def test_framing_headers_are_refused(name: str) -> None:
    exchange = recording()
    async with client(exchange) as chaster:
        with pytest.raises(RequestValidationError, match=name):
            await chaster.profile.me(extra_headers={name: "5"})
    assert exchange.requests == []
    with pytest.raises(ChasterUsageError, match=name):
        client(recording(), headers={name: "5"})


async def test_a_framing_header_cannot_break_the_calls_after_it() -> None:
    """Before: ``extra_headers={"Content-Length": "5"}`` on a GET was sent as is; the server read
    the first 5 bytes of the next request on that pooled connection as its body, and the next,
    innocent call failed with a 400 (``Transfer-Encoding: chunked``: it hung until its timeout)."""
    served = 0

    async def me(_request: web.Request) -> web.Response:
        nonlocal served
        served += 1
        return web.json_response({"_id": "u1"})

    app = web.Application()
    app.router.add_get("/auth/profile", me)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with Chaster(
            TOKEN, base_url=f"http://127.0.0.1:{port}", rate_limit=False, max_retries=0
        ) as chaster:
            for name in ("Content-Length", "Transfer-Encoding"):
                with pytest.raises(RequestValidationError):
                    await chaster.profile.me(
                        extra_headers={name: "5" if name == "Content-Length" else "chunked"}
                    )
                assert (await chaster.profile.me(timeout=5)).id == "u1"
    finally:
        await runner.cleanup()
    assert served == 2


@pytest.mark.parametrize("option", ["client_id", "user_agent"])
@pytest.mark.parametrize("value", ["x\r\nX-Injected: 1", "x\udc80", 42])
async def test_client_id_and_user_agent_are_checked_at_construction(option: str, value: Any) -> None:
    # Before: accepted, then each call failed inside aiohttp (or a MockExchange got the header
    # as is); a lone surrogate was dropped silently.
    with pytest.raises(ChasterUsageError, match=option):
        client(recording(), **{option: value})
    chaster = client(recording())
    with pytest.raises(ChasterUsageError, match=option):
        chaster.with_options(**{option: value})


@needs("partner_extensions.get_session_auth")
async def test_an_operation_s_header_parameter_is_checked_before_any_io() -> None:
    exchange = recording()
    async with client(exchange) as chaster:
        with pytest.raises(RequestValidationError, match="header"):
            await chaster.extension.session_from_main_token("main-token", client_id="cid\r\nX-Injected: 1")
    assert exchange.requests == []


@pytest.mark.parametrize(
    "base_url",
    [
        "https://gw:pw-SECRET-7@api.example",
        "https://tok-SECRET-7@api.example/",
        "http://u:pw-SECRET-7@h:99999",
    ],
)
def test_a_base_url_with_credentials_is_refused_without_showing_them(base_url: str) -> None:
    # Before: accepted; repr(chaster) and every ExchangeRequest showed the password, and every
    # call failed inside aiohttp ("Cannot combine AUTHORIZATION header with ... credentials
    # encoded in URL"); an invalid one quoted the password in its error.
    with pytest.raises(ChasterUsageError, match="credentials") as info:
        client(recording(), base_url=base_url)
    assert "SECRET" not in str(info.value) and "***@" in str(info.value)
    assert client(recording(), base_url="https://api.example/a@b").closed is False  # "@" in a path


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: ExchangeResponse("200", json={}), TypeError),  # type: ignore[arg-type]
        (lambda: ExchangeResponse(True, json={}), TypeError),  # type: ignore[arg-type]
        (lambda: ExchangeResponse(99, json={}), ValueError),
        (lambda: ExchangeResponse(200, body='{"_id": "u1"}'), TypeError),  # type: ignore[arg-type]
    ],
    ids=["str-status", "bool-status", "two-digits", "str-body"],
)
def test_an_exchange_response_is_checked_where_it_is_built(make: Callable[[], Any], error: type) -> None:
    # Before: built, then the call failed inside the pipeline ("'<=' not supported between
    # instances of 'int' and 'str'", "'str' object has no attribute 'decode'" on a 403).
    with pytest.raises(error, match="ExchangeResponse"):
        make()
    assert ExchangeResponse(204).body == b"" and ExchangeResponse(200, body=bytearray(b"{}")).body == b"{}"


@pytest.mark.parametrize(
    "options",
    [
        {"retry": "nope"},
        {"retry": 3},
        {"strict": "no"},
        {"strict": 1},
        {"rate_limit": "yes"},
        {"rate_limit": 100},
    ],
)
async def test_client_options_of_the_wrong_type_are_refused_at_construction(options: dict[str, Any]) -> None:
    # Before: retry="nope" was accepted and the first failed attempt raised "AttributeError: 'str'
    # object has no attribute 'delay_after_status'"; strict="no" turned strict mode on;
    # rate_limit=100 meant "the default limiter", not 100 a minute.
    name = next(iter(options))
    with pytest.raises(ChasterUsageError, match=name):
        client(MockExchange(lambda _r: ExchangeResponse(503)), **options)
    if name != "rate_limit":
        with pytest.raises(ChasterUsageError, match=name):
            client(recording()).with_options(**options)
        with pytest.raises(ChasterUsageError, match=name):
            client(recording()).with_options(max_retries=1, **options)


# -- multipart uploads --------------------------------------------------------------------------


def sent_parts(exchange: MockExchange) -> bytes:
    (request,) = exchange.requests
    assert request.body is not None
    return request.body


@needs("files.upload_files")
async def test_a_mime_type_with_a_line_break_cannot_add_part_headers() -> None:
    # Before: the part got a header of the caller's ("X-Injected: 1") and the upload went out.
    exchange = recording({"token": "t"})
    async with client(exchange) as chaster:
        for bad in ("text/plain\r\nX-Injected: 1", "text/plain\n", "text/\x00plain"):
            upload = File(b"x", "a.txt", bad)
            with pytest.raises(RequestValidationError, match="mime_type"):
                await chaster.files.upload_files(body={"files": [upload], "type": "messaging"})
        with pytest.raises(RequestValidationError, match="file_name"):
            await chaster.files.upload_files(body={"files": [File(b"x", "a\udc80.txt")], "type": "messaging"})
        with pytest.raises(RequestValidationError, match="mime_type"):
            await chaster.files.upload_files(body={"files": [File(b"x", "a", 3)], "type": "messaging"})  # type: ignore[arg-type]
    assert exchange.requests == []


@needs("files.upload_files")
async def test_an_open_file_sends_its_base_name_not_its_local_path(tmp_path: Path) -> None:
    # Before: the whole local path went out as the file name (filename="%2Ftmp%2F...%2Fphoto.jpg"),
    # telling the server the user's directories; aiohttp's FormData sends the base name.
    photo = tmp_path / "private" / "photo.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"\xff\xd8jpeg")
    exchange = recording({"token": "t"})
    async with client(exchange) as chaster:
        with photo.open("rb") as opened:
            await chaster.files.upload_files(body={"files": [opened], "type": "messaging"})
        body = sent_parts(exchange)
        assert b'filename="photo.jpg"' in body
        assert b"private" not in body and os.fsencode(tmp_path.name) not in body
        # no usable name (a descriptor number, "<stdin>"): the field's name, not a TypeError
        exchange.requests.clear()
        fd = os.open(photo, os.O_RDONLY)
        with os.fdopen(fd, "rb") as by_number:
            await chaster.files.upload_files(body={"files": [by_number], "type": "messaging"})
        assert b'filename="files"' in sent_parts(exchange)
        exchange.requests.clear()
        stdin_like = io.BytesIO(b"data")
        stdin_like.name = "<stdin>"  # type: ignore[attr-defined]
        await chaster.files.upload_files(body={"files": [stdin_like], "type": "messaging"})
        assert b'filename="files"' in sent_parts(exchange)


# -- lenient reading: a list with a bad item keeps its good ones ---------------------------------


def _model_list_fields() -> list[tuple[str, str, str, str]]:
    """(model, attribute, JSON name, a JSON name of its items' model) of every list-of-objects field."""
    import chaster_async.models as models
    from chaster_async._model import SpecModel, _List, _Model, _table_of

    found = []
    for name in sorted(dir(models)):
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, SpecModel) and cls is not SpecModel:
            for field in _table_of(cls).by_name.values():
                if isinstance(field.kind, _List) and isinstance(field.kind.item, _Model):
                    item_keys = _table_of(field.kind.item.cls).json_names
                    if item_keys:
                        found.append((name, field.name, field.key, item_keys[0][1]))
    return found


@pytest.mark.parametrize(("model", "attribute", "key", "item_key"), _model_list_fields())
def test_deviations_never_empty_the_good_items_of_an_invalid_list(
    model: str, attribute: str, key: str, item_key: str
) -> None:
    """Found by test_fuzz_parsing (``PublicLockForPublic`` with ``extensions: [{"regularity": 0},
    []]``). Before: ``deviations()`` read the first item at once, taking its JSON apart, then the
    second failed and the field kept the raw list, now ``[{}, []]``: the first item's data was
    gone from the model and from ``to_dict()`` (read by attribute first, it was kept)."""
    import chaster_async.models as models

    item = {item_key: {"any": ["value"]}, "someField": 1}
    payload = {key: [copy.deepcopy(item), "not an object"]}
    read = getattr(models, model).from_dict(payload)
    assert any(d.path == attribute and d.kind == "invalid" for d in read.deviations())
    assert getattr(read, attribute) == [item, "not an object"]
    assert read.to_dict()[key] == [item, "not an object"]
    assert payload == {key: [item, "not an object"]}  # the caller's dict untouched


# -- watchers: the budget follows the client's limiter ------------------------------------------


def test_the_poll_budget_takes_the_client_s_rate_limit() -> None:
    # Before: the budget looked for the limiter on an attribute the client no longer has and
    # always assumed 100 requests per minute: with RateLimiter(per_minute=20) polling could take
    # 50 a minute, more than the whole limit, instead of its half (10).
    slow = client(recording(), rate_limit=RateLimiter(per_minute=20))
    assert slow.watch.budget.limit == 20 and slow.watch.budget.capacity == 10
    assert client(recording(), rate_limit=False).watch.budget.capacity == 50


@pytest.mark.parametrize(
    "options",
    [
        {"min_interval": "2"},
        {"min_interval": -5},
        {"max_interval": float("nan")},
        {"max_interval": float("inf")},
        {"min_interval": 5, "max_interval": 1},
    ],
)
def test_a_stream_s_intervals_are_checked_where_given(options: dict[str, Any]) -> None:
    # Before: accepted; a str was a TypeError at the first poll, NaN or a negative time polled as
    # fast as the budget let it.
    chaster = client(recording())
    with pytest.raises(ChasterUsageError, match="interval"):
        chaster.watch.lock_history("l1", **options)


# -- watchers: a cursor that is not one is a typed error, at once --------------------------------


async def consume(stream: WatchStream[Any], seconds: float = 5.0) -> BaseException | None:
    """What the stream raises within ``seconds`` (None: it ran on, or ended quietly)."""
    try:
        await take(stream, 1, timeout=seconds)
    except TimeoutError:
        return None
    except Exception as exc:
        return exc
    return None


CORRUPT_FILES = {
    "not-json": b"{oops",
    "not-utf8": b"\xff\xfe\x00garbage",
    "too-deep": b"[" * 100_000 + b"]" * 100_000,
    "cursor-is-a-number": None,  # {key: 5}
}


@needs("locks.get_lock_history")
@pytest.mark.parametrize("kind", list(CORRUPT_FILES))
async def test_a_corrupt_cursor_file_stops_the_stream_with_a_usage_error(tmp_path: Path, kind: str) -> None:
    # Before: the JSONDecodeError/RecursionError/AttributeError was taken for "the store is down"
    # and retried every second, forever, with a warning each time and no event ever delivered.
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        path = tmp_path / "cursors.json"
        content = CORRUPT_FILES[kind] or json.dumps({f"lock_history:{lock}": 5}).encode()
        path.write_bytes(content)
        started = time.monotonic()
        error = await consume(chaster.watch.lock_history(lock, store=JsonFileCursorStore(path)))
        assert isinstance(error, ChasterUsageError), error
        assert str(path) in str(error)
        assert time.monotonic() - started < 3
        assert path.read_bytes() == content  # left as it was, for its owner to look at


BAD_CURSORS: list[tuple[str, str, dict[str, Any]]] = [
    ("lock_history", "locks.get_lock_history", {"kind": "lock_history", "id": 5, "at": None, "recent": []}),
    ("lock_history", "locks.get_lock_history", {"kind": "lock_history", "id": "x", "at": [1], "recent": []}),
    ("lock_history", "locks.get_lock_history", {"kind": "lock_history", "id": None, "at": None, "recent": 7}),
    ("messages", "messaging.get_conversations", {"kind": "all_messages", "conversations": [1]}),
    ("messages", "messaging.get_conversations", {"kind": "all_messages", "conversations": {"c": {"id": 1}}}),
    ("keyholder_locks", "keyholder.search_locks", {"kind": "keyholder_locks", "locks": "abc"}),
    ("keyholder_locks", "keyholder.search_locks", {"kind": "keyholder_locks", "locks": {"L": 5}}),
    (
        "keyholder_locks",
        "keyholder.search_locks",
        {"kind": "keyholder_locks", "locks": {"L": {"status": "locked"}}},
    ),
    (
        "keyholding_requests",
        "session_offer.get_keyholder_requests",
        {"kind": "keyholding_requests", "seen": 5},
    ),
    (
        "extension_sessions",
        "partner_extensions.get_sessions",
        {"kind": "extension_sessions", "sessions": {"s": {}}},
    ),
]


@pytest.mark.parametrize(("stream", "operation", "cursor"), BAD_CURSORS)
async def test_a_cursor_of_the_right_kind_but_the_wrong_shape_is_a_usage_error(
    stream: str, operation: str, cursor: dict[str, Any]
) -> None:
    # Before: TypeError/ValueError/KeyError from deep inside a poll ("'int' object is not
    # iterable"), or silently wrong events (a dict of "recent" ids read as its keys).
    from chaster_async.operations import OPERATIONS

    if operation not in OPERATIONS.by_key:
        pytest.skip(f"the generated spec lacks {operation}")
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        # The real object ids where a test cursor names one (so that the poll would read it).
        text = json.dumps(cursor).replace('"L"', json.dumps(lock))
        # Only the stream under test is made: an older document lacks the others' operations.
        makers: dict[str, Callable[[], WatchStream[Any]]] = {
            "lock_history": lambda: chaster.watch.lock_history(lock, store=store),
            "messages": lambda: chaster.watch.messages(store=store),
            "keyholder_locks": lambda: chaster.watch.keyholder_locks(store=store),
            "keyholding_requests": lambda: chaster.watch.keyholding_requests(store=store),
            "extension_sessions": lambda: chaster.watch.extension_sessions("slug", store=store),
        }
        watched = makers[stream]()
        (key,) = watched.keys
        store.cursors[key] = json.loads(text)
        error = await consume(watched)
        assert isinstance(error, ChasterUsageError), error
        assert "not a valid" in str(error) and key in str(error)


@needs("locks.get_lock_history")
async def test_two_open_streams_of_one_source_store_and_owner_are_refused() -> None:
    """Before: both held the lease (it is the owner's: the same Watch), both delivered every
    event, and the slower one's acknowledgements moved the cursor back: with 10 new entries, one
    stream acknowledging all 10 and the other 3, a restart delivered 7 acknowledged events again."""
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        first = chaster.watch.lock_history(lock, store=store)
        async with first:
            with pytest.raises(ChasterUsageError, match="another open stream"):
                async with chaster.watch.lock_history(lock, store=store):
                    pass
            with pytest.raises(ChasterUsageError, match="another open stream"):
                await chaster.watch.lock_history(lock, store=store).run(lambda _event: None)
            # what stays allowed: another name, another store, another owner (a standby)
            async with chaster.watch.lock_history(lock, store=store, name="other"):
                pass
            async with chaster.watch.lock_history(lock, store=MemoryCursorStore()):
                pass
            from chaster_async.watch import Watch

            async with Watch(chaster, store=store, owner="standby").lock_history(lock):
                pass
        async with chaster.watch.lock_history(lock, store=store):  # the first one is closed
            pass


@needs("locks.get_lock_history")
async def test_two_json_file_stores_of_one_path_are_one_store_for_the_streams(tmp_path: Path) -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        path = tmp_path / "cursors.json"
        async with chaster.watch.lock_history(lock, store=JsonFileCursorStore(path)):
            with pytest.raises(ChasterUsageError, match="another open stream"):
                async with chaster.watch.lock_history(
                    lock, store=JsonFileCursorStore(tmp_path / "." / "cursors.json")
                ):
                    pass


async def test_two_json_file_stores_of_one_path_keep_each_other_s_cursors(tmp_path: Path) -> None:
    # Before: each store kept the file as it first read it and wrote that back whole: the
    # second store's save dropped the first one's cursor ({"y": ...} only).
    path = tmp_path / "cursors.json"
    one, two = JsonFileCursorStore(path), JsonFileCursorStore(path)
    assert await one.load("x") is None and await two.load("y") is None
    await one.save("x", {"kind": "t", "n": 1})
    await two.save("y", {"kind": "t", "n": 2})
    await one.save("x", {"kind": "t", "n": 3})
    assert json.loads(path.read_text()) == {"x": {"kind": "t", "n": 3}, "y": {"kind": "t", "n": 2}}
    assert await two.load("x") == {"kind": "t", "n": 3}
    # concurrently, from several tasks and stores
    stores = [JsonFileCursorStore(path, fsync=False) for _ in range(4)]
    await asyncio.gather(*(s.save(f"k{i}", {"n": i}) for i, s in enumerate(stores) for _ in range(3)))
    assert set(json.loads(path.read_text())) == {"x", "y", "k0", "k1", "k2", "k3"}


async def test_a_cursor_file_that_cannot_be_written_is_a_storage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    store = JsonFileCursorStore(blocker / "cursors.json")
    with pytest.raises(StorageError, match="the cursor file cannot be"):
        await store.save("k", {"kind": "t"})  # before: NotADirectoryError


# -- Redis cursor store: down, stalled, corrupt --------------------------------------------------


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    """A redis-server of this test alone (it is stopped and killed here)."""
    try:
        import redis  # noqa: F401
    except ImportError:
        _no_redis("the redis extra is not installed")
    try:
        process, url = start_redis(tmp_path)
    except RedisUnavailable as exc:
        _no_redis(str(exc))
    try:
        yield process, url
    finally:
        try:
            os.kill(process.pid, signal.SIGCONT)
        except ProcessLookupError:
            pass
        stop_redis(process)


async def test_redis_cursor_store_failures_are_storage_errors_within_its_timeout(
    own_redis: tuple[Any, str],
) -> None:
    # Before: redis.exceptions.ConnectionError / TimeoutError (after redis-py's own 5 s, or never
    # with a client without a socket timeout) escaped from every method.
    process, url = own_redis
    store = RedisCursorStore(url, timeout=0.5)
    await store.save("k", {"kind": "t"})
    os.kill(process.pid, signal.SIGSTOP)  # Redis stalls
    calls: list[Callable[[], Awaitable[Any]]] = [
        lambda: store.load("k"),
        lambda: store.save("k", {"kind": "t"}),
        lambda: store.acquire("k", "me", 5),
        lambda: store.release("k", "me"),
    ]
    for call in calls:
        started = time.monotonic()
        with pytest.raises(StorageError, match="did not answer"):
            await call()
        assert time.monotonic() - started < 1.5
    os.kill(process.pid, signal.SIGCONT)
    stop_redis(process)  # Redis is gone
    for call in calls:
        with pytest.raises(StorageError, match="Redis failed"):
            await call()
    await store.close()


@needs("locks.get_lock_history")
async def test_redis_stalled_during_an_ack_is_a_storage_error_and_loses_nothing(
    own_redis: tuple[Any, str],
) -> None:
    # Before: the ack raised redis.exceptions.TimeoutError (redis-py's own 5 s) out of the stream.
    process, url = own_redis
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = RedisCursorStore(url, timeout=0.5)
        stream = chaster.watch.lock_history(lock, store=store, ack="manual")
        async with stream:
            waiting = asyncio.ensure_future(stream.__aiter__().__anext__())
            while not stream.ready:
                await asyncio.sleep(0.01)
            made = fake.state.add_log(lock, "custom", "during the outage")["_id"]
            event = await asyncio.wait_for(waiting, 10)
            assert event.id == made
            os.kill(process.pid, signal.SIGSTOP)
            started = time.monotonic()
            with pytest.raises(StorageError, match="did not answer"):
                await stream.ack(event)
            assert time.monotonic() - started < 1.5
            assert stream._unacked == [event]  # still to acknowledge
            os.kill(process.pid, signal.SIGCONT)
            await stream.ack(event)  # Redis is back: the same ack goes through
        later = fake.state.add_log(lock, "custom", "after the outage")["_id"]
        again = await take(chaster.watch.lock_history(lock, store=store), 1)
        assert [e.id for e in again] == [later]  # nothing lost, nothing acknowledged repeated
        await store.close()


async def test_a_redis_key_that_is_not_a_cursor_is_a_usage_error(redis_url: str) -> None:
    import redis.asyncio as redis_asyncio

    raw = redis_asyncio.Redis.from_url(redis_url)
    store = RedisCursorStore(client=raw, prefix="round3:")
    for value in (b"{not json", b"[1, 2]", b"\xff"):
        await raw.set("round3:cursor:k", value)
        with pytest.raises(ChasterUsageError, match="round3:cursor:k"):  # before: JSONDecodeError
            await store.load("k")
    await raw.aclose()


# -- Redis limiter storage: a state it did not write ---------------------------------------------


@pytest.mark.parametrize(
    "corrupt",
    [{"limit": "abc", "learned": "1"}, {"window": "inf", "learned": "1"}, {"blocked_until": "nan"}],
    ids=["limit-abc", "window-inf", "blocked-nan"],
)
async def test_a_corrupt_limiter_state_in_redis_falls_back_instead_of_failing_calls(
    redis_url: str, caplog: pytest.LogCaptureFixture, corrupt: dict[str, str]
) -> None:
    # Before: every call raised the ValueError (or OverflowError) of reading the state.
    import redis.asyncio as redis_asyncio

    from chaster_async.redis import RedisLimiterStorage

    raw = redis_asyncio.Redis.from_url(redis_url)
    await raw.hset("chaster_async:rl:round3:global:state", mapping=corrupt)
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "60"}
    exchange = MockExchange(lambda _r: ExchangeResponse(200, json={"_id": "u1"}, headers=headers))
    limiter = RateLimiter(storage=RedisLimiterStorage(raw), key="round3")
    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        async with client(exchange, rate_limit=limiter) as chaster:
            assert (await chaster.profile.me()).id == "u1"
    assert any("unreadable" in r.getMessage() for r in caplog.records)
    await raw.aclose()


@pytest.mark.parametrize(
    ("store", "options"),
    [
        ("RedisTokenStore", {"key": "k", "lock_timeout": float("nan")}),
        ("RedisTokenStore", {"key": "k", "timeout": 0}),
        ("RedisTokenStore", {"key": "k", "wait_timeout": -1}),
        ("RedisLimiterStorage", {"timeout": float("nan")}),
        ("RedisCursorStore", {"timeout": 0}),
    ],
)
def test_redis_store_options_are_checked_at_construction(store: str, options: dict[str, Any]) -> None:
    # Before: accepted; a timeout of NaN or 0 failed every operation ("did not answer within
    # nan s"), a NaN lock_timeout raised a ValueError inside redis-py at the first refresh.
    pytest.importorskip("redis")
    import chaster_async.redis

    make = RedisCursorStore if store == "RedisCursorStore" else getattr(chaster_async.redis, store)
    with pytest.raises(ChasterUsageError, match="timeout"):
        make(client=object(), **options) if store == "RedisCursorStore" else make(object(), **options)


# -- webhook router options ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"handler_timeout": float("nan")},
        {"handler_timeout": float("inf")},
        {"handler_timeout": -1},
        {"read_timeout": float("nan")},
        {"read_timeout": 0},
        {"read_timeout": -1},
        {"shutdown_grace": float("nan")},
        {"shutdown_grace": -5},
        {"dedupe_size": 1.5},
        {"dedupe_size": True},
        {"dedupe_size": "3"},
        {"max_body_size": float("inf")},
        {"max_body_size": 1.5},
    ],
    ids=lambda options: f"{next(iter(options))}={next(iter(options.values()))!r}",
)
def test_webhook_router_options_are_checked(options: dict[str, Any]) -> None:
    # Before: accepted; NaN, 0 or a negative timeout times every handler (or body) out at once:
    # every delivery lost (background mode) or refused with 408.
    with pytest.raises(ValueError, match=next(iter(options))):
        WebhookRouter(**options)


def test_webhook_credentials_that_cannot_be_compared_are_usage_errors() -> None:
    with pytest.raises(ChasterUsageError, match="password"):
        WebhookRouter("user", "pass\udc80")  # before: UnicodeEncodeError
    with pytest.raises(ChasterUsageError, match="username"):
        WebhookRouter(b"user", "pass")  # type: ignore[arg-type]  # before: TypeError
