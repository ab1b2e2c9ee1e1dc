"""Cursor stores for watchers: where a stream keeps how far its consumer got, and who polls it.

A cursor is a small JSON object per polled source (``"lock_history:<lockId>"``...), saved each
time the consumer acknowledges an event; a restarted watcher loads it and resumes right after the
last acknowledged event. A store also hands out **leases** (a lock with a time to live per
source): in a fleet of processes sharing a :class:`RedisCursorStore`, one process at a time polls
a given source; the others wait and take over when its lease lapses.

- :class:`MemoryCursorStore`: in this process only (tests, or a bot that may start over).
- :class:`JsonFileCursorStore`: one JSON file, rewritten atomically (temporary file, ``fsync``,
  ``os.replace``) on every save; leases are held in this process (one process per file).
- :class:`RedisCursorStore`: Redis via ``redis.asyncio`` (``pip install chaster_async[redis]``);
  leases are ``SET NX PX`` keys renewed and released by their owner only, and a save from a
  process that lost the lease is refused (:class:`LeaseLostError`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from . import _options
from .errors import ChasterUsageError, LeaseLostError, StorageError

__all__ = [
    "CursorStore",
    "JsonFileCursorStore",
    "LeaseLostError",
    "MemoryCursorStore",
    "RedisCursorStore",
]

Cursor = dict[str, Any]


@runtime_checkable
class CursorStore(Protocol):
    """What a watcher needs from a store (implement it to keep cursors elsewhere)."""

    async def load(self, key: str) -> Cursor | None:
        """The cursor saved under ``key``, or None."""
        ...

    async def save(self, key: str, cursor: Cursor, *, owner: str | None = None) -> None:
        """Save ``cursor`` (JSON-serialisable) under ``key``. With ``owner``, a store that keeps
        leases refuses (LeaseLostError) when another owner holds the lease of ``key``."""
        ...

    async def acquire(self, key: str, owner: str, ttl: float) -> bool:
        """Take or renew the lease of ``key`` for ``ttl`` seconds; False when another owner holds it."""
        ...

    async def release(self, key: str, owner: str) -> None:
        """Give the lease of ``key`` back, if ``owner`` holds it."""
        ...

    async def close(self) -> None:
        """Release what the store holds (connections)."""
        ...


class _LocalLeases:
    """Leases kept in this process (memory and JSON file stores)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._leases: dict[str, tuple[str, float]] = {}

    def acquire(self, key: str, owner: str, ttl: float) -> bool:
        now = self._clock()
        held = self._leases.get(key)
        if held is not None and held[0] != owner and held[1] > now:
            return False
        self._leases[key] = (owner, now + ttl)
        return True

    def release(self, key: str, owner: str) -> None:
        held = self._leases.get(key)
        if held is not None and held[0] == owner:
            del self._leases[key]

    def check(self, key: str, owner: str | None) -> None:
        if owner is None:
            return
        held = self._leases.get(key)
        if held is not None and held[0] != owner and held[1] > self._clock():
            raise LeaseLostError(key)


def _check_ttl(ttl: float) -> None:
    if not isinstance(ttl, int | float) or isinstance(ttl, bool) or not ttl > 0:
        raise ChasterUsageError(f"a lease ttl must be a number of seconds > 0, not {ttl!r}")


def _copy(cursor: Cursor) -> Cursor:
    # Round trip through JSON: what a durable store would give back, and no shared mutable state.
    copied: Cursor = json.loads(json.dumps(cursor))
    return copied


def _decode(text: str | bytes, where: str) -> Any:
    """Stored JSON, or ChasterUsageError naming ``where`` when it is not JSON (a corrupt or foreign
    file or key: no later attempt reads it better, so the watcher stops rather than retry)."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        failure = ChasterUsageError(f"{where} does not hold cursor JSON ({type(exc).__name__})")
    raise failure  # outside the except block: no __context__ quoting the text


def _cursor_of(value: Any, where: str) -> Cursor | None:
    if value is not None and not isinstance(value, dict):
        raise ChasterUsageError(f"{where} does not hold a cursor (a JSON object is expected)")
    return value


# One lock per cursor file for the stores of this process: two JsonFileCursorStore of one path
# rewrite it one after the other, each on top of what the other wrote.
_FILE_LOCKS: dict[str, threading.Lock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


def _file_lock(path: Path) -> threading.Lock:
    with _FILE_LOCKS_GUARD:
        return _FILE_LOCKS.setdefault(os.path.realpath(path), threading.Lock())


def _signature(path: Path) -> tuple[int, int, int] | None:
    """What changes when the file is rewritten (os.replace gives it a new inode), None if absent."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns)


class MemoryCursorStore:
    """Cursors in a dict of this process: nothing survives the process (tests, throwaway bots)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.cursors: dict[str, Cursor] = {}
        self.saves = 0
        self._leases = _LocalLeases(clock)

    def __repr__(self) -> str:
        return f"MemoryCursorStore({len(self.cursors)} cursors)"

    async def load(self, key: str) -> Cursor | None:
        cursor = self.cursors.get(key)
        return None if cursor is None else _copy(cursor)

    async def save(self, key: str, cursor: Cursor, *, owner: str | None = None) -> None:
        self._leases.check(key, owner)
        self.cursors[key] = _copy(cursor)
        self.saves += 1

    async def acquire(self, key: str, owner: str, ttl: float) -> bool:
        _check_ttl(ttl)
        return self._leases.acquire(key, owner, ttl)

    async def release(self, key: str, owner: str) -> None:
        self._leases.release(key, owner)

    async def close(self) -> None:
        return None


class JsonFileCursorStore:
    """Cursors in one JSON file ``{key: cursor}``, for a bot running as one process.

    Every save rewrites the file atomically: a temporary file in the same directory, flushed and
    (``fsync=True``, the default) synced, then ``os.replace`` d over the old one, so that a crash
    leaves either the old file or the new one, never half of one. The file is read on the first
    load, and again when another store of this process rewrote it (several stores of one path
    keep each other's cursors). Leases are kept in this process only: two processes must not share
    a file (use :class:`RedisCursorStore` for a fleet).

    A file that is not a cursor file (not JSON, not an object of objects) is a
    :class:`ChasterUsageError`; a file that cannot be read or written (permissions, a full disk)
    a :class:`~chaster_async.errors.StorageError`.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, fsync: bool = True, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.path = Path(path)
        self.fsync = fsync
        self.saves = 0
        self._cursors: dict[str, Cursor] | None = None
        self._signature: tuple[int, int, int] | None = None  # of the file as last read or written
        self._lock = _file_lock(self.path)
        self._leases = _LocalLeases(clock)

    def __repr__(self) -> str:
        return f"JsonFileCursorStore({str(self.path)!r})"

    @property
    def identity(self) -> str:
        """What makes two stores one (for the streams of this process): the file's real path."""
        return os.path.realpath(self.path)

    def _read(self) -> dict[str, Cursor]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            failure = StorageError(
                f"{self.path}: the cursor file cannot be read ({type(exc).__name__}: {exc})"
            )
            raise failure from None
        if not raw.strip():
            return {}
        data = _decode(raw, str(self.path))
        if not isinstance(data, dict):
            raise ChasterUsageError(f"{self.path}: not a cursor file (a JSON object is expected)")
        return data

    def _write(self, data: dict[str, Cursor]) -> None:
        try:
            self._replace(data)
        except OSError as exc:
            failure = StorageError(
                f"{self.path}: the cursor file cannot be written ({type(exc).__name__}: {exc})"
            )
            raise failure from None

    def _replace(self, data: dict[str, Cursor]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(data, separators=(",", ":"), sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(payload)
                f.flush()
                if self.fsync:
                    os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise
        if self.fsync:
            try:
                dir_fd = os.open(self.path.parent, os.O_RDONLY)
            except OSError:
                return
            try:
                os.fsync(dir_fd)
            except OSError:
                pass
            finally:
                os.close(dir_fd)

    def _all(self) -> dict[str, Cursor]:
        # Under self._lock (a thread lock shared by the stores of this path: saves run in worker
        # threads). Read again when another store rewrote the file since.
        signature = _signature(self.path)
        if self._cursors is None or signature != self._signature:
            self._cursors = self._read()
            self._signature = signature
        return self._cursors

    def _load(self, key: str) -> Cursor | None:
        with self._lock:
            return _cursor_of(self._all().get(key), f"{self.path}: {key!r}")

    def _store(self, key: str, cursor: Cursor) -> None:
        # One save at a time, each on top of the one before (even one whose task was cancelled:
        # its thread still finishes), the file first, then the memory.
        with self._lock:
            data = dict(self._all())
            data[key] = cursor
            self._write(data)
            self._cursors = data
            self._signature = _signature(self.path)
            self.saves += 1

    async def load(self, key: str) -> Cursor | None:
        cursor = await asyncio.to_thread(self._load, key)
        return None if cursor is None else _copy(cursor)

    async def save(self, key: str, cursor: Cursor, *, owner: str | None = None) -> None:
        self._leases.check(key, owner)
        # Should this task be cancelled meanwhile, the thread still finishes the write: the file
        # holds either the old or the new content, and the next save builds on what it wrote.
        await asyncio.shield(asyncio.to_thread(self._store, key, _copy(cursor)))

    async def acquire(self, key: str, owner: str, ttl: float) -> bool:
        _check_ttl(ttl)
        return self._leases.acquire(key, owner, ttl)

    async def release(self, key: str, owner: str) -> None:
        self._leases.release(key, owner)

    async def close(self) -> None:
        return None


# KEYS[1] = lease key, ARGV[1] = owner, ARGV[2] = ttl in ms: take the lease if free or ours.
_ACQUIRE = """
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
"""
# KEYS[1] = lease key, ARGV[1] = owner: delete the lease only if it is ours.
_RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
"""
# KEYS[1] = cursor key, KEYS[2] = lease key, ARGV[1] = cursor JSON, ARGV[2] = owner ('' = none):
# write unless another owner holds the lease (fencing a process that lost it).
_SAVE = """
if ARGV[2] ~= '' then
  local holder = redis.call('GET', KEYS[2])
  if holder ~= false and holder ~= ARGV[2] then
    return 0
  end
end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""


class RedisCursorStore:
    """Cursors and leases in Redis, for a fleet of processes sharing the same streams.

    ``RedisCursorStore("redis://localhost:6379/0")`` or ``RedisCursorStore(client=redis_client)``
    (a ``redis.asyncio.Redis``; it is not closed by :meth:`close`). Keys: ``<prefix>cursor:<key>``
    (the cursor as JSON) and ``<prefix>lease:<key>`` (the owner's id, with a time to live).
    ``redis`` is imported on first use: install the ``redis`` extra.

    Every operation is bounded by ``timeout`` seconds; a Redis failure or a timeout raises
    :class:`~chaster_async.errors.StorageError` naming the operation. A key that does not hold a
    cursor (not JSON, not an object) is a :class:`ChasterUsageError`.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Any = None,
        prefix: str = "chaster_async:watch:",
        timeout: float = 5.0,
    ) -> None:
        if (url is None) == (client is None):
            raise ChasterUsageError("RedisCursorStore needs a url or a client (one of them)")
        self.timeout = _options.seconds("RedisCursorStore timeout", timeout, positive=True)
        self.prefix = prefix
        self._url = url
        self._client = client
        self._owns_client = client is None
        self._scripts: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"RedisCursorStore(prefix={self.prefix!r})"

    def _redis(self) -> Any:
        if self._client is None:
            assert self._url is not None
            try:
                import redis.asyncio as redis_asyncio
            except ImportError:  # pragma: no cover - depends on the environment
                raise ChasterUsageError(
                    "RedisCursorStore needs the redis package: pip install 'chaster_async[redis]'"
                ) from None
            self._client = redis_asyncio.Redis.from_url(self._url, decode_responses=True)
        return self._client

    def _script(self, name: str, source: str) -> Any:
        script = self._scripts.get(name)
        if script is None:
            script = self._scripts[name] = self._redis().register_script(source)
        return script

    def _cursor_key(self, key: str) -> str:
        return f"{self.prefix}cursor:{key}"

    def _lease_key(self, key: str) -> str:
        return f"{self.prefix}lease:{key}"

    @contextlib.asynccontextmanager
    async def _operation(self, what: str, key: str) -> AsyncIterator[None]:
        """Bound one operation by ``timeout``; Redis's failures become StorageError."""
        from redis.exceptions import RedisError

        failure: StorageError | None = None
        try:
            async with asyncio.timeout(self.timeout):
                yield
        except TimeoutError:
            failure = StorageError(f"Redis did not answer ({what} {key!r}) within {self.timeout:g} s")
        except (RedisError, OSError) as exc:
            failure = StorageError(f"Redis failed ({what} {key!r}): {type(exc).__name__}: {exc}")
        if failure is not None:
            raise failure  # outside the except block: no __context__

    async def load(self, key: str) -> Cursor | None:
        async with self._operation("loading the cursor", key):
            raw = await self._redis().get(self._cursor_key(key))
        if raw is None:
            return None
        where = f"the Redis key {self._cursor_key(key)!r}"
        return _cursor_of(_decode(raw, where), where)

    async def save(self, key: str, cursor: Cursor, *, owner: str | None = None) -> None:
        payload = json.dumps(cursor, separators=(",", ":"), sort_keys=True)
        keys = [self._cursor_key(key), self._lease_key(key)]
        async with self._operation("saving the cursor", key):
            saved = await self._script("save", _SAVE)(keys=keys, args=[payload, owner or ""])
        if not int(saved):
            raise LeaseLostError(key)

    async def acquire(self, key: str, owner: str, ttl: float) -> bool:
        _check_ttl(ttl)
        ms = max(1, round(ttl * 1000))
        async with self._operation("taking the lease of", key):
            taken = await self._script("acquire", _ACQUIRE)(keys=[self._lease_key(key)], args=[owner, ms])
        return bool(int(taken))

    async def release(self, key: str, owner: str) -> None:
        async with self._operation("releasing the lease of", key):
            await self._script("release", _RELEASE)(keys=[self._lease_key(key)], args=[owner])

    async def close(self) -> None:
        client, self._client = self._client, None
        self._scripts.clear()
        if client is not None and self._owns_client:
            await client.aclose()
