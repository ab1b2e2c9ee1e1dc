"""The poll budget: how much of a client's request budget its watchers may spend, and when
each polled source goes next. One per client, shared by every stream of it."""

from __future__ import annotations

import asyncio
import collections
import itertools
import math
import weakref
from typing import Any

from .errors import ChasterUsageError


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
    limiter = getattr(getattr(chaster, "_pipeline", None), "limiter", None)
    limit = getattr(getattr(limiter, "_global", None), "limit", None)
    if isinstance(limit, int) and not isinstance(limit, bool) and limit >= 1:
        return limit
    return 100
