"""The limiter learns the server's limits: against FakeChaster over real sockets, and driven by hand."""

from __future__ import annotations

import asyncio
import logging

import pytest

from chaster_async import Chaster, RateLimiter
from chaster_async.testing import FakeChaster

from .test_ratelimit import FakeClock, limiter


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


async def test_a_crawl_against_an_unknown_tighter_limit_earns_no_429() -> None:
    """150 gathered calls, server limit 40 per 1 s (the client assumes 100 per 60 s)."""
    fake = FakeChaster(rate_limit=40, rate_limit_window=1.0)
    async with fake.serve(), Chaster(fake.developer_token, base_url=fake.base_url) as chaster:
        await asyncio.gather(*(chaster.profile.me() for _ in range(150)))
        learned = chaster._pipeline.limiter.limit  # type: ignore[union-attr]

    assert [r.status for r in fake.requests] == [200] * 150  # no 429, nothing sent twice
    assert learned == (40, 1.0)


async def test_only_one_request_is_in_flight_until_the_first_answer() -> None:
    rl = RateLimiter()
    passed: list[int] = []
    answer = asyncio.Event()

    async def call(i: int) -> None:
        await rl.acquire("GET", "/locks")
        passed.append(i)
        await answer.wait()
        rl.update("GET", "/locks", {"X-RateLimit-Limit": "10", "X-RateLimit-Remaining": "9"})

    tasks = [asyncio.ensure_future(call(i)) for i in range(5)]
    for _ in range(20):
        await asyncio.sleep(0)
    assert passed == [0]

    answer.set()
    await asyncio.wait_for(asyncio.gather(*tasks), 5)
    assert sorted(passed) == [0, 1, 2, 3, 4]


async def test_in_flight_requests_count_against_what_the_server_says_is_left() -> None:
    """Remaining 3: three requests go, the fourth waits for an answer to leave the window."""
    rl = RateLimiter(per_minute=100)
    rl.update("GET", "/", {"X-RateLimit-Limit": "3", "X-RateLimit-Remaining": "3", "X-RateLimit-Reset": "60"})
    passed: list[int] = []
    hold = asyncio.Event()

    async def call(i: int) -> None:
        await rl.acquire("GET", "/locks")
        passed.append(i)
        await hold.wait()

    tasks = [asyncio.ensure_future(call(i)) for i in range(4)]
    for _ in range(20):
        await asyncio.sleep(0)

    assert passed == [0, 1, 2]  # in flight, unanswered: the fourth is not sent
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def test_a_429_is_a_smaller_budget_until_its_reset_then_one_probe(clock: FakeClock) -> None:
    rl = limiter(clock)
    rl.update(
        "GET", "/", {"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "99", "X-RateLimit-Reset": "60"}
    )
    await rl.acquire("GET", "/locks")
    rl.update(
        "GET",
        "/locks",
        {
            "X-RateLimit-Limit": "100",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": "7",
            "Retry-After": "7",
        },
        status=429,
    )

    await rl.acquire("GET", "/locks")  # not sent into the 429: after its reset

    assert clock.sleeps == [7.0]


async def test_a_429_without_rate_limit_headers_blocks_for_its_retry_after(clock: FakeClock) -> None:
    rl = limiter(clock)
    rl.update("GET", "/", {})
    await rl.acquire("GET", "/locks")
    rl.update("GET", "/locks", {"Retry-After": "4"}, status=429)

    await rl.acquire("GET", "/locks")

    assert clock.sleeps == [4.0]


async def test_use_the_client_did_not_see_is_held_until_the_reset(clock: FakeClock) -> None:
    """The server counts 30 more requests than this client sent (another process on the token)."""
    rl = limiter(clock)
    await rl.acquire("GET", "/locks")
    rl.update(
        "GET", "/locks", {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "9", "X-RateLimit-Reset": "5"}
    )
    for _ in range(9):  # what is left
        await rl.acquire("GET", "/locks")
        rl.update("GET", "/locks", {})
    assert clock.sleeps == []

    await rl.acquire("GET", "/locks")

    assert clock.sleeps == [5.0]  # the unseen use leaves at the reset


async def test_waits_are_logged_with_how_long_and_why(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    rl = limiter(clock, per_minute=1)
    rl.update("GET", "/", {})
    await rl.acquire("GET", "/locks")
    rl.update("GET", "/locks", {})

    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        await rl.acquire("GET", "/locks")

    assert "rate limit: GET /locks waits 60.00 s (1 per 60 s for global, assumed)" in caplog.text


async def test_the_learned_limit_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    rl = RateLimiter()
    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        rl.update(
            "GET", "/", {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "39", "X-RateLimit-Reset": "10"}
        )

    assert rl.limit == (40, 10.0)
    assert "the server allows 40 per 10 s for global, learned from the server" in caplog.text
