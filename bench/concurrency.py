"""Figure 3: 1,000 concurrent ``find_all()`` calls through one client, against raw aiohttp.

Each round creates a fresh client (so connection set-up is part of the round, on both sides) and
``asyncio.gather``s 1,000 ``chaster.locks.find_all()`` calls; the raw side gathers 1,000
``session.get`` + ``json.loads`` on a default ``aiohttp.ClientSession()`` (its connector allows 100
connections). Rounds alternate. The figure is the median of per-round ratios ``our time / raw time``.

``connections_opened`` is counted by the server: the distinct TCP transports that carried the
round's requests (the median over our rounds; the raw side's count is printed for comparison).
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from typing import Any

import aiohttp

from . import server as _server
from .stats import paired_ratio, spread

NAME = "concurrency"


async def _ours(base_url: str, n: int) -> float:
    from chaster_async import Chaster

    async with Chaster(_server.TOKEN, base_url=base_url, rate_limit=False) as chaster:
        started = time.perf_counter()
        results = await asyncio.gather(*(chaster.locks.find_all() for _ in range(n)))
        elapsed = time.perf_counter() - started
    assert len(results) == n and all(len(r) == 20 for r in results)
    return elapsed


async def _raw(base_url: str, n: int) -> float:
    headers = {"Authorization": f"Bearer {_server.TOKEN}", "Accept": "application/json"}
    url = base_url + "/locks"

    async def one(session: aiohttp.ClientSession) -> Any:
        async with session.get(url, headers=headers) as resp:
            if resp.status != 200:
                raise RuntimeError(f"status {resp.status}")
            return json.loads(await resp.read())

    async with aiohttp.ClientSession() as session:
        started = time.perf_counter()
        results = await asyncio.gather(*(one(session) for _ in range(n)))
        elapsed = time.perf_counter() - started
    assert len(results) == n and all(len(r) == 20 for r in results)
    return elapsed


def run(quick: bool = False) -> dict[str, Any]:
    rounds, calls = (2, 300) if quick else (7, 1000)
    times: dict[str, list[float]] = {"ours": [], "raw": []}
    conns: dict[str, list[int]] = {"ours": [], "raw": []}
    with _server.running() as srv:
        sides = {"ours": _ours, "raw": _raw}
        asyncio.run(_ours(srv.base_url, 20))  # warm-up (imports, caches)
        asyncio.run(_raw(srv.base_url, 20))
        order = list(sides)
        for r in range(rounds):
            for name in order if r % 2 == 0 else reversed(order):
                srv.reset()
                times[name].append(asyncio.run(sides[name](srv.base_url, calls)))
                stats = srv.stats()
                assert stats["requests"] == calls, stats
                conns[name].append(stats["connections"])
    ratios = paired_ratio(times["ours"], times["raw"])
    rps_ours = [calls / t for t in times["ours"]]
    rps_raw = [calls / t for t in times["raw"]]
    print(f"[{NAME}] {calls} concurrent GET /locks via asyncio.gather, {rounds} rounds")
    print(f"  ours : {spread(rps_ours, ' req/s', digits=0)}; connections {conns['ours']}")
    print(f"  raw  : {spread(rps_raw, ' req/s', digits=0)}; connections {conns['raw']}")
    print(f"  ratio ours/raw time : {spread(ratios, 'x')}")
    return {
        "concurrency_ratio_vs_aiohttp": round(statistics.median(ratios), 3),
        "connections_opened": int(statistics.median(conns["ours"])),
        "connections_opened_raw_aiohttp": int(statistics.median(conns["raw"])),
        "concurrency_rps_ours": round(statistics.median(rps_ours), 1),
        "concurrency_rps_raw": round(statistics.median(rps_raw), 1),
    }
