"""``python -m bench [--quick] [--only NAME[,NAME...]]``: run the benchmark figures.

Each figure runs in a fresh interpreter (so that one figure's imports, heap and garbage-collector
state do not tilt the next; ``--in-process`` turns that off) and prints its own lines; the LAST line
printed is one JSON object holding every key (``null`` for a figure that was not run or failed).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import concurrency, fleet, httpx_client, imports, memory, parse, request, watch

# Import first: it spawns fresh interpreters and is the most sensitive to a busy machine.
FIGURES: dict[str, tuple[Callable[[bool], dict[str, Any]], tuple[str, ...]]] = {
    imports.NAME: (imports.run, ("import_ratio_vs_aiohttp",)),
    parse.NAME: (parse.run, ("parse_ratio_vs_json",)),
    request.NAME: (request.run, ("request_ratio_vs_aiohttp",)),
    httpx_client.NAME: (httpx_client.run, ("rps_ratio_vs_httpx_client",)),
    concurrency.NAME: (concurrency.run, ("concurrency_ratio_vs_aiohttp", "connections_opened")),
    memory.NAME: (memory.run, ("rss_growth_mb",)),
    fleet.NAME_CRAWL: (fleet.run_crawl, ("crawl_ratio_vs_minimum", "crawl_429s")),
    fleet.NAME_FLEET: (fleet.run_fleet, ("fleet_ratio_vs_minimum", "fleet_429s", "fleet_refreshes")),
    watch.NAME: (watch.run, ("watch_events_per_request", "watch_latency_p50_s")),
}
ROOT = Path(__file__).resolve().parent.parent
KEYS = (
    "request_ratio_vs_aiohttp",
    "rps_ratio_vs_httpx_client",
    "concurrency_ratio_vs_aiohttp",
    "connections_opened",
    "parse_ratio_vs_json",
    "import_ratio_vs_aiohttp",
    "rss_growth_mb",
    "crawl_ratio_vs_minimum",
    "crawl_429s",
    "fleet_ratio_vs_minimum",
    "fleet_429s",
    "fleet_refreshes",
    "watch_events_per_request",
    "watch_latency_p50_s",
)


def _machine() -> str:
    import aiohttp

    try:
        load = "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        load = "load n/a"
    return (
        f"python {platform.python_version()} ({sys.executable}), aiohttp {aiohttp.__version__}, "
        f"{os.cpu_count()} CPUs, {load}"
    )


def _run_isolated(name: str, quick: bool) -> dict[str, Any]:
    """Run one figure in a fresh interpreter; its lines pass through, its JSON line comes back."""
    command = [sys.executable, "-m", "bench", "--in-process", "--only", name] + (["--quick"] if quick else [])
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert process.stdout is not None
    lines = []
    for line in process.stdout:
        lines.append(line)
    process.wait()
    *shown, last = lines or [""]
    # Drop the child's own header and timing lines; keep the figure's.
    for line in shown[2:]:
        if not line.startswith("  (") or not line.rstrip().endswith(" s)"):
            print(line, end="", flush=True)
    if process.returncode != 0:
        raise RuntimeError(f"figure {name} exited with {process.returncode}")
    child: dict[str, Any] = json.loads(last)
    return {k: v for k, v in child.items() if v is not None and k not in ("quick", "seconds", "failed")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="far fewer rounds (a smoke test, < 60 s)")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=f"run only these figures (repeat or comma-separate): {', '.join(FIGURES)}",
    )
    parser.add_argument(
        "--in-process", action="store_true", help="run the figures in this interpreter, one after another"
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for value in args.only for name in value.split(",") if name.strip()]
    unknown = [name for name in chosen if name not in FIGURES]
    if unknown:
        parser.error(f"unknown figure(s) {unknown}; choose from {list(FIGURES)}")
    names = [name for name in FIGURES if not chosen or name in chosen]

    print(f"chaster_async benchmarks ({'quick' if args.quick else 'full'}): {', '.join(names)}")
    print(_machine(), flush=True)
    results: dict[str, Any] = dict.fromkeys(KEYS)
    failed = []
    started = time.perf_counter()
    for name in names:
        figure_started = time.perf_counter()
        try:
            if args.in_process:
                results.update(FIGURES[name][0](args.quick))
            else:
                results.update(_run_isolated(name, args.quick))
        except Exception:
            failed.append(name)
            print(f"[{name}] FAILED", flush=True)
            traceback.print_exc()
        print(f"  ({time.perf_counter() - figure_started:.1f} s)", flush=True)
    results["quick"] = args.quick
    results["seconds"] = round(time.perf_counter() - started, 1)
    if failed:
        results["failed"] = failed
    print(json.dumps(results), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
