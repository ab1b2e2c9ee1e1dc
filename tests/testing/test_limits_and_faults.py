"""Rate limiting, request validation, fault injection, request log, transaction ids."""

from __future__ import annotations

import time
from typing import Any

import aiohttp
import pytest

from chaster_async import ChasterUsageError
from chaster_async.testing import FakeChaster

from .conftest import Api


async def test_rate_limit_headers_and_429(http: aiohttp.ClientSession) -> None:
    fake = FakeChaster(rate_limit=3)
    async with fake.serve():
        api = Api(fake, http)
        remaining = []
        for _ in range(3):
            status, _, headers = await api.call("GET", "/auth/profile")
            assert status == 200 and headers["X-RateLimit-Limit"] == "3"
            assert 0 < int(headers["X-RateLimit-Reset"]) <= 60
            remaining.append(headers["X-RateLimit-Remaining"])
        assert remaining == ["2", "1", "0"]
        status, body, headers = await api.call("GET", "/auth/profile")
        assert status == 429 and body["statusCode"] == 429 and body["error"] == "Too Many Requests"
        assert 0 < int(headers["Retry-After"]) <= 60 and headers["X-RateLimit-Remaining"] == "0"
        # another token has its own window; the window slides
        assert (await api.call("GET", "/auth/profile", token=fake.token_for("wendy")))[0] == 200
        fake.clock.advance(61)
        assert (await api.call("GET", "/auth/profile"))[0] == 200


async def test_rate_limit_disabled(http: aiohttp.ClientSession) -> None:
    fake = FakeChaster(rate_limit=None)
    async with fake.serve():
        status, _, headers = await Api(fake, http).call("GET", "/settings")
    assert status == 200 and "X-RateLimit-Limit" not in headers and headers["x-chaster-transaction-id"]


async def test_default_rate_limit_is_100(api: Api) -> None:
    _, _, headers = await api.call("GET", "/settings")
    assert headers["X-RateLimit-Limit"] == "100"


async def test_body_validation_is_nest_shaped(api: Api, ids: dict[str, str]) -> None:
    status, body, _ = await api.call(
        "POST", f"/locks/{ids['wendyLock']}/update-time", json={"duration": "long"}
    )
    assert status == 400
    assert body == {
        "statusCode": 400,
        "message": ["duration must be a number conforming to the specified constraints"],
        "error": "Bad Request",
    }
    status, body, _ = await api.call("POST", f"/locks/{ids['wendyLock']}/update-time", json={})
    assert status == 400 and body["message"] == ["duration should not be missing"]
    status, body, _ = await api.call(
        "POST",
        f"/locks/{ids['wendyLock']}/update-time",
        data=b"{nope",
        headers={"Content-Type": "application/json"},
    )
    assert status == 400 and isinstance(body["message"], str)
    status, body, _ = await api.call("GET", "/no/such/route")
    assert status == 404 and body["message"] == "Cannot GET /no/such/route"


async def test_fail_next_status_body_headers(api: Api, fake_chaster: FakeChaster) -> None:
    fake_chaster.fail_next("profile.me", times=2, status=503, headers={"Retry-After": "1"})
    for _ in range(2):
        status, body, headers = await api.call("GET", "/auth/profile")
        assert status == 503 and body["statusCode"] == 503 and headers["Retry-After"] == "1"
    assert (await api.call("GET", "/auth/profile"))[0] == 200
    fake_chaster.fail_next("profile.me", status=418, body={"custom": True})
    assert (await api.call("GET", "/auth/profile"))[:2] == (418, {"custom": True})
    fake_chaster.fail_next("profile.me", status=502, body="<html>Bad gateway</html>")
    assert (await api.call("GET", "/auth/profile"))[:2] == (502, "<html>Bad gateway</html>")


@pytest.mark.parametrize(
    "options",
    [
        {"times": 0},  # was armed for good and never fired
        {"times": -1},
        {"times": 1.5},
        {"status": 99},
        {"status": 1000},
        {"delay": -1},
        {"delay": float("nan")},
    ],
)
def test_fail_next_refuses_a_fault_that_cannot_fire(options: dict[str, Any]) -> None:
    fake = FakeChaster()
    with pytest.raises(ChasterUsageError, match=next(iter(options))):
        fake.fail_next("profile.me", **options)
    assert fake.faults.faults == []


async def test_fail_next_malformed_and_delay(api: Api, fake_chaster: FakeChaster) -> None:
    fake_chaster.fail_next("profile.me", status=200, malformed=True)
    status, body, headers = await api.call("GET", "/auth/profile")
    assert (
        status == 200
        and headers["Content-Type"].startswith("application/json")
        and body == '{"statusCode": 5'
    )
    fake_chaster.fail_next("settings.get_app_settings", status=None, delay=0.2)
    start = time.monotonic()
    assert (await api.call("GET", "/settings"))[0] == 200
    assert time.monotonic() - start >= 0.2
    fake_chaster.fail_next("*", status=500)
    assert (await api.call("GET", "/extensions"))[0] == 500
    with pytest.raises(KeyError):
        fake_chaster.fail_next("noSuchOperation")


async def test_request_log(api: Api, fake_chaster: FakeChaster) -> None:
    path = f"/locks/{fake_chaster.seed_ids['wendyLock']}/history"
    await api.call("POST", path, json={"limit": 2})
    rec = fake_chaster.requests[-1]
    assert (rec.method, rec.path, rec.key, rec.status) == ("POST", path, "locks.get_lock_history", 201)
    assert rec.json == {"limit": 2} and rec.user == fake_chaster.seed_ids["kim"]


@pytest.mark.parametrize("kind", ["plain", "async"])
async def test_set_handler_takes_a_plain_or_an_async_function(
    api: Api, fake_chaster: FakeChaster, kind: str
) -> None:
    """A plain function answered 500 ("object list can't be used in 'await' expression")."""
    answer = {"count": 0, "results": [], "hasMore": False}
    seen: list[Any] = []

    def plain(ctx: Any) -> Any:
        seen.append(ctx.body)
        return answer

    async def asynchronous(ctx: Any) -> Any:
        return plain(ctx)

    fake_chaster.set_handler("locks.get_lock_history", plain if kind == "plain" else asynchronous)
    path = f"/locks/{fake_chaster.seed_ids['wendyLock']}/history"
    status, body, _headers = await api.call("POST", path, json={"limit": 2})
    assert (status, body) == (201, answer) and seen == [{"limit": 2}]


async def test_client_waits_the_backoff_on_the_fakes_503s(fake_chaster: FakeChaster) -> None:
    """The fake's 503 carries X-RateLimit-Reset (about 60): the client waits 0.5 s and 1 s, not 60 s."""
    from chaster_async import Chaster, RetryPolicy, ServerError

    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    fake_chaster.fail_next("locks.find_all", times=3, status=503)
    retry = RetryPolicy(sleep=record, rand=lambda: 0.0)
    async with Chaster(fake_chaster.developer_token, base_url=fake_chaster.base_url, retry=retry) as chaster:
        with pytest.raises(ServerError):
            await chaster.locks.find_all()

    assert waits == [0.5, 1.0]
