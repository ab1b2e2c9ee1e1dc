"""Figure 2: requests per second against the stock openapi-python-client output (httpx).

The benchmark generates the stock client itself, from the same ``openapi.json``, into a temporary
folder (``openapi-python-client generate --meta none``, with the venv's ``bin`` on ``PATH`` so its
ruff post-hooks run as they would for a user), imports it, and calls its
``api.locks.locks_find_all.asyncio(client=AuthenticatedClient(...))`` -- the equivalent of
``chaster.locks.find_all()``: ``GET /locks`` parsed into its own ``LockForPublic`` models. Both
clients send sequential requests over one reused connection pool to the same server process; rounds
alternate. The figure is the median of the per-round ratios ``our rps / stock rps``.

The stock client builds every model at once; ours read their JSON on first access. So a second
figure, ``rps_ratio_full_read_vs_httpx_client``, makes our side read every lock (nested objects
included, via ``deviations()``) after each call -- the like-for-like comparison.

openapi-python-client 0.29.1 generates this spec without error (if it ever fails, the benchmark
reports the generator's output and this figure is ``null``).
"""

from __future__ import annotations

import asyncio
import importlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import server as _server
from .calls import seconds_per_find_all
from .stats import paired_ratio, spread

NAME = "httpx"
ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "stock_chaster_client"


def generate(dest: Path) -> float:
    """Generate the stock client into ``dest/PACKAGE``; returns the seconds it took."""
    venv_bin = Path(sys.executable).parent
    exe = venv_bin / "openapi-python-client"
    command = [str(exe) if exe.exists() else "openapi-python-client"]
    command += [
        "generate",
        "--path",
        str(ROOT / "openapi.json"),
        "--output-path",
        str(dest / PACKAGE),
        "--meta",
        "none",
        "--overwrite",
    ]
    env = dict(os.environ, PATH=f"{venv_bin}{os.pathsep}{os.environ.get('PATH', '')}")
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or not (dest / PACKAGE / "client.py").exists():
        raise RuntimeError(f"openapi-python-client failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    warnings = (done.stdout + done.stderr).strip().splitlines()
    noise = [line for line in warnings if line.strip() and not line.startswith("Generating")]
    if noise:
        print("  generator said: " + " | ".join(noise[:6]))
    return elapsed


async def _ours(chaster: Any, n: int, *, full_read: bool = False) -> float:
    return 1 / await seconds_per_find_all(chaster, n, full_read=full_read)


async def _stock(client: Any, endpoint: Any, n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        locks = await endpoint.asyncio(client=client)
    elapsed = time.perf_counter() - started
    assert locks is not None and len(locks) == 20 and type(locks[0]).__name__ == "LockForPublic"
    return n / elapsed


async def _measure(base_url: str, rounds: int, per_round: int) -> dict[str, list[float]]:
    from chaster_async import Chaster

    client_mod = importlib.import_module(f"{PACKAGE}.client")
    endpoint = importlib.import_module(f"{PACKAGE}.api.locks.locks_find_all")
    rps: dict[str, list[float]] = {"ours": [], "full": [], "stock": []}
    stock_client = client_mod.AuthenticatedClient(base_url=base_url, token=_server.TOKEN)
    async with Chaster(_server.TOKEN, base_url=base_url, rate_limit=False) as chaster, stock_client as stock:
        sides = {
            "ours": lambda n: _ours(chaster, n),
            "full": lambda n: _ours(chaster, n, full_read=True),
            "stock": lambda n: _stock(stock, endpoint, n),
        }
        for side in sides.values():
            await side(10)
        order = list(sides)
        for r in range(rounds):
            for name in order if r % 2 == 0 else reversed(order):
                rps[name].append(await sides[name](per_round))
    return rps


def run(quick: bool = False) -> dict[str, Any]:
    rounds, per_round = (5, 20) if quick else (21, 50)
    tmp = Path(tempfile.mkdtemp(prefix="chaster-bench-stock-"))
    try:
        try:
            seconds = generate(tmp)
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            print(f"[{NAME}] the stock generator failed: {exc}")
            return {"rps_ratio_vs_httpx_client": None}
        sys.path.insert(0, str(tmp))
        try:
            with _server.running() as srv:
                rps = asyncio.run(_measure(srv.base_url, rounds, per_round))
        finally:
            sys.path.remove(str(tmp))
            for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
                del sys.modules[name]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    ratios = paired_ratio(rps["ours"], rps["stock"])
    full = paired_ratio(rps["full"], rps["stock"])
    print(f"[{NAME}] stock openapi-python-client (httpx) generated in {seconds:.1f} s")
    print(f"  GET /locks (20 locks), {rounds} rounds x {per_round} sequential requests")
    print(f"  ours  : {spread(rps['ours'], ' req/s', digits=0)}")
    print(f"  ours, full read : {spread(rps['full'], ' req/s', digits=0)}")
    print(f"  stock : {spread(rps['stock'], ' req/s', digits=0)}")
    print(f"  ratio ours/stock rps : {spread(ratios, 'x')}   goal >= 2x")
    print(f"  ratio ours (full read)/stock rps : {spread(full, 'x')}")
    return {
        "rps_ratio_vs_httpx_client": round(statistics.median(ratios), 3),
        "rps_ratio_full_read_vs_httpx_client": round(statistics.median(full), 3),
        "rps_ours": round(statistics.median(rps["ours"]), 1),
        "rps_httpx_client": round(statistics.median(rps["stock"]), 1),
    }
