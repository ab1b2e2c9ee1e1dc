"""Watchers: typed event streams over polling, with durable cursors and a shared rate budget.

    async with chaster.watch.lock_history(lock_id, store=JsonFileCursorStore("cursors.json")) as events:
        async for event in events:          # HistoryEvent, oldest first, once each
            print(event.entry.title)        # the spec's ActionLogForPublic

Streams (each a :class:`WatchStream`, made by :class:`Watch`, ``chaster.watch``):

- ``lock_history(*lock_ids)`` -> :class:`HistoryEvent` (new action-log entries);
- ``messages(*conversation_ids)`` -> :class:`MessageEvent` (new messages);
- ``keyholder_locks()`` -> :class:`LockAppeared`, :class:`LockEnded`, :class:`LockFrozen`,
  :class:`LockUnfrozen`, :class:`LockTimeChanged` (from the keyholder search);
- ``keyholding_requests()`` -> :class:`KeyholdingRequestEvent` (new session offers from wearers);
- ``extension_sessions(slug)`` -> :class:`SessionCreated`, :class:`SessionChanged`,
  :class:`SessionEnded` (for extension backends that cannot receive webhooks).

**Acknowledgement.** Each polled source (one lock's history, one conversation...) has a cursor in
a :class:`~chaster_async._cursors.CursorStore`. With ``ack="auto"`` (the default) an event is
acknowledged when the consumer asks for the next one, or leaves the ``async with`` block without
an exception; with ``ack="manual"`` the consumer calls ``await stream.ack(event)``
(cumulative: every earlier event of that source too). An acknowledgement saves the cursor right
after the event, so a watcher started again resumes exactly there. An event delivered but not
acknowledged (the process died while handling it) is delivered again: at-least-once, with
``event.id`` stable across deliveries to de-duplicate by.

**Budget.** All streams of a client share one :class:`PollBudget`: at most ``share`` (default
half) of the client's request limit goes to polling, spread over time (never a burst of the whole
share) and fairly over the polled sources (the one served longest ago goes first); each source's
interval shrinks while it has news and grows while it is idle. Polls go through the client like
any call, so its rate limiter paces them with the bot's own calls.
"""

from __future__ import annotations

import asyncio
import collections
import inspect
import itertools
import logging
import math
import os
import socket
import uuid
import weakref
from collections.abc import Awaitable, Callable, Iterable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from . import _options
from ._cursors import Cursor, CursorStore, JsonFileCursorStore, MemoryCursorStore, RedisCursorStore
from ._poll_budget import _BUDGETS, PollBudget, _client_limit
from ._watch_events import (
    E,
    HistoryEvent,
    KeyholderLockEvent,
    KeyholdingRequestEvent,
    LockAppeared,
    LockEnded,
    LockFrozen,
    LockTimeChanged,
    LockUnfrozen,
    MessageEvent,
    SessionChanged,
    SessionCreated,
    SessionEnded,
    SessionEvent,
    WatchEvent,
)
from ._watch_feeds import (
    Start,
    _AllMessagesFeed,
    _Feed,
    _HistoryFeed,
    _KeyholderLocksFeed,
    _KeyholdingRequestsFeed,
    _MessagesFeed,
    _SessionsFeed,
)
from .errors import (
    ChasterError,
    ChasterUsageError,
    ConsumerError,
    LeaseLostError,
    PaginationError,
    PollError,
    RateLimitError,
    ResponseDecodeError,
    ServerError,
    TransportError,
    WatchError,
)
from .operations import OPERATIONS

if TYPE_CHECKING:
    from ._client import Chaster

__all__ = [
    "ConsumerError",
    "CursorStore",
    "HistoryEvent",
    "JsonFileCursorStore",
    "KeyholderLockEvent",
    "KeyholdingRequestEvent",
    "LeaseLostError",
    "LockAppeared",
    "LockEnded",
    "LockFrozen",
    "LockTimeChanged",
    "LockUnfrozen",
    "MemoryCursorStore",
    "MessageEvent",
    "PollBudget",
    "PollError",
    "RedisCursorStore",
    "SessionChanged",
    "SessionCreated",
    "SessionEnded",
    "SessionEvent",
    "Watch",
    "WatchError",
    "WatchEvent",
    "WatchStream",
]

logger = logging.getLogger("chaster_async.watch")

AckMode = Literal["auto", "manual"]
T = TypeVar("T")

# Errors a later poll may not meet again: logged, retried with a growing delay.
_TRANSIENT = (TransportError, ServerError, RateLimitError, ResponseDecodeError, PaginationError)

# The started streams of this process by (store, source key, lease owner). Two streams of one
# source, store and owner would both hold the lease (it is the owner's), both deliver every
# event, and the slower one's acknowledgements would move the cursor back: what the other had
# acknowledged would come again after a restart. The second is refused instead.
_STARTED: dict[tuple[object, str, str], weakref.ref[WatchStream[Any]]] = {}


# ---------------------------------------------------------------------------------------------
# The stream
# ---------------------------------------------------------------------------------------------


class WatchStream(Generic[E]):
    """An ``async for`` stream of events of one kind, from one or more polled sources.

    Use it as ``async with stream: async for event in stream: ...`` (leaving the block without an
    exception acknowledges the last event and gives the leases back), or ``await
    stream.run(handler)``. See the module docstring for acknowledgement and the budget.

    ``requests`` counts the API requests this stream spent, ``delivered`` the events it handed
    out, ``errors`` keeps the last transient poll errors (logged at WARNING and retried), and
    ``polls`` the number of polls.
    """

    def __init__(
        self,
        watch: Watch,
        feeds: Sequence[_Feed[E]],
        *,
        store: CursorStore,
        start: Start,
        ack: AckMode,
        min_interval: float | None,
        max_interval: float | None,
        max_failures: int | None,
    ) -> None:
        if start not in ("now", "beginning"):
            raise ChasterUsageError(f"start must be 'now' or 'beginning', not {start!r}")
        if ack not in ("auto", "manual"):
            raise ChasterUsageError(f"ack must be 'auto' or 'manual', not {ack!r}")
        if max_failures is not None and (
            isinstance(max_failures, bool) or not isinstance(max_failures, int) or max_failures < 1
        ):
            raise ChasterUsageError(f"max_failures must be None or an int >= 1, not {max_failures!r}")
        for name, value in (("min_interval", min_interval), ("max_interval", max_interval)):
            if value is not None:  # None: the budget's
                _options.seconds(name, value)
        if min_interval is not None and max_interval is not None and max_interval < min_interval:
            raise ChasterUsageError(f"max_interval ({max_interval}) is below min_interval ({min_interval})")
        _store(store)
        keys = [feed.key for feed in feeds]
        if len(set(keys)) != len(keys):
            raise ChasterUsageError(f"a source is named twice: {sorted(keys)}")
        self.watch = watch
        self.store = store
        self.start = start
        self.ack_mode = ack
        self.min_interval = min_interval
        self.max_interval = max_interval
        self.max_failures = max_failures
        self._feeds = list(feeds)
        self._by_key = {feed.key: feed for feed in feeds}
        self._buffer: collections.deque[E] = collections.deque()
        self._unacked: list[E] = []  # delivered, not acknowledged yet, in delivery order
        self._acked_seq: dict[str, int] = {}
        self._seq: dict[int, int] = {}
        self._counter = itertools.count()
        self._renewer: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()
        self._closed = False
        self._started = False
        self._registered: list[tuple[object, str, str]] = []
        self.requests = 0
        self.delivered = 0
        self.polls = 0
        self.errors: collections.deque[ChasterError] = collections.deque(maxlen=20)

    def __repr__(self) -> str:
        return f"WatchStream({', '.join(self.keys)}; delivered {self.delivered}, requests {self.requests})"

    @property
    def keys(self) -> list[str]:
        """The cursor keys of the polled sources."""
        return [feed.key for feed in self._feeds]

    @property
    def ready(self) -> bool:
        """Whether every source has its cursor (loaded, or taken at the first poll): from then
        on, with ``start="now"``, whatever happens is delivered."""
        return all(feed.cursor is not None for feed in self._feeds)

    # -- lifecycle ----------------------------------------------------------------------------
    async def __aenter__(self) -> WatchStream[E]:
        self._begin()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None and self.ack_mode == "auto":
            await self._ack_all()
        elif (
            exc is not None and self._unacked and not isinstance(exc, asyncio.CancelledError | GeneratorExit)
        ):
            logger.warning(
                "watch: %s raised while event %s of %s was being handled; it stays unacknowledged "
                "(delivered again on restart)",
                type(exc).__name__,
                self._unacked[-1].id,
                self._unacked[-1].key,
            )
        await self.aclose()

    def _begin(self) -> None:
        if self._closed:
            raise ChasterUsageError("this watch stream is closed; make a new one")
        if not self._started:
            self._register()
            self._started = True
            self._renewer = asyncio.get_running_loop().create_task(
                self._renew_leases(), name=f"chaster_async.watch leases {self.keys[0]}"
            )

    def _register(self) -> None:
        for dead in [slot for slot, found in _STARTED.items() if found() is None]:
            del _STARTED[dead]  # streams dropped without being closed
        # Two JsonFileCursorStore of one file are one store.
        store: object = self.store.identity if isinstance(self.store, JsonFileCursorStore) else id(self.store)
        slots: list[tuple[object, str, str]] = [(store, key, self.watch.owner) for key in self.keys]
        for slot in slots:
            found = _STARTED.get(slot)
            other = found() if found is not None else None
            if other is not None and other is not self and not other._closed:
                raise ChasterUsageError(
                    f"{slot[1]!r} is watched already by another open stream of this process with "
                    "the same store and owner: close that one first, or give one of them its own name="
                )
        for slot in slots:
            _STARTED[slot] = weakref.ref(self)
        self._registered = slots

    def _unregister(self) -> None:
        for slot in self._registered:
            found = _STARTED.get(slot)
            if found is not None and found() in (self, None):
                del _STARTED[slot]
        self._registered = []

    def stop(self) -> None:
        """Ask the stream to end: the iteration stops (StopAsyncIteration) at its next step,
        polls and waits in progress are abandoned (nothing is lost: cursors only move on acks)."""
        self._stop.set()

    async def aclose(self) -> None:
        """Stop polling and give the leases back. Unacknowledged events stay unacknowledged."""
        if self._closed and self._renewer is None:
            return
        self._closed = True
        self._stop.set()
        self._unregister()
        renewer, self._renewer = self._renewer, None
        if renewer is not None:
            renewer.cancel()
            try:
                await renewer
            except asyncio.CancelledError:
                pass
        for feed in self._feeds:
            if feed.leased:
                feed.leased = False
                try:
                    await self.store.release(feed.key, self.watch.owner)
                except Exception as exc:  # the lease expires by itself anyway
                    logger.warning("watch: could not release the lease of %s: %r", feed.key, exc)
        self._buffer.clear()

    # -- acknowledgement ----------------------------------------------------------------------
    async def ack(self, event: E | None = None) -> None:
        """Acknowledge ``event`` (default: the last one delivered) and every event of its source
        delivered before it: their cursor is saved, and they will not be delivered again."""
        if not self._unacked:
            return
        if event is None:
            await self._ack_all()
            return
        # by identity: events compare by content, and comparing models would read them all
        upto = next((i for i, e in enumerate(self._unacked) if e is event), None)
        if upto is None:
            return  # already acknowledged (or not delivered by this stream)
        done = {id(e) for e in self._unacked[: upto + 1] if e.key == event.key}
        await self._save(event)
        self._unacked = [e for e in self._unacked if id(e) not in done]

    async def _ack_all(self) -> None:
        last: dict[str, E] = {}
        for event in self._unacked:
            last[event.key] = event
        for event in last.values():
            await self._save(event)
        self._unacked = []

    async def _save(self, event: E) -> None:
        feed = self._by_key[event.key]
        if event._epoch != feed.epoch or not feed.leased:
            logger.warning("watch: %s lost its lease; event %s is not acknowledged here", event.key, event.id)
            return
        try:
            await self.store.save(event.key, event._cursor, owner=self.watch.owner)
        except LeaseLostError:
            logger.warning("watch: %s lost its lease; event %s is not acknowledged here", event.key, event.id)
            self._lose(feed)

    # -- iteration -----------------------------------------------------------------------------
    def __aiter__(self) -> WatchStream[E]:
        return self

    async def __anext__(self) -> E:
        self._begin()
        if self.ack_mode == "auto" and self._unacked:
            await self._ack_all()
        event = await self._next()
        if event is None:
            raise StopAsyncIteration
        return event

    async def _next(self) -> E | None:
        loop = asyncio.get_running_loop()
        while True:
            if self._closed or self._stop.is_set():
                return None
            if self._buffer:
                event = self._buffer.popleft()
                self._unacked.append(event)
                self.delivered += 1
                return event
            active = [feed for feed in self._feeds if not feed.failed]
            if not active:
                return None
            feed = min(active, key=lambda f: f.due)
            if not feed.leased:
                if not await self._until(feed.due):
                    return None
                try:
                    taken = await self._take_lease(feed)
                except ChasterUsageError:
                    raise
                except Exception as exc:  # the store is down: try again later
                    feed.leased = False
                    delay = max(self.watch.budget.min_interval, 1.0)
                    logger.warning(
                        "watch: the cursor store failed on %s (%r); retrying in %.2g s", feed.key, exc, delay
                    )
                    feed.due = loop.time() + delay
                    continue
                if not taken:
                    feed.due = loop.time() + self.watch.lease_ttl / 3
                    continue
            await self._poll(feed)

    async def _until(self, when: float) -> bool:
        """Sleep until loop time ``when``; False if the stream was stopped meanwhile."""
        delay = when - asyncio.get_running_loop().time()
        if delay <= 0:
            return True
        return await self._or_stop(asyncio.sleep(delay)) is not _STOPPED

    async def _or_stop(self, awaitable: Awaitable[T]) -> T | object:
        """Await ``awaitable`` unless stop() comes first (then it is cancelled)."""
        if self._stop.is_set():
            if inspect.iscoroutine(awaitable):
                awaitable.close()
            return _STOPPED
        task = asyncio.ensure_future(awaitable)
        stopper = asyncio.ensure_future(self._stop.wait())
        try:
            await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
        except BaseException:
            task.cancel()
            stopper.cancel()
            raise
        stopper.cancel()
        if task.done():
            return task.result()
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass
        return _STOPPED

    async def _take_lease(self, feed: _Feed[E]) -> bool:
        loop = asyncio.get_running_loop()
        if not await self.store.acquire(feed.key, self.watch.owner, self.watch.lease_ttl):
            logger.debug("watch: %s is polled by another process; waiting", feed.key)
            return False
        feed.leased = True
        feed.lease_at = loop.time()
        feed.epoch += 1
        cursor = await self.store.load(feed.key)
        if cursor is not None:
            feed.check(cursor)
        feed.cursor = cursor
        feed.due = loop.time()
        logger.debug("watch: took the lease of %s (%s)", feed.key, "resuming" if cursor else "new")
        return True

    def _lose(self, feed: _Feed[E]) -> None:
        feed.leased = False
        feed.epoch += 1
        feed.cursor = None
        self._buffer = collections.deque(e for e in self._buffer if e.key != feed.key)
        self._unacked = [e for e in self._unacked if e.key != feed.key]

    async def _renew_leases(self) -> None:
        loop = asyncio.get_running_loop()
        ttl = self.watch.lease_ttl
        while True:
            await asyncio.sleep(ttl / 3)
            for feed in self._feeds:
                if not feed.leased or loop.time() - feed.lease_at < ttl / 3:
                    continue
                try:
                    kept = await self.store.acquire(feed.key, self.watch.owner, ttl)
                except Exception as exc:
                    logger.warning("watch: could not renew the lease of %s: %r", feed.key, exc)
                    continue
                if kept:
                    feed.lease_at = loop.time()
                else:
                    logger.warning("watch: the lease of %s was taken over by another process", feed.key)
                    self._lose(feed)

    def _interval(self, feed: _Feed[E], news: bool) -> float:
        budget = self.watch.budget
        low = budget.min_interval if self.min_interval is None else self.min_interval
        high = budget.max_interval if self.max_interval is None else self.max_interval
        if news or feed.interval is None:
            return low
        return min(high, max(low, feed.interval * budget.backoff))

    async def _poll(self, feed: _Feed[E]) -> None:
        loop = asyncio.get_running_loop()
        budget = self.watch.budget
        first = True

        async def call(factory: Callable[[], Awaitable[T]]) -> T:
            nonlocal first
            due = feed.due if first else None
            first = False
            await budget.acquire(feed.key, due)
            self.requests += 1
            return await factory()

        async def run() -> tuple[list[E], Cursor]:
            if feed.cursor is None:
                cursor = await feed.initial(call, self.start)
                try:
                    await self.store.save(feed.key, cursor, owner=self.watch.owner)
                except LeaseLostError:
                    raise
                except Exception as exc:
                    raise _StoreFailure(exc) from exc
                feed.cursor = cursor
                return [], cursor
            return await feed.poll(call, feed.cursor)

        epoch = feed.epoch
        logger.debug("watch: polling %s", feed.key)
        try:
            outcome = await self._or_stop(run())
        except LeaseLostError:
            logger.warning("watch: %s lost its lease while initialising", feed.key)
            self._lose(feed)
            return
        except _StoreFailure as failure:
            delay = max(self.watch.budget.min_interval, 1.0)
            logger.warning(
                "watch: the cursor store failed on %s (%r); retrying in %.2g s",
                feed.key,
                failure.error,
                delay,
            )
            feed.cursor = None
            feed.due = loop.time() + delay
            return
        except _TRANSIENT as exc:
            self._transient(feed, exc)
            return
        except ChasterError as exc:
            feed.failed = True
            logger.error("watch: polling %s failed for good: %s", feed.key, exc)
            raise PollError(feed.key, exc) from exc
        if outcome is _STOPPED or epoch != feed.epoch:
            return
        assert isinstance(outcome, tuple)
        events, cursor = outcome
        self.polls += 1
        feed.failures = 0
        feed.cursor = cursor
        feed.interval = self._interval(feed, bool(events))
        feed.due = loop.time() + feed.interval
        self._buffer.extend(events)
        logger.debug("watch: %s: %d new, next poll in %.3g s", feed.key, len(events), feed.interval)

    def _transient(self, feed: _Feed[E], exc: ChasterError) -> None:
        loop = asyncio.get_running_loop()
        feed.failures += 1
        self.errors.append(exc)
        budget = self.watch.budget
        high = budget.max_interval if self.max_interval is None else self.max_interval
        low = max(budget.min_interval if self.min_interval is None else self.min_interval, 0.05)
        delay = min(high, low * 2 ** (feed.failures - 1))
        if isinstance(exc, RateLimitError) and exc.retry_after:
            delay = max(delay, min(exc.retry_after, high))
        if self.max_failures is not None and feed.failures >= self.max_failures:
            feed.failed = True
            logger.error("watch: polling %s failed %d times in a row: %s", feed.key, feed.failures, exc)
            raise PollError(feed.key, exc) from exc
        logger.warning(
            "watch: polling %s failed (%s: %s); retrying in %.2g s (failure %d)",
            feed.key,
            type(exc).__name__,
            exc,
            delay,
            feed.failures,
        )
        feed.due = loop.time() + delay

    # -- handler style -------------------------------------------------------------------------
    async def run(
        self,
        handler: Callable[[E], Awaitable[object] | object],
        *,
        on_error: Literal["raise", "skip"] = "raise",
    ) -> None:
        """Call ``handler(event)`` for each event, acknowledging it when the handler returns.

        A handler that raises: with ``on_error="raise"`` (default) the stream stops and
        :class:`ConsumerError` is raised (the event stays unacknowledged: delivered again on
        restart); with ``"skip"`` it is logged (ERROR, with the traceback), acknowledged and
        skipped. Returns when :meth:`stop` is called (from the handler, say).
        """
        if on_error not in ("raise", "skip"):
            raise ChasterUsageError(f"on_error must be 'raise' or 'skip', not {on_error!r}")
        self._begin()
        try:
            while True:
                if self._unacked:
                    await self._ack_all()
                event = await self._next()
                if event is None:
                    return
                try:
                    result = handler(event)
                    if inspect.isawaitable(result):
                        await result
                except Exception as exc:
                    if on_error == "raise":
                        logger.error(
                            "watch: the handler raised on event %s of %s; it stays unacknowledged",
                            event.id,
                            event.key,
                            exc_info=True,
                        )
                        self._unacked = [e for e in self._unacked if e is not event]
                        raise ConsumerError(event, exc) from exc
                    logger.error(
                        "watch: the handler raised on event %s of %s; skipped",
                        event.id,
                        event.key,
                        exc_info=True,
                    )
                await self._ack_all()  # acknowledged as soon as the handler is done with it
        finally:
            await self.aclose()


_STOPPED = object()


class _StoreFailure(Exception):
    """The cursor store raised (not a lease refusal): the poll is retried later."""

    def __init__(self, error: BaseException) -> None:
        self.error = error
        super().__init__(repr(error))


# ---------------------------------------------------------------------------------------------
# The hub: chaster.watch
# ---------------------------------------------------------------------------------------------


def _default_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _ids(kind: str, values: Iterable[str]) -> list[str]:
    ids = list(values)
    if not ids:
        raise ChasterUsageError(f"chaster.watch.{kind}() needs at least one id")
    for value in ids:
        if not isinstance(value, str) or not value:
            raise ChasterUsageError(f"chaster.watch.{kind}(): ids are non-empty strings, not {value!r}")
    if len(set(ids)) != len(ids):
        raise ChasterUsageError(f"chaster.watch.{kind}(): an id is given twice")
    return ids


def _lease_ttl(value: float) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool) or not 0 < value < math.inf:
        raise ChasterUsageError(f"lease_ttl must be a number of seconds > 0, not {value!r}")
    return float(value)


def _store(value: CursorStore) -> CursorStore:
    if not isinstance(value, CursorStore):
        raise ChasterUsageError(
            f"store must be a CursorStore (load, save, acquire, release, close), not {type(value).__name__}"
        )
    return value


def _budget(value: PollBudget) -> PollBudget:
    # Checked before it is kept: a bad one stored for the client broke every later Watch of it.
    if not isinstance(value, PollBudget):
        raise ChasterUsageError(f"budget must be a PollBudget, not {type(value).__name__}")
    return value


def _text(name: str, value: str | None) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ChasterUsageError(f"{name} must be a str, not {value!r:.40}")
    return value


def _page_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        raise ChasterUsageError(f"page_size must be an int from 1 to 100, not {value!r}")
    return value


@attrs.frozen
class _StreamOptions:
    """What every stream builder of :class:`Watch` takes besides its sources."""

    store: CursorStore | None
    start: Start
    ack: AckMode
    min_interval: float | None
    max_interval: float | None
    max_failures: int | None


class Watch:
    """Makes the event streams of one client (``chaster.watch`` is one; ``Watch(chaster, ...)``
    makes another with its own defaults, sharing the client's budget all the same).

    **Parameters:**

    - ``store``: the default :class:`CursorStore` of its streams (default: a MemoryCursorStore,
      which does not survive the process: pass a durable one to resume after a restart).
    - ``budget``: the client's :class:`PollBudget` (replaces the one its streams share).
    - ``owner``: this process's id in leases (default ``host:pid:random``).
    - ``lease_ttl``: seconds a lease lives unless renewed (renewed every third of it).
    - ``name``: prefix of every cursor key (``"<name>/lock_history:<lockId>"``), to keep the
      cursors of two bots apart in one store.
    """

    def __init__(
        self,
        chaster: Chaster,
        *,
        store: CursorStore | None = None,
        budget: PollBudget | None = None,
        owner: str | None = None,
        lease_ttl: float = 30.0,
        name: str | None = None,
    ) -> None:
        self.chaster = chaster
        self.store: CursorStore = _store(store) if store is not None else MemoryCursorStore()
        self.owner = _text("owner", owner) or _default_owner()
        self.lease_ttl = _lease_ttl(lease_ttl)
        self.name = _text("name", name)
        if budget is not None:
            _BUDGETS[chaster] = _budget(budget)
        budget = _BUDGETS.setdefault(chaster, PollBudget())
        budget._bind(_client_limit(chaster))

    def __repr__(self) -> str:
        return f"Watch(owner={self.owner!r}, store={self.store!r}, budget={self.budget!r})"

    @property
    def budget(self) -> PollBudget:
        """The client's PollBudget, shared by every stream of every Watch of this client."""
        return _BUDGETS[self.chaster]

    @budget.setter
    def budget(self, budget: PollBudget) -> None:
        _budget(budget)._bind(_client_limit(self.chaster))
        _BUDGETS[self.chaster] = budget

    def configure(
        self,
        *,
        store: CursorStore | None = None,
        budget: PollBudget | None = None,
        owner: str | None = None,
        lease_ttl: float | None = None,
        name: str | None = None,
    ) -> Watch:
        """Change the defaults (for streams made afterwards); returns this Watch."""
        # Every value is checked before any is changed: a refused call changes nothing.
        if store is not None:
            _store(store)
        if budget is not None:
            _budget(budget)
        _text("owner", owner)
        _text("name", name)
        if lease_ttl is not None:
            lease_ttl = _lease_ttl(lease_ttl)
        if store is not None:
            self.store = store
        if budget is not None:
            self.budget = budget
        if owner is not None:
            self.owner = owner
        if lease_ttl is not None:
            self.lease_ttl = lease_ttl
        if name is not None:
            self.name = name
        return self

    def _key(self, name: str | None, key: str) -> str:
        prefix = _text("name", name) if name is not None else self.name
        return f"{prefix}/{key}" if prefix else key

    def _stream(
        self, helper: str, operations: Sequence[str], feeds: Sequence[_Feed[E]], options: _StreamOptions
    ) -> WatchStream[E]:
        OPERATIONS.require(helper, *operations)
        return WatchStream(
            self,
            feeds,
            store=options.store if options.store is not None else self.store,
            start=options.start,
            ack=options.ack,
            min_interval=options.min_interval,
            max_interval=options.max_interval,
            max_failures=options.max_failures,
        )

    def lock_history(
        self,
        *lock_ids: str,
        store: CursorStore | None = None,
        start: Start = "now",
        ack: AckMode = "auto",
        name: str | None = None,
        page_size: int = 100,
        min_interval: float | None = None,
        max_interval: float | None = None,
        max_failures: int | None = None,
    ) -> WatchStream[HistoryEvent]:
        """New entries of these locks' history, oldest first per lock (``HistoryEvent``).

        ``start="now"``: only entries made after the first start (the cursor is saved at once);
        ``"beginning"``: the whole history first. One cursor per lock, ``lock_history:<lockId>``.
        """
        ids = _ids("lock_history", lock_ids)
        size = _page_size(page_size)
        feeds = [_HistoryFeed(self.chaster, i, self._key(name, f"lock_history:{i}"), size) for i in ids]
        return self._stream(
            "chaster.watch.lock_history",
            ("locks.get_lock_history",),
            feeds,
            _StreamOptions(store, start, ack, min_interval, max_interval, max_failures),
        )

    def messages(
        self,
        *conversation_ids: str,
        store: CursorStore | None = None,
        start: Start = "now",
        ack: AckMode = "auto",
        name: str | None = None,
        page_size: int = 100,
        min_interval: float | None = None,
        max_interval: float | None = None,
        max_failures: int | None = None,
    ) -> WatchStream[MessageEvent]:
        """New messages of these conversations, oldest first per conversation (``MessageEvent``);
        the bot's own messages included. One cursor per conversation, ``messages:<conversationId>``.

        Without ids: every conversation of the user, those that start later included, from one
        cursor ``messages``; each poll reads the conversation list (one request per 50
        conversations) and fetches messages only where the last message changed.
        """
        size = _page_size(page_size)
        feeds: list[_Feed[MessageEvent]]
        operations: tuple[str, ...] = ("messaging.get_messages",)
        if conversation_ids:
            ids = _ids("messages", conversation_ids)
            feeds = [_MessagesFeed(self.chaster, i, self._key(name, f"messages:{i}"), size) for i in ids]
        else:
            feeds = [_AllMessagesFeed(self.chaster, self._key(name, "messages"), size)]
            operations = ("messaging.get_conversations", "messaging.get_messages")
        return self._stream(
            "chaster.watch.messages",
            operations,
            feeds,
            _StreamOptions(store, start, ack, min_interval, max_interval, max_failures),
        )

    def keyholder_locks(
        self,
        *,
        status: str | None = None,
        store: CursorStore | None = None,
        start: Start = "now",
        ack: AckMode = "auto",
        name: str | None = None,
        page_size: int = 50,
        min_interval: float | None = None,
        max_interval: float | None = None,
        max_failures: int | None = None,
    ) -> WatchStream[KeyholderLockEvent]:
        """Changes to the locks the keyholder holds, from ``keyholder.search_locks`` (every page,
        each poll): LockAppeared, LockEnded, LockFrozen, LockUnfrozen, LockTimeChanged.

        Changes between two polls are seen together: a lock whose time changed twice gives one
        LockTimeChanged with the latest end date. ``status`` filters the search (default: every
        lock not archived by the keyholder). One cursor, ``keyholder_locks``.
        """
        size = _page_size(page_size)
        key = "keyholder_locks" if status is None else f"keyholder_locks:{status}"
        feeds = [_KeyholderLocksFeed(self.chaster, self._key(name, key), size, status)]
        return self._stream(
            "chaster.watch.keyholder_locks",
            ("keyholder.search_locks",),
            feeds,
            _StreamOptions(store, start, ack, min_interval, max_interval, max_failures),
        )

    def keyholding_requests(
        self,
        *,
        store: CursorStore | None = None,
        start: Start = "now",
        ack: AckMode = "auto",
        name: str | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
        max_failures: int | None = None,
    ) -> WatchStream[KeyholdingRequestEvent]:
        """New keyholding requests from wearers (``session_offer.get_keyholder_requests``), oldest
        first. One cursor, ``keyholding_requests``."""
        feeds = [_KeyholdingRequestsFeed(self.chaster, self._key(name, "keyholding_requests"))]
        return self._stream(
            "chaster.watch.keyholding_requests",
            ("session_offer.get_keyholder_requests",),
            feeds,
            _StreamOptions(store, start, ack, min_interval, max_interval, max_failures),
        )

    def extension_sessions(
        self,
        extension_slug: str,
        *,
        status: str = "all",
        store: CursorStore | None = None,
        start: Start = "now",
        ack: AckMode = "auto",
        name: str | None = None,
        page_size: int = 50,
        min_interval: float | None = None,
        max_interval: float | None = None,
        max_failures: int | None = None,
    ) -> WatchStream[SessionEvent]:
        """Sessions of the extension created, changed or ended, from
        ``partner_extensions.get_sessions`` (every page, each poll): SessionCreated,
        SessionChanged, SessionEnded. Needs a developer token (or the ``developer`` scope).
        One cursor, ``extension_sessions:<slug>``."""
        if not isinstance(extension_slug, str) or not extension_slug:
            raise ChasterUsageError("chaster.watch.extension_sessions() needs the extension's slug")
        size = _page_size(page_size)
        key = self._key(name, f"extension_sessions:{extension_slug}")
        feeds = [_SessionsFeed(self.chaster, key, extension_slug, status, size)]
        return self._stream(
            "chaster.watch.extension_sessions",
            ("partner_extensions.get_sessions",),
            feeds,
            _StreamOptions(store, start, ack, min_interval, max_interval, max_failures),
        )
