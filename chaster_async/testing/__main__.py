"""``python -m chaster_async.testing``: serve a FakeChaster until interrupted."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Sequence

from ._server import FakeChaster


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m chaster_async.testing", description="Run a fake Chaster API server."
    )
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default: 8080; 0 = pick a free one)")
    p.add_argument(
        "--developer-token", default="fake-developer-token", help="developer token of the seed user kim"
    )
    p.add_argument("--client-id", default="fake-client-id", help="OAuth client id")
    p.add_argument("--client-secret", default="fake-client-secret", help="OAuth client secret")
    p.add_argument("--webhook-url", default=None, help="where extension webhooks are POSTed")
    p.add_argument("--webhook-username", default=None, help="HTTP Basic user for webhooks")
    p.add_argument("--webhook-password", default=None, help="HTTP Basic password for webhooks")
    p.add_argument("--webhook-retry-delay", type=float, default=60.0, help="seconds between webhook retries")
    p.add_argument("--token-lifetime", type=float, default=300, help="access token lifetime, seconds")
    p.add_argument("--refresh-lifetime", type=float, default=1800, help="refresh token lifetime, seconds")
    p.add_argument("--rate-limit", type=int, default=100, help="requests per window per token/IP (0 = off)")
    p.add_argument(
        "--rate-limit-window", type=float, default=60.0, help="the rate limit's window, seconds (default 60)"
    )
    p.add_argument(
        "--no-seed", action="store_true", help="start empty (one developer user) instead of seed data"
    )
    return p


async def serve(args: argparse.Namespace) -> None:
    auth = None
    if args.webhook_username is not None:
        auth = (args.webhook_username, args.webhook_password or "")
    fake = FakeChaster(
        developer_token=args.developer_token,
        client_id=args.client_id,
        client_secret=args.client_secret,
        webhook_url=args.webhook_url,
        webhook_auth=auth,
        webhook_retry_delay=args.webhook_retry_delay,
        token_lifetime=args.token_lifetime,
        refresh_lifetime=args.refresh_lifetime,
        rate_limit=args.rate_limit or None,
        rate_limit_window=args.rate_limit_window,
        seed=not args.no_seed,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    async with fake.serve(args.host, args.port):
        lines = [
            f"FakeChaster running on {fake.base_url}",
            f"base URL:        {fake.base_url}",
            f"authorize URL:   {fake.authorize_url}",
            f"token URL:       {fake.token_url}",
            f"client id:       {fake.client_id}",
            f"client secret:   {fake.client_secret}",
            f"developer token: {fake.developer_token}",
        ]
        for name, token in fake.developer_tokens.items():
            lines.append(f"  token of {name + ':':7} {token}")
        if args.webhook_url:
            lines.append(f"webhooks to:     {args.webhook_url}")
        lines.append("Press Ctrl+C to stop.")
        print("\n".join(lines), flush=True)
        await stop.wait()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))
    print("FakeChaster stopped.", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
