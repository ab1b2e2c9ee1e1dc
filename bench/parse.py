"""Figure 4: parsing a 500-lock keyholder search page into models, against ``json.loads`` alone.

The bytes are one realistic ``KeyholderSearchLocksRepDto`` page (500 ``LockForKeyholder``, ~3.9 MB).
Ours is ``OPERATIONS["searchLocks"].parse(json.loads(b))`` -- what ``keyholder.search_locks()``
does with an answer; the baseline is ``json.loads(b)``. Calls alternate in a steady loop with the
garbage collector enabled, as in real use (its passes triggered by the allocations of each side are
part of that side's cost). The figure is the median of per-pair ratios
``(json.loads + parse) / json.loads``.
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

from .payloads import encode, keyholder_search_page
from .stats import paired_ratio, spread

NAME = "parse"


def run(quick: bool = False) -> dict[str, Any]:
    from chaster_async.operations import OPERATIONS

    rounds = 5 if quick else 25
    body = encode(keyholder_search_page(500))
    operation = OPERATIONS["searchLocks"]
    page = operation.parse(json.loads(body))  # warm-up: imports the models
    assert len(page.locks) == 500 and not page.deviations(), page.deviations()[:3]

    def ours() -> float:
        started = time.perf_counter()
        operation.parse(json.loads(body))
        return time.perf_counter() - started

    def base() -> float:
        started = time.perf_counter()
        json.loads(body)
        return time.perf_counter() - started

    times: dict[str, list[float]] = {"ours": [], "json": []}
    for r in range(rounds):
        if r % 2 == 0:
            times["ours"].append(ours())
            times["json"].append(base())
        else:
            times["json"].append(base())
            times["ours"].append(ours())
    ratios = paired_ratio(times["ours"], times["json"])
    print(f"[{NAME}] 500-lock keyholder search page ({len(body) / 1e6:.2f} MB), {rounds} pairs")
    print(f"  json.loads + models : {spread(times['ours'], ' ms', 1e3, 1)}")
    print(f"  json.loads alone    : {spread(times['json'], ' ms', 1e3, 1)}")
    print(f"  ratio               : {spread(ratios, 'x')}   goal <= 3x")
    return {
        "parse_ratio_vs_json": round(statistics.median(ratios), 3),
        "parse_ms_ours": round(statistics.median(times["ours"]) * 1e3, 2),
        "parse_ms_json": round(statistics.median(times["json"]) * 1e3, 2),
    }
