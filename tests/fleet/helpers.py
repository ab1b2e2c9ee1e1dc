"""Helpers of the fleet tests: real OS processes (``tests.fleet.worker``) and an OAuth token."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp

from chaster_async import ChasterOAuth, OAuthToken
from chaster_async.testing import FakeChaster

ROOT = Path(__file__).resolve().parents[2]
REDIRECT = "http://127.0.0.1/callback"


def oauth_app(fake: FakeChaster) -> ChasterOAuth:
    return ChasterOAuth(
        fake.client_id,
        fake.client_secret or "",
        REDIRECT,
        authorize_url=fake.authorize_url,
        token_url=fake.token_url,
    )


async def oauth_token(fake: FakeChaster, scopes: tuple[str, ...] = ("profile",)) -> OAuthToken:
    """A real authorisation through the fake's SSO: code, then the token endpoint."""
    oauth = oauth_app(fake)
    request = oauth.authorization_request(scopes)
    async with aiohttp.ClientSession() as http, http.get(request.url, allow_redirects=False) as resp:
        assert resp.status == 302
        code = parse_qs(urlsplit(resp.headers["Location"]).query)["code"][0]
    return await oauth.exchange_code(code, code_verifier=request.code_verifier, scopes=request.scopes)


def worker_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "tests.fleet.worker", *args]


async def run_workers(commands: list[list[str]], *, timeout: float = 45.0) -> list[dict[str, Any]]:
    """Run the worker processes together; each one's JSON line (or a clear failure)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        await asyncio.create_subprocess_exec(
            *command, cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        for command in commands
    ]
    try:
        async with asyncio.timeout(timeout):
            outputs = await asyncio.gather(*(p.communicate() for p in processes))
    except TimeoutError:
        for process in processes:
            process.kill()
        left = [await p.communicate() for p in processes]
        details = "\n---\n".join(err.decode()[-3000:] for _, err in left)
        raise AssertionError(f"workers still running after {timeout:g} s:\n{details}") from None
    finally:
        for process in processes:
            if process.returncode is None:
                process.kill()
                await process.wait()
    results = []
    for process, (out, err) in zip(processes, outputs, strict=True):
        lines = out.decode().strip().splitlines()
        assert process.returncode == 0 and lines, (
            f"worker failed ({process.returncode}): {err.decode()[-2000:]}"
        )
        results.append(json.loads(lines[-1]))
    return results


def start_in(seconds: float) -> str:
    """A --start-at value: workers started one after another begin together."""
    return repr(time.time() + seconds)
