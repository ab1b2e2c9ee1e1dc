"""The Redis backends against a real redis-server, and what happens when Redis is unreachable."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import AsyncIterator

import pytest

pytest.importorskip("redis", reason="the redis extra is not installed: pip install -e '.[redis]'")

from redis.asyncio import Redis

from chaster_async import Chaster, OAuthToken, RateLimiter, StorageError
from chaster_async._stores import BucketSpec, ServerReport, token_from_json, token_to_json
from chaster_async.redis import RedisLimiterStorage, RedisTokenStore
from chaster_async.testing import FakeChaster

from .helpers import oauth_app, oauth_token
from .redis_server import free_port


@pytest.fixture
async def redis(redis_url: str) -> AsyncIterator[Redis]:
    client = Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture
async def blackhole() -> AsyncIterator[str]:
    """A TCP server that accepts connections and never answers (a Redis that hangs)."""

    async def swallow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(1 << 20)

    server = await asyncio.start_server(swallow, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    yield f"redis://127.0.0.1:{port}/0"
    server.close()


async def test_two_limiters_on_one_key_share_the_budget_and_what_was_learned(redis: Redis) -> None:
    spec = BucketSpec("k:global", 100, 60.0, learns=True)
    storage = RedisLimiterStorage(redis)
    assert await storage.reserve(spec, "a", lease=30) is None  # the probe
    assert await storage.reserve(spec, "b", lease=30) is not None  # one at a time until an answer
    await storage.complete(spec, "a", answered=True, report=ServerReport(3, 2, 10.0, time.time()))

    other = RedisLimiterStorage(redis)  # another process: sees the learned limit (3 per 10 s)
    assert await other.reserve(spec, "b", lease=30) is None
    assert await other.reserve(spec, "c", lease=30) is None
    assert await other.reserve(spec, "d", lease=30) is not None  # a answered, b and c in flight: full

    await other.release(spec, "c")
    assert await storage.reserve(spec, "d", lease=30) is None
    await storage.complete(spec, "b", answered=True, report=None)
    await storage.complete(spec, "d", answered=True, report=None)
    hint = await storage.reserve(spec, "e", lease=30)  # three answered: free when a leaves the window
    assert hint is not None and 9 < hint <= 10


async def test_a_lease_frees_the_slot_of_a_process_that_never_answered(redis: Redis) -> None:
    spec = BucketSpec("k:global", 1, 60.0)
    storage = RedisLimiterStorage(redis)
    assert await storage.reserve(spec, "dead", lease=0.3) is None
    assert await storage.reserve(spec, "next", lease=30) is not None
    await asyncio.sleep(0.35)

    assert await storage.reserve(spec, "next", lease=30) is None


async def test_none_left_holds_every_process_until_the_reset(redis: Redis) -> None:
    """The server says none left although the fleet sent one request: the rest was used by
    someone Redis does not see, and stays used (for every process) until the reset."""
    spec = BucketSpec("k:global", 100, 60.0)
    storage = RedisLimiterStorage(redis)
    await storage.reserve(spec, "a", lease=30)
    await storage.complete(spec, "a", answered=True, report=ServerReport(100, 0, 1.0, time.time()))

    other = RedisLimiterStorage(redis)
    assert await other.reserve(spec, "b", lease=30) is not None
    await asyncio.sleep(1.05)
    assert await other.reserve(spec, "b", lease=30) is None  # the probe after the reset
    assert await other.reserve(spec, "c", lease=30) is not None  # one at a time until its answer


async def test_limiters_in_one_process_share_a_redis_budget(redis: Redis) -> None:
    storage = RedisLimiterStorage(redis)
    first = RateLimiter(per_minute=2, storage=storage, key="bot")
    second = RateLimiter(per_minute=2, storage=storage, key="bot", max_wait=0.5)
    for rl in (first, second):
        await rl.acquire("GET", "/locks")
        rl.update("GET", "/locks", {})
        await rl.drain()

    with pytest.raises(Exception, match="client-side rate limit"):
        await second.acquire("GET", "/locks")  # 2 per minute, both used


async def test_redis_down_raises_a_clear_error_at_once_without_fallback() -> None:
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    rl = RateLimiter(storage=RedisLimiterStorage(client), storage_fallback=False)
    started = time.monotonic()

    with pytest.raises(StorageError, match="Redis failed"):
        await rl.acquire("GET", "/locks")

    assert time.monotonic() - started < 2
    await client.aclose()


async def test_redis_hanging_is_a_timeout_not_a_hang(blackhole: str) -> None:
    client = Redis.from_url(blackhole)
    rl = RateLimiter(storage=RedisLimiterStorage(client, timeout=0.3), storage_fallback=False)
    started = time.monotonic()

    with pytest.raises(StorageError, match=r"did not answer .* within 0.3 s"):
        await rl.acquire("GET", "/locks")

    assert time.monotonic() - started < 2
    await client.aclose()


async def test_redis_down_falls_back_to_this_process_and_says_so(caplog: pytest.LogCaptureFixture) -> None:
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    fake = FakeChaster(rate_limit=40, rate_limit_window=1.0)
    limiter = RateLimiter(storage=RedisLimiterStorage(client), key="bot")
    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        async with (
            fake.serve(),
            Chaster(fake.developer_token, base_url=fake.base_url, rate_limit=limiter) as c,
        ):
            await asyncio.gather(*(c.profile.me() for _ in range(50)))
    await client.aclose()

    assert [r.status for r in fake.requests] == [200] * 50  # limited alone, still learning
    warnings = [r.getMessage() for r in caplog.records if "shared storage failed" in r.getMessage()]
    assert len(warnings) == 1 and "limits itself alone" in warnings[0]


def test_a_token_survives_the_store_as_it_was() -> None:
    token = OAuthToken(
        "access",
        "refresh",
        dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        {"profile", "locks"},
        dt.datetime(2026, 1, 2, tzinfo=dt.UTC),
    )

    assert token_from_json(token_to_json(token)) == token
    with pytest.raises(StorageError, match="unreadable") as info:
        token_from_json('{"access_token": "secret-looking"}')
    assert "secret-looking" not in str(info.value)


async def test_token_store_down_fails_the_refresh_clearly_but_a_valid_token_still_works() -> None:
    fake = FakeChaster(rate_limit=None, token_lifetime=30)
    client = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")
    async with fake.serve():
        token = await oauth_token(fake)
        store = RedisTokenStore(client, "bot", timeout=1)
        # leeway 29.9: the refresh is due at once; the store is down, the token still valid
        async with Chaster(
            token, oauth=oauth_app(fake), token_store=store, base_url=fake.base_url, refresh_leeway=29.9
        ) as chaster:
            await chaster.profile.me()
            assert chaster.token is token  # not refreshed: that needs the store
            with pytest.raises(StorageError, match="Redis failed"):
                await chaster._auth.refresh_after_unauthorized(token.access_token)  # type: ignore[union-attr]
    await client.aclose()
    assert fake.refreshes == 0


async def test_a_process_started_with_an_old_token_uses_the_stored_one(redis: Redis) -> None:
    fake = FakeChaster(rate_limit=None, token_lifetime=300)
    async with fake.serve():
        old = await oauth_token(fake)
        new = await oauth_app(fake).refresh(old)
        store = RedisTokenStore(redis, "bot")
        await store.save(new)
        async with Chaster(old, oauth=oauth_app(fake), token_store=store, base_url=fake.base_url) as chaster:
            await chaster.profile.me()
            assert chaster.token == new

    assert [r.headers["Authorization"] for r in fake.requests] == [f"Bearer {new.access_token}"]


async def test_ping_tells_at_start_whether_redis_answers(redis: Redis) -> None:
    await RedisLimiterStorage(redis).ping()
    down = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0")

    with pytest.raises(StorageError, match=r"Redis failed \(ping\)"):
        await RedisLimiterStorage(down).ping()
    await down.aclose()
