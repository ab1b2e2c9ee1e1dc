"""Figure 1: the cost of one ``chaster.locks.find_all()`` against raw aiohttp + ``json.loads``.

Both sides send sequential ``GET /locks`` requests (20 realistic locks, ~155 kB) to the same
server process over one reused session each. A round is ``per_round`` requests; rounds of the two
sides alternate (and which goes first alternates) so that machine noise hits both. The figure is the
median of the per-round ratios ``ours / raw``.

Models read their JSON lazily (on the first access of a field), so two extra sides split the cost:
``full read`` is ``find_all()`` followed by reading every lock into its fields (nested objects
included, via ``deviations()``: what strict mode does), and ``transport`` sends the same request
through the client's transport only (``chaster.send()``: scope check, headers, retry loop,
``json.loads``, no models) -- the HTTP-layer overhead alone.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from typing import Any

import aiohttp

from . import server as _server
from .calls import seconds_per_find_all
from .stats import paired_ratio, spread

_median = statistics.median

NAME = "request"


async def _transport(chaster: Any, n: int) -> float:
    from chaster_async._request import Request
    from chaster_async.operations import OPERATIONS

    request = Request(OPERATIONS["locks.find_all"], "/locks")
    started = time.perf_counter()
    for _ in range(n):
        data = await chaster.send(request)
    elapsed = time.perf_counter() - started
    assert len(data) == 20
    return elapsed / n


async def _raw(session: aiohttp.ClientSession, url: str, n: int) -> float:
    headers = {"Authorization": f"Bearer {_server.TOKEN}", "Accept": "application/json"}
    started = time.perf_counter()
    for _ in range(n):
        async with session.get(url, headers=headers) as resp:
            if resp.status != 200:
                raise RuntimeError(f"status {resp.status}")
            data = json.loads(await resp.read())
    elapsed = time.perf_counter() - started
    assert len(data) == 20
    return elapsed / n


async def _measure(base_url: str, rounds: int, per_round: int) -> dict[str, list[float]]:
    from chaster_async import Chaster

    times: dict[str, list[float]] = {"ours": [], "full": [], "transport": [], "raw": []}
    async with (
        Chaster(_server.TOKEN, base_url=base_url, rate_limit=False) as chaster,
        aiohttp.ClientSession() as session,
    ):
        sides = {
            "ours": lambda n: seconds_per_find_all(chaster, n),
            "full": lambda n: seconds_per_find_all(chaster, n, full_read=True),
            "transport": lambda n: _transport(chaster, n),
            "raw": lambda n: _raw(session, base_url + "/locks", n),
        }
        for side in sides.values():  # warm-up: connections, imports, caches
            await side(10)
        order = list(sides)
        for r in range(rounds):
            for name in order if r % 2 == 0 else reversed(order):
                times[name].append(await sides[name](per_round))
    return times


def run(quick: bool = False) -> dict[str, Any]:
    rounds, per_round = (5, 20) if quick else (25, 60)
    with _server.running() as srv:
        times = asyncio.run(_measure(srv.base_url, rounds, per_round))
    ratios = paired_ratio(times["ours"], times["raw"])
    transport = paired_ratio(times["transport"], times["raw"])
    full = paired_ratio(times["full"], times["raw"])
    print(f"[{NAME}] GET /locks (20 locks), {rounds} rounds x {per_round} sequential requests")
    print(f"  ours (find_all -> models) : {spread(times['ours'], ' ms', 1e3)}")
    print(f"  ours (find_all, full read): {spread(times['full'], ' ms', 1e3)}")
    print(f"  ours (transport only)     : {spread(times['transport'], ' ms', 1e3)}")
    print(f"  raw aiohttp + json.loads  : {spread(times['raw'], ' ms', 1e3)}")
    print(f"  ratio ours/raw            : {spread(ratios, 'x')}   goal <= 1.10x")
    print(f"  ratio full read/raw       : {spread(full, 'x')}")
    print(f"  ratio transport/raw       : {spread(transport, 'x')}")
    return {
        "request_ratio_vs_aiohttp": round(_median(ratios), 3),
        "request_transport_ratio_vs_aiohttp": round(_median(transport), 3),
        "request_full_read_ratio_vs_aiohttp": round(_median(full), 3),
        "request_ms_ours": round(_median(times["ours"]) * 1e3, 3),
        "request_ms_raw": round(_median(times["raw"]) * 1e3, 3),
    }
