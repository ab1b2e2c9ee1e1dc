"""Small helpers shared by the figures: summaries of repeated rounds and paired ratios."""

from __future__ import annotations

import statistics
from collections.abc import Sequence

__all__ = ["paired_ratio", "spread", "summary"]


def _quartiles(values: Sequence[float]) -> tuple[float, float]:
    if len(values) < 4:
        return min(values), max(values)
    q = statistics.quantiles(values, n=4)
    return q[0], q[2]


def summary(values: Sequence[float]) -> dict[str, float]:
    q1, q3 = _quartiles(values)
    return {
        "median": statistics.median(values),
        "min": min(values),
        "q1": q1,
        "q3": q3,
        "max": max(values),
        "n": len(values),
    }


def spread(values: Sequence[float], unit: str = "", scale: float = 1.0, digits: int = 3) -> str:
    """``median (IQR q1..q3, min..max, n=N)`` for printing."""
    s = summary(values)
    f = f"{{:.{digits}f}}"
    return (
        f"{f.format(s['median'] * scale)}{unit} "
        f"(IQR {f.format(s['q1'] * scale)}..{f.format(s['q3'] * scale)}, "
        f"range {f.format(s['min'] * scale)}..{f.format(s['max'] * scale)}, n={s['n']})"
    )


def paired_ratio(ours: Sequence[float], base: Sequence[float]) -> list[float]:
    """Per-round ratios of interleaved rounds: noise that hits both rounds of a pair cancels."""
    return [a / b for a, b in zip(ours, base, strict=True)]
