"""Several OS processes sharing one rate budget and one OAuth token through a real redis-server,
against a FakeChaster served by this test's event loop. Behaviour only: nothing here times a call."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import signal

import attrs
import pytest

pytest.importorskip("redis", reason="the redis extra is not installed: pip install -e '.[redis]'")

from redis.asyncio import Redis

from chaster_async.redis import RedisTokenStore
from chaster_async.testing import FakeChaster

from .helpers import ROOT, oauth_token, run_workers, start_in, worker_command


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:16]


async def test_four_processes_share_one_budget_and_earn_no_429(redis_url: str) -> None:
    """4 processes x 50 gathered calls on one token, server limit 40 per 1 s (unknown to them)."""
    fake = FakeChaster(rate_limit=40, rate_limit_window=1.0)
    async with fake.serve():
        assert fake.base_url is not None
        start = start_in(2.0)
        common = ["--base-url", fake.base_url, "--redis", redis_url, "--calls", "50", "--gather"]
        results = await run_workers([worker_command(*common, "--start-at", start) for _ in range(4)])

    statuses = [r.status for r in fake.requests]
    assert statuses.count(429) == 0
    assert statuses == [200] * 200  # every call sent once: no retry was needed
    assert [r["ok"] for r in results] == [50] * 4, [r["errors"] for r in results]
    assert all(r["limit"] == [40, 1.0] for r in results)  # each learned the server's limit


async def test_four_processes_crossing_a_token_expiry_refresh_it_once(redis_url: str) -> None:
    """The token is due for refresh half-way through every process's calls: one request reaches the
    token endpoint, every process uses the token it brought, no call fails."""
    # 30 s tokens with refresh_leeway=25: due 5 s after it was issued (during the run, or at the
    # first call of a process that started late); the new one is due 15 s after that, past the run.
    fake = FakeChaster(rate_limit=1000, token_lifetime=30)
    async with fake.serve():
        assert fake.base_url is not None
        token = await oauth_token(fake)
        redis = Redis.from_url(redis_url)
        store = RedisTokenStore(redis, "fleet")
        await store.save(token)
        before = fake.token_requests
        start = start_in(2.0)
        common = ["--base-url", fake.base_url, "--redis", redis_url, "--oauth", "--token-url", fake.token_url]
        common += ["--leeway", "25", "--calls", "100", "--spacing", "0.06", "--start-at", start]
        results = await run_workers([worker_command(*common) for _ in range(4)])
        stored = await store.load()
        await redis.aclose()

    assert fake.token_requests - before == 1
    assert fake.refreshes == 1
    assert [r["ok"] for r in results] == [100] * 4, [r["errors"] for r in results]
    assert stored is not None and stored.access_token != token.access_token
    assert {r["token"] for r in results} == {_digest(stored.access_token)}  # all moved to the new one
    assert [r.status for r in fake.requests] == [200] * 400


async def test_a_process_dying_mid_refresh_does_not_block_the_others(redis_url: str) -> None:
    """A process takes the refresh lock and is killed (SIGKILL): the lock's TTL frees it, and the
    next process refreshes (once) instead of waiting for good."""
    fake = FakeChaster(rate_limit=1000, token_lifetime=30)
    async with fake.serve():
        assert fake.base_url is not None
        token = await oauth_token(fake)
        # The stored token is said to expire in 1 s (the server takes it for 30): due at the first
        # call with a 5 s leeway, while the refreshed one (30 s) is not due again during the test.
        # (A 29.9 s leeway made the refreshed token due 0.1 s after it was issued: a loaded
        # machine then saw a second, legitimate refresh.)
        token = attrs.evolve(token, expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1))
        redis = Redis.from_url(redis_url)
        store = RedisTokenStore(redis, "fleet")
        await store.save(token)
        base = ["--base-url", fake.base_url, "--redis", redis_url, "--lock-timeout", "2"]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        holder = await asyncio.create_subprocess_exec(
            *worker_command(*base, "--hold-lock"), cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE
        )
        assert holder.stdout is not None
        async with asyncio.timeout(20):
            assert (await holder.stdout.readline()).strip() == b"locked"
        holder.send_signal(signal.SIGKILL)
        await holder.wait()
        assert await redis.exists("chaster_async:token:fleet:lock") == 1  # held by a dead process

        common = [*base, "--oauth", "--token-url", fake.token_url, "--leeway", "5", "--calls", "5"]
        results = await run_workers([worker_command(*common) for _ in range(2)])
        stored = await store.load()
        await redis.aclose()

    assert fake.refreshes == 1
    assert [r["ok"] for r in results] == [5, 5], [r["errors"] for r in results]
    assert stored is not None and {r["token"] for r in results} == {_digest(stored.access_token)}
