"""chaster_async.watch against FakeChaster: typed streams, durable cursors, the shared budget."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from chaster_async import Chaster, RateLimiter
from chaster_async.errors import (
    ConsumerError,
    NotFoundError,
    PollError,
    UnsupportedOperationError,
)
from chaster_async.models import ActionLogForPublic, LockForKeyholder, MessageForPublic
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster
from chaster_async.testing._state import iso
from chaster_async.watch import (
    HistoryEvent,
    JsonFileCursorStore,
    KeyholderLockEvent,
    KeyholdingRequestEvent,
    LockAppeared,
    LockEnded,
    LockFrozen,
    LockTimeChanged,
    LockUnfrozen,
    MemoryCursorStore,
    MessageEvent,
    PollBudget,
    RedisCursorStore,
    SessionChanged,
    SessionEnded,
    SessionEvent,
    Watch,
    WatchEvent,
    WatchStream,
)
from tests.conftest import needs

# Time is scaled 30x for rate limits: the fake counts 100 requests per 60 scaled seconds (1.5 real
# seconds) and the client's limiter, on the same scaled clock, allows 90 of them (a 10 % margin for
# the time between a slot and the request's arrival: client and fake share one busy event loop).
# Watchers get half of that, polling every 20 ms at most.
LIMIT = 90
WINDOW = 1.5
SCALE = 60 / WINDOW


class ScaledClock:
    """Time SCALE times faster: 60 "seconds" pass every WINDOW real seconds."""

    def time(self) -> float:
        return time.monotonic() * SCALE


def scaled_fake(**options: Any) -> FakeChaster:
    """A FakeChaster counting 100 requests per 60 scaled seconds (its X-RateLimit-Reset and
    Retry-After in the same seconds the client's scaled limiter reads them in)."""
    options.setdefault("rate_limit", 100)
    fake = FakeChaster(**options)
    fake.rate_limiter.clock = ScaledClock()  # type: ignore[assignment]
    return fake


def scaled_limiter(per_window: int = LIMIT) -> RateLimiter:
    async def sleep(seconds: float) -> None:
        await asyncio.sleep(seconds / SCALE)

    return RateLimiter(per_minute=per_window, clock=lambda: time.monotonic() * SCALE, sleep=sleep)


def fast_budget(**kwargs: Any) -> PollBudget:
    options: dict[str, Any] = {"limit": LIMIT, "window": WINDOW, "min_interval": 0.02, "max_interval": 0.1}
    options.update(kwargs)
    return PollBudget(**options)


def make_client(fake: FakeChaster, *, token: str | None = None) -> Chaster:
    return Chaster(token or fake.developer_token, base_url=fake.base_url, rate_limit=scaled_limiter())


@asynccontextmanager
async def world(**fake_options: Any) -> AsyncIterator[tuple[FakeChaster, Chaster]]:
    fake = scaled_fake(**fake_options)
    async with fake.serve():
        async with make_client(fake) as chaster:
            chaster.watch.configure(budget=fast_budget())
            yield fake, chaster


async def take(stream: WatchStream[Any], n: int, *, timeout: float = 10.0) -> list[Any]:
    """The first ``n`` events of ``stream`` (then leaves its block: the last one acknowledged)."""
    out: list[Any] = []
    async with asyncio.timeout(timeout):
        async with stream:
            async for event in stream:
                out.append(event)
                if len(out) >= n:
                    break
    return out


async def nothing_more(stream: WatchStream[Any], seconds: float = 0.3) -> list[Any]:
    """What the stream delivers within ``seconds`` (expected: nothing)."""
    out: list[Any] = []

    async def consume() -> None:
        async with stream:
            async for event in stream:
                out.append(event)

    task = asyncio.ensure_future(consume())
    await asyncio.sleep(seconds)
    stream.stop()
    await task
    return out


async def started(stream: WatchStream[Any], store: Any = None) -> None:
    """Wait until every source of ``stream`` has its first cursor (start="now" took its mark)."""

    async def consume() -> None:
        async with stream:
            async for event in stream:
                raise AssertionError(f"nothing was expected yet, got {event!r}")

    task = asyncio.ensure_future(consume())
    async with asyncio.timeout(5):
        while not all(feed.cursor is not None for feed in stream._feeds):
            await asyncio.sleep(0.01)
    stream.stop()
    await task


async def wait_until(
    predicate: Callable[[], bool], timeout: float = 15.0, explain: Callable[[], str] | None = None
) -> None:
    try:
        async with asyncio.timeout(timeout):
            while not predicate():
                await asyncio.sleep(0.01)
    except TimeoutError:
        raise AssertionError(f"still waiting after {timeout} s: {explain() if explain else ''}") from None


# -- lock history -----------------------------------------------------------------------------------


async def test_history_from_now_typed_oldest_first_once() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"entry {i}")["_id"] for i in range(5)]
        events = await take(chaster.watch.lock_history(lock, store=store), 5)
        assert [e.id for e in events] == made
        assert all(isinstance(e, HistoryEvent) for e in events)
        assert isinstance(events[0].entry, ActionLogForPublic)
        assert events[0].entry.title == "entry 0" and events[0].lock_id == lock
        assert events[0].key == f"lock_history:{lock}"
        assert isinstance(events[0].created_at, dt.datetime)
        assert await nothing_more(chaster.watch.lock_history(lock, store=store)) == []


async def test_history_from_the_beginning_over_many_pages_and_ties() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        fake.seed_history(lock, 230)
        same_time = fake.clock.now()
        for i in range(7):  # seven entries of the same millisecond
            fake.state.add_log(lock, "custom", f"tie {i}", created=same_time)
        everything = [e["_id"] for e in fake.state.history[lock].items]
        stream = chaster.watch.lock_history(lock, start="beginning", page_size=25)
        events = await take(stream, len(everything))
        assert [e.id for e in events] == everything
        assert stream.requests <= len(everything) // 25 + 3
        more = [fake.state.add_log(lock, "custom", f"tie {i}", created=same_time)["_id"] for i in range(3)]
        again = chaster.watch.lock_history(lock, start="beginning", page_size=25)
        again.store = stream.store
        assert [e.id for e in await take(again, 3)] == more


async def test_history_of_several_locks_keeps_each_order() -> None:
    async with world() as (fake, chaster):
        locks = [fake.seed_ids["wendyLock"], fake.seed_ids["waltLock"], fake.seed_ids["kimLock"]]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(*locks, store=store), store)
        made: dict[str, list[str]] = defaultdict(list)
        for i in range(20):
            for lock in locks:
                made[lock].append(fake.state.add_log(lock, "custom", f"{i}")["_id"])
        events = await take(chaster.watch.lock_history(*locks, store=store, page_size=7), 60)
        got: dict[str, list[str]] = defaultdict(list)
        for e in events:
            got[e.lock_id].append(e.id)
        assert got == made


# -- messages ---------------------------------------------------------------------------------------


@needs("messaging.get_messages", "messaging.send_message")
async def test_messages_of_conversations() -> None:
    async with world() as (fake, chaster):
        ids = fake.seed_ids
        store = MemoryCursorStore()
        stream = chaster.watch.messages(ids["conversation"], ids["waltConversation"], store=store)
        await started(stream, store)
        a = fake.state.add_message(ids["conversation"], ids["wendy"], "done my check-in")["_id"]
        b = fake.state.add_message(ids["waltConversation"], ids["walt"], "please unfreeze")["_id"]
        await chaster.messaging.send_message(ids["conversation"], body={"message": "good girl"})
        events = await take(
            chaster.watch.messages(ids["conversation"], ids["waltConversation"], store=store), 3
        )
        assert {e.id for e in events} >= {a, b}
        assert all(isinstance(e, MessageEvent) and isinstance(e.message, MessageForPublic) for e in events)
        by_conversation = [e.message.message for e in events if e.conversation_id == ids["conversation"]]
        assert by_conversation == ["done my check-in", "good girl"]


@needs("messaging.get_conversations", "messaging.get_messages", "messaging.create_conversation")
async def test_messages_of_every_conversation_new_ones_included() -> None:
    async with world() as (fake, chaster):
        ids = fake.seed_ids
        store = MemoryCursorStore()
        await started(chaster.watch.messages(store=store), store)
        assert set(store.cursors["messages"]["conversations"]) == {
            ids["conversation"],
            ids["waltConversation"],
            ids["samConversation"],
        }
        idle = chaster.watch.messages(store=store)
        assert await nothing_more(idle, 0.3) == []
        assert idle.requests == idle.polls  # an idle poll is one request: the conversation list
        a = fake.state.add_message(ids["waltConversation"], ids["walt"], "still frozen?")["_id"]
        async with make_client(fake, token=fake.token_for("wes")) as wes:
            started_by_wes = await wes.messaging.create_conversation(
                body={"users": [ids["kim"]], "type": "private", "message": "hi, new here"}
            )
            hello = await wes.messaging.send_message(started_by_wes.id, body={"message": "and again"})
        stream = chaster.watch.messages(store=store)
        events = await take(stream, 3)
        by_conversation = defaultdict(list)
        for event in events:
            by_conversation[event.conversation_id].append(event.message.message)
        assert by_conversation == {
            ids["waltConversation"]: ["still frozen?"],
            started_by_wes.id: ["hi, new here", "and again"],
        }
        assert {e.id for e in events} >= {a, hello.id} and all(e.key == "messages" for e in events)
        # listing + one fetch per conversation that changed (not one per conversation)
        assert stream.requests <= 2 + 2 * 2
        assert await nothing_more(chaster.watch.messages(store=store)) == []


# -- keyholder locks --------------------------------------------------------------------------------


def describe(event: WatchEvent) -> str:
    if isinstance(event, KeyholderLockEvent):
        return f"{type(event).__name__}:{event.lock_id}"
    if isinstance(event, SessionEvent):
        return f"{type(event).__name__}:{event.session_id}"
    return event.id


@needs(
    "keyholder.search_locks",
    "locks.update_time",
    "locks.set_freeze",
    "locks.unlock",
    "locks.archive_keyholder",
)
async def test_keyholder_locks_changes() -> None:
    async with world() as (fake, chaster):
        ids = fake.seed_ids
        wendy, walt = ids["wendyLock"], ids["waltLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.keyholder_locks(store=store), store)
        (new,) = fake.seed_keyholder_locks(1)
        await chaster.locks.update_time(wendy, body={"duration": 3600})
        await chaster.locks.set_freeze(wendy, body={"isFrozen": True})
        await chaster.locks.set_freeze(walt, body={"isFrozen": False})
        events = await take(chaster.watch.keyholder_locks(store=store), 5)
        assert sorted(describe(e) for e in events) == sorted(
            [
                f"LockAppeared:{new}",
                f"LockFrozen:{wendy}",
                f"LockTimeChanged:{wendy}",
                f"LockUnfrozen:{walt}",
                f"LockTimeChanged:{walt}",  # unfreezing moves the end date
            ]
        )
        appeared = next(e for e in events if isinstance(e, LockAppeared))
        assert isinstance(appeared.lock, LockForKeyholder) and appeared.lock.id == new
        changed = next(e for e in events if isinstance(e, LockTimeChanged) and e.lock_id == wendy)
        assert changed.previous_end_date is not None and changed.end_date is not None
        assert changed.end_date - changed.previous_end_date == dt.timedelta(hours=1)
        assert isinstance(
            next(e for e in events if e.lock_id == walt and not isinstance(e, LockTimeChanged)), LockUnfrozen
        )
        assert len({e.id for e in events}) == 5
        await chaster.locks.unlock(new)
        (ended,) = await take(chaster.watch.keyholder_locks(store=store), 1)
        assert (type(ended), ended.lock_id, ended.reason) == (LockEnded, new, "unlocked")
        await chaster.locks.archive_keyholder(new)  # it leaves the keyholder's search
        (gone,) = await take(chaster.watch.keyholder_locks(store=store), 1)
        assert isinstance(gone, LockEnded) and gone.lock is None and gone.reason == "gone"
        assert await nothing_more(chaster.watch.keyholder_locks(store=store)) == []
        assert isinstance(frozen := next(e for e in events if isinstance(e, LockFrozen)), LockFrozen)
        assert frozen.lock is not None and frozen.lock.is_frozen


# -- keyholding requests ----------------------------------------------------------------------------


def serve_offers(fake: FakeChaster) -> list[dict[str, Any]]:
    """FakeChaster answers session offers with a canned example; serve a list the test controls."""
    offers: list[dict[str, Any]] = []

    async def handler(ctx: Any) -> Any:
        return list(offers)

    fake.set_handler("session_offer.get_keyholder_requests", handler)
    return offers


def new_offer(fake: FakeChaster, offers: list[dict[str, Any]], lock_id: str) -> str:
    now = iso(fake.clock.now())
    offer_id = fake.state.new_id()
    offers.append(
        {
            "_id": offer_id,
            "keyholder": fake.seed_ids["kim"],
            "lock": fake.state.lock_public(lock_id, None),
            "createdAt": now,
            "updatedAt": now,
            "status": "pending",
        }
    )
    return offer_id


@needs("session_offer.get_keyholder_requests")
async def test_keyholding_requests() -> None:
    if FakeChaster(seed=False).older_document:
        pytest.skip("the offer records this test serves follow the 0.35.0 schema, not this older document's")
    async with world() as (fake, chaster):
        offers = serve_offers(fake)
        first = new_offer(fake, offers, fake.seed_ids["wendySelfLock"])
        store = MemoryCursorStore()
        await started(chaster.watch.keyholding_requests(store=store), store)
        assert store.cursors["keyholding_requests"]["seen"] == [first]
        made = [new_offer(fake, offers, fake.seed_ids["wendySelfLock"]) for _ in range(3)]
        events = await take(chaster.watch.keyholding_requests(store=store), 3)
        assert [e.id for e in events] == made
        assert all(isinstance(e, KeyholdingRequestEvent) for e in events)
        assert str(events[0].request.status) == "pending"
        del offers[:2]  # accepted or rejected: no longer listed, forgotten by the cursor
        assert await nothing_more(chaster.watch.keyholding_requests(store=store)) == []
        later = new_offer(fake, offers, fake.seed_ids["wendySelfLock"])
        assert [e.id for e in await take(chaster.watch.keyholding_requests(store=store), 1)] == [later]


# -- extension sessions -----------------------------------------------------------------------------


@needs("partner_extensions.get_sessions", "partner_extensions.patch_extension_session")
async def test_extension_sessions_created_changed_ended() -> None:
    async with world() as (fake, chaster):
        slug = fake.seed_ids["extensionSlug"]
        store = MemoryCursorStore()
        await started(chaster.watch.extension_sessions(slug, store=store), store)
        (created,) = fake.seed_extension_sessions(1)
        await chaster.partner_extensions.patch_extension_session(
            fake.seed_ids["session"], body={"data": {"x": 1}}
        )
        fake.state.locks[fake.state.sessions[fake.seed_ids["waltSession"]]["lock"]]["status"] = "unlocked"
        events = await take(chaster.watch.extension_sessions(slug, store=store), 3)
        assert sorted(describe(e) for e in events) == sorted(
            [
                f"SessionCreated:{created}",
                f"SessionChanged:{fake.seed_ids['session']}",
                f"SessionEnded:{fake.seed_ids['waltSession']}",
            ]
        )
        changed = next(e for e in events if isinstance(e, SessionChanged))
        assert changed.fields == ("data",)
        ended = next(e for e in events if isinstance(e, SessionEnded))
        assert ended.reason == "unlocked" and ended.session is not None
        fake.state.remove_lock_extension(
            fake.state.sessions[created]["lock"], fake.state.sessions[created]["party"]
        )
        (gone,) = await take(chaster.watch.extension_sessions(slug, store=store), 1)
        assert isinstance(gone, SessionEnded) and gone.reason == "gone" and gone.session_id == created


# -- durability, acknowledgement, errors ------------------------------------------------------------


async def test_restart_resumes_exactly_where_it_stopped(tmp_path: Path) -> None:
    path = tmp_path / "cursors.json"
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        await started(chaster.watch.lock_history(lock, store=JsonFileCursorStore(path)))
        assert path.exists()
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(30)]
        first = await take(chaster.watch.lock_history(lock, store=JsonFileCursorStore(path)), 12)
        # "restart": a new client and a new store reading the same file
        async with make_client(fake) as again:
            again.watch.configure(budget=fast_budget())
            rest = await take(again.watch.lock_history(lock, store=JsonFileCursorStore(path)), 18)
            assert [e.id for e in first + rest] == made
            assert await nothing_more(again.watch.lock_history(lock, store=JsonFileCursorStore(path))) == []


async def test_unacknowledged_event_is_delivered_again_with_the_same_id() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(4)]
        seen: list[str] = []
        with pytest.raises(RuntimeError, match="handler crashed"):
            async with chaster.watch.lock_history(lock, store=store) as stream:
                async for event in stream:
                    seen.append(event.id)
                    if len(seen) == 2:
                        raise RuntimeError("handler crashed")
        again = await take(chaster.watch.lock_history(lock, store=store), 3)
        assert seen == made[:2]
        assert [e.id for e in again] == made[1:]  # the second one again: at-least-once, same id


async def test_run_handler_error_is_typed_and_keeps_the_cursor(caplog: pytest.LogCaptureFixture) -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(3)]
        handled: list[str] = []

        async def handler(event: HistoryEvent) -> None:
            if event.id == made[1]:
                raise ValueError("bad entry")
            handled.append(event.id)

        with caplog.at_level(logging.ERROR, logger="chaster_async.watch"):
            with pytest.raises(ConsumerError) as caught:
                await chaster.watch.lock_history(lock, store=store).run(handler)
        assert caught.value.event.id == made[1]
        assert isinstance(caught.value.__cause__, ValueError)
        assert any("stays unacknowledged" in r.getMessage() for r in caplog.records)
        assert handled == made[:1]
        # skip: logged, acknowledged, next
        skipped = chaster.watch.lock_history(lock, store=store)

        async def skip_handler(event: HistoryEvent) -> None:
            if event.id == made[1]:
                raise ValueError("bad entry")
            handled.append(event.id)
            if event.id == made[2]:
                skipped.stop()

        await asyncio.wait_for(skipped.run(skip_handler, on_error="skip"), 10)
        assert handled == [made[0], made[2]]
        assert await nothing_more(chaster.watch.lock_history(lock, store=store)) == []


async def test_manual_ack_is_cumulative_per_source() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(5)]
        stream = chaster.watch.lock_history(lock, store=store, ack="manual")
        got: list[HistoryEvent] = []
        async with stream:
            async for event in stream:
                got.append(event)
                if len(got) == 3:
                    await stream.ack(got[1])  # the first two
                if len(got) == 5:
                    break
        # leaving the block acknowledges nothing in manual mode: from the third on again
        again = await take(chaster.watch.lock_history(lock, store=store), 3)
        assert [e.id for e in again] == made[2:]


async def test_transient_poll_errors_are_logged_and_retried(caplog: pytest.LogCaptureFixture) -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(3)]
        fake.fail_next("locks.get_lock_history", times=3, status=500)  # a POST: not re-sent
        stream = chaster.watch.lock_history(lock, store=store)
        with caplog.at_level(logging.WARNING, logger="chaster_async.watch"):
            events = await take(stream, 3)
        assert [e.id for e in events] == made
        assert len(stream.errors) == 3 and type(stream.errors[0]).__name__ == "ServerError"
        assert sum("retrying in" in r.getMessage() for r in caplog.records) == 3


async def test_fatal_poll_error_is_typed_and_keeps_the_cursor() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        before = dict(store.cursors)
        with pytest.raises(PollError) as caught:
            await take(chaster.watch.lock_history(lock, "65e1f999c4a57e0f2b999999", store=store), 1)
        assert isinstance(caught.value.error, NotFoundError)
        assert caught.value.key == "lock_history:65e1f999c4a57e0f2b999999"
        assert store.cursors[f"lock_history:{lock}"] == before[f"lock_history:{lock}"]
        # the consumer may go on: the other sources keep being polled
        made = fake.state.add_log(lock, "custom", "still watched")["_id"]
        stream = chaster.watch.lock_history(lock, "65e1f999c4a57e0f2b999999", store=store)
        got: list[str] = []
        async with asyncio.timeout(10):
            async with stream:
                while not got:
                    try:
                        got.append((await anext(stream)).id)
                    except PollError:
                        continue
        assert got == [made]


async def test_max_failures_turns_transient_errors_into_a_poll_error() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        fake.fail_next("locks.get_lock_history", times=100, status=503)
        with pytest.raises(PollError) as caught:
            await take(chaster.watch.lock_history(lock, max_failures=2), 1)
        assert type(caught.value.error).__name__ == "ServerError"


async def test_cancellation_stops_cleanly_and_loses_nothing() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        store = MemoryCursorStore()
        await started(chaster.watch.lock_history(lock, store=store), store)
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(3)]
        got: list[str] = []
        stream = chaster.watch.lock_history(lock, store=store)

        async def consume() -> None:
            async with stream:
                async for event in stream:
                    got.append(event.id)

        task = asyncio.ensure_future(consume())
        await wait_until(lambda: len(got) == 3)
        await asyncio.sleep(0.05)  # waiting for more now
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert stream._renewer is None and not any(f.leased for f in stream._feeds)
        more = fake.state.add_log(lock, "custom", "after")["_id"]
        again = await take(chaster.watch.lock_history(lock, store=store), 1)
        # the third was delivered and the consumer waited for the next: it was acknowledged
        assert got == made and [e.id for e in again] == [more]


async def test_unsupported_operation_is_refused_before_any_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(OPERATIONS.by_key, "session_offer.get_keyholder_requests")
    async with world() as (_fake, chaster):
        with pytest.raises(UnsupportedOperationError) as caught:
            chaster.watch.keyholding_requests()
        assert caught.value.missing == ("session_offer.get_keyholder_requests",)


def test_bad_arguments_are_usage_errors() -> None:
    from chaster_async.errors import ChasterUsageError

    chaster = Chaster("token", base_url="http://127.0.0.1:9")
    with pytest.raises(ChasterUsageError):
        chaster.watch.lock_history()
    with pytest.raises(ChasterUsageError):
        chaster.watch.lock_history("a", "a")
    with pytest.raises(ChasterUsageError):
        chaster.watch.messages("c", page_size=0)
    with pytest.raises(ChasterUsageError):
        chaster.watch.lock_history("a", start="yesterday")  # type: ignore[arg-type]
    with pytest.raises(ChasterUsageError):
        chaster.watch.lock_history("a", ack="never")  # type: ignore[arg-type]
    for bad in (
        {"share": 0},
        {"share": 1.5},
        {"limit": 0},
        {"window": 0},
        {"min_interval": 5, "max_interval": 1},
    ):
        with pytest.raises(ChasterUsageError):
            PollBudget(**bad)


@pytest.mark.parametrize(
    "options",
    [
        {"min_interval": -1},  # each was accepted, to fail (or not) somewhere inside the polling
        {"min_interval": "2"},
        {"max_interval": float("nan")},
        {"min_interval": 5, "max_interval": 1},
        {"store": "cursors.json"},
        {"name": 5},
    ],
)
def test_stream_options_of_the_wrong_type_are_refused(options: dict[str, Any]) -> None:
    from chaster_async.errors import ChasterUsageError

    chaster = Chaster("token", base_url="http://127.0.0.1:9")
    with pytest.raises(ChasterUsageError, match=next(iter(options))):
        chaster.watch.lock_history("a", **options)


@pytest.mark.parametrize(
    "options", [{"budget": 5}, {"store": "cursors.json"}, {"owner": 5}, {"name": 5}, {"lease_ttl": 0}]
)
def test_a_refused_watch_option_leaves_the_client_s_watch_working(options: dict[str, Any]) -> None:
    """Watch(chaster, budget=5) stored the 5 as the client's budget before failing, so every later
    Watch of that client (chaster.watch too) raised AttributeError: '_bind'."""
    from chaster_async.errors import ChasterUsageError

    chaster = Chaster("token", base_url="http://127.0.0.1:9")
    with pytest.raises(ChasterUsageError, match=next(iter(options))):
        Watch(chaster, **options)
    with pytest.raises(ChasterUsageError, match=next(iter(options))):
        chaster.watch.configure(**options)
    assert isinstance(chaster.watch.budget, PollBudget)
    assert isinstance(chaster.watch.store, MemoryCursorStore)
    assert chaster.watch.lock_history("a").keys == ["lock_history:a"]


async def test_two_streams_sharing_a_name_do_not_mix_cursors() -> None:
    from chaster_async.errors import ChasterUsageError

    async with world() as (fake, chaster):
        store = MemoryCursorStore()
        store.cursors["lock_history:x"] = {"kind": "messages", "id": None, "at": None, "recent": []}
        with pytest.raises(ChasterUsageError, match="share a name"):
            await take(chaster.watch.lock_history("x", store=store), 1, timeout=5)
        assert fake  # (no request was needed to find out)


# -- the budget -------------------------------------------------------------------------------------


def max_in_window(times: list[float], window: float) -> int:
    best = 0
    start = 0
    for end, t in enumerate(times):
        while times[start] <= t - window:
            start += 1
        best = max(best, end - start + 1)
    return best


async def test_budget_caps_spreads_and_is_fair() -> None:
    budget = PollBudget(limit=100, window=0.5, share=0.4)  # 40 per 0.5 s, bursts of 4
    assert budget.capacity == 40 and budget.burst == 4
    grants: dict[str, int] = defaultdict(int)

    async def source(key: str) -> None:
        while True:
            await budget.acquire(key)
            grants[key] += 1

    tasks = [asyncio.ensure_future(source(k)) for k in "abcde"]
    await asyncio.sleep(1.6)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    times = list(budget.grant_times)
    assert max_in_window(times, 0.5) <= 40
    assert 100 <= len(times) <= 4 + 40 * 1.6 / 0.5 + 1
    # spread: in any tenth of a second, at most the burst plus the pace (never the whole share)
    assert max_in_window(times, 0.1) <= budget.burst + 0.1 * budget.rate + 1
    assert max(grants.values()) - min(grants.values()) <= 1  # round robin over the sources


async def test_budget_waits_for_due_time_and_intervals_adapt() -> None:
    async with world() as (fake, chaster):
        lock = fake.seed_ids["wendyLock"]
        chaster.watch.configure(budget=fast_budget(min_interval=0.05, max_interval=0.4, backoff=2))
        stream = chaster.watch.lock_history(lock)
        idle = await nothing_more(stream, 1.0)
        assert idle == []
        # idle: 0.05, 0.1, 0.2, 0.4, 0.4 ... : a handful of polls in a second, not 20
        assert 3 <= stream.requests <= 8
        assert stream._feeds[0].interval == 0.4


# -- fleet: one process polls a source --------------------------------------------------------------


async def _fleet(fake: FakeChaster, store: Any) -> None:
    lock = fake.seed_ids["wendyLock"]
    async with make_client(fake) as one, make_client(fake) as two:
        budget = fast_budget()
        w1 = Watch(one, store=store, budget=budget, owner="one", lease_ttl=0.6)
        w2 = Watch(two, store=store, budget=fast_budget(), owner="two", lease_ttl=0.6)
        s1 = w1.lock_history(lock, start="now")
        got1: list[str] = []
        got2: list[str] = []

        async def consume(stream: WatchStream[HistoryEvent], out: list[str]) -> None:
            async with stream:
                async for event in stream:
                    out.append(event.id)

        t1 = asyncio.ensure_future(consume(s1, got1))
        await wait_until(lambda: s1.polls > 0)
        s2 = w2.lock_history(lock)
        t2 = asyncio.ensure_future(consume(s2, got2))
        made = [fake.state.add_log(lock, "custom", f"{i}")["_id"] for i in range(5)]
        await wait_until(lambda: len(got1) == 5)
        await asyncio.sleep(0.3)
        assert s2.requests == 0 and got2 == []  # standing by
        s1.stop()
        await t1  # leaves the block: acknowledged, lease released
        more = [fake.state.add_log(lock, "custom", f"later {i}")["_id"] for i in range(3)]
        await wait_until(lambda: len(got2) == 3)
        s2.stop()
        await t2
        assert got1 == made and got2 == more


async def test_fleet_one_process_polls_a_source_memory_store() -> None:
    async with world() as (fake, _chaster):
        await _fleet(fake, MemoryCursorStore())


async def test_fleet_one_process_polls_a_source_redis(redis_url: str) -> None:
    import uuid

    store = RedisCursorStore(redis_url, prefix=f"test:{uuid.uuid4().hex}:")
    try:
        async with world() as (fake, _chaster):
            await _fleet(fake, store)
    finally:
        await store.close()


async def test_a_lapsed_lease_is_taken_over_and_fenced(redis_url: str) -> None:
    import uuid

    store = RedisCursorStore(redis_url, prefix=f"test:{uuid.uuid4().hex}:")
    try:
        async with world() as (fake, chaster):
            lock = fake.seed_ids["wendyLock"]
            key = f"lock_history:{lock}"
            stream = chaster.watch.configure(store=store, owner="slow", lease_ttl=30).lock_history(lock)
            task = asyncio.ensure_future(take(stream, 1, timeout=10))
            await wait_until(lambda: stream.polls > 0 or stream._feeds[0].cursor is not None)
            # another process takes the source over (as if this one's lease had lapsed)
            await store.release(key, "slow")
            assert await store.acquire(key, "fast", 30)
            await store.save(
                key, {"kind": "lock_history", "id": None, "at": None, "recent": []}, owner="fast"
            )
            fake.state.add_log(lock, "custom", "x")
            got = await task  # delivered here before it noticed; its ack is refused by the fence
            assert len(got) == 1
            assert (await store.load(key)) == {"kind": "lock_history", "id": None, "at": None, "recent": []}
    finally:
        await store.close()


# -- the acceptance test: 1,000 events, two restarts, the bot keeps its share -----------------------


TIMELINE = ("lock_history:", "messages:")
BURST = 40


class Run:
    """One "process" of the bot: a client, five streams on one JSON cursor file, its own calls."""

    def __init__(
        self, fake: FakeChaster, path: Path, delivered: dict[str, list[str]], sources: dict[str, Any]
    ):
        self.fake = fake
        self.path = path
        self.delivered = delivered
        self.sources = sources
        self.bursts: list[float] = []
        self.budget = fast_budget(min_interval=0.02, max_interval=0.15)

    async def start(self) -> None:
        self.chaster = make_client(self.fake)
        watch = Watch(self.chaster, store=JsonFileCursorStore(self.path), budget=self.budget)
        s = self.sources
        self.streams: list[WatchStream[Any]] = [
            watch.lock_history(*s["locks"], page_size=25),
            watch.messages(*s["conversations"], page_size=25),
            watch.keyholder_locks(),
            watch.keyholding_requests(),
            watch.extension_sessions(s["slug"]),
        ]
        self.bot_stop = asyncio.Event()
        self.started_at = asyncio.get_running_loop().time()
        self.tasks = [asyncio.ensure_future(self.consume(stream)) for stream in self.streams]
        self.tasks.append(asyncio.ensure_future(self.bot()))

    async def consume(self, stream: WatchStream[Any]) -> None:
        async with stream:
            async for event in stream:
                self.delivered[event.key].append(describe(event))
                await asyncio.sleep(0)

    async def bot(self) -> None:
        """The bot's own calls: bursts of BURST gathered calls (more than its share of a window
        at once), a short pause between them. Each burst's duration is recorded."""
        loop = asyncio.get_running_loop()
        while not self.bot_stop.is_set():
            began = loop.time()
            await asyncio.gather(*(self.chaster.profile.me() for _ in range(BURST)))
            self.bursts.append(loop.time() - began)
            try:
                await asyncio.wait_for(self.bot_stop.wait(), 0.3)
            except TimeoutError:
                pass

    async def stop(self) -> None:
        self.stopped_at = asyncio.get_running_loop().time()
        self.bot_stop.set()
        for stream in self.streams:
            stream.stop()
        await asyncio.gather(*self.tasks)
        await self.chaster.close()


@needs(
    "locks.get_lock_history",
    "messaging.get_messages",
    "keyholder.search_locks",
    "session_offer.get_keyholder_requests",
    "partner_extensions.get_sessions",
    "profile.me",
)
async def test_1000_events_two_restarts_none_lost_none_repeated_no_429(tmp_path: Path) -> None:
    fake = scaled_fake()
    ids = fake.seed_ids
    offers = serve_offers(fake)
    sources = {
        "locks": [ids["wendyLock"], ids["waltLock"], ids["kimLock"]],
        "conversations": [ids["conversation"], ids["waltConversation"], ids["samConversation"]],
        "slug": ids["extensionSlug"],
    }
    path = tmp_path / "cursors.json"
    expected: dict[str, list[str]] = defaultdict(list)
    delivered: dict[str, list[str]] = defaultdict(list)
    state = fake.state
    made_locks: list[list[str]] = []
    made_sessions: list[list[str]] = []

    def produce(batch: int) -> None:
        for i in range(40):
            for lock in sources["locks"]:
                expected[f"lock_history:{lock}"].append(state.add_log(lock, "custom", f"b{batch} {i}")["_id"])
            for cid in sources["conversations"]:
                other = next(u for u in state.conversations[cid]["users"] if u != ids["kim"])
                expected[f"messages:{cid}"].append(state.add_message(cid, other, f"b{batch} {i}")["_id"])
        if made_locks:  # changes to what the previous batch made (seen by the watcher by then)
            a, b, c, d = made_locks[-1]
            for lid in (a, b):
                state.locks[lid]["frozenAt"] = state.now()
                state.touch(state.locks[lid])
                expected["keyholder_locks"].append(f"LockFrozen:{lid}")
            for lid in (c, d):
                state.locks[lid]["endDate"] += dt.timedelta(hours=batch)
                state.touch(state.locks[lid])
                expected["keyholder_locks"].append(f"LockTimeChanged:{lid}")
            changed, ended = made_sessions[-1]
            state.sessions[changed]["data"] = {"batch": batch}
            expected[f"extension_sessions:{sources['slug']}"].append(f"SessionChanged:{changed}")
            lock = state.locks[state.sessions[ended]["lock"]]
            lock["status"] = "unlocked"
            lock["unlockedAt"] = state.now()
            state.touch(lock)
            expected["keyholder_locks"].append(f"LockEnded:{lock['_id']}")
            expected[f"extension_sessions:{sources['slug']}"].append(f"SessionEnded:{ended}")
        new_locks = fake.seed_keyholder_locks(4)
        new_sessions = fake.seed_extension_sessions(2)
        made_locks.append(new_locks)
        made_sessions.append(new_sessions)
        for lid in new_locks + [state.sessions[sid]["lock"] for sid in new_sessions]:
            expected["keyholder_locks"].append(f"LockAppeared:{lid}")
        for sid in new_sessions:
            expected[f"extension_sessions:{sources['slug']}"].append(f"SessionCreated:{sid}")
        for _ in range(6):
            expected["keyholding_requests"].append(new_offer(fake, offers, ids["wendySelfLock"]))

    def delivered_all(prefixes: tuple[str, ...] | None = None) -> bool:
        return all(
            len(delivered[key]) >= len(events)
            for key, events in expected.items()
            if prefixes is None or not key.startswith(prefixes)
        )

    def timeline_outstanding() -> int:
        return sum(len(v) - len(delivered[k]) for k, v in expected.items() if k.startswith(TIMELINE))

    def explain() -> str:
        now = asyncio.get_running_loop().time()
        tasks = [t.exception() if t.done() else "running" for t in runs[-1].tasks[:5]]
        feeds = [
            (f.key[-6:], round(f.due - now, 2), f.interval, f.failed, f.leased, f.failures)
            for stream in runs[-1].streams
            for f in stream._feeds
        ]
        counts = ", ".join(f"{k}: {len(delivered[k])}/{len(v)}" for k, v in expected.items())
        return f"{counts}; tasks {tasks}; feeds {feeds}; budget waiters {len(runs[-1].budget._waiters)}"

    runs: list[Run] = []
    loop = asyncio.get_running_loop()
    lags: list[float] = []

    async def monitor() -> None:
        while True:
            before = loop.time()
            await asyncio.sleep(0.01)
            lags.append(loop.time() - before - 0.01)

    lag_task = asyncio.ensure_future(monitor())
    marks: list[tuple[str, float]] = []
    async with fake.serve():
        run = Run(fake, path, delivered, sources)
        runs.append(run)
        await run.start()
        await wait_until(lambda: path.exists() and len(JsonFileCursorStore(path)._read()) == 9)
        marks.append(("produce(1)", loop.time()))
        produce(1)  # while running
        await wait_until(lambda: delivered_all(TIMELINE) and timeline_outstanding() < 300, explain=explain)
        outstanding = [timeline_outstanding()]
        await run.stop()  # stopped mid-stream
        marks.append(("produce(2)", loop.time()))
        produce(2)  # while stopped
        # A new process's limiter starts empty, knowing nothing of the requests the last one sent
        # within the window (the server's X-RateLimit-* headers correct it after the first answers,
        # too late for the first few): come back after a window, as a restarting process would.
        await asyncio.sleep(WINDOW)
        run = Run(fake, path, delivered, sources)
        runs.append(run)
        await run.start()  # restart 1
        await wait_until(lambda: delivered_all(TIMELINE), explain=explain)
        marks.append(("produce(3)", loop.time()))
        produce(3)
        await wait_until(lambda: delivered_all(TIMELINE) and timeline_outstanding() < 300, explain=explain)
        outstanding.append(timeline_outstanding())
        await run.stop()
        marks.append(("produce(4)", loop.time()))
        produce(4)
        await asyncio.sleep(WINDOW)
        run = Run(fake, path, delivered, sources)
        runs.append(run)
        await run.start()  # restart 2
        await wait_until(delivered_all, timeout=30, explain=explain)
        marks.append(("drained", loop.time()))
        await asyncio.sleep(0.3)  # anything more would be a duplicate
        await run.stop()

    lag_task.cancel()
    lags.sort()
    print(
        f"loop lag p50 {lags[len(lags) // 2]:.3f} s, p99 {lags[int(len(lags) * 0.99)]:.3f} s, max {lags[-1]:.3f} s"
    )
    total = sum(len(v) for v in expected.values())
    print(
        f"\n{total} events in {runs[-1].stopped_at - runs[0].started_at:.1f} s, {len(fake.requests)} requests, outstanding at the stops: {outstanding}"
    )
    print("  " + ", ".join(f"{name} at {at - marks[0][1]:.1f} s" for name, at in marks))
    burst_rates = sorted(BURST / seconds for run in runs for seconds in run.bursts)
    print(
        f"  bot bursts: {len(burst_rates)}, calls/s min {burst_rates[0]:.0f} median {burst_rates[len(burst_rates) // 2]:.0f}"
    )
    assert total >= 1000
    assert sum(len(v) for v in delivered.values()) == total  # 0 lost, 0 duplicated
    for key, events in expected.items():
        if key.startswith(TIMELINE):
            assert delivered[key] == events, key  # order kept, per source
        else:
            assert sorted(delivered[key]) == sorted(events), key
    assert [r for r in fake.requests if r.status == 429] == []
    # Polling never took more than its share in any window; during its bursts (which saturate
    # the client) the bot's own calls went at least at the reserved rate.
    reserved = (LIMIT - runs[0].budget.capacity) / WINDOW
    bursts = [seconds for run in runs for seconds in run.bursts]
    assert len(bursts) >= 6
    for run in runs:
        assert max_in_window(list(run.budget.grant_times), WINDOW) <= run.budget.capacity
    rates = sorted(BURST / seconds for seconds in bursts)
    assert rates[len(rates) // 2] >= reserved, (rates, reserved)  # the median burst
    assert rates[0] >= reserved * 0.75, (rates, reserved)


class FlakyStore(MemoryCursorStore):
    """A store that is down for its first ``failures`` calls of acquire and save."""

    def __init__(self, failures: int) -> None:
        super().__init__()
        self.failures = failures

    def _maybe_fail(self) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionError("store down")

    async def acquire(self, key: str, owner: str, ttl: float) -> bool:
        self._maybe_fail()
        return await super().acquire(key, owner, ttl)

    async def save(self, key: str, cursor: dict[str, Any], *, owner: str | None = None) -> None:
        self._maybe_fail()
        await super().save(key, cursor, owner=owner)


async def test_a_failing_store_is_retried(caplog: pytest.LogCaptureFixture) -> None:
    async with world() as (fake, chaster):
        chaster.watch.configure(budget=fast_budget(min_interval=0.01))
        lock = fake.seed_ids["wendyLock"]
        store = FlakyStore(failures=2)  # the lease, then the first cursor
        stream = chaster.watch.lock_history(lock, store=store, min_interval=0.01)
        with caplog.at_level(logging.WARNING, logger="chaster_async.watch"):
            async with asyncio.timeout(10):
                await started(stream)
        assert sum("the cursor store failed" in r.getMessage() for r in caplog.records) == 2
        made = fake.state.add_log(lock, "custom", "after the outage")["_id"]
        assert [e.id for e in await take(chaster.watch.lock_history(lock, store=store), 1)] == [made]
