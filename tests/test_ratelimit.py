"""The client-side rate limiter, driven by a fake clock."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
from collections.abc import Awaitable
from typing import Any

import pytest

from chaster_async import ChasterUsageError, RateLimitError
from chaster_async._ratelimit import EndpointLimit, RateLimiter


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


class VirtualTime:
    """Concurrent sleeps in virtual time: each sleeper wakes at its own due time, earliest first."""

    def __init__(self) -> None:
        self.now = 0.0
        self._due: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future = asyncio.get_running_loop().create_future()
        heapq.heappush(self._due, (self.now + seconds, next(self._order), future))
        await future

    async def run(self, *calls: Awaitable[Any]) -> list[Any]:
        """Run ``calls`` concurrently, advancing time whenever every one of them sleeps."""
        tasks = [asyncio.ensure_future(call) for call in calls]
        while not all(task.done() for task in tasks):
            for _ in range(5):
                await asyncio.sleep(0)  # let every task run until it sleeps or ends
            if self._due:
                self.now, _, future = heapq.heappop(self._due)
                if not future.done():  # a cancelled sleeper
                    future.set_result(None)
        return [task.result() for task in tasks]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def limiter(clock: FakeClock, **kwargs: object) -> RateLimiter:
    return RateLimiter(clock=clock, sleep=clock.sleep, wall_clock=lambda: 1_800_000_000.0, **kwargs)  # type: ignore[arg-type]


async def send(rl: RateLimiter, method: str, path: str) -> None:
    """What the transport does for a request answered at once without rate-limit headers."""
    await rl.acquire(method, path)
    rl.update(method, path, {})


def answered(rl: RateLimiter) -> RateLimiter:
    """The limiter after a first answer: it no longer lets one request through at a time."""
    rl.update("GET", "/", {})
    return rl


async def test_global_limit_100_per_minute(clock: FakeClock) -> None:
    rl = limiter(clock)
    for _ in range(100):
        await rl.acquire("GET", "/locks")
    assert clock.sleeps == []

    await rl.acquire("GET", "/locks")

    assert clock.sleeps == [60.0]


async def test_sliding_window_frees_slots_over_time(clock: FakeClock) -> None:
    rl = limiter(clock, per_minute=2)
    await send(rl, "GET", "/a")
    clock.now += 30
    await send(rl, "GET", "/a")

    await send(rl, "GET", "/a")

    assert clock.sleeps == [30.0]


async def test_concurrent_tasks_share_the_limit(clock: FakeClock) -> None:
    rl = answered(limiter(clock, per_minute=10))
    started = clock.now

    await asyncio.gather(*(rl.acquire("GET", "/locks") for _ in range(25)))

    assert clock.now - started >= 120.0  # 25 requests at 10/min need two extra minutes


async def test_shared_lock_creation_limit(clock: FakeClock) -> None:
    rl = limiter(clock, max_wait=3600)
    for _ in range(10):
        await rl.acquire("POST", "/locks/shared-locks")
    await rl.acquire("GET", "/locks/shared-locks")  # other methods are not limited by it
    assert clock.sleeps == []

    await rl.acquire("POST", "/locks/shared-locks")

    assert clock.sleeps == [1800.0]


async def test_wait_longer_than_max_wait_raises_rate_limit_error(clock: FakeClock) -> None:
    rl = limiter(clock)
    for _ in range(20):
        await send(rl, "POST", "/conversations")
        clock.now += 1  # stay under the global limit

    with pytest.raises(RateLimitError) as info:
        await rl.acquire("POST", "/conversations")

    assert info.value.retry_after == pytest.approx(86400 - 20)
    assert "client-side" in str(info.value)
    assert clock.sleeps == []


async def test_per_conversation_message_limit_matches_any_id(clock: FakeClock) -> None:
    rule = EndpointLimit("POST", r"/conversations/[^/]+/?", 500, 86400)

    assert rule.matches("post", "/conversations/abc")
    assert not rule.matches("POST", "/conversations")
    assert not rule.matches("POST", "/conversations/abc/unread")


async def test_server_remaining_zero_blocks_until_reset(clock: FakeClock) -> None:
    rl = limiter(clock)
    await rl.acquire("GET", "/locks")

    rl.update(
        "GET", "/locks", {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "15"}
    )
    await rl.acquire("GET", "/locks")

    assert clock.sleeps == [15.0]


async def test_server_remaining_counts_down_locally(clock: FakeClock) -> None:
    rl = limiter(clock)
    rl.update("GET", "/locks", {"x-ratelimit-remaining": "2", "x-ratelimit-reset": str(1_800_000_000 + 40)})

    await rl.acquire("GET", "/locks")
    await rl.acquire("GET", "/locks")
    assert clock.sleeps == []
    await rl.acquire("GET", "/locks")

    assert clock.sleeps == [40.0]


async def test_headers_matched_to_endpoint_bucket_by_limit(clock: FakeClock) -> None:
    rl = limiter(clock, max_wait=10_000)
    rl.update(
        "POST",
        "/locks/shared-locks",
        {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "600"},
    )

    await rl.acquire("GET", "/locks")  # the overall bucket is untouched
    assert clock.sleeps == []
    await rl.acquire("POST", "/locks/shared-locks")

    assert clock.sleeps == [600.0]


@pytest.mark.parametrize(
    "headers",
    [
        {"X-RateLimit-Remaining": "lots"},
        {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "garbage"},
        {"X-RateLimit-Remaining": "", "X-RateLimit-Limit": "x"},
        {},
    ],
)
async def test_invalid_headers_do_not_crash(clock: FakeClock, headers: dict[str, str]) -> None:
    rl = limiter(clock)

    rl.update("GET", "/locks", headers)
    await rl.acquire("GET", "/locks")

    assert clock.sleeps in ([], [60.0])


async def test_repr() -> None:
    assert "per_minute=100" in repr(RateLimiter())


@pytest.mark.parametrize("per_minute", [0, -1, True, 1.5])
def test_invalid_global_limit_is_refused_at_construction(per_minute: object) -> None:
    with pytest.raises(ChasterUsageError, match="per_minute"):
        RateLimiter(per_minute=per_minute)  # type: ignore[arg-type]


@pytest.mark.parametrize("max_wait", [float("nan"), float("inf"), -1, "120", None])
def test_invalid_max_wait_is_refused_at_construction(max_wait: object) -> None:
    with pytest.raises(ChasterUsageError, match="max_wait"):
        RateLimiter(max_wait=max_wait)  # type: ignore[arg-type]


@pytest.mark.parametrize(("limit", "window"), [(0, 60), (-3, 60), (5, 0), (5, -1), (5, float("inf"))])
def test_invalid_endpoint_limit_is_refused_at_construction(limit: int, window: float) -> None:
    with pytest.raises(ChasterUsageError, match="EndpointLimit"):
        EndpointLimit("POST", r"/x", limit, window)


@pytest.mark.parametrize(
    ("method", "pattern"),
    [
        ("post", r"/conversations/?"),  # never matched: the limit silently did not apply
        ("", r"/x"),
        (None, r"/x"),
        ("POST", r"("),  # re.error inside the first POST's acquire()
        ("POST", 5),  # TypeError there
    ],
)
def test_endpoint_limit_with_an_unusable_method_or_pattern_is_refused(method: Any, pattern: Any) -> None:
    with pytest.raises(ChasterUsageError, match=r"EndpointLimit (method|pattern)"):
        EndpointLimit(method, pattern, 20, 86400)


def test_endpoint_limits_that_are_not_endpoint_limits_are_refused() -> None:
    with pytest.raises(ChasterUsageError, match="endpoint_limits"):  # was a bare AttributeError
        RateLimiter(endpoint_limits=[("POST", r"/x", 1, 60)])  # type: ignore[list-item]


async def test_smallest_limits_work(clock: FakeClock) -> None:
    rl = limiter(clock, per_minute=1, endpoint_limits=[EndpointLimit("GET", r"/x", 1, 1)])
    await rl.acquire("GET", "/x")
    await rl.acquire("GET", "/x")

    assert clock.sleeps == [60.0]


async def test_max_wait_holds_under_contention() -> None:
    """60 calls at once, 10 per second, max_wait=2: a call whose turn comes later raises at once."""
    time = VirtualTime()
    rl = RateLimiter(
        per_minute=1000,
        endpoint_limits=[EndpointLimit("GET", r"/locks", 10, 1.0)],
        max_wait=2,
        clock=time,
        sleep=time.sleep,
    )
    answered(rl)

    async def call() -> tuple[str, float]:
        started = time.now
        try:
            await rl.acquire("GET", "/locks")
        except RateLimitError as exc:
            assert exc.retry_after is not None and exc.retry_after > 2
            return "raised", time.now - started
        return "sent", time.now - started

    results = await time.run(*(call() for _ in range(60)))

    raised = [waited for outcome, waited in results if outcome == "raised"]
    sent = sorted(waited for outcome, waited in results if outcome == "sent")
    assert len(raised) == 30 and set(raised) == {0.0}  # raised at once, not after waiting
    assert sent == [0.0] * 10 + [1.0] * 10 + [2.0] * 10
    assert max(waited for _, waited in results) <= 2


async def test_cancelled_waiter_gives_its_slot_back() -> None:
    time = VirtualTime()
    rl = RateLimiter(per_minute=1, clock=time, sleep=time.sleep)
    await send(rl, "GET", "/locks")
    waiter = asyncio.ensure_future(rl.acquire("GET", "/locks"))  # its turn is at t=60
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter

    async def next_call() -> float:
        await rl.acquire("GET", "/locks")
        return time.now

    assert await time.run(next_call()) == [60.0]  # not t=120 behind a slot nobody uses


WALL = 1_800_000_000.0


@pytest.mark.parametrize(
    ("reset", "wait"),
    [
        (str(int((WALL + 15) * 1000)), 15.0),  # epoch milliseconds
        ("999999999", 60.0),  # 31 years from now: capped to the bucket's window
        (str(WALL + 10 * 365 * 86400), 60.0),  # an epoch timestamp years ahead: capped too
        ("-5", 0.0),
    ],
    ids=["epoch-ms", "999999999", "epoch-years-ahead", "negative"],
)
async def test_absurd_rate_limit_reset_never_blocks_for_good(
    clock: FakeClock, caplog: pytest.LogCaptureFixture, reset: str, wait: float
) -> None:
    rl = limiter(clock)
    headers = {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset}

    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        rl.update("GET", "/locks", headers)
    await rl.acquire("GET", "/locks")

    assert clock.sleeps == ([wait] if wait else [])
    assert ("capped" in caplog.text) == (wait == 60.0)


@pytest.mark.parametrize(("max_wait", "outcome"), [(120, 90.0), (70, "raised at 60.0")])
async def test_server_correction_during_a_wait_is_honoured_within_max_wait(
    max_wait: float, outcome: float | str
) -> None:
    time = VirtualTime()
    rl = RateLimiter(per_minute=1, max_wait=max_wait, clock=time, sleep=time.sleep, wall_clock=lambda: WALL)
    await send(rl, "GET", "/locks")

    async def waiter() -> float | str:
        try:
            await rl.acquire("GET", "/locks")  # its turn: t=60
        except RateLimitError:
            return f"raised at {time.now}"
        return time.now

    async def server_says_none_left() -> None:  # at t=50: "none left for 40 s"
        await time.sleep(50)
        headers = {"X-RateLimit-Limit": "1", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "40"}
        rl.update("GET", "/locks", headers)

    results = await time.run(waiter(), server_says_none_left())

    assert results[0] == outcome
