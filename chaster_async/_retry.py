"""When to send a request again, and how long to wait first.

The policy only decides; the transport runs the loop. Rules:

- connection errors, timeouts and 5xx are retried for idempotent methods only, with exponential
  backoff and jitter;
- a request that surely never reached the server (connection refused, connect timeout) is retried
  whatever its method, because re-sending it cannot apply it twice;
- 429 is retried for every method (the server refused it, so nothing happened), waiting as long as
  ``Retry-After`` / ``X-RateLimit-Reset`` say, unless that is longer than ``max_wait``;
- a 503 waits at least its ``Retry-After`` (never ``X-RateLimit-Reset``), and is raised at once
  when that is longer than ``max_wait``.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping

from attrs import field, frozen

from . import _options

__all__ = ["IDEMPOTENT_METHODS", "RetryPolicy", "parse_reset", "parse_retry_after", "wait_from_headers"]

IDEMPOTENT_METHODS = frozenset({"GET", "PUT", "DELETE", "HEAD", "OPTIONS"})

# Above this, X-RateLimit-Reset is an epoch timestamp; below, a number of seconds from now.
_EPOCH_THRESHOLD = 1_000_000_000
# Above this (the year 5138 in seconds), an epoch timestamp in milliseconds.
_EPOCH_MS_THRESHOLD = 100_000_000_000


def _finite_non_negative(value: float) -> float | None:
    if math.isnan(value) or math.isinf(value):
        return None
    return max(0.0, value)


def parse_retry_after(value: str | None, *, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or HTTP date); None if unusable."""
    if not value:
        return None
    value = value.strip()
    try:
        return _finite_non_negative(float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None or when.tzinfo is None:  # pragma: no cover - depends on the Python version
        return None
    return _finite_non_negative(when.timestamp() - now)


def parse_reset(value: str | None, *, now: float) -> float | None:
    """Seconds until an ``X-RateLimit-Reset`` (epoch seconds or milliseconds, or seconds from now);
    None if unusable."""
    if not value:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if math.isnan(number) or math.isinf(number):
        return None
    if number > _EPOCH_MS_THRESHOLD:
        number = number / 1000 - now
    elif number > _EPOCH_THRESHOLD:
        number -= now
    return max(0.0, number)


def wait_from_headers(headers: Mapping[str, str], *, now: float) -> float | None:
    """How long a 429/503 answer asks us to wait, from whichever header says it."""
    lowered = {k.lower(): v for k, v in headers.items()}
    wait = parse_retry_after(lowered.get("retry-after"), now=now)
    if wait is None:
        wait = parse_reset(lowered.get("x-ratelimit-reset"), now=now)
    return wait


def _retry_after(headers: Mapping[str, str], *, now: float) -> float | None:
    value = next((v for k, v in headers.items() if k.lower() == "retry-after"), None)
    return parse_retry_after(value, now=now)


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@frozen
class RetryPolicy:
    """How a client retries.

    **Parameters:**

    - ``max_retries``: how many times one call may be re-sent (0 disables retries).
    - ``backoff_base`` / ``backoff_max``: retry ``n`` (counted from 0) waits
      ``min(backoff_max, backoff_base * 2**n)`` seconds, reduced by up to ``jitter`` (a fraction) at
      random so many clients don't retry in step.
    - ``max_wait``: the longest wait a server's ``Retry-After`` may impose; a longer one is raised as
      :class:`~chaster_async.errors.RateLimitError` at once instead of blocking the call.
    - ``sleep``, ``clock``, ``rand``: injectable for tests (``clock`` is wall time, for HTTP dates).
    """

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    jitter: float = 0.25
    max_wait: float = 60.0
    sleep: Callable[[float], Awaitable[None]] = field(default=_sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)
    rand: Callable[[], float] = field(default=random.random, repr=False)

    def __attrs_post_init__(self) -> None:
        _options.count("RetryPolicy max_retries", self.max_retries)
        _options.seconds("RetryPolicy backoff_base", self.backoff_base)
        _options.seconds("RetryPolicy backoff_max", self.backoff_max)
        _options.fraction("RetryPolicy jitter", self.jitter)
        _options.seconds("RetryPolicy max_wait", self.max_wait)

    def backoff(self, retry: int) -> float:
        """The wait before retry number ``retry`` (0-based)."""
        # 2.0**1024 overflows; far below that the cap has long been reached.
        delay = min(self.backoff_max, self.backoff_base * (2.0 ** min(retry, 64)))
        return delay * (1 - self.jitter * self.rand())

    def _can_retry(self, retries_done: int) -> bool:
        return retries_done < self.max_retries

    def delay_after_failure(self, method: str, retries_done: int, *, reached_server: bool) -> float | None:
        """Wait before re-sending after a connection error or timeout; None means give up."""
        if not self._can_retry(retries_done):
            return None
        # A non-idempotent request that may have been received could be applied twice.
        if reached_server and method.upper() not in IDEMPOTENT_METHODS:
            return None
        return self.backoff(retries_done)

    def delay_after_status(
        self, method: str, retries_done: int, status: int, headers: Mapping[str, str]
    ) -> float | None:
        """Wait before re-sending after an error status; None means give up (raise)."""
        if not self._can_retry(retries_done):
            return None
        if status == 429:
            asked = wait_from_headers(headers, now=self.clock())
            if asked is None:
                return self.backoff(retries_done)
            return asked if asked <= self.max_wait else None
        if status >= 500 and method.upper() in IDEMPOTENT_METHODS:
            # Only Retry-After speaks of an outage; X-RateLimit-Reset (sent on every answer)
            # describes the rate-limit window and says nothing about when the server is back.
            asked = _retry_after(headers, now=self.clock()) if status == 503 else None
            if asked is None:
                return self.backoff(retries_done)
            # Retrying sooner than the server asked would only earn more 503s.
            return max(asked, self.backoff(retries_done)) if asked <= self.max_wait else None
        return None
