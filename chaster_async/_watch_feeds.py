"""Polled sources ("feeds"): how each kind of watcher turns API answers into events and cursors.

A feed knows one source (a lock's history, a conversation, a listing) and nothing of scheduling,
leases or stores: ``initial()`` gives the cursor to start from, ``poll()`` the events after a
cursor, each carrying the cursor right after it. The stream (``watch.py``) does the rest.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import json
import math
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar

import attrs

from ._cursors import Cursor
from ._model import UNSET
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
from .errors import ChasterUsageError
from .operations import OPERATIONS

if TYPE_CHECKING:
    from ._client import Chaster

Start = Literal["now", "beginning"]
T = TypeVar("T")

_RECENT_IDS = 256  # ids kept at the high-water timestamp of a timeline cursor (ties)


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
        """ChasterUsageError unless ``cursor`` is one this feed saved: of its kind (not another
        stream's of the same name), with fields of the types it reads (not a hand-edited or
        corrupt one, which would fail deep inside every poll)."""
        if not isinstance(cursor, dict):
            raise ChasterUsageError(f"the cursor saved under {self.key!r} is not a JSON object")
        if cursor.get("kind") != self.kind:
            raise ChasterUsageError(
                f"the cursor saved under {self.key!r} is not a {self.kind} cursor "
                f"({cursor.get('kind')!r}): two streams share a name"
            )
        problem = self.problem(cursor)
        if problem is not None:
            raise ChasterUsageError(
                f"the cursor saved under {self.key!r} is not a valid {self.kind} cursor: {problem}"
            )

    def problem(self, cursor: Cursor) -> str | None:
        """What is wrong with the fields of ``cursor`` (of this feed's kind), None if nothing."""
        return None


def _ids_problem(name: str, value: Any) -> str | None:
    if value is None or (isinstance(value, list) and all(isinstance(i, str) for i in value)):
        return None
    return f"{name} is not a list of ids"


def _timeline_problem(cursor: Any) -> str | None:
    if not isinstance(cursor, dict):
        return "a timeline cursor is not an object"
    for name in ("id", "at"):
        if not isinstance(cursor.get(name), str | None):
            return f"{name} is not a string"
    return _ids_problem("recent", cursor.get("recent"))


def _snapshots_problem(field: str, value: Any, problem: Callable[[dict[str, Any]], str | None]) -> str | None:
    if not isinstance(value, dict):
        return f"{field} is not an object"
    for oid, snapshot in value.items():
        found = problem(snapshot) if isinstance(snapshot, dict) else "not an object"
        if found is not None:
            return f"{field}[{oid!r:.80}]: {found}"
    return None


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

    def problem(self, cursor: Cursor) -> str | None:
        return _timeline_problem(cursor)

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

    def problem(self, cursor: Cursor) -> str | None:
        conversations = cursor.get("conversations")
        if conversations is None:
            return None
        return _snapshots_problem("conversations", conversations, _timeline_problem)

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


# (snapshot after the change, event class, event id, extra fields of the event)
_Change = tuple[dict[str, Any], type[WatchEvent], str, dict[str, Any]]


class _SnapshotFeed(_Feed[E]):
    """A listing read whole at each poll (every page). The cursor holds a small snapshot of each
    object listed, ``{<field>: {id: snapshot}}``; events are the differences between the snapshot
    saved and the one just read, and an object no longer listed ends with reason ``"gone"``.

    A subclass says how to read the listing (``fetch``), what of an object it compares (``snap``)
    and what a difference means (``changes``); the diff loop and the cursor are here, once.
    """

    field: ClassVar[str]  # the cursor's key for the snapshots ("locks", "sessions")
    id_name: ClassVar[str]  # the event's attribute for the object's id ("lock_id", "session_id")
    item_name: ClassVar[str]  # the event's attribute for the object ("lock", "session")
    ended: ClassVar[type[WatchEvent]]  # the event for an object that left the listing

    async def fetch(self, call: Call[Any]) -> list[Any]:
        raise NotImplementedError

    def ident(self, item: Any) -> str:
        raise NotImplementedError

    def order(self, item: Any) -> tuple[str, str]:
        """Objects are compared in this order (oldest change first), so events come in it too."""
        raise NotImplementedError

    def snap(self, item: Any) -> dict[str, Any]:
        raise NotImplementedError

    def changes(self, oid: str, before: dict[str, Any] | None, now: dict[str, Any]) -> Iterator[_Change]:
        """What happened to object ``oid`` between two snapshots, as (snapshot after it, event
        class, event id, extra event fields), in order; nothing for no change worth an event."""
        raise NotImplementedError

    def snapshot_problem(self, snapshot: dict[str, Any]) -> str | None:
        """What is wrong with a saved snapshot (the fields ``changes`` reads), None if nothing."""
        raise NotImplementedError

    def problem(self, cursor: Cursor) -> str | None:
        snapshots = cursor.get(self.field)
        if snapshots is None:
            return None
        return _snapshots_problem(self.field, snapshots, self.snapshot_problem)

    async def initial(self, call: Call[Any], start: Start) -> Cursor:
        if start == "beginning":
            return {"kind": self.kind, self.field: {}}
        return {"kind": self.kind, self.field: {self.ident(i): self.snap(i) for i in await self.fetch(call)}}

    async def poll(self, call: Call[Any], cursor: Cursor) -> tuple[list[E], Cursor]:
        current = await self.fetch(call)
        known: dict[str, Any] = dict(cursor.get(self.field) or {})
        events: list[E] = []
        present = set()
        for item in sorted(current, key=self.order):
            oid = self.ident(item)
            present.add(oid)
            now = self.snap(item)
            for state, cls, event_id, extra in self.changes(oid, known.get(oid), now):
                known[oid] = state  # each event's cursor holds what was seen up to it
                events.append(self.event(cls, oid, item, event_id, known, extra))
            known[oid] = now
        for oid in sorted(set(known) - present):
            del known[oid]
            events.append(self.event(self.ended, oid, None, f"{oid}:ended:gone", known, {"reason": "gone"}))
        return events, {"kind": self.kind, self.field: known}

    def event(
        self,
        cls: type[WatchEvent],
        oid: str,
        item: Any,
        event_id: str,
        known: dict[str, Any],
        extra: dict[str, Any],
    ) -> E:
        made = cls(
            id=event_id,
            key=self.key,
            created_at=_parse(item.updated_at) if item is not None else None,
            cursor={"kind": self.kind, self.field: dict(known)},
            epoch=self.epoch,
            **{self.id_name: oid, self.item_name: item},
            **extra,
        )
        return made  # type: ignore[return-value]  # cls is one of E's subclasses (class attributes)


class _KeyholderLocksFeed(_SnapshotFeed[KeyholderLockEvent]):
    """The keyholder's locks: ``{"locks": {id: {"status", "frozen", "end"}}}``."""

    kind = "keyholder_locks"
    field = "locks"
    id_name = "lock_id"
    item_name = "lock"
    ended = LockEnded

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

    def ident(self, item: Any) -> str:
        return str(item.id)

    def order(self, item: Any) -> tuple[str, str]:
        return (_iso(_parse(item.updated_at)) or "", item.id)

    def snap(self, item: Any) -> dict[str, Any]:
        return {
            "status": _text(item.status),
            "frozen": _iso(_parse(item.frozen_at)),
            "end": _iso(_parse(item.end_date)),
        }

    def snapshot_problem(self, snapshot: dict[str, Any]) -> str | None:
        if not isinstance(snapshot.get("status"), str):
            return "status is not a string"
        for name in ("frozen", "end"):
            if name not in snapshot or not isinstance(snapshot[name], str | None):
                return f"{name} is not a string or null"
        return None

    def changes(self, oid: str, before: dict[str, Any] | None, now: dict[str, Any]) -> Iterator[_Change]:
        if before is None:
            yield now, LockAppeared, f"{oid}:appeared", {}
            return
        if before["status"] == "locked" and now["status"] != "locked":
            yield now, LockEnded, f"{oid}:ended:{now['status']}", {"reason": now["status"]}
            return
        state = before
        if before["frozen"] != now["frozen"]:
            state = dict(state, frozen=now["frozen"])
            if now["frozen"] is not None:
                yield state, LockFrozen, f"{oid}:frozen:{now['frozen']}", {}
            else:
                yield state, LockUnfrozen, f"{oid}:unfrozen:{before['frozen']}", {}
        if before["end"] != now["end"]:
            state = dict(state, end=now["end"])
            extra = {"previous_end_date": _parse(before["end"]), "end_date": _parse(now["end"])}
            yield state, LockTimeChanged, f"{oid}:time_changed:{now['end']}", extra
        # a status change without an event (back to locked...) is kept by the caller's final snapshot


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

    def problem(self, cursor: Cursor) -> str | None:
        return _ids_problem("seen", cursor.get("seen"))

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


def _digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


class _SessionsFeed(_SnapshotFeed[SessionEvent]):
    """The extension's sessions: ``{"sessions": {id: {"status", "fields": {name: hash}}}}``."""

    kind = "extension_sessions"
    field = "sessions"
    id_name = "session_id"
    item_name = "session"
    ended = SessionEnded

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

    def ident(self, item: Any) -> str:
        return str(item.session_id)

    def order(self, item: Any) -> tuple[str, str]:
        return (_text(item.updated_at), item.session_id)

    def snap(self, item: Any) -> dict[str, Any]:
        raw = item.to_dict()
        lock = raw.get("lock") if isinstance(raw.get("lock"), dict) else {}
        values = {name: raw.get(name) for name in _SESSION_FIELDS}
        values.update({f"lock.{name}": lock.get(name) for name in _SESSION_LOCK_FIELDS})
        return {"status": _text(lock.get("status")), "fields": {n: _digest(v) for n, v in values.items()}}

    def snapshot_problem(self, snapshot: dict[str, Any]) -> str | None:
        if not isinstance(snapshot.get("status"), str):
            return "status is not a string"
        fields = snapshot.get("fields")
        if not isinstance(fields, dict) or not all(isinstance(v, str) for v in fields.values()):
            return "fields is not an object of digests"
        return None

    def changes(self, oid: str, before: dict[str, Any] | None, now: dict[str, Any]) -> Iterator[_Change]:
        if before is None:
            yield now, SessionCreated, f"{oid}:created", {}
        elif before["status"] == "locked" and now["status"] != "locked":
            yield now, SessionEnded, f"{oid}:ended:{now['status']}", {"reason": now["status"]}
        else:
            changed = tuple(n for n in now["fields"] if before["fields"].get(n) != now["fields"][n])
            if changed:
                yield now, SessionChanged, f"{oid}:changed:{_digest(now['fields'])}", {"fields": changed}
