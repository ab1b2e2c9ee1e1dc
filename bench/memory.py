"""Figure 6: RSS growth over 50,000 requests through one client.

A fresh interpreter (a subprocess, so that the heap left by the other figures neither hides nor
adds growth) makes one ``Chaster`` client and calls ``chaster.locks.find_one(lock_id)`` -- one
realistic lock (~7.7 kB) parsed into a ``LockForPublic`` -- against the server process, with a
different ``lock_id`` on every call (so that anything cached per path or per URL would show up), in
batches of 10 concurrent calls (the client's connection limit per host). After a warm-up of 2,000
calls and ``gc.collect()``, RSS (``/proc/self/statm``) is read; then 50,000 calls, ``gc.collect()``,
and RSS again. The figure is the difference in MB (10^6 bytes); samples every 10,000 calls are
printed to show the trend.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import server as _server

NAME = "memory"
ROOT = Path(__file__).resolve().parent.parent
BATCH = 10


def _rss_bytes() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


async def _calls(chaster: Any, start: int, count: int) -> None:
    for first in range(start, start + count, BATCH):
        ids = [f"{i:024x}" for i in range(first, min(first + BATCH, start + count))]
        locks = await asyncio.gather(*(chaster.locks.find_one(lock_id) for lock_id in ids))
        assert type(locks[0]).__name__ == "LockForPublic"


async def _child_main(base_url: str, warmup: int, total: int, sample_every: int) -> dict[str, Any]:
    from chaster_async import Chaster

    async with Chaster(_server.TOKEN, base_url=base_url, rate_limit=False) as chaster:
        await _calls(chaster, 0, warmup)
        gc.collect()
        before = _rss_bytes()
        samples = [0.0]
        started = time.perf_counter()
        done = 0
        while done < total:
            step = min(sample_every, total - done)
            await _calls(chaster, warmup + done, step)
            done += step
            gc.collect()
            samples.append((_rss_bytes() - before) / 1e6)
        elapsed = time.perf_counter() - started
    return {"growth_mb": samples[-1], "samples_mb": samples, "seconds": elapsed, "before_mb": before / 1e6}


def child(base_url: str, warmup: int, total: int, sample_every: int) -> None:
    result = asyncio.run(_child_main(base_url, warmup, total, sample_every))
    print(json.dumps(result))


def run(quick: bool = False) -> dict[str, Any]:
    warmup, total, sample_every = (500, 5_000, 1_000) if quick else (2_000, 50_000, 10_000)
    with _server.running() as srv:
        code = f"from bench.memory import child; child({srv.base_url!r}, {warmup}, {total}, {sample_every})"
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"memory child failed:\n{done.stderr[-3000:]}")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        served = srv.stats()
    trend = ", ".join(f"{s:+.2f}" for s in result["samples_mb"])
    print(f"[{NAME}] {total} find_one() calls after {warmup} warm-up, batches of {BATCH}, fresh interpreter")
    print(
        f"  RSS after warm-up {result['before_mb']:.1f} MB; growth every {sample_every} calls (MB): {trend}"
    )
    print(f"  {total / result['seconds']:.0f} calls/s; server saw {served['connections']} connections")
    print(f"  growth: {result['growth_mb']:.2f} MB   goal < 5 MB")
    return {
        "rss_growth_mb": round(result["growth_mb"], 2),
        "rss_samples_mb": [round(s, 2) for s in result["samples_mb"]],
    }
