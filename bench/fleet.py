"""Figures 7 and 8: the limiter against a server limit it does not know, alone and as a fleet.

- **crawl**: one client, 150 gathered ``profile.me()`` calls against a FakeChaster allowing 40
  requests per 2 s per token (the client assumes Chaster's documented 100 per 60 s and has to learn
  the rest from the ``X-RateLimit-*`` headers). ``crawl_ratio_vs_minimum`` is the time taken over
  the least the limit allows (the first 40 at once, then 40 every window: 3 windows, 6 s);
  ``crawl_429s`` counts the 429 answers the server gave.
- **fleet**: 4 processes (``tests.fleet.worker``) sharing one rate budget and one OAuth token
  through a real redis-server on 127.0.0.1, 50 gathered calls each against the same limit (200
  calls: 4 windows, 8 s at least), the token due for refresh in the middle of the run.
  ``fleet_ratio_vs_minimum`` (first call of any process to last answer of any, over 8 s),
  ``fleet_429s``, and ``fleet_refreshes``: the refresh requests that reached the token endpoint.
  Without redis-server (``make redis`` installs it) the figure says so and reports null.

The FakeChaster runs in this process; the worker processes are real OS processes.
"""

from __future__ import annotations

import asyncio
import math
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

NAME_CRAWL = "crawl"
NAME_FLEET = "fleet"
ROOT = Path(__file__).resolve().parent.parent
LIMIT, WINDOW = 40, 2.0


def _minimum(calls: int) -> float:
    return (math.ceil(calls / LIMIT) - 1) * WINDOW


async def _crawl_round(calls: int) -> tuple[float, int]:
    from chaster_async import Chaster
    from chaster_async.testing import FakeChaster

    fake = FakeChaster(rate_limit=LIMIT, rate_limit_window=WINDOW)
    async with fake.serve(), Chaster(fake.developer_token, base_url=fake.base_url) as chaster:
        started = time.perf_counter()
        await asyncio.gather(*(chaster.profile.me() for _ in range(calls)))
        elapsed = time.perf_counter() - started
    return elapsed, sum(1 for r in fake.requests if r.status == 429)


def run_crawl(quick: bool = False) -> dict[str, Any]:
    calls, rounds = 150, 1 if quick else 3
    ratios, errors = [], 0
    for _ in range(rounds):
        elapsed, too_many = asyncio.run(_crawl_round(calls))
        ratios.append(elapsed / _minimum(calls))
        errors += too_many
        print(f"  crawl: {calls} calls in {elapsed:.2f} s (minimum {_minimum(calls):g} s), {too_many} x 429")
    ratio = statistics.median(ratios)
    print(f"[crawl] {ratio:.3f}x the minimum, {errors} answers of 429 over {rounds} round(s)", flush=True)
    return {"crawl_ratio_vs_minimum": round(ratio, 3), "crawl_429s": errors}


async def _fleet_round(url: str, processes: int, calls: int) -> dict[str, Any]:
    from redis.asyncio import Redis

    from chaster_async.redis import RedisTokenStore
    from chaster_async.testing import FakeChaster

    sys.path.insert(0, str(ROOT))
    from tests.fleet.helpers import oauth_token, run_workers, start_in, worker_command

    # Token lifetime 30 s, leeway 25: due for refresh 5 s after it was issued, mid-run (the new
    # token is due 15 s after that, past the run).
    fake = FakeChaster(rate_limit=LIMIT, rate_limit_window=WINDOW, token_lifetime=30)
    async with fake.serve():
        assert fake.base_url is not None
        token = await oauth_token(fake)
        redis = Redis.from_url(url)
        await redis.flushdb()
        await RedisTokenStore(redis, "bench").save(token)
        await redis.aclose()
        refreshes = fake.refreshes
        common = ["--base-url", fake.base_url, "--redis", url, "--key", "bench", "--oauth"]
        common += ["--token-url", fake.token_url, "--leeway", "25", "--calls", str(calls), "--gather"]
        common += ["--start-at", start_in(2.0)]
        results = await run_workers([worker_command(*common) for _ in range(processes)], timeout=120)
    elapsed = max(r["ended"] for r in results) - min(r["started"] for r in results)
    failed = sum(calls - r["ok"] for r in results)
    return {
        "elapsed": elapsed,
        "429s": sum(1 for r in fake.requests if r.status == 429),
        "refreshes": fake.refreshes - refreshes,
        "failed": failed,
    }


def run_fleet(quick: bool = False) -> dict[str, Any]:
    nulls: dict[str, Any] = {"fleet_ratio_vs_minimum": None, "fleet_429s": None, "fleet_refreshes": None}
    sys.path.insert(0, str(ROOT))
    try:
        import limits  # noqa: F401
        import redis  # noqa: F401

        from tests.fleet.redis_server import RedisUnavailable, start_redis, stop_redis
    except ImportError as exc:
        print(f"[fleet] skipped: the redis extra is not installed ({exc}); figures null", flush=True)
        return nulls
    processes, calls = 4, 50
    with tempfile.TemporaryDirectory() as directory:
        try:
            server, url = start_redis(Path(directory))
        except RedisUnavailable as exc:
            print(f"[fleet] skipped: {exc}; figures null", flush=True)
            return nulls
        try:
            outcome = asyncio.run(_fleet_round(url, processes, calls))
        finally:
            stop_redis(server)
    total = processes * calls
    ratio = outcome["elapsed"] / _minimum(total)
    print(
        f"[fleet] {processes} processes x {calls} calls in {outcome['elapsed']:.2f} s "
        f"(minimum {_minimum(total):g} s): {ratio:.3f}x, {outcome['429s']} x 429, "
        f"{outcome['refreshes']} refresh(es), {outcome['failed']} failed call(s)",
        flush=True,
    )
    return {
        "fleet_ratio_vs_minimum": round(ratio, 3),
        "fleet_429s": outcome["429s"],
        "fleet_refreshes": outcome["refreshes"],
    }
