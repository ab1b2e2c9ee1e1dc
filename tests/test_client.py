"""The Chaster client end to end against a local server: auth, refresh, lifecycle, namespaces."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from typing import Any

import aiohttp
import pytest
from aiohttp import web

import chaster_async
from chaster_async import (
    AuthError,
    Chaster,
    ChasterError,
    ChasterOAuth,
    ChasterUsageError,
    OAuthToken,
    RateLimiter,
    RetryPolicy,
    ScopeError,
    UnauthorizedError,
)
from chaster_async._model import SpecModel
from chaster_async._operation import OperationTable
from chaster_async._request import Request

from .conftest import ServerFactory, make_request

SECRET = "client-SECRET"


class FakeChaster:
    """API + token endpoint. Accepts only the newest access token; counts refreshes."""

    def __init__(self, *, refresh_status: int = 200) -> None:
        self.refreshes = 0
        self.valid = "acc-0"
        self.refresh_status = refresh_status
        self.api_calls = 0
        self.refresh_delay = 0.05
        self.always_401 = False
        self.app = web.Application()
        self.app.router.add_post("/token", self.token)
        self.app.router.add_get("/locks", self.locks)
        self.app.router.add_get("/auth/profile", self.profile)

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        self.refreshes += 1
        await asyncio.sleep(self.refresh_delay)  # let every concurrent caller pile up
        if self.refresh_status != 200:
            return web.json_response({"error": "invalid_grant"}, status=self.refresh_status)
        assert form["client_secret"] == SECRET
        self.valid = f"acc-{self.refreshes}"
        return web.json_response(
            {
                "access_token": self.valid,
                "refresh_token": f"ref-{self.refreshes}",
                "expires_in": 300,
                "scope": "locks profile",
            }
        )

    async def locks(self, request: web.Request) -> web.Response:
        self.api_calls += 1
        if self.always_401 or request.headers.get("Authorization") != f"Bearer {self.valid}":
            return web.json_response({"statusCode": 401, "message": "Unauthorized"}, status=401)
        return web.json_response([{"_id": "lock-1", "status": "locked"}])

    async def profile(self, request: web.Request) -> web.Response:
        return web.json_response({"_id": "me", "username": "bot"})


def oauth_token(*, expires_in: float = 300, access: str = "acc-0") -> OAuthToken:
    return OAuthToken(
        access,
        "ref-0",
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=expires_in),
        frozenset({"locks", "profile"}),
    )


async def started(serve: ServerFactory, fake: FakeChaster) -> tuple[str, ChasterOAuth]:
    base = await serve(fake.app)
    return base, ChasterOAuth("app", SECRET, "https://cb", token_url=f"{base}/token")


def find_locks() -> Request:
    return make_request("locks.find_all", "GET", "/locks", expects_body=True)


@pytest.fixture
def quick() -> RetryPolicy:
    async def no_sleep(seconds: float) -> None:
        await asyncio.sleep(0)

    return RetryPolicy(sleep=no_sleep)


# --- Refresh --------------------------------------------------------------------------------


async def test_200_concurrent_calls_with_expired_token_refresh_once(
    serve: ServerFactory, operations: OperationTable, quick: RetryPolicy
) -> None:
    fake = FakeChaster()
    base, oauth = await started(serve, fake)
    saved: list[OAuthToken] = []

    async with Chaster(
        oauth_token(expires_in=-10),
        oauth=oauth,
        on_token_refresh=saved.append,
        base_url=base,
        rate_limit=False,
        retry=quick,
    ) as chaster:
        results = await asyncio.gather(*(chaster.send(find_locks()) for _ in range(200)))
        current = chaster.token

    assert fake.refreshes == 1
    assert all(r == [{"_id": "lock-1", "status": "locked"}] for r in results)
    assert fake.api_calls == 200
    assert [t.refresh_token for t in saved] == ["ref-1"]
    assert current is not None and current.access_token == "acc-1"


async def test_401_refreshes_once_and_resends(
    serve: ServerFactory, operations: OperationTable, quick: RetryPolicy
) -> None:
    fake = FakeChaster()
    base, oauth = await started(serve, fake)
    fake.valid = "revoked-server-side"  # our acc-0 is not expired, but the server refuses it

    async with Chaster(oauth_token(), oauth=oauth, base_url=base, retry=quick) as chaster:
        assert await chaster.send(find_locks()) == [{"_id": "lock-1", "status": "locked"}]

    assert fake.refreshes == 1
    assert fake.api_calls == 2


async def test_many_concurrent_401s_share_one_refresh(
    serve: ServerFactory, operations: OperationTable, quick: RetryPolicy
) -> None:
    fake = FakeChaster()
    base, oauth = await started(serve, fake)
    fake.valid = "revoked"

    async with Chaster(oauth_token(), oauth=oauth, base_url=base, retry=quick, rate_limit=False) as chaster:
        results = await asyncio.gather(*(chaster.send(find_locks()) for _ in range(50)))

    assert fake.refreshes == 1
    assert len(results) == 50


async def test_401_after_refresh_is_raised_not_looped(
    serve: ServerFactory, operations: OperationTable, quick: RetryPolicy
) -> None:
    fake = FakeChaster()
    fake.always_401 = True
    base, oauth = await started(serve, fake)

    async with Chaster(oauth_token(), oauth=oauth, base_url=base, retry=quick) as chaster:
        with pytest.raises(UnauthorizedError):
            await chaster.send(find_locks())

    assert fake.refreshes == 1
    assert fake.api_calls == 2


async def test_failed_refresh_raises_auth_error_once(
    serve: ServerFactory, operations: OperationTable, quick: RetryPolicy
) -> None:
    fake = FakeChaster(refresh_status=400)
    base, oauth = await started(serve, fake)

    async with Chaster(oauth_token(expires_in=-1), oauth=oauth, base_url=base, retry=quick) as chaster:
        results = await asyncio.gather(
            *(chaster.send(find_locks()) for _ in range(20)), return_exceptions=True
        )
        with pytest.raises(AuthError):
            await chaster.send(find_locks())

    assert all(isinstance(r, AuthError) for r in results)
    assert fake.refreshes == 1
    assert fake.api_calls == 0
    assert all(SECRET not in str(r) and "ref-0" not in str(r) for r in results)


async def test_developer_token_401_is_raised(serve: ServerFactory, operations: OperationTable) -> None:
    fake = FakeChaster()
    base, _ = await started(serve, fake)

    async with Chaster("dev-token", base_url=base) as chaster:
        with pytest.raises(UnauthorizedError):
            await chaster.send(find_locks())
    assert fake.refreshes == 0


# --- Scopes ---------------------------------------------------------------------------------


async def test_scope_error_before_io_and_developer_token_passes(operations: OperationTable) -> None:
    token = OAuthToken("a", "r", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset({"profile"}))
    async with Chaster(token, base_url="http://127.0.0.1:9") as chaster:
        with pytest.raises(ScopeError) as info:
            await chaster.send(find_locks())
        assert info.value.missing == {"locks"}
        assert chaster.scopes == {"profile"}

    async with Chaster("dev", base_url="http://127.0.0.1:9", max_retries=0) as chaster:
        assert chaster.scopes is None
        with pytest.raises(chaster_async.TransportError):  # got past the scope check to the network
            await chaster.send(find_locks())


# --- Rate limits through the client ---------------------------------------------------------


async def test_rate_limit_headers_slow_the_client_down(
    serve: ServerFactory, operations: OperationTable
) -> None:
    app = web.Application()

    async def limited(request: web.Request) -> web.Response:
        return web.json_response(
            [], headers={"X-RateLimit-Limit": "100", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "30"}
        )

    app.router.add_get("/locks", limited)
    base = await serve(app)
    waits: list[float] = []
    now = [0.0]

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(clock=lambda: now[0], sleep=fake_sleep)
    async with Chaster("dev", base_url=base, rate_limit=limiter) as chaster:
        await chaster.send(find_locks())
        await chaster.send(find_locks())

    assert waits == [30.0]


# --- Lifecycle, options, reprs --------------------------------------------------------------


async def test_closed_client_raises_usage_error(operations: OperationTable) -> None:
    chaster = Chaster("dev")
    await chaster.close()
    await chaster.close()  # idempotent

    assert chaster.closed
    with pytest.raises(ChasterUsageError, match="closed"):
        await chaster.send(find_locks())
    with pytest.raises(ChasterUsageError):
        async with chaster:
            pass


async def test_borrowed_session_survives_and_owned_one_is_closed(
    serve: ServerFactory, operations: OperationTable
) -> None:
    fake = FakeChaster()
    base, _ = await started(serve, fake)

    async with aiohttp.ClientSession() as session:
        async with Chaster("dev", base_url=base, session=session) as chaster:
            await chaster.send(make_request("profileMe", "GET", "/auth/profile"))
        assert not session.closed

    async with Chaster("dev", base_url=base) as chaster:
        await chaster.send(make_request("profileMe", "GET", "/auth/profile"))
        owned = chaster._pipeline.exchange._session
    assert owned is not None and owned.closed


def test_constructor_validation() -> None:
    with pytest.raises(ChasterUsageError):
        Chaster(oauth=ChasterOAuth("a", "b", "c"))
    with pytest.raises(ChasterUsageError):
        Chaster("dev", oauth=ChasterOAuth("a", "b", "c"))
    with pytest.raises(ChasterUsageError):
        Chaster(123)  # type: ignore[arg-type]
    with pytest.raises(ChasterUsageError, match="empty"):
        Chaster("")


@pytest.mark.parametrize("leeway", [float("nan"), float("inf"), -1.0, 1e20, 10**400, True, "60", None])
def test_invalid_refresh_leeway_is_refused_at_construction(leeway: Any) -> None:
    """Not a ValueError/OverflowError on every call later."""
    oauth = ChasterOAuth("app", SECRET, "https://cb")
    for token in (oauth_token(), "dev"):
        with pytest.raises(ChasterUsageError, match="refresh_leeway"):
            Chaster(token, oauth=oauth if token != "dev" else None, refresh_leeway=leeway)


@pytest.mark.parametrize("max_retries", [-1, 1.5, True, "2", None])
def test_invalid_max_retries_is_refused_at_construction(max_retries: Any) -> None:
    with pytest.raises(ChasterUsageError, match="max_retries"):
        Chaster("dev", max_retries=max_retries)
    with pytest.raises(ChasterUsageError, match="max_retries"):
        Chaster("dev", max_retries=max_retries, retry=RetryPolicy())


@pytest.mark.parametrize("timeout", [0, -1.0, float("nan"), float("inf")])
async def test_a_generated_method_refuses_a_bad_timeout_before_any_io(timeout: float) -> None:
    async with Chaster("dev", base_url="http://127.0.0.1:9", rate_limit=False) as chaster:
        with pytest.raises(ChasterUsageError, match="timeout"):
            await chaster.locks.find_all(timeout=timeout)


def test_valid_options_are_kept() -> None:
    assert Chaster("dev", max_retries=0, refresh_leeway=0)._pipeline.retry.max_retries == 0
    assert Chaster(oauth_token(), refresh_leeway=30.5)._auth is not None


@pytest.mark.parametrize(
    "base_url",
    [
        "http://[::1",
        "http://ex ample.com",
        "http://" + "a" * 70 + ".com",
        "ftp://x",
        "not a url",
        "/relative",
        "http://",
        "http://h:99999",
        "https://api.example?x=1",
        "https://api.example/#f",
    ],
)
def test_invalid_base_url_is_refused_at_construction(base_url: str) -> None:
    with pytest.raises(ChasterUsageError, match="base_url"):
        Chaster("dev", base_url=base_url)


@pytest.mark.parametrize(
    "base_url",
    ["https://api.chaster.app", "http://127.0.0.1:8080/prefix/", "http://[::1]:81", "https://bücher.example"],
)
def test_valid_base_url(base_url: str) -> None:
    assert Chaster("dev", base_url=base_url)._pipeline.base_url == base_url.rstrip("/")


def test_repr_never_shows_secrets() -> None:
    oauth = ChasterOAuth("app", SECRET, "https://cb")
    clients = [Chaster("dev-SECRET-token"), Chaster(oauth_token(access="acc-SECRET"), oauth=oauth), Chaster()]

    for chaster in clients:
        for text in (repr(chaster), str(chaster)):
            assert "SECRET" not in text
    assert "developer token" in repr(clients[0])
    assert clients[0].token is None


async def test_secrets_never_logged(
    serve: ServerFactory,
    operations: OperationTable,
    quick: RetryPolicy,
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeChaster()
    base, oauth = await started(serve, fake)

    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        async with Chaster(oauth_token(expires_in=-1), oauth=oauth, base_url=base, retry=quick) as chaster:
            await chaster.send(find_locks())

    for secret in ("acc-0", "acc-1", "ref-0", "ref-1", SECRET):
        assert secret not in caplog.text


def test_strict_flag_reaches_the_transport() -> None:
    assert Chaster(strict=True)._transport.strict is True  # type: ignore[attr-defined]
    assert Chaster().strict is False


def test_package_exports() -> None:
    for name in (
        "Chaster",
        "ChasterOAuth",
        "OAuthToken",
        "AuthorizationRequest",
        "UNSET",
        "ChasterError",
        "ScopeError",
    ):
        assert hasattr(chaster_async, name)
    assert issubclass(chaster_async.RateLimitError, ChasterError)


# --- Generated namespaces (skipped until the generator has produced them) --------------------


async def test_generated_namespace_call(serve: ServerFactory) -> None:
    fake = FakeChaster()
    base, _ = await started(serve, fake)
    fake.valid = "dev"

    async with Chaster("dev", base_url=base) as chaster:
        locks: Any = await chaster.locks.find_all()

    from chaster_async.models import LockForPublic

    assert isinstance(locks[0], SpecModel)  # typed models back (missing fields are deviations)
    assert isinstance(locks[0], LockForPublic)


async def test_generated_scope_check(serve: ServerFactory) -> None:
    token = OAuthToken("a", "r", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset({"profile"}))

    async with Chaster(token, base_url="http://127.0.0.1:9") as chaster:
        with pytest.raises(ScopeError) as info:
            await chaster.locks.find_all()  # type: ignore[attr-defined]
    assert info.value.missing == {"locks"}
    assert chaster.required_scopes([chaster.locks.find_all]) == {"locks"}  # type: ignore[attr-defined]


# --- options checked where given (a usability pass) -----------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("retry", 3),  # was accepted, then AttributeError on the first retry
        ("session", "not a session"),  # was accepted, then AttributeError on the first call
        ("rate_limit", 100),  # was a silent True: not "100 per minute"
        ("rate_limit", None),  # was a silent False
        ("client_id", 5),  # was "Cannot serialize non-str key 5" on every call
        ("client_id", "id\r\nX-Injected: 1"),
        ("user_agent", 5),
        ("strict", "false"),  # was strict mode
    ],
)
def test_option_of_the_wrong_type_is_refused_at_construction(option: str, value: Any) -> None:
    with pytest.raises(ChasterUsageError, match=option):
        Chaster("dev", **{option: value})


@pytest.mark.parametrize(
    ("option", "value"), [("retry", 3), ("client_id", 5), ("user_agent", "a\nb"), ("strict", 1)]
)
async def test_with_options_refuses_the_wrong_type_too(option: str, value: Any) -> None:
    async with Chaster("dev") as chaster:
        with pytest.raises(ChasterUsageError, match=option):
            chaster.with_options(**{option: value})


@pytest.mark.parametrize(
    "token",
    [" ", "tok SECRET", "tok-SECRET\n", "tok-SECRET\r\nX-Injected: 1", "tok-SECRET\x00", "tök-SECRET"],
)
def test_unusable_developer_token_is_refused_at_construction_without_showing_it(token: str) -> None:
    """It was accepted, then every call failed (header injection refused by aiohttp, a 401, or,
    for a token of spaces, an error message with every space masked as ***)."""
    with pytest.raises(ChasterUsageError, match="developer token") as refused:
        Chaster(token)
    assert "SECRET" not in str(refused.value)


@pytest.mark.parametrize(("max_retries", "expected"), [(0, 0), (5, 5), (2, 2)])
def test_max_retries_given_with_retry_sets_its_count(max_retries: int, expected: int) -> None:
    """``Chaster(max_retries=0, retry=RetryPolicy(sleep=...))`` retried twice: the count was dropped."""
    policy = RetryPolicy(max_retries=3, backoff_base=0.01)
    chaster = Chaster("dev", max_retries=max_retries, retry=policy)
    assert chaster._pipeline.retry.max_retries == expected
    assert chaster._pipeline.retry.backoff_base == 0.01
    assert Chaster("dev", retry=policy)._pipeline.retry is policy  # without max_retries: the policy's


async def test_a_client_used_from_another_event_loop_says_so() -> None:
    """It failed with "the HTTP session cannot send (RuntimeError: Timeout context manager should
    be used inside a task)", or a limiter's "bound to a different event loop"."""
    from chaster_async import ExchangeResponse, MockExchange

    exchange = MockExchange(lambda request: ExchangeResponse(200, json={"_id": "me", "username": "bot"}))
    async with Chaster("dev", exchange=exchange) as chaster:
        assert (await chaster.profile.me()).username == "bot"
        caught: list[BaseException] = []

        def other_loop() -> None:
            try:
                asyncio.run(chaster.with_options(timeout=5).profile.me())
            except BaseException as exc:  # examined below
                caught.append(exc)

        await asyncio.to_thread(other_loop)
        assert len(caught) == 1 and isinstance(caught[0], ChasterUsageError)
        assert "another event loop" in str(caught[0])
        assert len(exchange.requests) == 1  # nothing was sent from the other loop
        assert (await chaster.profile.me()).username == "bot"  # its own loop still works


async def test_send_refuses_what_is_not_a_request() -> None:
    async with Chaster("dev") as chaster:
        with pytest.raises(ChasterUsageError, match="Request"):
            await chaster.send({"method": "GET", "path": "/locks"})  # type: ignore[arg-type]
