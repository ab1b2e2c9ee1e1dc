"""A bot run as two worker processes that share one Redis: one rate budget, one OAuth token.

    python examples/fleet_bot.py          # needs redis-server (Debian: apt-get install redis-server)
    python examples/fleet_bot.py --redis redis://127.0.0.1:6379/0   # an existing Redis

The parent plays the web app: it starts a fake Chaster (allowing 40 requests per 2 s per token,
which the workers are not told), and a redis-server on a free port unless ``--redis`` names one.
It logs the user in (OAuth) and saves the token in Redis. Then it starts two OS processes
(``fleet_bot.py worker ...``): a "reader" listing the user's locks and a "profiler" reading their
profile, 60 gathered calls each. Their token is due for refresh while they run.

Each worker builds its client the way a real fleet does::

    redis = Redis.from_url(url)
    store = RedisTokenStore(redis, key=user)                                  # one token per user
    limiter = RateLimiter(storage=RedisLimiterStorage(redis), key=user)       # one budget per user
    Chaster(await store.load(), oauth=oauth, token_store=store, rate_limit=limiter)

The parent then checks what the fleet promises: no 429 from the server although 120 calls went
out at once against an unknown limit, one refresh request for both processes, every call answered.
It exits 0 when all of that held.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from urllib.parse import parse_qs, urlparse

import aiohttp
from redis.asyncio import Redis

from chaster_async import Chaster, ChasterError, ChasterOAuth, OAuthToken, RateLimiter
from chaster_async.redis import RedisLimiterStorage, RedisTokenStore
from chaster_async.testing import FakeChaster

USER = "user:kim"  # the key of this user's token and budget in Redis
CLIENT_ID, CLIENT_SECRET, REDIRECT = "fake-client-id", "fake-client-secret", "http://127.0.0.1/callback"


def oauth_app(token_url: str, authorize_url: str = "") -> ChasterOAuth:
    return ChasterOAuth(CLIENT_ID, CLIENT_SECRET, REDIRECT, authorize_url=authorize_url, token_url=token_url)


# -- a worker process ------------------------------------------------------------------------


async def work(job: str, base_url: str, token_url: str, redis_url: str, calls: int) -> dict[str, object]:
    redis = Redis.from_url(redis_url)
    store = RedisTokenStore(redis, USER)
    limiter = RateLimiter(storage=RedisLimiterStorage(redis), key=USER)
    token = await store.load()
    if token is None:
        raise SystemExit("no token in Redis: the web app logs the user in first")
    failures: list[str] = []
    refreshed: list[OAuthToken] = []

    async def one(chaster: Chaster) -> None:
        try:
            if job == "reader":
                await chaster.locks.find_all()
            else:
                await chaster.profile.me()
        except ChasterError as exc:
            failures.append(f"{type(exc).__name__}: {exc}")

    async with Chaster(
        token,
        oauth=oauth_app(token_url),
        token_store=store,
        rate_limit=limiter,
        base_url=base_url,
        refresh_leeway=27,  # the fake's tokens live 30 s: due 3 s after the log-in
        # Called once per refresh for the whole fleet, by the process that refreshed: the place
        # to update your own database. The other process just uses the token from Redis.
        on_token_refresh=refreshed.append,
    ) as chaster:
        await asyncio.gather(*(one(chaster) for _ in range(calls)))
    await redis.aclose()
    return {"job": job, "calls": calls, "failures": failures[:3], "refreshed here": len(refreshed)}


# -- the parent: a web app and two workers ---------------------------------------------------


def start_redis(directory: str) -> tuple[subprocess.Popen[bytes], str]:
    exe = shutil.which("redis-server")
    if exe is None:
        raise SystemExit(
            "redis-server is not installed (Debian: apt-get install redis-server), or pass --redis URL"
        )
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [
        exe,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        directory,
    ]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603 - redis-server from PATH
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return server, f"redis://127.0.0.1:{port}/0"
        except OSError:
            time.sleep(0.05)
    server.kill()
    raise SystemExit("redis-server did not start")


async def log_in(fake: FakeChaster) -> OAuthToken:
    """The web app's part: the authorization-code flow (the browser step done by aiohttp)."""
    oauth = oauth_app(fake.token_url, fake.authorize_url)
    request = oauth.authorization_request(scopes=["profile", "locks"])
    async with aiohttp.ClientSession() as browser, browser.get(request.url, allow_redirects=False) as answer:
        code = parse_qs(urlparse(answer.headers["Location"]).query)["code"][0]
    return await oauth.exchange_code(code, code_verifier=request.code_verifier, scopes=request.scopes)


async def run_fleet(redis_url: str, calls: int) -> bool:
    fake = FakeChaster(rate_limit=40, rate_limit_window=2.0, token_lifetime=30)
    async with fake.serve():
        assert fake.base_url is not None
        redis = Redis.from_url(redis_url)
        await RedisTokenStore(redis, USER).save(await log_in(fake))
        await redis.aclose()
        print(f"[web app] user logged in; token saved in Redis under {USER!r}", flush=True)
        args = [fake.base_url, fake.token_url, redis_url, str(calls)]
        workers = [
            await asyncio.create_subprocess_exec(
                sys.executable, __file__, "worker", job, *args, stdout=asyncio.subprocess.PIPE
            )
            for job in ("reader", "profiler")
        ]
        outputs = await asyncio.wait_for(asyncio.gather(*(w.communicate() for w in workers)), 120)
    ok = True
    for worker, (out, _) in zip(workers, outputs, strict=True):
        report = (
            json.loads(out.decode().strip().splitlines()[-1])
            if out.strip()
            else {"failed": worker.returncode}
        )
        print(f"[worker] {report}", flush=True)
        ok = ok and worker.returncode == 0 and not report.get("failures")
    too_many = sum(1 for r in fake.requests if r.status == 429)
    print(
        f"[server] {len(fake.requests)} requests, {too_many} answers of 429, {fake.refreshes} refresh request(s)"
    )
    ok = ok and too_many == 0 and fake.refreshes == 1
    print("[done] the fleet shared one budget and one token" if ok else "[done] FAILED", flush=True)
    return ok


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        job, base_url, token_url, redis_url, calls = sys.argv[2:7]
        print(json.dumps(asyncio.run(work(job, base_url, token_url, redis_url, int(calls)))), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis", help="an existing Redis (default: start a redis-server)")
    parser.add_argument("--calls", type=int, default=60, help="calls per worker")
    args = parser.parse_args()
    if args.redis:
        return 0 if asyncio.run(run_fleet(args.redis, args.calls)) else 1
    with tempfile.TemporaryDirectory() as directory:
        server, url = start_redis(directory)
        try:
            return 0 if asyncio.run(run_fleet(url, args.calls)) else 1
        finally:
            server.terminate()
            server.wait(5)


if __name__ == "__main__":
    sys.exit(main())
