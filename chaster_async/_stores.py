"""What several clients (and several processes) can share: the rate budget and the OAuth token.

Two protocols, each with an in-memory implementation here and a Redis one in
:mod:`chaster_async.redis` (the ``chaster_async[redis]`` extra):

- :class:`LimiterStorage`: the rate budget of each bucket. A bucket counts the requests answered
  in its window (at the moment their answer arrived, which is never before the server counted
  them), the requests in flight, and what the server reported that we did not send ourselves.
  Every process reserving from one storage under one key shares one budget.
- :class:`TokenStore`: one OAuth token for every process using it, with a fleet-wide lock so that
  a token is refreshed once (Keycloak's refresh tokens work once).

With neither configured, a :class:`~chaster_async.Chaster` keeps both to itself, as it always did.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import datetime as dt
import json
import math
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from attrs import frozen

from ._auth import OAuthToken
from .errors import StorageError

__all__ = [
    "POLL_INTERVAL",
    "RESET_SLACK",
    "BucketSpec",
    "LimiterStorage",
    "MemoryLimiterStorage",
    "MemoryTokenStore",
    "ServerReport",
    "TokenStore",
    "token_from_json",
    "token_to_json",
]

# X-RateLimit-Reset is in whole seconds: a reset within this of what the count says adds nothing.
RESET_SLACK = 1.0
# How often a call waiting for something it cannot compute (the answer to a probe) looks again.
POLL_INTERVAL = 0.01


@frozen
class BucketSpec:
    """One budget: at most ``limit`` requests per ``window`` seconds, stored under ``name``.

    ``limit`` and ``window`` are the client's assumption; a bucket that ``learns`` replaces them with
    what the server's ``X-RateLimit-*`` headers say (the storage keeps what was learned, so that a
    process starting later uses it at once). ``window`` also caps the resets the server may impose.
    """

    name: str
    limit: int
    window: float
    learns: bool = False


@frozen
class ServerReport:
    """What one answer's ``X-RateLimit-*`` headers said about a bucket: ``remaining`` requests until
    the window frees some in ``reset_in`` seconds; ``limit`` when the server said it. ``sent``: when
    its request was sent (epoch seconds): the server counted it after that, so reconciling counts
    every use since one window before."""

    limit: int | None
    remaining: int
    reset_in: float
    sent: float


@runtime_checkable
class LimiterStorage(Protocol):
    """Where a :class:`~chaster_async.RateLimiter` keeps its budgets (``RateLimiter(storage=...)``).

    A request takes a slot with :meth:`reserve` before it is sent and gives it back with
    :meth:`release` if it is not sent after all. When its answer arrives, :meth:`complete` turns the
    slot into a use of the window from that moment on. A reservation whose answer never comes
    (its process died) is forgotten after its ``lease``.
    """

    async def reserve(self, bucket: BucketSpec, ticket: str, *, lease: float) -> float | None:
        """Take a slot for ``ticket``: None when taken, else seconds after which to ask again."""
        ...

    async def release(self, bucket: BucketSpec, ticket: str) -> None:
        """``ticket`` was not sent: its slot is free again."""
        ...

    async def complete(
        self, bucket: BucketSpec, ticket: str | None, *, answered: bool, report: ServerReport | None
    ) -> None:
        """``ticket``'s request ended (None: an answer to no reservation of ours). ``answered``: the
        server answered it; ``report``: what the answer's headers said about this bucket."""
        ...


class _Bucket:
    """The state of one bucket (in memory; :mod:`chaster_async.redis` keeps the same in Redis)."""

    def __init__(self, spec: BucketSpec) -> None:
        self.limit = spec.limit
        self.window = spec.window
        self.learned = False
        self.heard = not spec.learns  # a learning bucket lets one request through until an answer
        self.blocked_until = 0.0
        self.probe_at: float | None = None
        self.hits: list[float] = []  # sorted answer times (and others' use the server reported)
        self.leases: dict[str, float] = {}  # in flight (and unexplained use) -> until when it counts

    def forget(self, now: float) -> None:
        # Kept two windows: reconciling an answer counts back to before its request was sent.
        del self.hits[: bisect.bisect_right(self.hits, now - 2 * self.window)]
        for ticket in [t for t, until in self.leases.items() if until <= now]:
            del self.leases[ticket]

    def used(self, since: float) -> int:
        return len(self.hits) - bisect.bisect_right(self.hits, since)

    def probing(self, now: float) -> bool:
        return not self.heard or (self.probe_at is not None and now >= self.probe_at)

    def wait_hint(self, now: float) -> float:
        """How long until a slot may free: the oldest use leaves the window, or a lease ends."""
        recent = bisect.bisect_right(self.hits, now - self.window)
        moments = [self.hits[recent] + self.window] if recent < len(self.hits) else []
        moments.extend(self.leases.values())
        return max(min(moments, default=now + POLL_INTERVAL) - now, POLL_INTERVAL)


def learn(
    current: tuple[int, float, bool], report: ServerReport, spec: BucketSpec
) -> tuple[int, float, bool] | None:
    """The (limit, window, learned) a learning bucket moves to after ``report``, or None if unchanged.

    The limit is the server's. The window is not in the headers: it is the longest reset seen for
    this limit (a fresh sliding window reports its whole length), at most the configured one.
    """
    limit, window, learned = current
    if report.limit is None or report.limit < 1:
        return None
    reset = min(report.reset_in, spec.window)
    if not learned or report.limit != limit:
        return report.limit, reset if reset >= 1 else spec.window, True
    if reset > window:
        return limit, reset, True
    return None


class MemoryLimiterStorage:
    """A :class:`LimiterStorage` in this process's memory: several limiters (several clients)
    given the same one, under the same key, share one budget. ``clock``: epoch seconds."""

    def __init__(self, *, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def __repr__(self) -> str:
        return f"MemoryLimiterStorage(buckets={len(self._buckets)})"

    def _bucket(self, spec: BucketSpec) -> _Bucket:
        bucket = self._buckets.get(spec.name)
        if bucket is None:
            bucket = self._buckets[spec.name] = _Bucket(spec)
        return bucket

    async def reserve(self, bucket: BucketSpec, ticket: str, *, lease: float) -> float | None:
        state, now = self._bucket(bucket), self._clock()
        state.forget(now)
        if now < state.blocked_until:
            return state.blocked_until - now
        if state.probing(now) and state.leases:
            return POLL_INTERVAL
        if state.used(now - state.window) + len(state.leases) < state.limit:
            state.leases[ticket] = now + lease
            return None
        return state.wait_hint(now)

    async def release(self, bucket: BucketSpec, ticket: str) -> None:
        self._bucket(bucket).leases.pop(ticket, None)

    async def complete(
        self, bucket: BucketSpec, ticket: str | None, *, answered: bool, report: ServerReport | None
    ) -> None:
        state, now = self._bucket(bucket), self._clock()
        if ticket is not None and state.leases.pop(ticket, None) is not None:
            bisect.insort(state.hits, now)
        if answered:
            state.heard = True
            if state.probe_at is not None and now >= state.probe_at:
                state.probe_at = None
        if report is None:
            return
        if bucket.learns:
            learned = learn((state.limit, state.window, state.learned), report, bucket)
            if learned is not None:
                state.limit, state.window, state.learned = learned
        state.forget(now)
        reset = min(report.reset_in, bucket.window)
        room = state.limit - state.used(report.sent - state.window) - len(state.leases)
        if report.remaining < room:
            # Someone we do not see (another client of the same token or IP) used the rest.
            for _ in range(room - report.remaining):
                state.leases[f"unseen-{uuid.uuid4().hex}"] = now + reset
            state.probe_at = now + reset
        elif report.remaining <= 0 and reset - RESET_SLACK > state.wait_hint(now):
            # None left, and the server frees a slot later than the count says: its word holds.
            state.blocked_until = max(state.blocked_until, now + reset)
            state.probe_at = now + reset


# -- tokens ----------------------------------------------------------------------------------


@runtime_checkable
class TokenStore(Protocol):
    """Where every process using one OAuth token finds its newest version (``Chaster(token_store=...)``).

    :meth:`refreshing` is a lock held (fleet-wide) while one process refreshes: the others wait,
    then :meth:`load` the token it saved instead of refreshing (and so killing) it again.
    """

    async def load(self) -> OAuthToken | None:
        """The newest token saved, None if there is none."""
        ...

    async def save(self, token: OAuthToken) -> None:
        """Make ``token`` the newest."""
        ...

    def refreshing(self) -> contextlib.AbstractAsyncContextManager[None]:
        """``async with store.refreshing():`` one holder at a time, fleet-wide."""
        ...


class MemoryTokenStore:
    """A :class:`TokenStore` in this process's memory: clients given the same one share one token
    and refresh it once. ``token``: what :meth:`load` returns until something is saved."""

    def __init__(self, token: OAuthToken | None = None) -> None:
        self._token = token
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenStore({self._token!r})"

    async def load(self) -> OAuthToken | None:
        return self._token

    async def save(self, token: OAuthToken) -> None:
        self._token = token

    @contextlib.asynccontextmanager
    async def refreshing(self) -> AsyncIterator[None]:
        async with self._lock:
            yield


def token_to_json(token: OAuthToken) -> str:
    """``token`` as a JSON text (what :mod:`chaster_async.redis` stores). It holds the secrets."""
    return json.dumps(
        {
            "access_token": token.access_token,
            "refresh_token": token.refresh_token,
            "expires_at": token.expires_at.isoformat(),
            "scopes": sorted(token.scopes),
            "refresh_expires_at": (
                token.refresh_expires_at.isoformat() if token.refresh_expires_at is not None else None
            ),
        },
        separators=(",", ":"),
    )


def token_from_json(text: str | bytes) -> OAuthToken:
    """The token :func:`token_to_json` wrote; StorageError if the text is not one."""
    try:
        data: Any = json.loads(text)
        if not isinstance(data, Mapping):
            raise TypeError("not an object")
        refresh_expires = data.get("refresh_expires_at")
        return OAuthToken(
            access_token=_text(data["access_token"]),
            refresh_token=None if data.get("refresh_token") is None else _text(data["refresh_token"]),
            expires_at=dt.datetime.fromisoformat(_text(data["expires_at"])),
            scopes=frozenset(_text(s) for s in data.get("scopes") or ()),
            refresh_expires_at=None
            if refresh_expires is None
            else dt.datetime.fromisoformat(refresh_expires),
        )
    except (ValueError, TypeError, KeyError) as exc:
        # No excerpt of the text: it may hold a token.
        failure = StorageError(f"the stored token is unreadable ({type(exc).__name__})")
    raise failure  # outside the except block: no __context__ quoting the text


def _text(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise TypeError("expected a non-empty string")
    return value


def ceil_seconds(window: float) -> int:
    """A window as whole seconds, never shorter (Redis expiries and ``limits`` windows are ints)."""
    return max(1, math.ceil(window))
