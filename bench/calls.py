"""The client side that several figures time: sequential ``chaster.locks.find_all()`` calls."""

from __future__ import annotations

import time
from typing import Any


async def seconds_per_find_all(chaster: Any, n: int, *, full_read: bool = False) -> float:
    """Mean seconds of ``find_all()`` (20 locks); ``full_read`` also reads every lock into its fields."""
    started = time.perf_counter()
    for _ in range(n):
        locks = await chaster.locks.find_all()
        if full_read:
            for lock in locks:
                lock.deviations()
    elapsed = time.perf_counter() - started
    assert len(locks) == 20 and type(locks[0]).__name__ == "LockForPublic"
    return elapsed / n
