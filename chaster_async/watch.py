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
import datetime as _dt
import functools
import hashlib
import inspect
import itertools
import json
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
from attrs import field, frozen

from ._cursors import Cursor, CursorStore, JsonFileCursorStore, MemoryCursorStore, RedisCursorStore
from ._model import UNSET
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
    from .models import (
        ActionLogForPublic,
        ExtensionSessionForSearch,
        LockForKeyholder,
        MessageForPublic,
        SessionOfferRequestForKeyholder,
    )

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

Start = Literal["now", "beginning"]
AckMode = Literal["auto", "manual"]
T = TypeVar("T")
E = TypeVar("E", bound="WatchEvent")

# Errors a later poll may not meet again: logged, retried with a growing delay.
_TRANSIENT = (TransportError, ServerError, RateLimitError, ResponseDecodeError, PaginationError)
_RECENT_IDS = 256  # ids kept at the high-water timestamp of a timeline cursor (ties)


# ---------------------------------------------------------------------------------------------
# Events
# ---------------------------------------------------------------------------------------------


@frozen(kw_only=True)
class WatchEvent:
    """What every event has.

    ``id`` is the event's own id, the same each time it is delivered (the action log's or the
    message's id; for changes seen in a listing, the object's id, the kind of change and the new
    value): de-duplicate by it. ``key`` names the polled source (``"lock_history:<lockId>"``),
    ``created_at`` is when it happened as far as the API tells (None when it does not).
    """

    id: str
    key: str
    created_at: _dt.datetime | None
    _cursor: Cursor = field(repr=False, eq=False, alias="cursor")
    _epoch: int = field(repr=False, eq=False, alias="epoch", default=0)


@frozen(kw_only=True)
class HistoryEvent(WatchEvent):
    """A new entry of a lock's history (``locks.get_lock_history``)."""

    lock_id: str
    entry: ActionLogForPublic


@frozen(kw_only=True)
class MessageEvent(WatchEvent):
    """A new message of a conversation (``messaging.get_messages``)."""

    conversation_id: str
    message: MessageForPublic


@frozen(kw_only=True)
class KeyholderLockEvent(WatchEvent):
    """A change to a lock the keyholder holds, seen in ``keyholder.search_locks``.

    ``lock`` is the lock as the search returned it (None for :class:`LockEnded` when the lock no
    longer appears at all: archived by the keyholder, deleted).
    """

    lock_id: str
    lock: LockForKeyholder | None


@frozen(kw_only=True)
class LockAppeared(KeyholderLockEvent):
    """A lock the keyholder did not hold before (a new wearer, an accepted request)."""


@frozen(kw_only=True)
class LockEnded(KeyholderLockEvent):
    """A lock left the ``locked`` status (``reason`` is its new status) or the search (``"gone"``)."""

    reason: str


@frozen(kw_only=True)
class LockFrozen(KeyholderLockEvent):
    """The lock was frozen."""


@frozen(kw_only=True)
class LockUnfrozen(KeyholderLockEvent):
    """The lock was unfrozen (its end date usually moves too: a LockTimeChanged follows)."""


@frozen(kw_only=True)
class LockTimeChanged(KeyholderLockEvent):
    """The lock's end date changed (time added or removed, unfreezing...)."""

    previous_end_date: _dt.datetime | None
    end_date: _dt.datetime | None


@frozen(kw_only=True)
class KeyholdingRequestEvent(WatchEvent):
    """A new keyholding request (session offer) from a wearer (``session_offer.get_keyholder_requests``)."""

    request: SessionOfferRequestForKeyholder


@frozen(kw_only=True)
class SessionEvent(WatchEvent):
    """A change to a session of the extension, seen in ``partner_extensions.get_sessions``.

    ``session`` is None for :class:`SessionEnded` when the session no longer appears at all.
    """

    session_id: str
    session: ExtensionSessionForSearch | None


@frozen(kw_only=True)
class SessionCreated(SessionEvent):
    """A session of the extension that was not there before (a lock got the extension)."""


@frozen(kw_only=True)
class SessionChanged(SessionEvent):
    """The session's data, metadata, config, mode, regularity or its lock's status, freeze or end
    date changed (``fields`` names which)."""

    fields: tuple[str, ...]


@frozen(kw_only=True)
class SessionEnded(SessionEvent):
    """The session's lock left ``locked`` (``reason`` is its status), or the session is gone."""

    reason: str


# ---------------------------------------------------------------------------------------------
# The budget: one per client, shared by every stream of it
# ---------------------------------------------------------------------------------------------


class _Waiter:
    __slots__ = ("due", "future", "key", "seq")

    def __init__(self, key: str, due: float, future: asyncio.Future[None], seq: int) -> None:
        self.key = key
        self.due = due
        self.future = future
        self.seq = seq


class PollBudget:
    """How much of the client's request budget polling may use, and how often a source is polled.

    **Parameters:**

    - ``share``: the fraction (0 < share <= 1, default 0.5) of ``limit`` that polling may spend;
      the rest is left to the bot's own calls. Polls never exceed ``floor(share * limit)`` in any
      ``window``, whatever the bot does.
    - ``limit`` / ``window``: the client's request limit per ``window`` seconds (default: the
      client's rate limiter, Chaster's 100 per 60 s).
    - ``min_interval`` / ``max_interval``: a source with news is polled again after
      ``min_interval`` seconds; an idle one waits ``backoff`` times longer each time, up to
      ``max_interval``.
    - ``burst``: how many polls may go out back to back before the pace (one per
      ``window / capacity``) applies (default a tenth of the capacity, at least 1).

    Polls queue for a slot; among the sources due, the one served longest ago goes first.
    """

    def __init__(
        self,
        *,
        share: float = 0.5,
        limit: int | None = None,
        window: float = 60.0,
        min_interval: float = 2.0,
        max_interval: float = 30.0,
        backoff: float = 1.5,
        burst: int | None = None,
    ) -> None:
        if not isinstance(share, int | float) or isinstance(share, bool) or not 0 < share <= 1:
            raise ChasterUsageError(f"PollBudget share must be a number in (0, 1], not {share!r}")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ChasterUsageError(f"PollBudget limit must be an int >= 1, not {limit!r}")
        for name, value in (
            ("window", window),
            ("min_interval", min_interval),
            ("max_interval", max_interval),
        ):
            if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
                raise ChasterUsageError(f"PollBudget {name} must be a finite number, not {value!r}")
        if window <= 0 or min_interval < 0 or max_interval < min_interval:
            raise ChasterUsageError("PollBudget needs window > 0 and 0 <= min_interval <= max_interval")
        if not isinstance(backoff, int | float) or not backoff >= 1:
            raise ChasterUsageError(f"PollBudget backoff must be >= 1, not {backoff!r}")
        if burst is not None and (isinstance(burst, bool) or not isinstance(burst, int) or burst < 1):
            raise ChasterUsageError(f"PollBudget burst must be an int >= 1, not {burst!r}")
        self.share = float(share)
        self.window = float(window)
        self.min_interval = float(min_interval)
        self.max_interval = float(max_interval)
        self.backoff = float(backoff)
        self._limit = limit
        self._burst = burst
        self.granted = 0
        # Loop times of the last grants (for inspection: a test checks the share in every window).
        self.grant_times: collections.deque[float] = collections.deque(maxlen=10_000)
        self._grants: collections.deque[float] = collections.deque()
        self._tokens: float | None = None
        self._refilled = 0.0
        self._last: dict[str, float] = {}
        self._waiters: list[_Waiter] = []
        self._seq = itertools.count()
        self._changed: asyncio.Event | None = None
        self._dispatcher: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"PollBudget(share={self.share:g}, capacity={self.capacity} per {self.window:g} s)"

    @property
    def limit(self) -> int:
        return self._limit if self._limit is not None else 100

    def _bind(self, limit: int) -> None:
        """Adopt the client's limit unless one was given (a Watch does this on creation)."""
        if self._limit is None:
            self._limit = limit

    @property
    def capacity(self) -> int:
        """Polls allowed per ``window``: ``floor(share * limit)``, at least 1."""
        return max(1, math.floor(self.share * self.limit + 1e-9))

    @property
    def burst(self) -> int:
        return self._burst if self._burst is not None else max(1, self.capacity // 10)

    @property
    def rate(self) -> float:
        """Polls per second at the steady pace."""
        return self.capacity / self.window

    def used(self, now: float | None = None) -> int:
        """Polls granted in the last ``window`` seconds."""
        now = asyncio.get_running_loop().time() if now is None else now
        self._forget(now)
        return len(self._grants)

    def _forget(self, now: float) -> None:
        while self._grants and self._grants[0] <= now - self.window:
            self._grants.popleft()

    def _refill(self, now: float) -> float:
        if self._tokens is None:
            self._tokens = float(self.burst)
        else:
            self._tokens = min(float(self.burst), self._tokens + (now - self._refilled) * self.rate)
        self._refilled = now
        return self._tokens

    def _free_at(self, now: float) -> float:
        """The earliest time from ``now`` at which one more poll may go."""
        self._forget(now)
        at = now
        tokens = self._refill(now)
        if tokens < 1:
            at = now + (1 - tokens) / self.rate
        if len(self._grants) >= self.capacity:
            at = max(at, self._grants[len(self._grants) - self.capacity] + self.window)
        return at

    async def acquire(self, key: str, due: float | None = None) -> None:
        """Wait for a poll slot for source ``key``, not before loop time ``due``."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[None] = loop.create_future()
        waiter = _Waiter(key, loop.time() if due is None else due, future, next(self._seq))
        self._waiters.append(waiter)
        self._wake()
        try:
            await future
        except BaseException:
            if waiter in self._waiters:
                self._waiters.remove(waiter)
                self._wake()
            raise

    def _wake(self) -> None:
        if self._changed is None:
            self._changed = asyncio.Event()
        self._changed.set()
        if self._dispatcher is None or self._dispatcher.done():
            self._dispatcher = asyncio.get_running_loop().create_task(
                self._dispatch(), name="chaster_async.watch budget"
            )

    async def _dispatch(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._changed is not None
        while self._waiters:
            self._waiters = [w for w in self._waiters if not w.future.done()]
            if not self._waiters:
                break
            now = loop.time()
            at = max(self._free_at(now), min(w.due for w in self._waiters))
            if at > now:
                self._changed.clear()
                try:
                    await asyncio.wait_for(self._changed.wait(), at - now)
                except TimeoutError:
                    pass
                continue
            ready = [w for w in self._waiters if w.due <= now]
            chosen = min(ready, key=lambda w: (self._last.get(w.key, -math.inf), w.seq))
            self._waiters.remove(chosen)
            self._grants.append(now)
            self._tokens = (self._tokens or 0.0) - 1
            self._last[chosen.key] = now
            self.granted += 1
            self.grant_times.append(now)
            chosen.future.set_result(None)
            await asyncio.sleep(0)  # let the granted poll start before the next grant


# One budget per client, whichever Watch objects are made for it.
_BUDGETS: weakref.WeakKeyDictionary[Any, PollBudget] = weakref.WeakKeyDictionary()


def _client_limit(chaster: Any) -> int:
    """The client's overall request limit per minute (its rate limiter's), else Chaster's 100."""
    limiter = getattr(getattr(chaster, "_http", None), "limiter", None)
    for candidate in (
        getattr(limiter, "per_minute", None),
        getattr(getattr(limiter, "_global", None), "limit", None),
    ):
        if isinstance(candidate, int) and not isinstance(candidate, bool) and candidate >= 1:
            return candidate
    return 100


# ---------------------------------------------------------------------------------------------
# Polled sources ("feeds"): how each kind turns API answers into events and cursors
# ---------------------------------------------------------------------------------------------


def _iso(value: _dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(value: Any) -> _dt.datetime | None:
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=_dt.UTC)
    if isinstance(value, str) and value:
        try:
            parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_dt.UTC)
    return None


def _text(value: Any) -> str:
    return "" if value is None or value is UNSET else str(value)


Call = Callable[[Callable[[], Awaitable[T]]], Awaitable[T]]


def _method(chaster: Chaster, key: str) -> Callable[..., Awaitable[Any]]:
    """The client's generated method for the operation ``key`` (the stream checked that the spec
    has it), looked up by name: a document without it still type-checks (see _extensions.py)."""
    operation = OPERATIONS.by_key[key]
    method: Callable[..., Awaitable[Any]] = getattr(getattr(chaster, operation.tag), operation.name)
    return method


class _Feed(Generic[E]):
    """One polled source with its own cursor (and lease) under ``key``."""

    kind = ""

    def __init__(self, key: str) -> None:
        self.key = key
        # scheduling and lease state, owned by the stream
        self.due = 0.0
        self.interval: float | None = None
        self.leased = False
        self.lease_at = 0.0
        self.epoch = 0
        self.cursor: Cursor | None = None
        self.failures = 0
        self.failed = False

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        raise NotImplementedError

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[E], Cursor]:
        """The events after ``cursor``, oldest first, each carrying the cursor right after it; and
        the cursor after all of them."""
        raise NotImplementedError

    def check(self, cursor: Cursor) -> None:
        if cursor.get("kind") != self.kind:
            raise ChasterUsageError(
                f"the cursor saved under {self.key!r} is not a {self.kind} cursor "
                f"({cursor.get('kind')!r}): two streams share a name"
            )


class _TimelineFeed(_Feed[E]):
    """A newest-first list paged with ``lastId`` (lock history, messages).

    The cursor is the newest delivered item: ``{"id", "at"}`` (its id and creation time) plus
    ``recent``, the ids delivered at that same time (ties). A poll walks pages from the newest
    until it meets the cursor's item or an older one; what it passed is new.
    """

    def __init__(self, key: str, page_size: int) -> None:
        super().__init__(key)
        self.page_size = page_size

    async def page(self, call: Call[Any], last_id: str | None, limit: int) -> tuple[Sequence[Any], bool]:
        raise NotImplementedError

    def event(self, item: Any, cursor: Cursor, epoch: int) -> E:
        raise NotImplementedError

    def empty(self) -> Cursor:
        return {"kind": self.kind, "id": None, "at": None, "recent": []}

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        if start == "beginning":
            return self.empty()
        items, _ = await self.page(call, None, 1)
        if not items:
            return self.empty()
        head = items[0]
        return {"kind": self.kind, "id": head.id, "at": _iso(_parse(head.created_at)), "recent": [head.id]}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[E], Cursor]:
        head_id = cursor.get("id")
        head_at = _parse(cursor.get("at"))
        recent = set(cursor.get("recent") or ())
        fresh: list[Any] = []
        last_id: str | None = None
        seen_ids: set[str] = set()
        while True:
            items, more = await self.page(call, last_id, self.page_size)
            stop = False
            for item in items:
                when = _parse(item.created_at)
                if item.id == head_id or (head_at is not None and when is not None and when < head_at):
                    stop = True
                    break
                if item.id in recent or item.id in seen_ids:
                    continue
                seen_ids.add(item.id)
                fresh.append(item)
            if stop or not more or not items or items[-1].id == last_id:
                break
            last_id = items[-1].id
        fresh.reverse()
        events: list[E] = []
        state = cursor
        for item in fresh:
            state = self.advance(state, item)
            events.append(self.event(item, state, self.epoch))
        return events, state

    def advance(self, cursor: Cursor, item: Any) -> Cursor:
        when = _parse(item.created_at)
        at = _parse(cursor.get("at"))
        recent = list(cursor.get("recent") or ())
        if when is not None and (at is None or when > at):
            at, recent = when, [item.id]
        else:
            recent = [*recent, item.id][-_RECENT_IDS:]
        return {"kind": self.kind, "id": item.id, "at": _iso(at), "recent": recent}


class _HistoryFeed(_TimelineFeed[HistoryEvent]):
    kind = "lock_history"

    def __init__(self, chaster: Chaster, lock_id: str, key: str, page_size: int) -> None:
        super().__init__(key, page_size)
        self.chaster = chaster
        self.lock_id = lock_id

    async def page(self, call: Call[Any], last_id: str | None, limit: int) -> tuple[Sequence[Any], bool]:
        body: dict[str, Any] = {"limit": limit}
        if last_id is not None:
            body["lastId"] = last_id
        history = _method(self.chaster, "locks.get_lock_history")
        answer = await call(lambda: history(self.lock_id, body=body))
        return answer.results, bool(answer.has_more)

    def event(self, item: Any, cursor: Cursor, epoch: int) -> HistoryEvent:
        return HistoryEvent(
            id=item.id,
            key=self.key,
            created_at=_parse(item.created_at),
            cursor=cursor,
            epoch=epoch,
            lock_id=self.lock_id,
            entry=item,
        )


class _MessagesFeed(_TimelineFeed[MessageEvent]):
    kind = "messages"

    def __init__(self, chaster: Chaster, conversation_id: str, key: str, page_size: int) -> None:
        super().__init__(key, page_size)
        self.chaster = chaster
        self.conversation_id = conversation_id

    async def page(self, call: Call[Any], last_id: str | None, limit: int) -> tuple[Sequence[Any], bool]:
        messages = _method(self.chaster, "messaging.get_messages")
        if last_id is None:
            answer = await call(functools.partial(messages, self.conversation_id, limit=limit))
        else:
            answer = await call(
                functools.partial(messages, self.conversation_id, limit=limit, last_id=last_id)
            )
        return answer.results, bool(answer.has_more)

    def event(self, item: Any, cursor: Cursor, epoch: int) -> MessageEvent:
        return MessageEvent(
            id=item.id,
            key=self.key,
            created_at=_parse(item.created_at),
            cursor=cursor,
            epoch=epoch,
            conversation_id=self.conversation_id,
            message=item,
        )


class _AllMessagesFeed(_Feed[MessageEvent]):
    """Every conversation of the user: ``{"conversations": {id: timeline cursor}}``.

    A poll reads the conversation list (every page: one request per 50 conversations) and fetches
    messages only from the conversations whose last message is not the one their cursor holds.
    A conversation first seen after the start is new: all its messages are delivered.
    """

    kind = "all_messages"

    def __init__(self, chaster: Chaster, key: str, page_size: int) -> None:
        super().__init__(key)
        self.chaster = chaster
        self.page_size = page_size

    async def conversations(self, call: Call[Any]) -> list[Any]:
        found: list[Any] = []
        seen: set[str] = set()
        offset: Any = None
        while True:
            listing = _method(self.chaster, "messaging.get_conversations")
            if offset is None:
                answer = await call(functools.partial(listing, limit=50))
            else:
                answer = await call(functools.partial(listing, limit=50, offset=offset))
            fresh = [c for c in answer.results if c.id not in seen]
            seen.update(c.id for c in fresh)
            found.extend(fresh)
            offset = _parse(fresh[-1].last_message_at) if fresh else None
            if not answer.has_more or offset is None:
                return found

    def timeline(self, conversation_id: str) -> _MessagesFeed:
        feed = _MessagesFeed(self.chaster, conversation_id, self.key, self.page_size)
        feed.epoch = self.epoch
        return feed

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        known: dict[str, Cursor] = {}
        if start == "now":
            for conversation in await self.conversations(call):
                last = conversation.last_message
                if last is UNSET or last is None:
                    continue
                when = _iso(_parse(conversation.last_message_at))
                known[conversation.id] = {"kind": "messages", "id": last.id, "at": when, "recent": [last.id]}
        return {"kind": self.kind, "conversations": known}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[MessageEvent], Cursor]:
        known: dict[str, Cursor] = dict(cursor.get("conversations") or {})
        events: list[MessageEvent] = []
        listed = await self.conversations(call)
        for conversation in sorted(listed, key=lambda c: (_iso(_parse(c.last_message_at)) or "", c.id)):
            last = conversation.last_message
            if last is UNSET or last is None:
                continue
            before = known.get(conversation.id)
            if before is not None and before.get("id") == last.id:
                continue  # nothing new here: no request
            timeline = self.timeline(conversation.id)
            fresh, after = await timeline.poll(call, before or timeline.empty())
            for event in fresh:
                known[conversation.id] = event._cursor
                events.append(attrs.evolve(event, cursor={"kind": self.kind, "conversations": dict(known)}))
            known[conversation.id] = after
        return events, {"kind": self.kind, "conversations": known}


class _KeyholderLocksFeed(_Feed[KeyholderLockEvent]):
    """Snapshot of the keyholder's locks: ``{"locks": {id: {"status", "frozen", "end"}}}``."""

    kind = "keyholder_locks"

    def __init__(self, chaster: Chaster, key: str, page_size: int, status: str | None) -> None:
        super().__init__(key)
        self.chaster = chaster
        self.page_size = page_size
        self.status = status

    async def fetch(self, call: Call[Any]) -> list[Any]:
        locks: list[Any] = []
        seen: set[str] = set()
        page = 0
        while True:
            body: dict[str, Any] = {"page": page, "limit": self.page_size}
            if self.status is not None:
                body["status"] = self.status
            answer = await call(functools.partial(_method(self.chaster, "keyholder.search_locks"), body=body))
            fresh = [lock for lock in answer.locks if lock.id not in seen]
            seen.update(lock.id for lock in fresh)
            locks.extend(fresh)
            pages = (
                answer.pages if isinstance(answer.pages, int | float) and math.isfinite(answer.pages) else 0
            )
            if not fresh or page + 1 >= pages:
                return locks
            page += 1

    @staticmethod
    def snap(lock: Any) -> dict[str, Any]:
        return {
            "status": _text(lock.status),
            "frozen": _iso(_parse(lock.frozen_at)),
            "end": _iso(_parse(lock.end_date)),
        }

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        if start == "beginning":
            return {"kind": self.kind, "locks": {}}
        return {"kind": self.kind, "locks": {lock.id: self.snap(lock) for lock in await self.fetch(call)}}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[KeyholderLockEvent], Cursor]:
        current = await self.fetch(call)
        known: dict[str, Any] = dict(cursor.get("locks") or {})
        events: list[KeyholderLockEvent] = []

        def emit(cls: type[KeyholderLockEvent], lock_id: str, lock: Any, event_id: str, **extra: Any) -> None:
            when = _parse(lock.updated_at) if lock is not None else None
            state = {"kind": self.kind, "locks": dict(known)}
            events.append(
                cls(
                    id=event_id,
                    key=self.key,
                    created_at=when,
                    cursor=state,
                    epoch=self.epoch,
                    lock_id=lock_id,
                    lock=lock,
                    **extra,
                )
            )

        def order(lock: Any) -> tuple[str, str]:
            return (_iso(_parse(lock.updated_at)) or "", lock.id)

        present = set()
        for lock in sorted(current, key=order):
            lid = lock.id
            present.add(lid)
            now = self.snap(lock)
            before = known.get(lid)
            if before is None:
                known[lid] = now
                emit(LockAppeared, lid, lock, f"{lid}:appeared")
                continue
            if before["status"] == "locked" and now["status"] != "locked":
                known[lid] = now
                emit(LockEnded, lid, lock, f"{lid}:ended:{now['status']}", reason=now["status"])
                continue
            if before["frozen"] != now["frozen"]:
                known[lid] = dict(known[lid], frozen=now["frozen"])
                if now["frozen"] is not None:
                    emit(LockFrozen, lid, lock, f"{lid}:frozen:{now['frozen']}")
                else:
                    emit(LockUnfrozen, lid, lock, f"{lid}:unfrozen:{before['frozen']}")
            if before["end"] != now["end"]:
                known[lid] = dict(known[lid], end=now["end"])
                emit(
                    LockTimeChanged,
                    lid,
                    lock,
                    f"{lid}:time_changed:{now['end']}",
                    previous_end_date=_parse(before["end"]),
                    end_date=_parse(now["end"]),
                )
            if before["status"] != now["status"]:
                known[lid] = dict(known[lid], status=now["status"])  # e.g. back to locked: no event
        for lid in sorted(set(known) - present):
            del known[lid]
            emit(LockEnded, lid, None, f"{lid}:ended:gone", reason="gone")
        return events, {"kind": self.kind, "locks": known}


class _KeyholdingRequestsFeed(_Feed[KeyholdingRequestEvent]):
    """The requests listed: ``{"seen": [ids]}`` (ids no longer listed are forgotten)."""

    kind = "keyholding_requests"

    def __init__(self, chaster: Chaster, key: str) -> None:
        super().__init__(key)
        self.chaster = chaster

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        if start == "beginning":
            return {"kind": self.kind, "seen": []}
        requests = await call(_method(self.chaster, "session_offer.get_keyholder_requests"))
        return {"kind": self.kind, "seen": sorted(r.id for r in requests if r is not None)}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[KeyholdingRequestEvent], Cursor]:
        listed = [
            r
            for r in await call(_method(self.chaster, "session_offer.get_keyholder_requests"))
            if r is not None
        ]
        ids = {r.id for r in listed}
        seen = [i for i in cursor.get("seen") or () if i in ids]  # forget what is no longer listed
        known = set(seen)
        events: list[KeyholdingRequestEvent] = []
        for request in sorted(listed, key=lambda r: (_iso(_parse(r.created_at)) or "", r.id)):
            if request.id in known:
                continue
            known.add(request.id)
            seen = [*seen, request.id]
            events.append(
                KeyholdingRequestEvent(
                    id=request.id,
                    key=self.key,
                    created_at=_parse(request.created_at),
                    cursor={"kind": self.kind, "seen": seen},
                    epoch=self.epoch,
                    request=request,
                )
            )
        return events, {"kind": self.kind, "seen": seen}


# What makes a session "changed": these fields of ExtensionSessionForSearch and of its lock.
_SESSION_FIELDS = ("config", "data", "metadata", "mode", "regularity")
_SESSION_LOCK_FIELDS = ("status", "isFrozen", "endDate")


class _SessionsFeed(_Feed[SessionEvent]):
    """Snapshot of the extension's sessions: ``{"sessions": {id: {"status", "fields": {name: hash}}}}``."""

    kind = "extension_sessions"

    def __init__(self, chaster: Chaster, key: str, slug: str, status: str, page_size: int) -> None:
        super().__init__(key)
        self.chaster = chaster
        self.slug = slug
        self.status = status
        self.page_size = page_size

    async def fetch(self, call: Call[Any]) -> list[Any]:
        sessions: list[Any] = []
        last: str | None = None
        seen: set[str] = set()
        while True:
            body: dict[str, Any] = {
                "extensionSlug": self.slug,
                "status": self.status,
                "limit": self.page_size,
            }
            if last is not None:
                body["paginationLastId"] = last
            answer = await call(
                functools.partial(_method(self.chaster, "partner_extensions.get_sessions"), body=body)
            )
            fresh = [s for s in answer.results if s.session_id not in seen]
            seen.update(s.session_id for s in fresh)
            sessions.extend(fresh)
            if not answer.has_more or not fresh:
                return sessions
            last = answer.results[-1].pagination_id

    @staticmethod
    def snap(session: Any) -> dict[str, Any]:
        raw = session.to_dict()
        lock = raw.get("lock") if isinstance(raw.get("lock"), dict) else {}
        values = {name: raw.get(name) for name in _SESSION_FIELDS}
        values.update({f"lock.{name}": lock.get(name) for name in _SESSION_LOCK_FIELDS})
        digests = {
            name: hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]
            for name, value in values.items()
        }
        return {"status": _text(lock.get("status")), "fields": digests}

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        if start == "beginning":
            return {"kind": self.kind, "sessions": {}}
        sessions = await self.fetch(call)
        return {"kind": self.kind, "sessions": {s.session_id: self.snap(s) for s in sessions}}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[SessionEvent], Cursor]:
        current = await self.fetch(call)
        known: dict[str, Any] = dict(cursor.get("sessions") or {})
        events: list[SessionEvent] = []

        def emit(cls: type[SessionEvent], sid: str, session: Any, event_id: str, **extra: Any) -> None:
            when = _parse(session.updated_at) if session is not None else None
            events.append(
                cls(
                    id=event_id,
                    key=self.key,
                    created_at=when,
                    cursor={"kind": self.kind, "sessions": dict(known)},
                    epoch=self.epoch,
                    session_id=sid,
                    session=session,
                    **extra,
                )
            )

        present = set()
        for session in sorted(current, key=lambda s: (_text(s.updated_at), s.session_id)):
            sid = session.session_id
            present.add(sid)
            now = self.snap(session)
            before = known.get(sid)
            known[sid] = now
            if before is None:
                emit(SessionCreated, sid, session, f"{sid}:created")
            elif before["status"] == "locked" and now["status"] != "locked":
                emit(SessionEnded, sid, session, f"{sid}:ended:{now['status']}", reason=now["status"])
            else:
                changed = tuple(n for n in now["fields"] if before["fields"].get(n) != now["fields"][n])
                if changed:
                    digest = hashlib.sha256(json.dumps(now["fields"], sort_keys=True).encode()).hexdigest()[
                        :16
                    ]
                    emit(SessionChanged, sid, session, f"{sid}:changed:{digest}", fields=changed)
        for sid in sorted(set(known) - present):
            del known[sid]
            emit(SessionEnded, sid, None, f"{sid}:ended:gone", reason="gone")
        return events, {"kind": self.kind, "sessions": known}


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
            self._started = True
            self._renewer = asyncio.get_running_loop().create_task(
                self._renew_leases(), name=f"chaster_async.watch leases {self.keys[0]}"
            )

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


def _page_size(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 100:
        raise ChasterUsageError(f"page_size must be an int from 1 to 100, not {value!r}")
    return value


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
        self.store: CursorStore = store if store is not None else MemoryCursorStore()
        self.owner = owner or _default_owner()
        self.lease_ttl = _lease_ttl(lease_ttl)
        self.name = name
        if budget is not None:
            _BUDGETS[chaster] = budget
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
        budget._bind(_client_limit(self.chaster))
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
        if store is not None:
            self.store = store
        if budget is not None:
            self.budget = budget
        if owner is not None:
            self.owner = owner
        if lease_ttl is not None:
            self.lease_ttl = _lease_ttl(lease_ttl)
        if name is not None:
            self.name = name
        return self

    def _key(self, name: str | None, key: str) -> str:
        prefix = name if name is not None else self.name
        return f"{prefix}/{key}" if prefix else key

    def _stream(
        self,
        helper: str,
        operations: Sequence[str],
        feeds: Sequence[_Feed[E]],
        *,
        store: CursorStore | None,
        start: Start,
        ack: AckMode,
        min_interval: float | None,
        max_interval: float | None,
        max_failures: int | None,
    ) -> WatchStream[E]:
        OPERATIONS.require(helper, *operations)
        return WatchStream(
            self,
            feeds,
            store=store if store is not None else self.store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
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
            store=store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
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
            store=store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
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
            store=store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
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
            store=store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
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
            store=store,
            start=start,
            ack=ack,
            min_interval=min_interval,
            max_interval=max_interval,
            max_failures=max_failures,
        )
