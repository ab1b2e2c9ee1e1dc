"""Figure 5: ``python -c "import chaster_async"`` wall time against ``python -c "import aiohttp"``.

Fresh interpreters (the venv's python, ``-c``), alternating, many runs each; ``python -c pass`` runs
too, for reference. The figure is the ratio of the medians (the wall time includes interpreter
start-up on both sides, as a user experiences it). ``-X importtime`` of ``chaster_async`` minus
what aiohttp alone imports is printed as a hint of where extra time goes.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .stats import spread

NAME = "import"
ROOT = Path(__file__).resolve().parent.parent


def _time(code: str) -> float:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env)
    return time.perf_counter() - started


def _own_modules() -> list[tuple[int, str]]:
    """Cumulative import time (us) of the top chaster_async modules, from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import aiohttp, chaster_async"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    found = []
    for line in done.stderr.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[1].isdigit():
            name = parts[2]
            if not name.startswith(" ") and "chaster_async" not in name:
                pass
            found.append((int(parts[1]), name))
    # Modules imported only for chaster_async (aiohttp was imported first).
    after_aiohttp = False
    mine = []
    for cumulative, name in found:
        if name.strip() == "aiohttp":
            after_aiohttp = True
            continue
        if after_aiohttp and name == name.lstrip():
            mine.append((cumulative, name))
    return sorted(mine, reverse=True)[:5]


def run(quick: bool = False) -> dict[str, Any]:
    runs = 5 if quick else 20
    codes = {
        "chaster_async": "import chaster_async",
        "aiohttp": "import aiohttp",
        "pass": "pass",
    }
    for code in codes.values():  # warm the page cache and .pyc files
        _time(code)
    times: dict[str, list[float]] = {name: [] for name in codes}
    for r in range(runs):
        order = list(codes) if r % 2 == 0 else list(reversed(codes))
        for name in order:
            times[name].append(_time(codes[name]))
    ours = statistics.median(times["chaster_async"])
    base = statistics.median(times["aiohttp"])
    ratio = ours / base
    print(f"[{NAME}] fresh interpreters, {runs} runs each, alternating")
    print(f"  import chaster_async : {spread(times['chaster_async'], ' ms', 1e3, 1)}")
    print(f"  import aiohttp       : {spread(times['aiohttp'], ' ms', 1e3, 1)}")
    print(f"  pass                 : {spread(times['pass'], ' ms', 1e3, 1)}")
    print(f"  ratio (medians)      : {ratio:.3f}x   goal <= 1.2x")
    try:
        top = _own_modules()
        print(
            "  -X importtime, top-level imports after aiohttp (cumulative us): "
            + ", ".join(f"{name} {us}" for us, name in top)
        )
    except (subprocess.SubprocessError, OSError):
        pass
    return {
        "import_ratio_vs_aiohttp": round(ratio, 3),
        "import_ms_chaster_async": round(ours * 1e3, 1),
        "import_ms_aiohttp": round(base * 1e3, 1),
        "import_ms_python": round(statistics.median(times["pass"]) * 1e3, 1),
    }
