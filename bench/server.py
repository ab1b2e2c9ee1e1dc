"""The local Chaster stand-in the benchmarks talk to: an aiohttp server in its own process.

Why a separate process (a ``subprocess`` running ``python -c``; not ``multiprocessing``, whose spawn
start method re-imports the caller's ``__main__``): the client under test and the server would
otherwise share one event loop and one core, and the server's work would be charged to the client.
With two cores each side gets one; every figure compares two clients against this same server, so
the server's own cost is common to both sides of a ratio.

Answers are pre-encoded bytes (no JSON encoding per request). The server counts the TCP connections
it accepted (distinct ``request.transport`` objects, kept alive by a strong reference until the next
reset, so an ``id`` is never reused) and the requests it served; ``GET /__stats`` reports them and
``POST /__reset`` zeroes them. Those two endpoints are not counted.

Routes: ``GET /locks`` (20 locks), ``GET /locks/{id}`` (one lock), ``POST /keyholder/locks/search``
(a page of 500 locks).
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = ["Server", "running"]

TOKEN = "dev-token"
ROOT = Path(__file__).resolve().parent.parent


def serve(n_locks: int = 20) -> None:
    """The child's entry point: prints the port on stdout, serves until stdin closes."""
    import random

    from aiohttp import web

    from .payloads import encode, keyholder_search_page, lock, locks_for_public

    locks_body = encode(locks_for_public(n_locks))
    one_body = encode(lock(random.Random(3), 7))
    search_body = encode(keyholder_search_page(500))
    transports: dict[int, Any] = {}
    counters = {"requests": 0}

    def seen(request: web.Request) -> None:
        transport = request.transport
        if transport is not None and id(transport) not in transports:
            transports[id(transport)] = transport
        counters["requests"] += 1

    async def find_all(request: web.Request) -> web.Response:
        seen(request)
        return web.Response(body=locks_body, content_type="application/json")

    async def find_one(request: web.Request) -> web.Response:
        seen(request)
        return web.Response(body=one_body, content_type="application/json")

    async def search(request: web.Request) -> web.Response:
        seen(request)
        await request.read()
        return web.Response(body=search_body, content_type="application/json")

    async def stats(request: web.Request) -> web.Response:
        body = {"connections": len(transports), "requests": counters["requests"]}
        return web.Response(body=json.dumps(body).encode(), content_type="application/json")

    async def reset(request: web.Request) -> web.Response:
        transports.clear()
        counters["requests"] = 0
        return web.Response(body=b"{}", content_type="application/json")

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/locks", find_all)
        app.router.add_get("/locks/{lock_id}", find_one)
        app.router.add_post("/keyholder/locks/search", search)
        app.router.add_get("/__stats", stats)
        app.router.add_post("/__reset", reset)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=2048)
        await site.start()
        port = runner.addresses[0][1]
        print(port, flush=True)
        # Serve until the parent closes our stdin (or goes away).
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        await runner.cleanup()

    asyncio.run(main())


class Server:
    def __init__(self, port: int) -> None:
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"

    def stats(self) -> dict[str, int]:
        with urllib.request.urlopen(self.base_url + "/__stats", timeout=10) as resp:
            result: dict[str, int] = json.loads(resp.read())
            return result

    def reset(self) -> None:
        request = urllib.request.Request(self.base_url + "/__reset", data=b"", method="POST")
        with urllib.request.urlopen(request, timeout=10) as resp:
            resp.read()


@contextmanager
def running(n_locks: int = 20) -> Iterator[Server]:
    """Start the server process; yields a :class:`Server` with its port; stops it afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-c", f"from bench.server import serve; serve({n_locks})"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdin is not None and process.stdout is not None
    try:
        line = process.stdout.readline()
        if not line.strip().isdigit():
            raise RuntimeError(f"the benchmark server did not start (said {line!r})")
        yield Server(int(line))
    finally:
        process.stdin.close()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.terminate()
            process.wait(5)
