"""Checks of option values given at construction.

A bad option is refused with :class:`~chaster_async.errors.ChasterUsageError` where it is given,
instead of surfacing later, on every call, as a ValueError or OverflowError from deep inside.
"""

from __future__ import annotations

import math

from .errors import ChasterUsageError

__all__ = ["count", "flag", "fraction", "header_text", "seconds"]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def seconds(name: str, value: object, *, positive: bool = False, maximum: float | None = None) -> float:
    """``value`` as a finite number of seconds: ``>= 0`` (``> 0`` when ``positive``), at most ``maximum``."""
    low = "> 0" if positive else ">= 0"
    try:
        ok = _is_number(value) and math.isfinite(value)  # type: ignore[arg-type]
    except OverflowError:  # an int too big for a float
        ok = False
    if ok:
        number = float(value)  # type: ignore[arg-type]
        ok = (number > 0 if positive else number >= 0) and (maximum is None or number <= maximum)
    if not ok:
        bound = f" and at most {maximum:g}" if maximum is not None else ""
        raise ChasterUsageError(f"{name} must be a finite number of seconds {low}{bound}, not {value!r:.40}")
    return number


def count(name: str, value: object) -> int:
    """``value`` as an int ``>= 0`` (bools are refused: ``True`` is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ChasterUsageError(f"{name} must be an int >= 0, not {value!r:.40}")
    return value


def fraction(name: str, value: object) -> float:
    """``value`` as a number between 0 and 1."""
    if not _is_number(value) or not 0 <= value <= 1:  # type: ignore[operator]
        raise ChasterUsageError(f"{name} must be a number between 0 and 1, not {value!r:.40}")
    return float(value)  # type: ignore[arg-type]


def flag(name: str, value: object) -> bool:
    """``value`` as a bool: ``strict="false"`` (from an environment variable, say) is not False."""
    if not isinstance(value, bool):
        raise ChasterUsageError(f"{name} must be True or False, not {value!r:.40}")
    return value


def header_text(name: str, value: object) -> str:
    """``value`` as text sent in a header (a client id, a User-Agent): a str without line breaks
    or NUL, which aiohttp would refuse on every call with a message about something else."""
    if not isinstance(value, str) or any(c in value for c in "\r\n\0"):
        problem = "holds a line break or NUL" if isinstance(value, str) else f"is a {type(value).__name__}"
        raise ChasterUsageError(f"{name} {problem}; it must be a str that fits in an HTTP header")
    return value
