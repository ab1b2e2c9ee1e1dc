"""OAuthToken, ChasterOAuth (against a local token endpoint) and the refreshing token provider."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp import web

from chaster_async import AuthError, ChasterOAuth, ChasterUsageError, OAuthToken
from chaster_async._auth import (
    DEFAULT_AUTHORIZE_URL,
    DEFAULT_TOKEN_URL,
    DeveloperTokenProvider,
    OAuthTokenProvider,
)

from .conftest import NOW, ServerFactory

SECRET = "s3cr3t-client-secret"
KEYCLOAK_ANSWER = {
    "access_token": "acc-1",
    "expires_in": 300,
    "refresh_expires_in": 1800,
    "refresh_token": "ref-1",
    "token_type": "Bearer",
    "scope": "profile locks",
}


def make_token(
    *, expires_in: float = 300, refresh: str | None = "ref-0", now: dt.datetime = NOW
) -> OAuthToken:
    return OAuthToken(
        access_token="acc-0",
        refresh_token=refresh,
        expires_at=now + dt.timedelta(seconds=expires_in),
        scopes=frozenset({"profile", "locks"}),
    )


# --- OAuthToken -----------------------------------------------------------------------------


def test_from_token_response_keycloak() -> None:
    token = OAuthToken.from_token_response(KEYCLOAK_ANSWER, now=NOW)

    assert token.access_token == "acc-1"
    assert token.refresh_token == "ref-1"
    assert token.expires_at == NOW + dt.timedelta(seconds=300)
    assert token.refresh_expires_at == NOW + dt.timedelta(seconds=1800)
    assert token.scopes == {"profile", "locks"}


def test_from_token_response_tolerates_odd_fields() -> None:
    token = OAuthToken.from_token_response(
        {"access_token": "a", "expires_in": "soon", "refresh_expires_in": 0, "scope": None}, now=NOW
    )

    assert token.expires_at == NOW + dt.timedelta(seconds=300)
    assert token.refresh_expires_at is None  # Keycloak: 0 means the refresh token does not expire
    assert token.refresh_token is None
    assert token.scopes == frozenset()


@pytest.mark.parametrize("answer", [{}, {"access_token": ""}, {"access_token": 5}, []])
def test_from_token_response_without_access_token(answer: Any) -> None:
    with pytest.raises(AuthError):
        OAuthToken.from_token_response(answer, now=NOW)


def test_is_expired_with_leeway() -> None:
    token = make_token(expires_in=100)

    assert not token.is_expired(now=NOW)
    assert token.is_expired(leeway=100, now=NOW)
    assert token.is_expired(now=NOW + dt.timedelta(seconds=100))


def test_naive_datetime_rejected() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        OAuthToken("a", "r", dt.datetime(2026, 1, 1), frozenset())


def test_token_is_a_plain_value() -> None:
    token = make_token()
    rebuilt = OAuthToken(
        access_token=token.access_token,
        refresh_token=token.refresh_token,
        expires_at=token.expires_at,
        scopes=token.scopes,
        refresh_expires_at=token.refresh_expires_at,
    )

    assert rebuilt == token
    assert hash(rebuilt) == hash(token)
    assert OAuthToken("a", None, NOW, ["x", "y"]).scopes == {"x", "y"}  # type: ignore[arg-type]


def test_repr_and_str_hide_tokens() -> None:
    token = OAuthToken.from_token_response(KEYCLOAK_ANSWER, now=NOW)

    for text in (repr(token), str(token), f"{token}", repr([token])):
        assert "acc-1" not in text
        assert "ref-1" not in text
    assert "locks" in repr(token)


# --- ChasterOAuth: authorization URL ----------------------------------------------------------


def oauth(token_url: str = DEFAULT_TOKEN_URL, **kwargs: Any) -> ChasterOAuth:
    return ChasterOAuth(
        "my-app", SECRET, "https://bot.example/cb", token_url=token_url, clock=lambda: NOW, **kwargs
    )


def test_authorization_request_has_state_and_pkce() -> None:
    request = oauth().authorization_request(scopes=["profile", "locks"])
    url = urlsplit(request.url)
    query = {k: v[0] for k, v in parse_qs(url.query).items()}

    assert f"{url.scheme}://{url.netloc}{url.path}" == DEFAULT_AUTHORIZE_URL
    assert query["response_type"] == "code"
    assert query["client_id"] == "my-app"
    assert query["redirect_uri"] == "https://bot.example/cb"
    assert query["scope"] == "profile locks"
    assert query["state"] == request.state
    assert query["code_challenge_method"] == "S256"
    digest = hashlib.sha256(request.code_verifier.encode()).digest()
    assert query["code_challenge"] == base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    assert 43 <= len(request.code_verifier) <= 128
    assert SECRET not in request.url


def test_authorization_requests_are_unique_and_state_can_be_given() -> None:
    first, second = oauth().authorization_request(), oauth().authorization_request()

    assert first.state != second.state and first.code_verifier != second.code_verifier
    assert oauth().authorization_request(state="mine").state == "mine"


@pytest.mark.parametrize("scopes", ["profile locks", ["profile locks"], ("profile", "locks", "profile")])
def test_authorization_request_reads_scopes_as_oauth_token_does(scopes: Any) -> None:
    """A space-separated str asked for single letters (``tuple("profile locks")``)."""
    request = oauth().authorization_request(scopes=scopes)
    query = parse_qs(urlsplit(request.url).query)
    assert query["scope"] == ["profile locks"]
    assert request.scopes == {"profile", "locks"}


@pytest.mark.parametrize("scopes", [[1], ["profile", None], [b"locks"]])
def test_authorization_request_refuses_scopes_that_are_not_str(scopes: Any) -> None:
    with pytest.raises(ChasterUsageError, match="scopes"):  # was a bare TypeError from str.join
        oauth().authorization_request(scopes=scopes)


@pytest.mark.parametrize("code", [None, "", 5, b"the-code"])
async def test_exchange_code_refuses_a_code_that_is_not_a_str_before_any_io(
    serve: ServerFactory, endpoint: TokenEndpoint, code: Any
) -> None:
    """None and "" were sent; 5 raised a bare TypeError from the masking of the error message."""
    base = await serve(endpoint.app())
    with pytest.raises(ChasterUsageError, match="code"):
        await oauth(f"{base}/token").exchange_code(code, code_verifier="the-verifier")
    assert endpoint.forms == []


@pytest.mark.parametrize(
    "kwargs",
    [{"client_id": 5}, {"client_id": ""}, {"redirect_uri": None}, {"session": "not a session"}],
)
def test_chaster_oauth_refuses_arguments_of_the_wrong_type(kwargs: dict[str, Any]) -> None:
    arguments: dict[str, Any] = {"client_id": "my-app", "client_secret": SECRET, "redirect_uri": "https://cb"}
    with pytest.raises(ChasterUsageError, match=next(iter(kwargs))):
        ChasterOAuth(**{**arguments, **kwargs})


def test_reprs_hide_secrets() -> None:
    client = oauth()
    request = client.authorization_request()

    assert SECRET not in repr(client) and SECRET not in str(client)
    assert request.code_verifier not in repr(request)


def test_default_urls() -> None:
    assert DEFAULT_AUTHORIZE_URL == "https://sso.chaster.app/auth/realms/app/protocol/openid-connect/auth"
    assert DEFAULT_TOKEN_URL == "https://sso.chaster.app/auth/realms/app/protocol/openid-connect/token"


# --- ChasterOAuth: token endpoint -------------------------------------------------------------


class TokenEndpoint:
    """A fake Keycloak token endpoint recording the forms it receives."""

    def __init__(self) -> None:
        self.forms: list[dict[str, str]] = []
        self.status = 200
        self.answer: Any = KEYCLOAK_ANSWER
        self.raw: str | None = None

    async def handle(self, request: web.Request) -> web.Response:
        self.forms.append({k: str(v) for k, v in (await request.post()).items()})
        if self.raw is not None:
            return web.Response(status=self.status, text=self.raw, content_type="text/html")
        return web.json_response(self.answer, status=self.status)

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/token", self.handle)
        return app


@pytest.fixture
def endpoint() -> TokenEndpoint:
    return TokenEndpoint()


async def test_exchange_code(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    base = await serve(endpoint.app())

    token = await oauth(f"{base}/token").exchange_code("the-code", code_verifier="the-verifier")

    assert token.access_token == "acc-1" and token.expires_at == NOW + dt.timedelta(seconds=300)
    assert endpoint.forms == [
        {
            "grant_type": "authorization_code",
            "code": "the-code",
            "redirect_uri": "https://bot.example/cb",
            "code_verifier": "the-verifier",
            "client_id": "my-app",
            "client_secret": SECRET,
        }
    ]


async def test_refresh_rotates(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    base = await serve(endpoint.app())

    new = await oauth(f"{base}/token").refresh(make_token())

    assert endpoint.forms[0]["grant_type"] == "refresh_token"
    assert endpoint.forms[0]["refresh_token"] == "ref-0"
    assert new.refresh_token == "ref-1"


async def test_refresh_without_rotation_keeps_refresh_token(
    serve: ServerFactory, endpoint: TokenEndpoint
) -> None:
    endpoint.answer = {"access_token": "acc-2", "expires_in": 300}
    base = await serve(endpoint.app())

    new = await oauth(f"{base}/token").refresh(make_token())

    assert new.access_token == "acc-2"
    assert new.refresh_token == "ref-0"
    assert new.scopes == {"profile", "locks"}


@pytest.mark.parametrize("answer", [{"refresh_token": "ref-2"}, {}, {"refresh_token": "ref-2", "scope": ""}])
async def test_refresh_answer_without_scope_keeps_the_scopes(
    serve: ServerFactory, endpoint: TokenEndpoint, answer: dict[str, Any]
) -> None:
    """Keycloak may leave ``scope`` out when unchanged, with or without rotating the refresh token."""
    endpoint.answer = {"access_token": "acc-2", "expires_in": 300, **answer}
    base = await serve(endpoint.app())

    new = await oauth(f"{base}/token").refresh(make_token())

    assert new.access_token == "acc-2"
    assert new.scopes == {"profile", "locks"}


async def test_exchange_code_without_scope_in_answer(
    serve: ServerFactory, endpoint: TokenEndpoint, caplog: pytest.LogCaptureFixture
) -> None:
    endpoint.answer = {"access_token": "acc-1", "expires_in": 300, "refresh_token": "ref-1"}
    base = await serve(endpoint.app())
    app = oauth(f"{base}/token")
    request = app.authorization_request(iter(["profile", "locks"]))

    assert request.scopes == {"profile", "locks"}
    assert "scope=profile+locks" in request.url
    token = await app.exchange_code("c", code_verifier=request.code_verifier, scopes=request.scopes)
    assert token.scopes == {"profile", "locks"}

    # Not told what was asked for: the scopes are unknown, the token gets none, with a warning.
    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        unknown = await app.exchange_code("c")
    assert unknown.scopes == frozenset()
    assert "scopes=" in caplog.text

    # The server's answer wins over what was asked for.
    endpoint.answer = KEYCLOAK_ANSWER
    assert (await app.exchange_code("c", scopes=["keyholder"])).scopes == {"profile", "locks"}


async def test_refresh_without_refresh_token_fails_without_io() -> None:
    with pytest.raises(AuthError, match="no refresh token"):
        await oauth("http://127.0.0.1:1/token").refresh(make_token(refresh=None))


async def test_refresh_with_expired_refresh_token_fails_without_io() -> None:
    token = OAuthToken("a", "r", NOW, frozenset(), refresh_expires_at=NOW - dt.timedelta(seconds=1))

    with pytest.raises(AuthError, match="expired"):
        await oauth("http://127.0.0.1:1/token").refresh(token)


async def test_token_endpoint_error_is_auth_error_without_secrets(
    serve: ServerFactory, endpoint: TokenEndpoint
) -> None:
    endpoint.status = 400
    endpoint.answer = {
        "error": "invalid_grant",
        "error_description": f"Invalid refresh token ref-0 for {SECRET}",
    }
    base = await serve(endpoint.app())

    with pytest.raises(AuthError) as info:
        await oauth(f"{base}/token").refresh(make_token())

    assert info.value.status == 400
    assert info.value.error == "invalid_grant"
    assert "invalid_grant" in str(info.value)
    assert SECRET not in str(info.value) and "ref-0" not in str(info.value)


@pytest.mark.parametrize("offset", [170, 185, 195, 199, 200])
async def test_secret_straddling_the_cut_is_scrubbed_whole(
    serve: ServerFactory, endpoint: TokenEndpoint, offset: int
) -> None:
    """The description is cut to 200 characters: scrubbing after the cut left a secret's start."""
    endpoint.status = 400
    endpoint.answer = {"error": "invalid_grant", "error_description": "x" * offset + SECRET + " y" * 50}
    base = await serve(endpoint.app())

    with pytest.raises(AuthError) as info:
        await oauth(f"{base}/token").refresh(make_token())

    assert SECRET[:3] not in str(info.value)


@pytest.mark.parametrize(
    "echo",
    ["cl%2Fient%2Bsecret", "cl%2fient%2bsecret", "cl/ient+secret", "cl\\/ient+secret"],
    ids=["form", "form-lower", "plain", "escaped-slash"],
)
async def test_secret_echoed_in_another_spelling_is_scrubbed(
    serve: ServerFactory, endpoint: TokenEndpoint, echo: str
) -> None:
    endpoint.status = 401
    endpoint.answer = {"error": "invalid_client", "error_description": f"client_secret={echo} rejected"}
    base = await serve(endpoint.app())
    app = ChasterOAuth("my-app", "cl/ient+secret", "https://cb", token_url=f"{base}/token", clock=lambda: NOW)

    with pytest.raises(AuthError) as info:
        await app.exchange_code("the-code")

    assert echo not in str(info.value) and "ient+" not in str(info.value)
    assert "client_secret=*** rejected" in str(info.value)


@pytest.mark.parametrize("error", ["ref-0", "xref-0x", SECRET, "Invalid_Grant", "a" * 65, "", 42])
async def test_error_field_never_carries_a_secret(
    serve: ServerFactory, endpoint: TokenEndpoint, error: Any
) -> None:
    """A hostile or broken token endpoint echoing the refresh token in ``error``."""
    endpoint.status = 400
    endpoint.answer = {"error": error, "error_description": "bad ref-0"}
    base = await serve(endpoint.app())

    with pytest.raises(AuthError) as info:
        await oauth(f"{base}/token").refresh(make_token())

    assert info.value.error is None
    for text in (str(info.value), repr(info.value), repr(vars(info.value))):
        assert "ref-0" not in text and SECRET not in text


async def test_token_endpoint_html_answer(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    endpoint.status, endpoint.raw = 502, "<html>Bad gateway</html>"
    base = await serve(endpoint.app())

    with pytest.raises(AuthError, match="502") as info:
        await oauth(f"{base}/token").exchange_code("c")
    assert info.value.status == 502


async def test_token_endpoint_200_with_garbage(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    endpoint.raw = "not json"
    base = await serve(endpoint.app())

    with pytest.raises(AuthError):
        await oauth(f"{base}/token").exchange_code("c")


@pytest.mark.parametrize("expires_in", [1e20, 10**400, 1e308], ids=["1e20", "10**400", "1e308"])
def test_from_token_response_clamps_huge_lifetimes(expires_in: float) -> None:
    answer = {"access_token": "a", "expires_in": expires_in, "refresh_expires_in": expires_in}

    token = OAuthToken.from_token_response(answer, now=NOW)

    assert NOW + dt.timedelta(days=365 * 9) < token.expires_at <= NOW + dt.timedelta(days=3651)
    assert token.refresh_expires_at == token.expires_at


async def test_token_endpoint_with_huge_lifetime(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    endpoint.answer = {"access_token": "acc-2", "expires_in": 1e20, "scope": "profile"}
    base = await serve(endpoint.app())

    token = await oauth(f"{base}/token").refresh(make_token())

    assert token.access_token == "acc-2" and not token.is_expired(now=NOW)


@pytest.mark.parametrize("status", [200, 400])
async def test_token_endpoint_with_too_deeply_nested_json(
    serve: ServerFactory, endpoint: TokenEndpoint, status: int
) -> None:
    endpoint.status, endpoint.raw = status, "[" * 100_000 + "]" * 100_000
    base = await serve(endpoint.app())

    with pytest.raises(AuthError) as info:
        await oauth(f"{base}/token").refresh(make_token())
    assert info.value.status == status


async def test_token_request_maps_any_failure_to_auth_error(monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(self: ChasterOAuth, form: dict[str, str]) -> Any:
        raise RecursionError(f"deep {form['refresh_token']} {form['client_secret']}")

    monkeypatch.setattr(ChasterOAuth, "_post_form", broken)
    with pytest.raises(AuthError, match="RecursionError") as info:
        await oauth().refresh(make_token())
    assert "ref-0" not in str(info.value) and SECRET not in str(info.value)


async def test_closed_borrowed_session_is_a_usage_error() -> None:
    session = aiohttp.ClientSession()
    await session.close()

    with pytest.raises(ChasterUsageError, match="closed"):
        await oauth("http://127.0.0.1:9/token", session=session).refresh(make_token())


async def test_token_endpoint_unreachable() -> None:
    with pytest.raises(AuthError, match="token request failed") as info:
        await oauth("http://127.0.0.1:9/token").exchange_code("the-code", code_verifier="v")

    assert SECRET not in str(info.value) and "the-code" not in str(info.value)


async def test_token_request_failure_has_no_exception_chain() -> None:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 2x0 BAD\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        for url in (f"http://127.0.0.1:{port}/token", "http://127.0.0.1:9/token"):
            with pytest.raises(AuthError, match="token request failed") as info:
                await oauth(url).refresh(make_token())
            # aiohttp's exception (and its traceback, whose frames hold the form) is not reachable.
            assert info.value.__context__ is None and info.value.__cause__ is None
    finally:
        server.close()


async def test_borrowed_session_defaults_do_not_apply(serve: ServerFactory, endpoint: TokenEndpoint) -> None:
    endpoint.status = 400
    endpoint.answer = {"error": "invalid_grant"}
    base = await serve(endpoint.app())
    seen: list[str] = []

    async def middleware(
        request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
    ) -> aiohttp.ClientResponse:
        seen.append(str(request.url))
        return await handler(request)

    async with aiohttp.ClientSession(raise_for_status=True, middlewares=(middleware,)) as session:
        with pytest.raises(AuthError) as info:
            await oauth(f"{base}/token", session=session).exchange_code("c")
        assert not session.closed

    assert info.value.error == "invalid_grant"  # our mapping, not aiohttp's ClientResponseError
    assert seen == []


# --- Token providers ------------------------------------------------------------------------


class FakeOAuth(ChasterOAuth):
    """Counts refreshes; each hands out acc-N/ref-N. ``gate`` holds refreshes until set."""

    def __init__(
        self,
        *,
        fail: AuthError | None = None,
        lifetime: float = 300,
        clock: Callable[[], dt.datetime] = lambda: NOW,
    ) -> None:
        super().__init__("id", SECRET, "https://cb")
        self.calls = 0
        self.fail = fail
        self.gate = asyncio.Event()
        self.gate.set()
        self.lifetime = lifetime  # the expires_in of the tokens it hands out
        self.now = clock

    async def refresh(self, token: OAuthToken) -> OAuthToken:
        self.calls += 1
        await self.gate.wait()
        if self.fail is not None:
            raise self.fail
        n = self.calls
        expires_at = self.now() + dt.timedelta(seconds=max(0.0, self.lifetime))
        return OAuthToken(f"acc-{n}", f"ref-{n}", expires_at, token.scopes)


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> dt.datetime:
        return self.now


async def test_developer_token_provider() -> None:
    provider = DeveloperTokenProvider("dev-secret")

    assert await provider.access_token() == "dev-secret"
    assert provider.scopes is None and not provider.can_refresh
    assert "dev-secret" not in repr(provider)
    with pytest.raises(AuthError):
        await provider.refresh_after_unauthorized("dev-secret")


async def test_no_refresh_while_fresh() -> None:
    fake = FakeOAuth()
    provider = OAuthTokenProvider(make_token(expires_in=300), fake, leeway=60, clock=Clock())

    assert await provider.access_token() == "acc-0"
    assert fake.calls == 0


async def test_proactive_refresh_inside_leeway_and_callback() -> None:
    fake, clock, saved = FakeOAuth(), Clock(), []
    provider = OAuthTokenProvider(
        make_token(expires_in=300), fake, on_token_refresh=saved.append, leeway=60, clock=clock
    )
    clock.now = NOW + dt.timedelta(seconds=241)

    assert await provider.access_token() == "acc-1"
    assert fake.calls == 1
    assert [t.refresh_token for t in saved] == ["ref-1"]
    assert provider.token.refresh_token == "ref-1"


async def test_async_callback_is_awaited() -> None:
    saved: list[OAuthToken] = []

    async def save(token: OAuthToken) -> None:
        await asyncio.sleep(0)
        saved.append(token)

    provider = OAuthTokenProvider(make_token(expires_in=0), FakeOAuth(), on_token_refresh=save, clock=Clock())
    await provider.access_token()

    assert len(saved) == 1


async def test_failing_callback_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def save(token: OAuthToken) -> None:
        raise OSError("disk full")

    provider = OAuthTokenProvider(make_token(expires_in=0), FakeOAuth(), on_token_refresh=save, clock=Clock())
    with caplog.at_level(logging.ERROR, logger="chaster_async"):
        assert await provider.access_token() == "acc-1"

    assert "on_token_refresh" in caplog.text
    assert "acc-1" not in caplog.text and "ref-1" not in caplog.text


async def test_failing_callback_that_quotes_the_token_is_logged_masked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def save(token: OAuthToken) -> None:
        try:
            raise KeyError(token.refresh_token)
        except KeyError as exc:
            raise OSError(f"INSERT {token.access_token}, {token.refresh_token} failed") from exc

    provider = OAuthTokenProvider(make_token(expires_in=0), FakeOAuth(), on_token_refresh=save, clock=Clock())
    with caplog.at_level(logging.ERROR, logger="chaster_async"):
        assert await provider.access_token() == "acc-1"
        await provider.close()

    formatted = "\n".join(logging.Formatter().format(r) for r in caplog.records)
    assert (
        "on_token_refresh" in formatted and "OSError" in formatted and "INSERT ***, *** failed" in formatted
    )
    assert "acc-1" not in formatted and "ref-1" not in formatted
    for record in caplog.records:  # nor in what a log handler may read from the record itself
        assert record.exc_info is None
        assert "acc-1" not in repr(record.args) and "ref-1" not in repr(record.args)


async def test_single_flight_for_concurrent_callers() -> None:
    fake = FakeOAuth()
    fake.gate.clear()
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, clock=Clock())

    tasks = [asyncio.ensure_future(provider.access_token()) for _ in range(200)]
    await asyncio.sleep(0.01)
    fake.gate.set()
    results = await asyncio.gather(*tasks)

    assert fake.calls == 1
    assert set(results) == {"acc-1"}


async def test_reactive_refresh_once_for_many_401s() -> None:
    fake = FakeOAuth()
    provider = OAuthTokenProvider(make_token(), fake, clock=Clock())

    await asyncio.gather(*(provider.refresh_after_unauthorized("acc-0") for _ in range(50)))
    await provider.refresh_after_unauthorized("acc-0")  # a late 401 for the old token

    assert fake.calls == 1
    assert await provider.access_token() == "acc-1"


async def test_permanent_refresh_failure_is_remembered() -> None:
    fake = FakeOAuth(
        fail=AuthError("token endpoint answered 400: invalid_grant", status=400, error="invalid_grant")
    )
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, clock=Clock())

    results = await asyncio.gather(*(provider.access_token() for _ in range(20)), return_exceptions=True)
    with pytest.raises(AuthError, match="invalid_grant"):
        await provider.access_token()

    assert all(isinstance(r, AuthError) for r in results)
    assert fake.calls == 1


async def test_transient_refresh_failure_is_retried_by_the_next_call() -> None:
    fake = FakeOAuth(fail=AuthError("token request failed: ClientConnectorError"))
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, clock=Clock())

    with pytest.raises(AuthError):
        await provider.access_token()
    fake.fail = None

    assert await provider.access_token() == "acc-2"


@pytest.mark.parametrize(
    "failure",
    [
        AuthError("token request failed: ClientConnectorError: refused"),
        AuthError("token endpoint answered 503: non-JSON answer", status=503),
    ],
    ids=["unreachable", "503"],
)
async def test_failed_proactive_refresh_uses_the_still_valid_token(
    caplog: pytest.LogCaptureFixture, failure: AuthError
) -> None:
    fake, clock = FakeOAuth(fail=failure), Clock()
    provider = OAuthTokenProvider(make_token(expires_in=300), fake, leeway=60, clock=clock)
    clock.now = NOW + dt.timedelta(seconds=280)  # inside the leeway, not expired

    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        results = await asyncio.gather(*(provider.access_token() for _ in range(5)))

    assert results == ["acc-0"] * 5
    assert fake.calls == 1
    assert "refresh failed" in caplog.text and str(failure) in caplog.text
    assert "acc-0" not in caplog.text and "ref-0" not in caplog.text

    fake.fail = None  # the next call tries again
    assert await provider.access_token() == "acc-2"


async def test_failed_proactive_refresh_of_an_expired_token_raises() -> None:
    fake, clock = FakeOAuth(fail=AuthError("token request failed: TimeoutError")), Clock()
    provider = OAuthTokenProvider(make_token(expires_in=300), fake, leeway=60, clock=clock)
    clock.now = NOW + dt.timedelta(seconds=300)

    with pytest.raises(AuthError, match="TimeoutError"):
        await provider.access_token()


async def test_refused_proactive_refresh_raises_even_before_expiry() -> None:
    fake = FakeOAuth(fail=AuthError("token endpoint answered 400: invalid_grant", status=400))
    clock = Clock()
    provider = OAuthTokenProvider(make_token(expires_in=300), fake, leeway=60, clock=clock)
    clock.now = NOW + dt.timedelta(seconds=280)

    with pytest.raises(AuthError, match="invalid_grant"):
        await provider.access_token()


async def test_cancelled_caller_does_not_cancel_the_refresh() -> None:
    fake, saved = FakeOAuth(), []
    fake.gate.clear()
    provider = OAuthTokenProvider(
        make_token(expires_in=0), fake, on_token_refresh=saved.append, clock=Clock()
    )

    caller = asyncio.ensure_future(provider.access_token())
    await asyncio.sleep(0.01)
    caller.cancel()
    with pytest.raises(asyncio.CancelledError):
        await caller
    fake.gate.set()
    await asyncio.sleep(0.01)

    assert provider.token.refresh_token == "ref-1"  # the rotated token was kept
    assert len(saved) == 1


async def test_expired_token_without_oauth_raises() -> None:
    provider = OAuthTokenProvider(make_token(expires_in=-1), None, clock=Clock())

    with pytest.raises(AuthError, match="expired"):
        await provider.access_token()
    with pytest.raises(AuthError):
        await provider.refresh_after_unauthorized("acc-0")


async def test_nearly_expired_token_without_oauth_is_still_used() -> None:
    provider = OAuthTokenProvider(make_token(expires_in=10), None, clock=Clock())

    assert await provider.access_token() == "acc-0"
    assert "acc-0" not in repr(provider)


# --- Refresh edge cases ---------------------------------------------------------------------


@pytest.mark.parametrize("expires_in", [30, 0, -5])
async def test_token_living_shorter_than_the_leeway_is_not_refreshed_on_every_call(expires_in: float) -> None:
    """20 calls used to make 20 token requests: each new token was already "within the leeway"."""
    clock = Clock()
    fake = FakeOAuth(lifetime=expires_in, clock=clock)
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, leeway=60, clock=clock)

    results = [await provider.access_token() for _ in range(20)]

    assert fake.calls == 1
    assert results == ["acc-1"] * 20


async def test_short_lived_token_is_refreshed_once_per_lifetime_over_time() -> None:
    """A 30 s token with a 60 s leeway is refreshed at half its life: once per token, in time."""
    clock = Clock()
    fake = FakeOAuth(lifetime=30, clock=clock)
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, leeway=60, clock=clock)

    for second in range(60):
        clock.now = NOW + dt.timedelta(seconds=second)
        await provider.access_token()
        assert not provider.token.is_expired(now=clock.now)

    assert fake.calls == 4  # at 0 s (the given token is due), then at 15, 30 and 45 s


async def test_close_waits_for_a_refresh_in_flight() -> None:
    """Keycloak has rotated the refresh token: the new one must reach on_token_refresh even
    when the call that started the refresh is cancelled and the client closed right after."""
    fake, saved = FakeOAuth(), []
    fake.gate.clear()
    provider = OAuthTokenProvider(
        make_token(expires_in=0), fake, on_token_refresh=saved.append, clock=Clock()
    )
    caller = asyncio.ensure_future(provider.access_token())
    await asyncio.sleep(0.01)
    caller.cancel()  # e.g. the call's own timeout
    asyncio.get_running_loop().call_later(0.05, fake.gate.set)

    await provider.close()

    assert [token.refresh_token for token in saved] == ["ref-1"]


async def test_chaster_close_waits_for_a_refresh_in_flight() -> None:
    from chaster_async import Chaster

    fake, saved = FakeOAuth(), []
    fake.gate.clear()
    chaster = Chaster(
        make_token(expires_in=0, now=dt.datetime.now(dt.UTC)), oauth=fake, on_token_refresh=saved.append
    )
    assert chaster._auth is not None
    caller = asyncio.ensure_future(chaster._auth.access_token())
    await asyncio.sleep(0.01)
    caller.cancel()
    asyncio.get_running_loop().call_later(0.05, fake.gate.set)

    await chaster.close()

    assert [token.refresh_token for token in saved] == ["ref-1"]


async def test_close_gives_up_on_a_hanging_refresh_after_its_grace(caplog: pytest.LogCaptureFixture) -> None:
    fake = FakeOAuth()
    fake.gate.clear()  # never answers
    provider = OAuthTokenProvider(make_token(expires_in=0), fake, clock=Clock())
    caller = asyncio.ensure_future(provider.access_token())
    await asyncio.sleep(0.01)
    started = asyncio.get_running_loop().time()

    with caplog.at_level(logging.WARNING, logger="chaster_async"):
        await provider.close(grace=0.1)

    assert asyncio.get_running_loop().time() - started < 0.5
    assert "still running" in caplog.text
    caller.cancel()
    fake.gate.set()
    await asyncio.sleep(0.01)


async def test_hanging_on_token_refresh_does_not_block_callers() -> None:
    release = asyncio.Event()
    saved: list[OAuthToken] = []

    async def save(token: OAuthToken) -> None:
        await release.wait()  # a database that hangs
        saved.append(token)

    provider = OAuthTokenProvider(make_token(expires_in=0), FakeOAuth(), on_token_refresh=save, clock=Clock())

    async with asyncio.timeout(1):
        assert await provider.access_token() == "acc-1"
        assert await provider.access_token() == "acc-1"

    release.set()
    await provider.close()
    assert [token.access_token for token in saved] == ["acc-1"]


async def test_on_token_refresh_calls_never_overlap_and_the_newest_token_is_saved_last() -> None:
    release = asyncio.Event()
    active: list[str] = []
    saved: list[str] = []

    async def save(token: OAuthToken) -> None:
        assert not active, "two on_token_refresh calls at once"
        active.append(token.access_token)
        await release.wait()
        saved.append(token.access_token)
        active.clear()

    provider = OAuthTokenProvider(make_token(), FakeOAuth(), on_token_refresh=save, clock=Clock())
    for n in range(3):  # three 401s in a row, each refreshing the newest token
        await provider.refresh_after_unauthorized(f"acc-{n}")
    await asyncio.sleep(0.01)
    release.set()
    await provider.close()

    assert saved[0] == "acc-1" and saved[-1] == "acc-3"
    assert len(saved) <= 3
