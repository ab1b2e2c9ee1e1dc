"""The Keycloak-shaped SSO and the API's token and scope checks."""

from __future__ import annotations

import base64
import secrets
from urllib.parse import parse_qs, urlsplit

import aiohttp

from chaster_async.testing import FakeChaster, s256
from tests.conftest import needs

from .conftest import Api

REDIRECT = "http://127.0.0.1:1/callback"


async def _authorize(http: aiohttp.ClientSession, fake: FakeChaster, challenge: str, **extra: str) -> str:
    params = {
        "response_type": "code",
        "client_id": fake.client_id,
        "redirect_uri": REDIRECT,
        "scope": "profile locks",
        "state": "xyz",
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        **extra,
    }
    async with http.get(fake.authorize_url, params=params, allow_redirects=False) as resp:
        assert resp.status == 302
        location = urlsplit(resp.headers["Location"])
    query = parse_qs(location.query)
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    assert query["state"] == ["xyz"]
    return query["code"][0]


async def _token(
    http: aiohttp.ClientSession, fake: FakeChaster, form: dict[str, str], *, basic: bool = False
):
    headers = {}
    form = dict(form)
    if basic:
        raw = f"{fake.client_id}:{fake.client_secret}".encode()
        headers["Authorization"] = "Basic " + base64.b64encode(raw).decode()
    else:
        form.update(client_id=fake.client_id, client_secret=fake.client_secret or "")
    async with http.post(fake.token_url, data=form, headers=headers) as resp:
        return resp.status, await resp.json()


async def test_code_pkce_refresh_rotation(
    fake_chaster: FakeChaster, http: aiohttp.ClientSession, api: Api
) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _authorize(http, fake_chaster, s256(verifier))
    status, tokens = await _token(
        http,
        fake_chaster,
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT,
            "code_verifier": verifier,
        },
    )
    assert status == 200, tokens
    assert tokens["token_type"] == "Bearer"
    assert (tokens["expires_in"], tokens["refresh_expires_in"]) == (300, 1800)
    assert set(tokens["scope"].split()) == {"profile", "locks"}
    me = await api.ok("GET", "/auth/profile", token=tokens["access_token"])
    assert me["username"] == "kim"

    # the code is single-use
    status, err = await _token(
        http, fake_chaster, {"grant_type": "authorization_code", "code": code, "code_verifier": verifier}
    )
    assert (status, err["error"]) == (400, "invalid_grant")

    # refresh rotates: the new refresh token works, the old one is dead
    status, fresh = await _token(
        http,
        fake_chaster,
        {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]},
        basic=True,
    )
    assert status == 200 and fresh["refresh_token"] != tokens["refresh_token"]
    assert fresh["access_token"] != tokens["access_token"]
    status, err = await _token(
        http, fake_chaster, {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
    )
    assert status == 400 and err["error"] == "invalid_grant" and err["error_description"]
    status, _ = await _token(
        http, fake_chaster, {"grant_type": "refresh_token", "refresh_token": fresh["refresh_token"]}
    )
    assert status == 200


async def test_login_hint_selects_user(
    fake_chaster: FakeChaster, http: aiohttp.ClientSession, api: Api
) -> None:
    verifier = "w" * 50
    code = await _authorize(http, fake_chaster, s256(verifier), login_hint="wendy")
    _, tokens = await _token(
        http, fake_chaster, {"grant_type": "authorization_code", "code": code, "code_verifier": verifier}
    )
    assert (await api.ok("GET", "/auth/profile", token=tokens["access_token"]))["username"] == "wendy"


async def test_wrong_or_missing_pkce_verifier(fake_chaster: FakeChaster, http: aiohttp.ClientSession) -> None:
    verifier = secrets.token_urlsafe(48)
    code = await _authorize(http, fake_chaster, s256(verifier))
    status, err = await _token(
        http,
        fake_chaster,
        {"grant_type": "authorization_code", "code": code, "code_verifier": "wrong" + verifier},
    )
    assert (status, err["error"]) == (400, "invalid_grant")
    assert "PKCE" in err["error_description"]
    code = await _authorize(http, fake_chaster, s256(verifier))
    status, err = await _token(http, fake_chaster, {"grant_type": "authorization_code", "code": code})
    assert (status, err["error"]) == (400, "invalid_grant")


async def test_bad_client_credentials(fake_chaster: FakeChaster, http: aiohttp.ClientSession) -> None:
    async with http.post(
        fake_chaster.token_url,
        data={
            "grant_type": "refresh_token",
            "refresh_token": "x",
            "client_id": fake_chaster.client_id,
            "client_secret": "nope",
        },
    ) as resp:
        assert resp.status == 401
        assert (await resp.json())["error"] == "unauthorized_client"
    async with http.get(
        fake_chaster.authorize_url,
        params={"client_id": "other", "redirect_uri": REDIRECT},
        allow_redirects=False,
    ) as resp:
        assert resp.status == 400


async def test_expired_tokens(http: aiohttp.ClientSession) -> None:
    fake = FakeChaster(token_lifetime=1, refresh_lifetime=2)
    async with fake.serve():
        api = Api(fake, http)
        verifier = "v" * 50
        code = await _authorize(http, fake, s256(verifier))
        _, tokens = await _token(
            http, fake, {"grant_type": "authorization_code", "code": code, "code_verifier": verifier}
        )
        assert (tokens["expires_in"], tokens["refresh_expires_in"]) == (1, 2)
        await api.ok("GET", "/auth/profile", token=tokens["access_token"])
        fake.clock.advance(1.5)
        status, body, _ = await api.call("GET", "/auth/profile", token=tokens["access_token"])
        assert (status, body["statusCode"], body["message"]) == (401, 401, "Unauthorized")
        fake.clock.advance(1)
        status, err = await _token(
            http, fake, {"grant_type": "refresh_token", "refresh_token": tokens["refresh_token"]}
        )
        assert (status, err["error"]) == (400, "invalid_grant")


async def test_tokens_and_scopes(fake_chaster: FakeChaster, api: Api) -> None:
    # no token on a secured operation, unknown token
    assert (await api.call("GET", "/locks", token=None))[0] == 401
    assert (await api.call("GET", "/locks", token="bogus"))[0] == 401
    # public operation needs no token
    assert (await api.call("GET", "/settings", token=None))[0] == 200
    # oauth token without the scope -> 403; with it -> 200
    profile_only = fake_chaster.issue_token("profile")
    status, body, _ = await api.call("GET", "/locks", token=profile_only)
    assert status == 403 and body["error"] == "Forbidden" and "locks" in body["message"]
    assert (await api.call("GET", "/locks", token=fake_chaster.issue_token("locks")))[0] == 200
    # the SSO can log in another user by login hint
    async with api.session.get(
        fake_chaster.authorize_url,
        allow_redirects=False,
        params={
            "client_id": fake_chaster.client_id,
            "redirect_uri": REDIRECT,
            "login_hint": "nobody",
        },
    ) as resp:
        assert "error=access_denied" in resp.headers["Location"]
    # issue_token for another user
    wendy = fake_chaster.issue_token(["profile"], user="wendy")
    assert (await api.ok("GET", "/auth/profile", token=wendy))["username"] == "wendy"


@needs("blocks.find_blocks")
async def test_developer_tokens_have_every_scope(fake_chaster: FakeChaster, api: Api) -> None:
    # developer tokens have every scope; oauth-only profile operation accepts both
    profile_only = fake_chaster.issue_token("profile")
    assert (await api.call("GET", "/blocks"))[0] == 200
    assert (await api.call("GET", "/blocks", token=profile_only))[0] == 200


@needs("partner_configurations.create_partner_configuration")
async def test_bearer_only_operations_refuse_oauth_tokens(fake_chaster: FakeChaster, api: Api) -> None:
    # bearer-only (developer) operations refuse oauth tokens
    path = f"/partner-extensions/{fake_chaster.seed_ids['extension']}/partner-configurations"
    body = fake_chaster.example_request("partner_configurations.create_partner_configuration")["json"]
    status, _, _ = await api.call("POST", path, json=body, token=fake_chaster.issue_token("all"))
    assert status == 403
    assert (await api.call("POST", path, json=body))[0] == 201
