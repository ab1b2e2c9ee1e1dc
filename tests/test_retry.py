"""The retry policy: what is re-sent, and after how long."""

from __future__ import annotations

import email.utils

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chaster_async import ChasterUsageError
from chaster_async._retry import RetryPolicy, parse_reset, parse_retry_after, wait_from_headers

NOW = 1_800_000_000.0


def policy(**kwargs: object) -> RetryPolicy:
    return RetryPolicy(clock=lambda: NOW, rand=lambda: 0.0, **kwargs)  # type: ignore[arg-type]


def test_defaults() -> None:
    p = RetryPolicy()

    assert p.max_retries == 2
    assert p.max_wait == 60.0


def test_negative_max_retries_rejected() -> None:
    with pytest.raises(ChasterUsageError, match="max_retries"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("max_retries", 1.5),
        ("max_retries", True),
        ("backoff_base", float("nan")),
        ("backoff_base", -0.5),
        ("backoff_max", float("inf")),
        ("jitter", 1.5),
        ("jitter", -0.1),
        ("max_wait", float("nan")),
        ("max_wait", -1),
    ],
)
def test_invalid_options_are_refused_at_construction(option: str, value: object) -> None:
    with pytest.raises(ChasterUsageError, match=option):
        RetryPolicy(**{option: value})  # type: ignore[arg-type]


def test_backoff_of_a_very_late_retry_is_capped_not_an_overflow() -> None:
    assert policy(backoff_max=8.0).backoff(5000) == 8.0


def test_backoff_grows_exponentially_and_is_capped() -> None:
    p = policy(backoff_base=0.5, backoff_max=3.0)

    assert [p.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_shortens_the_wait() -> None:
    p = RetryPolicy(rand=lambda: 1.0, jitter=0.25)

    assert p.backoff(0) == pytest.approx(0.375)


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "HEAD", "OPTIONS", "get"])
def test_idempotent_methods_retried_on_5xx(method: str) -> None:
    assert policy().delay_after_status(method, 0, 502, {}) == 0.5


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_non_idempotent_never_retried_on_5xx(method: str) -> None:
    assert policy().delay_after_status(method, 0, 500, {}) is None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_not_retried(status: int) -> None:
    assert policy().delay_after_status("GET", 0, status, {}) is None


def test_gives_up_after_max_retries() -> None:
    p = policy(max_retries=2)

    assert p.delay_after_status("GET", 1, 500, {}) is not None
    assert p.delay_after_status("GET", 2, 500, {}) is None
    assert p.delay_after_status("POST", 2, 429, {"Retry-After": "1"}) is None


def test_max_retries_zero_disables() -> None:
    p = policy(max_retries=0)

    assert p.delay_after_failure("GET", 0, reached_server=False) is None
    assert p.delay_after_status("GET", 0, 429, {"Retry-After": "1"}) is None


@pytest.mark.parametrize("method", ["GET", "POST", "PATCH", "DELETE"])
def test_429_retried_for_every_method_with_retry_after(method: str) -> None:
    assert policy().delay_after_status(method, 0, 429, {"Retry-After": "7"}) == 7.0


def test_429_uses_ratelimit_reset_when_no_retry_after() -> None:
    assert policy().delay_after_status("POST", 0, 429, {"X-RateLimit-Reset": str(int(NOW) + 12)}) == 12.0


def test_429_without_hint_backs_off() -> None:
    assert policy().delay_after_status("POST", 0, 429, {}) == 0.5


def test_429_longer_than_max_wait_is_not_waited_for() -> None:
    assert policy(max_wait=60).delay_after_status("GET", 0, 429, {"Retry-After": "3600"}) is None


def test_503_retry_after_honoured_for_get() -> None:
    assert policy().delay_after_status("GET", 0, 503, {"retry-after": "4"}) == 4.0


def test_503_without_retry_after_waits_the_backoff_not_the_rate_limit_reset() -> None:
    """X-RateLimit-Reset describes the rate-limit window, not an outage: a 503 ignores it."""
    p = policy()
    reset = {"X-RateLimit-Reset": "60", "X-RateLimit-Remaining": "99"}

    assert [p.delay_after_status("GET", n, 503, reset) for n in range(2)] == [0.5, 1.0]


@pytest.mark.parametrize("retry_after", ["61", "3600"])
def test_503_asking_longer_than_max_wait_is_not_retried(retry_after: str) -> None:
    """Retrying after the backoff would go against what the server asked for: raise at once."""
    assert policy(max_wait=60).delay_after_status("GET", 0, 503, {"Retry-After": retry_after}) is None


def test_failure_before_reaching_server_retried_even_for_post() -> None:
    assert policy().delay_after_failure("POST", 0, reached_server=False) == 0.5


def test_failure_that_may_have_reached_server_not_retried_for_post() -> None:
    assert policy().delay_after_failure("POST", 0, reached_server=True) is None
    assert policy().delay_after_failure("GET", 0, reached_server=True) == 0.5


def test_retry_after_http_date() -> None:
    date = email.utils.formatdate(NOW + 30, usegmt=True)

    assert parse_retry_after(date, now=NOW) == pytest.approx(30.0)


def test_retry_after_in_the_past_is_zero() -> None:
    assert parse_retry_after(email.utils.formatdate(NOW - 30, usegmt=True), now=NOW) == 0.0
    assert parse_retry_after("-5", now=NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "soon", "nan", "inf", "-inf", "Mon, 99 Foo 2020", "1e999"])
def test_retry_after_invalid_values_ignored(value: str | None) -> None:
    assert parse_retry_after(value, now=NOW) is None


def test_reset_epoch_and_relative() -> None:
    assert parse_reset(str(NOW + 20), now=NOW) == 20.0
    assert parse_reset(str(int((NOW + 20) * 1000)), now=NOW) == 20.0  # epoch milliseconds
    assert parse_reset("20", now=NOW) == 20.0
    assert parse_reset(str(NOW - 20), now=NOW) == 0.0


@pytest.mark.parametrize("value", [None, "", "x", "nan", "inf", "1.2.3"])
def test_reset_invalid_values_ignored(value: str | None) -> None:
    assert parse_reset(value, now=NOW) is None


def test_wait_from_headers_is_case_insensitive_and_prefers_retry_after() -> None:
    assert wait_from_headers({"RETRY-AFTER": "3", "x-ratelimit-reset": "9"}, now=NOW) == 3.0
    assert wait_from_headers({"X-RATELIMIT-RESET": "9"}, now=NOW) == 9.0
    assert wait_from_headers({}, now=NOW) is None


@given(st.text(max_size=40))
def test_header_parsing_never_crashes(value: str) -> None:
    for result in (parse_retry_after(value, now=NOW), parse_reset(value, now=NOW)):
        assert result is None or result >= 0.0
