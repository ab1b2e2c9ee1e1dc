"""Client-side rate limiting that learns the server's limits, so that a busy bot waits a little
instead of earning a 429.

Chaster enforces several overlapping limits (100 requests/minute overall, and tighter ones on a few
endpoints) and reports in ``X-RateLimit-*`` headers the one closest to being exceeded. The limiter:

- counts each request from the moment it is sent until its answer arrives as *in flight*, and
  from then on as a use of the window for the window's length: the server counted it somewhere
  in between, so a slot is never reused before the server freed it;
- takes the server's limit (and, from the resets it reports, its window) for the overall bucket:
  the documented 100/min is only where it starts;
- lets a single request through until the first answer tells it the budget, and again after the
  server imposed a wait, until an answer says how much is left;
- reconciles its count with ``X-RateLimit-Remaining`` after each answer: what the server counted
  and we did not send (another process on the same token or IP) is held as used until the reset,
  "none left" blocks until the reset. So at most "remaining" requests are ever in flight, and a
  429 makes the budget smaller instead of being sent into again.

By default the counts live in this process (the exact queue below). With ``storage=`` (a
:class:`~chaster_async._stores.LimiterStorage`, e.g. :class:`chaster_async.redis.RedisLimiterStorage`)
they are shared with every limiter using the same storage and ``key``.
"""

from __future__ import annotations

import asyncio
import bisect
import contextvars
import functools
import logging
import math
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

from attrs import frozen

from . import _options
from ._retry import parse_reset, parse_retry_after
from ._stores import BucketSpec, LimiterStorage, ServerReport
from .errors import ChasterUsageError, RateLimitError, StorageError

__all__ = ["DEFAULT_ENDPOINT_LIMITS", "IN_FLIGHT_TIMEOUT", "EndpointLimit", "RateLimiter"]

logger = logging.getLogger("chaster_async")

# A request counted as in flight longer than this is taken as ended (its answer was lost).
IN_FLIGHT_TIMEOUT = 60.0
# X-RateLimit-Reset is in whole seconds: a reset this close to what the count says adds nothing.
RESET_SLACK = 1.0
# After the shared storage failed, how long this process limits itself alone before trying again.
STORAGE_RETRY_AFTER = 5.0


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
        # Checked here: a lower-case method never matched (requests are upper-case), and a bad
        # pattern failed inside the first call that looked at it.
        if not isinstance(self.method, str) or self.method != self.method.upper() or not self.method:
            raise ChasterUsageError(
                f"EndpointLimit method must be an upper-case str ('POST'), not {self.method!r}"
            )
        if not isinstance(self.pattern, str):
            raise ChasterUsageError(f"EndpointLimit pattern must be a str (a regex), not {self.pattern!r}")
        problem: str | None = None
        try:
            re.compile(self.pattern)
        except re.error as exc:
            problem = f"EndpointLimit pattern {self.pattern!r} is not a valid regex ({exc})"
        if problem is not None:  # raised outside the except block: no re.error as __context__
            raise ChasterUsageError(problem)
        _check_limit(self.limit, self.window, f"EndpointLimit {self.method} {self.pattern}")

    def matches(self, method: str, path: str) -> bool:
        return method.upper() == self.method and re.fullmatch(self.pattern, path) is not None


# Documented in Chaster's "endpoints" page; the server counts them per user.
DEFAULT_ENDPOINT_LIMITS: tuple[EndpointLimit, ...] = (
    EndpointLimit("POST", r"/locks/shared-locks/?", 10, 30 * 60),
    EndpointLimit("POST", r"/conversations/?", 20, 24 * 3600),
    EndpointLimit("POST", r"/conversations/[^/]+/?", 500, 24 * 3600),
)


class _Ticket:
    """One request the limiter let through: in flight until its answer (or its end) is known.

    It is closed by :meth:`RateLimiter.update` in the task that acquired it (the transport's), by
    the next ``acquire`` of that task (a failed attempt being retried), when that task ends, or
    after ``in_flight_timeout``.
    """

    __slots__ = ("callback", "closed", "id", "limiter", "sent", "sent_wall", "shared", "task", "windows")

    def __init__(self, limiter: RateLimiter, windows: list[_Window]) -> None:
        self.limiter = limiter
        self.windows = windows
        self.id = uuid.uuid4().hex
        self.sent = 0.0  # the limiter's clock
        self.sent_wall = 0.0  # epoch seconds (what a shared storage keeps)
        self.shared = False  # reserved in the limiter's storage (else in this process)
        self.task: asyncio.Task[Any] | None = None
        self.callback: Callable[[asyncio.Task[Any]], None] | None = None
        self.closed = False


# The ticket of the request the current task sent last, until it is closed.
_TICKET: contextvars.ContextVar[_Ticket | None] = contextvars.ContextVar("chaster_async_ticket", default=None)


class _Window:
    """A sliding-window budget of one bucket, in this process.

    ``done`` holds the moments requests were answered (and, placed so that they leave the window at
    the server's reset, the uses the server reported that we did not see); ``flying`` the send time
    of each request in flight, which counts as "now" until it is answered; ``queued`` the turns
    reserved by calls waiting to be sent: a waiting call owns its slot, so that the calls queued
    behind it know at once how long they would wait in total.
    """

    def __init__(self, name: str, limit: int, window: float, *, learns: bool = False) -> None:
        self.name = name
        self.limit = limit
        self.window = window
        self.configured = (limit, window)
        self.learns = learns
        self.learned = False
        self.done: list[float] = []
        self.flying: dict[_Ticket, float] = {}
        self.queued: list[float] = []
        self.blocked_until = -math.inf
        # From then on, one request at a time until an answer (-inf: from the start, until the
        # first request ends); None: not probing.
        self.probe_at: float | None = -math.inf if learns else None
        self.prober: _Ticket | None = None

    def spec(self, key: str) -> BucketSpec:
        limit, window = self.configured
        return BucketSpec(f"{key}:{self.name}", limit, window, self.learns)

    def describe(self) -> str:
        source = "learned from the server" if self.learned else "assumed"
        return f"{self.limit} per {self.window:g} s for {self.name}, {source}"

    def entries(self, now: float, ahead_of: float = math.inf) -> list[float]:
        """Every use that counts from ``now`` on, sorted; of the turns reserved, those up to
        ``ahead_of`` only (a call that waited for its turn comes before the calls queued later)."""
        # Kept two windows: reconciling an answer counts back to before its request was sent.
        del self.done[: bisect.bisect_right(self.done, now - 2 * self.window)]
        queued = (
            self.queued if ahead_of == math.inf else self.queued[: bisect.bisect_right(self.queued, ahead_of)]
        )
        if not self.flying:
            return [*self.done, *queued] if queued else self.done
        return sorted([*self.done, *queued, *(max(sent, now) for sent in self.flying.values())])

    def fits(self, entries: list[float], at: float) -> bool:
        # Every window containing `at` lies within (at - window, at + window): fewer than `limit`
        # uses there leave room for one more in each of them.
        low = bisect.bisect_right(entries, at - self.window)
        high = bisect.bisect_left(entries, at + self.window)
        return high - low < self.limit

    def earliest(self, entries: list[float], start: float) -> float:
        """The earliest time from ``start`` on at which one more request fits."""
        start = max(start, self.blocked_until)
        if self.fits(entries, start):
            return start
        # The count only drops when a use leaves the window: try those moments in order.
        for used in entries:
            at = used + self.window
            if at > start and self.fits(entries, at):
                return at
        return start  # unreachable: past the last use + window nothing is counted

    def probing(self, at: float) -> bool:
        return self.probe_at is not None and at >= self.probe_at

    def heard(self, now: float) -> None:
        """An answer arrived: a probe due by now is over."""
        if self.probing(now):
            self.probe_at = None
            self.prober = None

    def learn(self, report: ServerReport) -> None:
        from ._stores import learn

        learned = learn((self.limit, self.window, self.learned), report, self.spec(""))
        if learned is None:
            return
        before = self.describe()
        self.limit, self.window, self.learned = learned
        logger.debug("rate limit: the server allows %s (was %s)", self.describe(), before)

    def correct(self, report: ServerReport, now: float, sent: float) -> None:
        """Reconcile with what the server says is left (when it counted the request sent at
        ``sent``: what we count is everything that may have been in its window then)."""
        entries = self.entries(now)
        used = bisect.bisect_right(entries, now) - bisect.bisect_right(entries, sent - self.window)
        room = self.limit - used
        reset = report.reset_in
        if report.remaining < room:
            # Someone we do not see (another client of the same token or IP) used the rest: hold
            # those slots as used until the reset, then probe.
            for _ in range(room - report.remaining):
                bisect.insort(self.done, now + reset - self.window)
            self.probe_at = now + reset
            logger.debug(
                "rate limit: the server counts %d more requests than this client sent for %s",
                room - report.remaining,
                self.name,
            )
        elif report.remaining <= 0 and now + reset - RESET_SLACK > self.earliest(entries, now):
            # None left, and the server frees a slot later than our count says (a longer or fixed
            # window): its word holds. (Resets are whole seconds: within a second of our count,
            # ours, which is exact for what we sent, is the better guess.)
            self.blocked_until = max(self.blocked_until, now + reset)
            self.probe_at = now + reset
            logger.debug("rate limit: the server says none left for %s; waiting %.2f s", self.name, reset)


def _earliest(windows: list[_Window], entries: list[list[float]], now: float) -> float:
    """The earliest time at which one more request fits in every window."""
    at = now
    while True:
        latest = max(window.earliest(used, at) for window, used in zip(windows, entries, strict=True))
        if latest == at:
            return at
        at = latest


def _remove(values: list[float], value: float) -> None:
    index = bisect.bisect_left(values, value)
    if index < len(values) and values[index] == value:
        del values[index]


class RateLimiter:
    """Paces the requests of one client (shared by all its tasks), or of a fleet with ``storage``.

    **Parameters:**

    - ``per_minute``: the overall limit to assume until the server tells its own (Chaster: 100
      requests per minute); at least 1. Its window (60 s) is also the longest reset accepted.
    - ``endpoint_limits``: the tighter limits of particular endpoints.
    - ``max_wait``: a request that would have to wait longer than this (for example the 21st new
      conversation of a day) raises :class:`~chaster_async.errors.RateLimitError` at once, with
      ``retry_after`` set, instead of blocking for hours.
    - ``storage``: where to keep the budget so that other limiters (other processes) share it, e.g.
      :class:`chaster_async.redis.RedisLimiterStorage`; None (default): in this limiter.
    - ``key``: the name of the budget in ``storage``: limiters with the same storage and key share
      it (one key per token or user, or one per IP for developer tokens).
    - ``storage_fallback``: when the storage fails or times out, limit this process on its own
      (logged at WARNING, the storage is tried again after 5 s) instead of raising
      :class:`~chaster_async.errors.StorageError`.
    - ``in_flight_timeout``: a request whose answer has not been reported after this many seconds
      no longer counts as in flight.
    - ``clock`` (monotonic seconds), ``sleep`` and ``wall_clock`` (epoch seconds, to read an epoch
      ``X-RateLimit-Reset``): injectable for tests.
    """

    def __init__(
        self,
        *,
        per_minute: int = 100,
        endpoint_limits: Iterable[EndpointLimit] = DEFAULT_ENDPOINT_LIMITS,
        max_wait: float = 120.0,
        storage: LimiterStorage | None = None,
        key: str = "default",
        storage_fallback: bool = True,
        in_flight_timeout: float = IN_FLIGHT_TIMEOUT,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        _check_limit(per_minute, 60.0, "RateLimiter per_minute")
        if storage is not None and not isinstance(storage, LimiterStorage):
            raise ChasterUsageError(f"storage must be a LimiterStorage, not {type(storage).__name__}")
        if not isinstance(key, str) or not key:
            raise ChasterUsageError(f"RateLimiter key must be a non-empty str, not {key!r:.40}")
        endpoint_limits = list(endpoint_limits)
        for rule in endpoint_limits:
            if not isinstance(rule, EndpointLimit):
                raise ChasterUsageError(
                    f"endpoint_limits holds EndpointLimit(method, pattern, limit, window), not {rule!r:.60}"
                )
        self._global = _Window("global", per_minute, 60.0, learns=True)
        self._endpoints = [
            (rule, _Window(f"{rule.method} {rule.pattern}", rule.limit, rule.window))
            for rule in endpoint_limits
        ]
        self.max_wait = _options.seconds("RateLimiter max_wait", max_wait)
        self.in_flight_timeout = _options.seconds(
            "RateLimiter in_flight_timeout", in_flight_timeout, positive=True
        )
        self.storage = storage
        self.key = key
        self.storage_fallback = storage_fallback
        self._clock = clock
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._news = asyncio.Event()  # set (and replaced) whenever a request ends or an answer arrives
        self._queues: dict[tuple[str, ...], asyncio.Lock] = {}  # storage mode: one asker per bucket set
        self._pending: set[asyncio.Task[None]] = set()  # storage writes in flight
        self._storage_down_until = -math.inf

    def __repr__(self) -> str:
        where = "" if self.storage is None else f", storage={self.storage!r}, key={self.key!r}"
        return (
            f"RateLimiter(per_minute={self._global.configured[0]}, endpoints={len(self._endpoints)}{where})"
        )

    @property
    def limit(self) -> tuple[int, float]:
        """The overall limit in force in this process: (requests, window in seconds)."""
        return self._global.limit, self._global.window

    def _windows(self, method: str, path: str) -> list[_Window]:
        windows = [self._global]
        windows.extend(window for rule, window in self._endpoints if rule.matches(method, path))
        return windows

    # -- acquire ---------------------------------------------------------------------------------

    async def acquire(
        self, method: str, path: str, *, shown: str | None = None, max_wait: float | None = None
    ) -> None:
        """Wait until ``method path`` may be sent, and count it as in flight.

        ``shown``: the path to put in a RateLimitError (``path`` with secrets masked); default ``path``.
        ``max_wait``: a tighter bound than the limiter's own for this request (the time its call
        has left).
        """
        self._close_previous()
        limit = self.max_wait if max_wait is None else min(self.max_wait, max_wait)
        windows = self._windows(method, path)
        ticket = _Ticket(self, windows)
        what = (method, path if shown is None else shown)
        if self.storage is not None and self._clock() >= self._storage_down_until:
            try:
                await self._acquire_shared(ticket, what, limit)
                return
            except StorageError as exc:
                if not self.storage_fallback:
                    raise
                self._storage_failed(exc)
        await self._acquire_local(ticket, what, limit)

    async def _acquire_local(self, ticket: _Ticket, what: tuple[str, str], limit: float) -> None:
        windows = ticket.windows
        started = self._clock()
        turn = math.inf  # the turn this call had (it keeps its place ahead of those queued later)
        while True:
            now = self._clock()
            self._expire(now)
            at = _earliest(windows, [window.entries(now, turn) for window in windows], now)
            waited = now - started
            gate = next((w for w in windows if w.probing(at) and w.prober not in (None, ticket)), None)
            if gate is not None:
                # Another request is finding out what the server allows: wait for its answer.
                if waited >= limit:
                    raise _client_side(what, f"waiting for the server's answer on {gate.name}", None)
                logger.debug(
                    "rate limit: %s %s waits for the answer to a probing request (%s)",
                    *what,
                    gate.describe(),
                )
                await self._wait_for_news(limit - waited)
                continue
            for window in windows:
                if window.probing(at) and window.prober is None:
                    window.prober = ticket
            if at <= now:
                self._start(ticket, now)
                return
            if waited + (at - now) > limit:
                self._forget_prober(ticket)
                worst = max(windows, key=lambda w: w.earliest(w.entries(now), now))
                raise _client_side(what, f"{worst.limit} per {worst.window:g} s for {worst.name}", at - now)
            reason = max(windows, key=lambda w: w.earliest(w.entries(now), now))
            logger.debug("rate limit: %s %s waits %.2f s (%s)", *what, at - now, reason.describe())
            turn = at
            for window in windows:
                bisect.insort(window.queued, at)
            try:
                await self._sleep(at - now)
            except BaseException:  # cancelled: the slot is free for the calls behind
                self._forget_prober(ticket)
                raise
            finally:
                for window in windows:
                    _remove(window.queued, at)
            # Loop: the turn still holds unless an answer moved the count meanwhile.

    async def _acquire_shared(self, ticket: _Ticket, what: tuple[str, str], limit: float) -> None:
        assert self.storage is not None
        specs = [window.spec(self.key) for window in ticket.windows]
        started = self._clock()
        queue = self._queues.setdefault(tuple(spec.name for spec in specs), asyncio.Lock())
        # One call of this process at a time asks the storage for these buckets (in order).
        try:
            async with asyncio.timeout(limit):
                await queue.acquire()
        except TimeoutError:
            raise _client_side(what, "queued behind other calls of this process", None) from None
        try:
            while True:
                hint = await self._reserve(specs, ticket)
                now = self._clock()
                if hint is None:
                    ticket.shared = True
                    self._start(ticket, now)
                    return
                if (now - started) + hint > limit:
                    raise _client_side(what, f"shared budget {self.key!r}", hint)
                if hint > 0.05:
                    logger.debug("rate limit: %s %s waits %.2f s (shared budget %r)", *what, hint, self.key)
                await self._sleep(hint)
        finally:
            queue.release()

    async def _reserve(self, specs: list[BucketSpec], ticket: _Ticket) -> float | None:
        assert self.storage is not None
        taken: list[BucketSpec] = []
        try:
            for spec in specs:
                hint = await self.storage.reserve(spec, ticket.id, lease=self.in_flight_timeout)
                if hint is not None:
                    for done in taken:
                        await self.storage.release(done, ticket.id)
                    return hint
                taken.append(spec)
        except BaseException:
            for done in taken:
                self._spawn(functools.partial(self.storage.release, done, ticket.id))
            raise
        self._storage_recovered()
        return None

    def _start(self, ticket: _Ticket, now: float) -> None:
        ticket.sent = now
        ticket.sent_wall = self._wall_clock()
        if not ticket.shared:
            for window in ticket.windows:
                window.flying[ticket] = now
        task = asyncio.current_task()
        if task is not None:
            ticket.task = task

            def ended(_task: asyncio.Task[Any]) -> None:
                self._close(ticket, self._clock(), answered=False)

            ticket.callback = ended
            task.add_done_callback(ended)
        _TICKET.set(ticket)

    def _forget_prober(self, ticket: _Ticket) -> None:
        for window in ticket.windows:
            if window.prober is ticket:
                window.prober = None
        self._notify()

    def _close_previous(self) -> None:
        """This task's last request got no answer (an attempt failed): it is over now."""
        ticket = _TICKET.get()
        if ticket is None:
            return
        _TICKET.set(None)
        if ticket.task is asyncio.current_task():  # not a ticket inherited from a parent task
            ticket.limiter._close(ticket, ticket.limiter._clock(), answered=False)

    def _expire(self, now: float) -> None:
        for window in (self._global, *(w for _, w in self._endpoints)):
            for ticket in [t for t, sent in window.flying.items() if now - sent > self.in_flight_timeout]:
                self._close(ticket, now, answered=False)

    def _close(
        self,
        ticket: _Ticket,
        now: float,
        *,
        answered: bool,
        report: tuple[_Window, ServerReport] | None = None,
    ) -> None:
        if ticket.closed:
            return
        ticket.closed = True
        if ticket.task is not None and ticket.callback is not None:
            ticket.task.remove_done_callback(ticket.callback)
            ticket.callback = None
        for window in ticket.windows:
            sent = window.flying.pop(ticket, None)
            if sent is not None:
                bisect.insort(window.done, max(sent, now))
            if window.prober is ticket:
                window.prober = None
            if window.probe_at == -math.inf:
                window.probe_at = None  # the first request has ended
        storage = self.storage
        if ticket.shared and storage is not None:
            for window in ticket.windows:
                told = report[1] if report is not None and report[0] is window else None
                spec = window.spec(self.key)
                self._spawn(
                    functools.partial(storage.complete, spec, ticket.id, answered=answered, report=told)
                )
        self._notify()

    # -- answers ---------------------------------------------------------------------------------

    def update(
        self, method: str, path: str, headers: Mapping[str, str], *, status: int | None = None
    ) -> None:
        """Take an answer into account: its request is no longer in flight, and its
        ``X-RateLimit-*`` headers correct the budget.

        They describe whichever limit is closest to being exceeded; it is matched to one of this
        request's buckets by its ``X-RateLimit-Limit`` (the overall bucket when none matches), which
        the overall bucket adopts. ``status``: the answer's, when known (a 429 without
        ``X-RateLimit-Remaining`` then counts as "none left" until its ``Retry-After``).
        """
        now = self._clock()
        windows = self._windows(method, path)
        ticket = _TICKET.get()
        own = ticket is not None and ticket.limiter is self and ticket.task is asyncio.current_task()
        shared = ticket is not None and own and ticket.shared
        sent, sent_wall = (ticket.sent, ticket.sent_wall) if ticket is not None and own else (now, None)
        found = self._report(windows, headers, status, sent_wall)
        if ticket is not None and own:
            _TICKET.set(None)
            self._close(ticket, now, answered=True, report=found)
        elif self.storage is not None and now >= self._storage_down_until:
            # An answer to no request of ours (or of a request sent while the storage was down).
            storage = self.storage
            for window in windows:
                told = found[1] if found is not None and found[0] is window else None
                spec = window.spec(self.key)
                self._spawn(functools.partial(storage.complete, spec, None, answered=True, report=told))
            shared = True
        for window in windows:
            window.heard(now)
        if found is not None:
            window, report = found
            if window.learns:
                window.learn(report)
            if not shared:
                window.correct(report, now, sent)
        self._notify()

    def _report(
        self, windows: list[_Window], headers: Mapping[str, str], status: int | None, sent: float | None
    ) -> tuple[_Window, ServerReport] | None:
        lowered = {k.lower(): v for k, v in headers.items()}
        remaining = _parse_int(lowered.get("x-ratelimit-remaining"))
        raw_reset = lowered.get("x-ratelimit-reset")
        if remaining is None:
            if status != 429:
                return None
            remaining, raw_reset = 0, None
            reset_in = parse_retry_after(lowered.get("retry-after"), now=self._wall_clock())
        else:
            reset_in = parse_reset(raw_reset, now=self._wall_clock())
        if reset_in is None:
            reset_in = 60.0
        limit = _parse_int(lowered.get("x-ratelimit-limit"))
        target = next((w for w in windows[1:] if w.limit == limit), windows[0])
        cap = target.configured[1]
        if reset_in > cap:
            # A bucket resets within its window; more (epoch milliseconds, a clock years off)
            # would block every request for as long.
            logger.warning(
                "X-RateLimit-Reset %r is %g s away, more than the %g s window of %s; capped",
                (raw_reset or "")[:40],
                reset_in,
                cap,
                target.name,
            )
            reset_in = cap
        return target, ServerReport(limit, remaining, reset_in, self._wall_clock() if sent is None else sent)

    # -- plumbing --------------------------------------------------------------------------------

    def _notify(self) -> None:
        self._news.set()
        self._news = asyncio.Event()

    async def _wait_for_news(self, seconds: float) -> None:
        try:
            async with asyncio.timeout(seconds):
                await self._news.wait()
        except TimeoutError:
            pass

    def _spawn(self, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work()`` in the background (the coroutine is made there: a task cancelled before it
        starts, at the loop's shutdown, leaves no coroutine never awaited)."""
        task = asyncio.ensure_future(self._guard(work))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _guard(self, work: Callable[[], Awaitable[None]]) -> None:
        try:
            await work()
        except StorageError as exc:
            # The budget of a request that ended is lost; its lease runs out in the storage.
            self._storage_failed(exc)
        except Exception:
            logger.exception("rate limit: recording an answer in the storage failed")

    def _storage_failed(self, exc: StorageError) -> None:
        now = self._clock()
        if now >= self._storage_down_until:
            logger.warning(
                "rate limit: the shared storage failed (%s); this process limits itself alone "
                "for %g s, then tries it again",
                exc,
                STORAGE_RETRY_AFTER,
            )
        self._storage_down_until = now + STORAGE_RETRY_AFTER

    def _storage_recovered(self) -> None:
        if self._storage_down_until > -math.inf:
            logger.warning("rate limit: the shared storage answers again; the budget is shared again")
            self._storage_down_until = -math.inf

    async def drain(self, grace: float = 5.0) -> None:
        """Wait (at most ``grace`` seconds) for the answers not yet recorded in the storage."""
        if self._pending:
            await asyncio.wait(set(self._pending), timeout=grace)


def _client_side(what: tuple[str, str], reason: str, retry_after: float | None) -> RateLimitError:
    method, path = what
    when = f"; retry in {math.ceil(retry_after)} s" if retry_after is not None else ""
    return RateLimitError(
        429,
        f"client-side rate limit ({reason}) reached{when}",
        method=method,
        path=path,
        retry_after=retry_after,
    )


def _parse_int(value: str | None) -> int | None:
    try:
        return int(value.strip()) if value else None
    except ValueError:
        return None
