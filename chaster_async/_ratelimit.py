"""Client-side rate limiting, so that a busy bot waits a little instead of earning a 429.

Chaster enforces several overlapping limits (100 requests/minute overall, and tighter ones on a few
endpoints) and reports in ``X-RateLimit-*`` headers the one closest to being exceeded. The limiter
keeps a sliding window of send times per bucket and, after each answer, lowers its own idea of what
is left to what the server says (other processes may share the same token or IP).
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import re
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping

from attrs import frozen

from . import _options
from ._retry import parse_reset
from .errors import ChasterUsageError, RateLimitError

__all__ = ["DEFAULT_ENDPOINT_LIMITS", "EndpointLimit", "RateLimiter"]

logger = logging.getLogger("chaster_async")


def _check_limit(limit: object, window: object, what: str) -> None:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ChasterUsageError(f"{what}: the limit must be an int >= 1, not {limit!r}")
    if (
        isinstance(window, bool)
        or not isinstance(window, int | float)
        or not math.isfinite(window)
        or window <= 0
    ):
        raise ChasterUsageError(f"{what}: the window must be a number of seconds > 0, not {window!r}")


@frozen
class EndpointLimit:
    """At most ``limit`` requests per ``window`` seconds for ``method`` on paths matching ``pattern``.

    ``limit`` must be at least 1 and ``window`` positive (else ChasterUsageError).
    """

    method: str
    pattern: str
    limit: int
    window: float

    def __attrs_post_init__(self) -> None:
        _check_limit(self.limit, self.window, f"EndpointLimit {self.method} {self.pattern}")

    def matches(self, method: str, path: str) -> bool:
        return method.upper() == self.method and re.fullmatch(self.pattern, path) is not None


# Documented in Chaster's "endpoints" page; the server counts them per user.
DEFAULT_ENDPOINT_LIMITS: tuple[EndpointLimit, ...] = (
    EndpointLimit("POST", r"/locks/shared-locks/?", 10, 30 * 60),
    EndpointLimit("POST", r"/conversations/?", 20, 24 * 3600),
    EndpointLimit("POST", r"/conversations/[^/]+/?", 500, 24 * 3600),
)


class _Window:
    """A sliding-window counter: at most ``limit`` events in any ``window`` seconds.

    ``sent`` holds the send times, sorted, past ones and those reserved by calls still waiting
    for their turn: a waiting call owns its slot, so that the calls queued behind it know at
    once how long they would wait in total.
    """

    def __init__(self, name: str, limit: int, window: float) -> None:
        self.name = name
        self.limit = limit
        self.window = window
        self.sent: list[float] = []
        # What the server last told us: nothing may be sent until `blocked_until` once
        # `server_remaining` reaches 0. `corrections` counts the server's corrections.
        self.server_remaining: int | None = None
        self.blocked_until = 0.0
        self.corrections = 0

    def forget_old(self, now: float) -> None:
        old = bisect.bisect_right(self.sent, now - self.window)
        del self.sent[:old]

    def _fits(self, at: float) -> bool:
        # Every window containing `at` lies within (at - window, at + window): fewer than
        # `limit` events there leave room for one more in each of them.
        low = bisect.bisect_right(self.sent, at - self.window)
        high = bisect.bisect_left(self.sent, at + self.window)
        return high - low < self.limit

    def server_blocks(self, at: float) -> bool:
        remaining = self.server_remaining
        return remaining is not None and remaining <= 0 and at < self.blocked_until

    def earliest(self, start: float) -> float:
        """The earliest time from ``start`` on at which one more event fits."""
        if self.server_blocks(start):
            start = self.blocked_until
        if self._fits(start):
            return start
        # The count only drops when an event leaves the window: try those moments in order.
        for sent in self.sent:
            at = sent + self.window
            if at > start and self._fits(at):
                return at
        return start  # unreachable: past the last event + window nothing is counted

    def reserve(self, at: float) -> None:
        bisect.insort(self.sent, at)
        if self.server_remaining is not None:
            self.server_remaining -= 1

    def release(self, at: float, *, corrections: int) -> None:
        """Give back the slot reserved at ``at`` when ``corrections`` were counted."""
        index = bisect.bisect_left(self.sent, at)
        if index < len(self.sent) and self.sent[index] == at:
            del self.sent[index]
            # A correction since then replaced the count this reservation had lowered.
            if self.server_remaining is not None and corrections == self.corrections:
                self.server_remaining += 1

    def correct(self, remaining: int, reset_in: float, now: float) -> None:
        self.server_remaining = remaining
        self.blocked_until = now + reset_in
        self.corrections += 1


def _earliest(windows: list[_Window], now: float) -> float:
    """The earliest time at which one more event fits in every window."""
    for window in windows:
        window.forget_old(now)  # only at now: later candidates still count today's events
    at = now
    while True:
        latest = max(window.earliest(at) for window in windows)
        if latest == at:
            return at
        at = latest


class RateLimiter:
    """Paces the requests of one client (shared by all its tasks).

    **Parameters:**

    - ``per_minute``: the overall limit (Chaster: 100 requests per minute); at least 1.
    - ``endpoint_limits``: the tighter limits of particular endpoints.
    - ``max_wait``: a request that would have to wait longer than this (for example the 21st new
      conversation of a day) raises :class:`~chaster_async.errors.RateLimitError` at once, with
      ``retry_after`` set, instead of blocking for hours.
    - ``clock`` (monotonic seconds), ``sleep`` and ``wall_clock`` (epoch seconds, to read an epoch
      ``X-RateLimit-Reset``): injectable for tests.
    """

    def __init__(
        self,
        *,
        per_minute: int = 100,
        endpoint_limits: Iterable[EndpointLimit] = DEFAULT_ENDPOINT_LIMITS,
        max_wait: float = 120.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        _check_limit(per_minute, 60.0, "RateLimiter per_minute")
        self._global = _Window("global", per_minute, 60.0)
        self._endpoints = [
            (rule, _Window(f"{rule.method} {rule.pattern}", rule.limit, rule.window))
            for rule in endpoint_limits
        ]
        self.max_wait = _options.seconds("RateLimiter max_wait", max_wait)
        self._clock = clock
        self._sleep = sleep
        self._wall_clock = wall_clock

    def __repr__(self) -> str:
        return f"RateLimiter(per_minute={self._global.limit}, endpoints={len(self._endpoints)})"

    def _windows(self, method: str, path: str) -> list[_Window]:
        windows = [self._global]
        windows.extend(window for rule, window in self._endpoints if rule.matches(method, path))
        return windows

    async def acquire(
        self, method: str, path: str, *, shown: str | None = None, max_wait: float | None = None
    ) -> None:
        """Wait until ``method path`` may be sent, and count it as sent.

        ``shown``: the path to put in a RateLimitError (``path`` with secrets masked); default ``path``.
        ``max_wait``: a tighter bound than the limiter's own for this request (the time its call
        has left).
        """
        limit = self.max_wait if max_wait is None else min(self.max_wait, max_wait)
        windows = self._windows(method, path)
        started = self._clock()
        while True:
            now = self._clock()
            at = _earliest(windows, now)
            if (now - started) + (at - now) > limit:
                raise RateLimitError(
                    429,
                    f"client-side rate limit ({_describe(windows, now)}) reached; retry in {math.ceil(at - now)} s",
                    method=method,
                    path=path if shown is None else shown,
                    retry_after=at - now,
                )
            corrections = [window.corrections for window in windows]
            for window in windows:
                window.reserve(at)
            if at <= now:
                return
            try:
                await self._sleep(at - now)
            except BaseException:  # cancelled: the slot is free for the calls behind
                _release(windows, at, corrections)
                raise
            if not self._corrected_since(windows, corrections, self._clock()):
                return
            # The server said "none left" while this call waited: take a later turn, if that
            # still fits within the limit of this call.
            _release(windows, at, corrections)

    @staticmethod
    def _corrected_since(windows: list[_Window], corrections: list[int], now: float) -> bool:
        return any(
            window.corrections != seen and window.server_blocks(now)
            for window, seen in zip(windows, corrections, strict=True)
        )

    def update(self, method: str, path: str, headers: Mapping[str, str]) -> None:
        """Take the server's ``X-RateLimit-*`` headers into account.

        They describe whichever limit is closest to being exceeded; it is matched to one of this
        request's buckets by its ``X-RateLimit-Limit`` (the overall bucket when none matches).
        """
        lowered = {k.lower(): v for k, v in headers.items()}
        remaining = _parse_int(lowered.get("x-ratelimit-remaining"))
        if remaining is None:
            return
        raw_reset = lowered.get("x-ratelimit-reset")
        reset_in = parse_reset(raw_reset, now=self._wall_clock())
        if reset_in is None:
            reset_in = 60.0
        limit = _parse_int(lowered.get("x-ratelimit-limit"))
        windows = self._windows(method, path)
        target = next((w for w in windows[1:] if w.limit == limit), windows[0])
        if reset_in > target.window:
            # A bucket resets within its window; more (epoch milliseconds, a clock years off)
            # would block every request for as long.
            logger.warning(
                "X-RateLimit-Reset %r is %g s away, more than the %g s window of %s; capped",
                (raw_reset or "")[:40],
                reset_in,
                target.window,
                target.name,
            )
            reset_in = target.window
        target.correct(remaining, reset_in, self._clock())


def _release(windows: list[_Window], at: float, corrections: list[int]) -> None:
    for window, seen in zip(windows, corrections, strict=True):
        window.release(at, corrections=seen)


def _parse_int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value else None
    except ValueError:
        return None


def _describe(windows: list[_Window], now: float) -> str:
    worst = max(windows, key=lambda w: w.earliest(now))  # forget_old(now) was done by _earliest
    return f"{worst.limit} per {worst.window:g} s for {worst.name}"
