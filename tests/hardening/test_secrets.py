"""No secret ever shows up in a log record, repr, str or exception text, across every auth flow.

The servers here are hostile: they echo back whatever credentials they received (headers, form
fields) in their answers, so that a message built from "the server's own text" is tested too.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import logging
import traceback
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from chaster_async import Chaster, ChasterError, ChasterOAuth, OAuthToken, RetryPolicy
from chaster_async._auth import DeveloperTokenProvider, OAuthTokenProvider
from chaster_async.webhooks import WebhookRouter
from tests.conftest import needs

pytestmark = pytest.mark.timeout(20)

DEV_TOKEN = "dev-SECRET-7f3a9c"
ACCESS = ["acc-SECRET-a0", "acc-SECRET-a1", "acc-SECRET-a2"]
REFRESH = ["ref-SECRET-r0", "ref-SECRET-r1", "ref-SECRET-r2"]
CLIENT_SECRET = "client-SECRET-cs"
CODE = "code-SECRET-c0"
WEBHOOK_PASSWORD = "hook-SECRET-pw"
MAIN_TOKEN = "main-SECRET-m0"  # an extension session's main token, sent in the path
SECRETS = [DEV_TOKEN, *ACCESS, *REFRESH, CLIENT_SECRET, CODE, WEBHOOK_PASSWORD, MAIN_TOKEN]


class Evidence:
    """Everything the library produced that a user could print or log."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.verifiers: list[str] = []

    def add(self, *objects: Any) -> None:
        for obj in objects:
            self.texts.append(repr(obj))
            self.texts.append(str(obj))
            if isinstance(obj, BaseException):
                self.texts.append("".join(traceback.format_exception(obj)))
                for name, value in vars(obj).items():
                    if name not in {"body", "headers"}:  # raw server data, documented as such
                        self.texts.append(f"{name}={value!r}")

    def add_logs(self, records: list[logging.LogRecord]) -> None:
        formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
        for record in records:
            self.texts.append(formatter.format(record))
            self.texts.append(repr(record.args))

    def assert_clean(self) -> None:
        assert self.texts, "nothing was captured"
        everything = "\n".join(self.texts)
        for secret in [*SECRETS, *self.verifiers]:
            assert secret not in everything, f"{secret!r} leaked"
            # also not in a trivially transformed form
            assert base64.b64encode(secret.encode()).decode() not in everything


async def call(evidence: Evidence, coro: Any) -> Any:
    try:
        result = await coro
    except ChasterError as exc:
        evidence.add(exc)
        return exc
    evidence.add(result)
    return result


class HostileServer:
    """API + token endpoint that echo every credential they see in their answers."""

    def __init__(self) -> None:
        self.token_status = 200
        self.token_answers = 0
        self.api_status = 200
        self.valid_token: str | None = None  # accept only this bearer (None: any)
        self.app = web.Application()
        self.app.router.add_post("/token", self.token)
        self.app.router.add_route("*", "/{tail:.*}", self.api)

    async def token(self, request: web.Request) -> web.Response:
        form = dict(await request.post())
        echoed = " ".join(f"{k}={v}" for k, v in form.items())
        if self.token_status != 200:
            return web.json_response(
                {"error": "invalid_grant", "error_description": f"rejected {echoed}", "echo": form},
                status=self.token_status,
            )
        self.token_answers += 1
        n = self.token_answers
        self.valid_token = ACCESS[n]
        return web.json_response(
            {
                "access_token": ACCESS[n],
                "refresh_token": REFRESH[n],
                "expires_in": 300,
                "scope": "locks keyholder",
            }
        )

    async def api(self, request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        if self.valid_token is not None and auth != f"Bearer {self.valid_token}":
            return web.json_response({"statusCode": 401, "message": f"bad token: {auth}"}, status=401)
        if self.api_status != 200:
            return web.json_response(
                {"statusCode": self.api_status, "message": f"you sent {auth}", "error": auth},
                status=self.api_status,
            )
        if request.path == "/locks":
            return web.Response(text=f"<html>not json {auth}</html>", content_type="text/html")
        return web.json_response({"results": [], "count": 0, "hasMore": False})


@pytest.fixture
async def hostile() -> AsyncIterator[tuple[HostileServer, str]]:
    server = HostileServer()
    test_server = TestServer(server.app, host="127.0.0.1")
    await test_server.start_server()
    yield server, str(test_server.make_url("")).rstrip("/")
    await test_server.close()


@pytest.fixture
def evidence(caplog: pytest.LogCaptureFixture) -> Iterator[Evidence]:
    collected = Evidence()
    with caplog.at_level(logging.DEBUG), caplog.at_level(logging.DEBUG, logger="chaster_async"):
        yield collected
        collected.add_logs(caplog.records)
    collected.assert_clean()


def fast() -> RetryPolicy:
    return RetryPolicy(max_retries=1, backoff_base=0.001, jitter=0.0)


def token(n: int = 0, *, expires_in: float = 300, scopes: set[str] | None = None) -> OAuthToken:
    return OAuthToken(
        ACCESS[n],
        REFRESH[n],
        dt.datetime.now(dt.UTC) + dt.timedelta(seconds=expires_in),
        scopes if scopes is not None else {"locks", "keyholder"},
    )


HISTORY = {"limit": 10}
SEARCH = {
    "page": 0,
    "limit": 10,
}  # the keyholder search (0.35.0 and 0.12.54 have it)  # a lock's history: a POST with a body that every document has


async def test_developer_token_flows(hostile: tuple[HostileServer, str], evidence: Evidence) -> None:
    server, url = hostile
    async with Chaster(DEV_TOKEN, base_url=url, rate_limit=False, retry=fast()) as chaster:
        evidence.add(chaster, chaster._auth, chaster._pipeline, DeveloperTokenProvider(DEV_TOKEN))
        await call(evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY))  # success
        await call(evidence, chaster.locks.find_all())  # HTML that echoes the token: decode error
        for status in (400, 401, 403, 404, 422, 429, 500):
            server.api_status = status
            await call(evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY))
        server.api_status = 200
        server.valid_token = "someone-else"
        await call(
            evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY)
        )  # 401, no refresh possible
    evidence.add(chaster)


async def test_oauth_exchange_and_failures(hostile: tuple[HostileServer, str], evidence: Evidence) -> None:
    server, url = hostile
    oauth = ChasterOAuth("app-id", CLIENT_SECRET, "https://bot.example/cb", token_url=f"{url}/token")
    request = oauth.authorization_request(["locks", "profile"])
    evidence.verifiers.append(request.code_verifier)
    evidence.add(oauth, request)

    new = await call(evidence, oauth.exchange_code(CODE, code_verifier=request.code_verifier))
    assert isinstance(new, OAuthToken)
    for status in (400, 401, 500):
        server.token_status = status
        await call(evidence, oauth.exchange_code(CODE, code_verifier=request.code_verifier))
        await call(evidence, oauth.refresh(token()))
    server.token_status = 200
    evidence.add(await oauth.refresh(token()))


@pytest.mark.parametrize("refresh_status", [200, 400, 401, 500])
async def test_refresh_and_401_retry(
    hostile: tuple[HostileServer, str], evidence: Evidence, refresh_status: int
) -> None:
    """Proactive refresh (expiring token), reactive refresh (401), and the refresh failing."""
    server, url = hostile
    server.token_status = refresh_status
    oauth = ChasterOAuth("app-id", CLIENT_SECRET, "https://bot.example/cb", token_url=f"{url}/token")
    saved: list[OAuthToken] = []

    def on_refresh(new: OAuthToken) -> None:
        saved.append(new)
        raise RuntimeError("could not save the token")  # logged with a traceback

    # proactive: the token expires within the leeway; reactive: the server wants a newer token
    for first, wanted in ((token(expires_in=10), None), (token(), ACCESS[1])):
        server.valid_token = wanted
        server.token_answers = 0
        async with Chaster(
            token=first,
            oauth=oauth,
            on_token_refresh=on_refresh,
            base_url=url,
            rate_limit=False,
            retry=fast(),
        ) as chaster:
            evidence.add(chaster, chaster._auth, OAuthTokenProvider(first, oauth))
            await call(evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY))
            await call(
                evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY)
            )  # after a failure: dead
            evidence.add(chaster.token, chaster)
    evidence.add(*saved)


async def test_scope_error(evidence: Evidence) -> None:
    async with Chaster(
        token=token(scopes={"profile"}), base_url="http://127.0.0.1:9", rate_limit=False
    ) as chaster:
        await call(evidence, chaster.locks.get_lock_history("lock-1", body=HISTORY))
        await call(evidence, chaster.locks.find_all())


async def test_transport_failures(evidence: Evidence) -> None:
    """Connection refused and unusable tokens (header injection, non-latin-1) never echo the token:
    a developer token is refused at construction, an OAuth token (from a token endpoint) when sent."""
    async with Chaster(
        DEV_TOKEN, base_url="http://127.0.0.1:9", rate_limit=False, retry=fast(), timeout=1
    ) as chaster:
        await call(evidence, chaster.locks.find_all())
    expires = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    for unusable in (f"{DEV_TOKEN}\r\nX-Injected: 1", f"{DEV_TOKEN}€"):
        with pytest.raises(ChasterError) as refused:
            Chaster(unusable)
        evidence.add(refused.value)
        token = OAuthToken(unusable.replace(DEV_TOKEN, ACCESS[0]), None, expires, {"locks"})
        async with Chaster(
            token, base_url="http://127.0.0.1:9", rate_limit=False, retry=fast(), timeout=1
        ) as chaster:
            await call(evidence, chaster.locks.find_all())


async def test_webhook_auth_failures(evidence: Evidence) -> None:
    router = WebhookRouter("chaster", WEBHOOK_PASSWORD)
    evidence.add(router)
    server = TestServer(router.app(), host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url("/webhooks"))
    try:
        async with aiohttp.ClientSession() as session:
            for credentials in (
                ("chaster", WEBHOOK_PASSWORD + "x"),
                ("other", WEBHOOK_PASSWORD),
                ("chaster", WEBHOOK_PASSWORD),
            ):
                auth = "Basic " + base64.b64encode(":".join(credentials).encode()).decode()
                body = json.dumps({"event": "x", "requestId": "r1", "pw": WEBHOOK_PASSWORD})
                async with session.post(url, data=body, headers={"Authorization": auth}) as response:
                    text = await response.text()
                    evidence.texts.append(text)
                    evidence.texts.append(repr(dict(response.headers)))
            async with session.post(
                url, data="not json", headers={"Authorization": "Basic " + "x" * 10}
            ) as r:
                evidence.texts.append(await r.text())
    finally:
        await server.close()
    evidence.add(router)


def escaped(secret: str) -> str:
    """``secret`` as JSON string content whose first character is a \\u escape (it decodes back)."""
    return f"\\u{ord(secret[0]):04x}{secret[1:]}"


class EchoingProxy:
    """Echoes the token it was sent wherever a server or proxy may: in the request id header (of
    2xx answers too), in the reason phrase, in a JSON body spelling it with escapes, as a value
    the spec does not expect (a strict-mode deviation), and a path token in a NestJS 404."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.app.router.add_get("/locks", self.locks)
        self.app.router.add_get("/auth/profile", self.profile)
        self.app.router.add_post("/keyholder/locks/search", self.search)
        self.app.router.add_get("/api/extensions/auth/sessions/{token}", self.session)

    @staticmethod
    def bearer(request: web.Request) -> str:
        return request.headers.get("Authorization", "").removeprefix("Bearer ")

    def request_id(self, request: web.Request) -> dict[str, str]:
        return {"x-chaster-transaction-id": f"tx-{self.bearer(request)}"}

    async def locks(self, request: web.Request) -> web.Response:
        lock = {"_id": "lock-1", "status": self.bearer(request), "title": "t"}
        return web.json_response([lock], headers=self.request_id(request))

    async def profile(self, request: web.Request) -> web.Response:
        return web.json_response({"_id": "me"}, headers=self.request_id(request))

    async def search(self, request: web.Request) -> web.Response:
        token = escaped(self.bearer(request))
        body = f'{{"statusCode": 400, "message": "bad token {token}", "error": "Bad {token}", "echo": {{"{token}": ["{token}"]}}}}'
        return web.Response(
            status=400,
            reason=f"Bad Request for {self.bearer(request)}",
            text=body,
            content_type="application/json",
            headers=self.request_id(request),
        )

    async def session(self, request: web.Request) -> web.Response:
        message = f"Cannot GET {request.path}"
        return web.json_response(
            {"statusCode": 404, "message": message, "error": "Not Found"},
            status=404,
            headers={"x-chaster-transaction-id": f"tx-{request.match_info['token']}"},
        )


@needs("locks.find_all", "profile.me", "keyholder.search_locks", "partner_extensions.get_session_auth")
async def test_tokens_echoed_outside_the_raw_body(evidence: Evidence) -> None:
    proxy = EchoingProxy()
    server = TestServer(proxy.app, host="127.0.0.1")
    await server.start_server()
    url = str(server.make_url("")).rstrip("/")
    errors: list[Any] = []
    try:
        async with Chaster(DEV_TOKEN, base_url=url, rate_limit=False, retry=fast(), strict=True) as chaster:
            errors.append(await call(evidence, chaster.locks.find_all()))  # strict: unknown enum
            errors.append(await call(evidence, chaster.profile.me()))  # 2xx with the request id
            errors.append(await call(evidence, chaster.keyholder.search_locks(body=SEARCH)))
            errors.append(
                await call(
                    evidence,
                    chaster.partner_extensions.get_session_auth(MAIN_TOKEN, x_chaster_client_id="c"),
                )
            )
    finally:
        await server.close()

    assert [type(e).__name__ for e in errors] == [
        "ResponseValidationError",
        "ResponseValidationError",
        "BadRequestError",
        "NotFoundError",
    ]
    for error in errors:  # the raw server data too, beyond what Evidence looks at
        evidence.texts += [repr(getattr(error, "body", None)), repr(getattr(error, "headers", None))]
    assert errors[2].request_id == "tx-***" and errors[3].request_id == "tx-***"
    assert errors[2].body["message"] == "bad token ***"
    assert errors[3].message == "Cannot GET /api/extensions/auth/sessions/***"
    assert any(d.detail == "'***'" for d in errors[0].deviations)


def test_secret_list_is_meaningful() -> None:
    assert len(set(SECRETS)) == len(SECRETS)
    assert all("SECRET" in s for s in SECRETS)


def test_evidence_detects_a_leak() -> None:
    """The checker itself works: a secret in an exception, a log record or base64 is found."""
    for leak in (ValueError(f"x {DEV_TOKEN} y"), base64.b64encode(CLIENT_SECRET.encode()).decode()):
        evidence = Evidence()
        evidence.add(leak)
        with pytest.raises(AssertionError, match=r"leaked|not in"):
            evidence.assert_clean()
    evidence = Evidence()
    evidence.add_logs(
        [logging.LogRecord("chaster_async", logging.DEBUG, "f", 1, "t=%s", (REFRESH[1],), None)]
    )
    with pytest.raises(AssertionError):
        evidence.assert_clean()
