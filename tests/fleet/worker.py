"""One process of a fleet: ``python -m tests.fleet.worker ...`` (tests/fleet and bench/fleet.py).

It shares the rate budget (and, with ``--oauth``, the token) with the other workers through Redis,
calls ``profile.me()`` against a FakeChaster, and prints one JSON line: how many calls succeeded,
the errors, how long the calls took, the limit it learned and a digest of the token it ended with.

- ``--gather``: the calls are gathered at once (a crawl); else they are made one after another,
  ``--spacing`` seconds apart (a bot crossing a token expiry).
- ``--start-at``: an epoch time to wait for, so that workers started one after another begin
  together.
- ``--hold-lock``: instead of calling, take the token store's refresh lock, say so on stdout and
  sleep until killed (a process dying in the middle of a refresh).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import os
import sys
import time
from typing import Any

from redis.asyncio import Redis

from chaster_async import Chaster, ChasterError, ChasterOAuth, RateLimiter
from chaster_async.redis import RedisLimiterStorage, RedisTokenStore


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m tests.fleet.worker")
    p.add_argument("--base-url", required=True)
    p.add_argument("--redis", required=True)
    p.add_argument("--key", default="fleet")
    p.add_argument("--calls", type=int, default=50)
    p.add_argument("--gather", action="store_true")
    p.add_argument("--spacing", type=float, default=0.05)
    p.add_argument("--start-at", type=float, default=0.0)
    p.add_argument("--developer-token", default="fake-developer-token")
    p.add_argument("--oauth", action="store_true", help="use the OAuth token in the token store")
    p.add_argument("--token-url")
    p.add_argument("--leeway", type=float, default=3.0)
    p.add_argument("--lock-timeout", type=float, default=10.0)
    p.add_argument("--hold-lock", action="store_true")
    p.add_argument("--no-rate-limit", action="store_true")
    return p


async def _hold_lock(store: RedisTokenStore) -> None:
    async with store.refreshing():
        print("locked", flush=True)
        await asyncio.sleep(3600)


async def run(args: argparse.Namespace) -> dict[str, Any]:
    redis = Redis.from_url(args.redis)
    store = RedisTokenStore(redis, args.key, lock_timeout=args.lock_timeout)
    try:
        if args.hold_lock:
            await _hold_lock(store)
        storage = RedisLimiterStorage(redis)
        await storage.ping()  # connected before the start, as in a process that has been running
        limiter = RateLimiter(storage=storage, key=args.key)
        rate_limit: RateLimiter | bool = False if args.no_rate_limit else limiter
        if args.oauth:
            token = await store.load()
            assert token is not None, "the test stores the token first"
            oauth = ChasterOAuth(
                "fake-client-id", "fake-client-secret", "http://127.0.0.1/callback", token_url=args.token_url
            )
            chaster = Chaster(
                token,
                oauth=oauth,
                token_store=store,
                base_url=args.base_url,
                rate_limit=rate_limit,
                refresh_leeway=args.leeway,
            )
        else:
            chaster = Chaster(args.developer_token, base_url=args.base_url, rate_limit=rate_limit)
        errors: list[str] = []

        async def call() -> None:
            try:
                await chaster.profile.me()
            except ChasterError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")

        async with chaster:
            delay = args.start_at - time.time()
            if delay > 0:
                await asyncio.sleep(delay)
            started = time.time()
            if args.gather:
                await asyncio.gather(*(call() for _ in range(args.calls)))
            else:
                for _ in range(args.calls):
                    await call()
                    await asyncio.sleep(args.spacing)
            ended = time.time()
            final = chaster.token
        return {
            "ok": args.calls - len(errors),
            "errors": errors[:5],
            "started": started,
            "ended": ended,
            "limit": list(limiter.limit),
            "token": hashlib.sha256(final.access_token.encode()).hexdigest()[:16] if final else None,
        }
    finally:
        await redis.aclose()


def main() -> int:
    if os.environ.get("FLEET_WORKER_DEBUG"):
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(created).3f %(message)s")
    result = asyncio.run(run(_parser().parse_args()))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
