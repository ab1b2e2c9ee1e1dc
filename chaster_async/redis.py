"""Redis backends for a fleet: one rate budget and one OAuth token for every process that uses them.

Needs the ``redis`` extra (``pip install 'chaster_async[redis]'``: redis-py and ``limits``)::

    import redis.asyncio as redis
    from chaster_async import Chaster, RateLimiter
    from chaster_async.redis import RedisLimiterStorage, RedisTokenStore

    client = redis.Redis.from_url("redis://localhost:6379/0")
    limiter = RateLimiter(storage=RedisLimiterStorage(client), key=f"user:{user_id}")
    store = RedisTokenStore(client, key=f"user:{user_id}")
    async with Chaster(token, oauth=oauth, token_store=store, rate_limit=limiter) as chaster:
        ...

- :class:`RedisLimiterStorage` keeps each bucket's answered requests in a ``limits`` moving window
  (``limits.aio.storage.RedisStorage`` over the same connection pool), the requests in flight in a
  sorted set scored by when their lease ends (so a process that dies frees its slots), and what was
  learned from the server in a hash.
- :class:`RedisTokenStore` keeps the newest token as JSON under one key and refreshes under
  redis-py's ``Lock`` with a TTL: a process that dies while refreshing holds it ``lock_timeout``
  seconds at most.

Every Redis operation is bounded by ``timeout``; a failure or a timeout raises
:class:`~chaster_async.errors.StorageError` naming the operation (never a token). The tokens are
stored in clear: protect the Redis server as you would a password store (AUTH, TLS, no public port).
Clocks: the budget is kept in epoch seconds of each process's clock; processes on several hosts
sharing one Redis need synchronised clocks (NTP).
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import math
import time
import uuid
from collections.abc import AsyncIterator, Mapping
from typing import Any

try:
    from limits.aio.storage import RedisStorage as _LimitsRedisStorage
    from redis.asyncio import Redis
    from redis.exceptions import RedisError
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError(
        "chaster_async.redis needs the redis extra: pip install 'chaster_async[redis]'"
    ) from exc

from . import _options
from ._auth import OAuthToken
from ._stores import (
    POLL_INTERVAL,
    RESET_SLACK,
    BucketSpec,
    ServerReport,
    ceil_seconds,
    learn,
    token_from_json,
    token_to_json,
)
from .errors import StorageError

__all__ = ["RedisLimiterStorage", "RedisTokenStore"]

logger = logging.getLogger("chaster_async")

# The moving window's list is trimmed to this many entries: far more than any budget.
_MAX_ENTRIES = 1_000_000
# Buckets not touched for this long disappear from Redis.
_STATE_TTL = 24 * 3600


@contextlib.asynccontextmanager
async def _operation(what: str, seconds: float) -> AsyncIterator[None]:
    """Bound a Redis operation by ``seconds`` and turn its failures into StorageError."""
    failure: StorageError | None = None
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError:
        failure = StorageError(f"Redis did not answer ({what}) within {seconds:g} s")
    except RedisError as exc:
        failure = StorageError(f"Redis failed ({what}): {type(exc).__name__}: {exc}")
    if failure is not None:
        raise failure  # outside the except block: no __context__


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class _State:
    """A bucket's hash, read; StorageError when it does not hold what this module writes there
    (another program's key, a hand edit): the limiter then limits this process alone, as when
    Redis is down, instead of failing every call with a ValueError."""

    def __init__(self, raw: Mapping[Any, Any], spec: BucketSpec) -> None:
        try:
            fields = {_text(k): _text(v) for k, v in raw.items()}
            self.learned = fields.get("learned") == "1"
            self.limit = int(fields["limit"]) if self.learned and "limit" in fields else spec.limit
            self.window = float(fields["window"]) if self.learned and "window" in fields else spec.window
            self.heard = fields.get("heard") == "1" or not spec.learns
            self.blocked_until = float(fields.get("blocked_until", "0"))
            self.probe_at = float(fields["probe_at"]) if "probe_at" in fields else None
            numbers = (self.window, self.blocked_until, self.probe_at or 0.0)
            ok = self.limit >= 1 and self.window > 0 and all(math.isfinite(n) for n in numbers)
        except (ValueError, TypeError):  # UnicodeDecodeError is a ValueError
            ok = False
        if not ok:
            raise StorageError(f"the rate-limit state of {spec.name!r} in Redis is unreadable")

    def probing(self, now: float) -> bool:
        return not self.heard or (self.probe_at is not None and now >= self.probe_at)


class RedisLimiterStorage:
    """A :class:`~chaster_async._stores.LimiterStorage` in Redis, for ``RateLimiter(storage=...)``.

    **Parameters:**

    - ``redis``: a ``redis.asyncio.Redis`` client (yours: it is not closed here).
    - ``prefix``: the start of every key written.
    - ``timeout``: seconds allowed for each operation.
    """

    def __init__(self, redis: Redis, *, prefix: str = "chaster_async", timeout: float = 2.0) -> None:
        self._redis = redis
        self.prefix = prefix
        self.timeout = _options.seconds("RedisLimiterStorage timeout", timeout, positive=True)
        # The `limits` storage talks through the same connection pool.
        self._windows = _LimitsRedisStorage(
            "async+redis://",
            implementation="redispy",
            connection_pool=redis.connection_pool,  # type: ignore[arg-type]  # passed on to redis-py
            key_prefix=prefix,
        )

    def __repr__(self) -> str:
        return f"RedisLimiterStorage(prefix={self.prefix!r})"

    def _keys(self, bucket: BucketSpec) -> tuple[str, str, str]:
        base = f"rl:{bucket.name}"
        return f"{self.prefix}:{base}:state", f"{self.prefix}:{base}:leases", f"{base}:hits"

    async def reserve(self, bucket: BucketSpec, ticket: str, *, lease: float) -> float | None:
        state_key, leases, hits = self._keys(bucket)
        async with _operation("reserving a request slot", self.timeout):
            now = time.time()
            # Counted in flight first, then the window is read: two processes racing for the last
            # slot each see the other, so at worst both try again (never both get it).
            pipe = self._redis.pipeline(transaction=True)
            pipe.zremrangebyscore(leases, "-inf", now)
            pipe.zadd(leases, {ticket: now + lease})
            pipe.zcard(leases)
            pipe.zrange(leases, 0, 0, withscores=True)
            pipe.hgetall(state_key)
            pipe.expire(leases, ceil_seconds(lease + bucket.window))
            _, _, flying, first, raw, _ = await pipe.execute()
            state = _State(raw, bucket)
            hint: float | None = None
            if now < state.blocked_until:
                hint = state.blocked_until - now
            elif state.probing(now) and flying > 1:
                hint = POLL_INTERVAL  # the answer to a probing request will tell the budget
            else:
                oldest, used = await self._windows.get_moving_window(
                    hits, _MAX_ENTRIES, ceil_seconds(state.window)
                )
                if used + flying <= state.limit:
                    return None
                if used < state.limit:
                    # Room in the window, taken by requests in flight -- or by another process's
                    # reservation being checked right now, which goes at once: look again soon.
                    hint = 2 * POLL_INTERVAL
                else:  # a slot frees when the oldest use leaves the window, or a lease ends
                    moments = [oldest + ceil_seconds(state.window)]
                    if first:
                        moments.append(float(first[0][1]))
                    hint = min(moments) - now
            await self._redis.zrem(leases, ticket)
        return max(hint, POLL_INTERVAL)

    async def release(self, bucket: BucketSpec, ticket: str) -> None:
        _, leases, _ = self._keys(bucket)
        async with _operation("releasing a request slot", self.timeout):
            await self._redis.zrem(leases, ticket)

    async def complete(
        self, bucket: BucketSpec, ticket: str | None, *, answered: bool, report: ServerReport | None
    ) -> None:
        state_key, leases, hits = self._keys(bucket)
        async with _operation("recording an answer", self.timeout):
            now = time.time()
            pipe = self._redis.pipeline(transaction=False)
            pipe.hgetall(state_key)
            pipe.zscore(leases, ticket or "")
            raw, lease = await pipe.execute()
            state = _State(raw, bucket)
            window = ceil_seconds(state.window)
            if ticket is not None and lease is not None:
                # Counted as used from now on before it stops counting as in flight.
                await self._windows.acquire_entry(hits, _MAX_ENTRIES, window, 1)
                await self._redis.zrem(leases, ticket)
            changes: dict[Any, Any] = {}  # redis-py types its mapping invariantly
            if answered:
                changes["heard"] = "1"
            remove_probe = answered and state.probe_at is not None and now >= state.probe_at
            if report is not None:
                if bucket.learns:
                    learned = learn((state.limit, state.window, state.learned), report, bucket)
                    if learned is not None:
                        state.limit, state.window, _ = learned
                        changes.update(limit=str(state.limit), window=repr(state.window), learned="1")
                        window = ceil_seconds(state.window)
                reset = min(report.reset_in, bucket.window)
                pipe = self._redis.pipeline(transaction=False)
                pipe.zremrangebyscore(leases, "-inf", now)
                pipe.zcard(leases)
                pipe.zrange(leases, 0, 0, withscores=True)
                _, flying, first = await pipe.execute()
                # Counted back to one window before the request was sent: the server counted it
                # after that, so what it saw is all in there.
                back = ceil_seconds(max(0.0, now - report.sent) + state.window)
                _, used = await self._windows.get_moving_window(hits, _MAX_ENTRIES, back)
                oldest, recent = await self._windows.get_moving_window(hits, _MAX_ENTRIES, window)
                room = state.limit - used - flying
                if report.remaining < room:
                    # Someone we do not see used the rest: held as in flight until the reset.
                    unseen = {
                        f"unseen-{uuid.uuid4().hex}": now + reset for _ in range(room - report.remaining)
                    }
                    await self._redis.zadd(leases, unseen)
                    changes["probe_at"] = repr(now + reset)
                    logger.debug(
                        "rate limit: the server counts %d more requests than the fleet sent for %s",
                        len(unseen),
                        bucket.name,
                    )
                    remove_probe = False
                elif report.remaining <= 0:
                    # None left: the server's word holds if it frees a slot later than the count.
                    moments = [float(first[0][1])] if first else []
                    if recent:
                        moments.append(oldest + window)
                    if now + reset - RESET_SLACK > min(moments, default=now):
                        changes["blocked_until"] = repr(max(state.blocked_until, now + reset))
                        changes["probe_at"] = repr(now + reset)
                        remove_probe = False
                        logger.debug(
                            "rate limit: the server says none left for %s for %g s", bucket.name, reset
                        )
            pipe = self._redis.pipeline(transaction=False)
            if changes:
                pipe.hset(state_key, mapping=changes)
            if remove_probe:
                pipe.hdel(state_key, "probe_at")
            pipe.expire(state_key, _STATE_TTL)
            await pipe.execute()

    async def ping(self) -> None:
        """Check that Redis answers (and load the scripts the budget uses): StorageError if not.
        A process can call it at start, to fail at once rather than at its first request."""
        async with _operation("ping", self.timeout):
            await self._redis.ping()
            await self._windows.get_moving_window(f"rl:{self.prefix}:ping", 1, 1)

    async def clear(self, bucket: BucketSpec) -> None:
        """Forget everything about ``bucket`` (tests, or after changing its limits)."""
        state_key, leases, hits = self._keys(bucket)
        async with _operation("clearing a bucket", self.timeout):
            await self._redis.delete(state_key, leases)
            await self._windows.clear(hits)


class RedisTokenStore:
    """A :class:`~chaster_async._stores.TokenStore` in Redis, for ``Chaster(token_store=...)``.

    **Parameters:**

    - ``redis``: a ``redis.asyncio.Redis`` client (yours: it is not closed here).
    - ``key``: which token (one per user: every process of that user's bot uses the same key).
    - ``prefix``: the start of every key written.
    - ``lock_timeout``: how long the refresh lock lives if its holder dies; longer than a refresh
      takes (``ChasterOAuth(timeout=30)`` by default), or a second process could refresh the same
      token.
    - ``wait_timeout``: how long a process waits for the lock before giving up with StorageError
      (default: ``lock_timeout`` + 5 s, enough for a dead holder's lock to run out).
    - ``timeout``: seconds allowed for each other operation.
    """

    def __init__(
        self,
        redis: Redis,
        key: str,
        *,
        prefix: str = "chaster_async",
        lock_timeout: float = 60.0,
        wait_timeout: float | None = None,
        timeout: float = 5.0,
    ) -> None:
        # Checked here: NaN or 0 would fail every operation ("did not answer within nan s"), and
        # a NaN lock_timeout only at the first refresh, inside redis-py.
        lock_timeout = _options.seconds("RedisTokenStore lock_timeout", lock_timeout, positive=True)
        if wait_timeout is not None:
            wait_timeout = _options.seconds("RedisTokenStore wait_timeout", wait_timeout)
        self.timeout = _options.seconds("RedisTokenStore timeout", timeout, positive=True)
        self._redis = redis
        self.key = key
        self._token_key = f"{prefix}:token:{key}"
        self._lock_key = f"{prefix}:token:{key}:lock"
        self.lock_timeout = lock_timeout
        self.wait_timeout = lock_timeout + 5.0 if wait_timeout is None else wait_timeout

    def __repr__(self) -> str:
        return f"RedisTokenStore(key={self.key!r})"

    async def load(self) -> OAuthToken | None:
        async with _operation("loading the OAuth token", self.timeout):
            raw = await self._redis.get(self._token_key)
        return None if raw is None else token_from_json(raw)

    async def save(self, token: OAuthToken) -> None:
        lifetime: int | None = None
        if token.refresh_expires_at is not None:
            left = (token.refresh_expires_at - dt.datetime.now(dt.UTC)).total_seconds()
            lifetime = max(1, int(left) + 3600)  # kept a while after it stopped working
        async with _operation("saving the OAuth token", self.timeout):
            await self._redis.set(self._token_key, token_to_json(token), ex=lifetime)

    @contextlib.asynccontextmanager
    async def refreshing(self) -> AsyncIterator[None]:
        lock = self._redis.lock(
            self._lock_key,
            timeout=self.lock_timeout,
            blocking_timeout=self.wait_timeout,
            sleep=0.02,
        )
        async with _operation("taking the token refresh lock", self.wait_timeout + self.timeout):
            got = await lock.acquire()
        if not got:
            raise StorageError(
                f"the token refresh lock of {self.key!r} was held for more than {self.wait_timeout:g} s"
            )
        try:
            yield
        finally:
            try:
                async with _operation("releasing the token refresh lock", self.timeout):
                    await lock.release()
            except StorageError as exc:
                logger.warning(
                    "the token refresh lock of %r was not released cleanly (%s); it expires by itself",
                    self.key,
                    exc,
                )
