"""Tokens and a Keycloak-shaped SSO (authorization code + PKCE, refresh with rotation)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit, urlunsplit

from aiohttp import web

from ._errors import ApiError

if TYPE_CHECKING:
    from ._spec import Operation
    from ._state import Clock

__all__ = ["ALL_SCOPES", "SSO_PREFIX", "AuthServer", "Token"]

SSO_PREFIX = "/auth/realms/app/protocol/openid-connect"
ALL_SCOPES = frozenset({"profile", "locks", "keyholder", "shared_locks", "messaging", "developer"})
CODE_LIFETIME = 600.0


@dataclass
class Token:
    """An access token the fake accepts."""

    value: str
    user: str
    scopes: frozenset[str]
    kind: str  # "developer" | "oauth"
    expires_at: float | None = None
    client_id: str | None = None


@dataclass
class _Refresh:
    user: str
    scopes: frozenset[str]
    client_id: str
    expires_at: float
    used: bool = False


@dataclass
class _Code:
    user: str
    scopes: frozenset[str]
    client_id: str
    redirect_uri: str | None
    challenge: str | None
    method: str
    expires_at: float
    used: bool = False


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def s256(verifier: str) -> str:
    """The PKCE S256 code challenge of ``verifier``."""
    return _b64url(hashlib.sha256(verifier.encode()).digest())


@dataclass
class AuthServer:
    clock: Clock
    client_id: str
    client_secret: str | None
    token_lifetime: float
    refresh_lifetime: float
    default_user: str = ""
    tokens: dict[str, Token] = field(default_factory=dict)
    refresh_tokens: dict[str, _Refresh] = field(default_factory=dict)
    codes: dict[str, _Code] = field(default_factory=dict)
    # Requests that reached the token endpoint: all of them, and those with grant_type=refresh_token.
    token_requests: int = 0
    refreshes: int = 0
    resolve_user: Callable[[str], str | None] = lambda hint: hint

    # -- tokens -----------------------------------------------------------------------------
    def add_developer_token(self, value: str, user: str) -> Token:
        token = Token(value=value, user=user, scopes=ALL_SCOPES, kind="developer")
        self.tokens[value] = token
        return token

    def issue(
        self,
        user: str,
        scopes: str | list[str] | frozenset[str] | None = None,
        *,
        lifetime: float | None = None,
        client_id: str | None = None,
    ) -> Token:
        """Mint an OAuth access token (a JWT-shaped opaque string) directly."""
        scope_set = _scopes(scopes)
        now = self.clock.time()
        exp = now + (self.token_lifetime if lifetime is None else lifetime)
        claims = {
            "exp": int(exp),
            "iat": int(now),
            "jti": secrets.token_hex(8),
            "iss": "http://fake-chaster/auth/realms/app",
            "sub": user,
            "typ": "Bearer",
            "azp": client_id or self.client_id,
            "scope": " ".join(sorted(scope_set)),
        }
        header = _b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
        body = _b64url(json.dumps(claims).encode())
        value = f"{header}.{body}.{_b64url(secrets.token_bytes(16))}"
        token = Token(value, user, scope_set, "oauth", exp, client_id or self.client_id)
        self.tokens[value] = token
        return token

    def _token_response(self, user: str, scopes: frozenset[str], client_id: str) -> dict[str, Any]:
        access = self.issue(user, scopes, client_id=client_id)
        refresh = secrets.token_urlsafe(32)
        self.refresh_tokens[refresh] = _Refresh(
            user, scopes, client_id, self.clock.time() + self.refresh_lifetime
        )
        return {
            "access_token": access.value,
            "expires_in": int(self.token_lifetime),
            "refresh_expires_in": int(self.refresh_lifetime),
            "refresh_token": refresh,
            "token_type": "Bearer",
            "not-before-policy": 0,
            "session_state": secrets.token_hex(16),
            "scope": " ".join(sorted(scopes)),
        }

    # -- API-side checks --------------------------------------------------------------------
    def bearer(self, request: web.Request) -> str | None:
        header = request.headers.get("Authorization", "")
        scheme, _, value = header.partition(" ")
        if scheme.lower() == "bearer" and value.strip():
            return value.strip()
        return None

    def lookup(self, value: str | None) -> Token | None:
        """The live token for ``value``; raises 401 for unknown or expired tokens."""
        if value is None:
            return None
        token = self.tokens.get(value)
        if token is None or (token.expires_at is not None and token.expires_at <= self.clock.time()):
            raise ApiError(401, "Unauthorized")
        return token

    def authorize(self, op: Operation, token: Token | None) -> None:
        """Apply the operation's ``security`` alternatives (developer token OR oauth with scopes)."""
        security = op.security
        if not security:
            return
        if token is None:
            raise ApiError(401, "Unauthorized")
        missing: set[str] = set()
        for requirement in security:
            ok = True
            for scheme, scopes in requirement.items():
                if scheme == "bearer":
                    ok = ok and token.kind == "developer"
                elif scheme == "oauth2":
                    lacking = set(scopes) - token.scopes
                    if lacking:
                        missing |= lacking
                        ok = False
                else:  # unknown scheme (e.g. clientId header in newer documents): accept
                    continue
            if ok:
                return
        detail = f"Missing scope: {', '.join(sorted(missing))}" if missing else "Forbidden resource"
        raise ApiError(403, detail)

    # -- SSO endpoints ----------------------------------------------------------------------
    def routes(self) -> list[web.RouteDef]:
        return [
            web.get(f"{SSO_PREFIX}/auth", self.handle_authorize),
            web.post(f"{SSO_PREFIX}/token", self.handle_token),
            web.get("/auth/realms/app/.well-known/openid-configuration", self.handle_discovery),
        ]

    async def handle_discovery(self, request: web.Request) -> web.Response:
        base = f"{request.scheme}://{request.host}"
        return web.json_response(
            {
                "issuer": f"{base}/auth/realms/app",
                "authorization_endpoint": f"{base}{SSO_PREFIX}/auth",
                "token_endpoint": f"{base}{SSO_PREFIX}/token",
                "grant_types_supported": ["authorization_code", "refresh_token"],
                "code_challenge_methods_supported": ["plain", "S256"],
                "scopes_supported": sorted(ALL_SCOPES),
            }
        )

    async def handle_authorize(self, request: web.Request) -> web.Response:
        q = request.query
        redirect_uri = q.get("redirect_uri")
        if q.get("client_id") != self.client_id:
            return web.json_response(
                {"error": "invalid_client", "error_description": "Client not found"}, status=400
            )
        if not redirect_uri:
            return web.json_response(
                {"error": "invalid_request", "error_description": "Missing parameter: redirect_uri"},
                status=400,
            )
        params: dict[str, str] = {}
        if q.get("response_type", "code") != "code":
            params = {"error": "unsupported_response_type"}
        else:
            method = q.get("code_challenge_method", "plain" if q.get("code_challenge") else "")
            if method and method not in ("plain", "S256"):
                params = {
                    "error": "invalid_request",
                    "error_description": "Invalid parameter: code_challenge_method",
                }
            elif q.get("login_hint") and self.resolve_user(q["login_hint"]) is None:
                params = {"error": "access_denied", "error_description": "Unknown user"}
            else:
                code = secrets.token_urlsafe(24)
                self.codes[code] = _Code(
                    user=self.resolve_user(q["login_hint"]) or self.default_user
                    if q.get("login_hint")
                    else self.default_user,
                    scopes=_scopes(q.get("scope")),
                    client_id=self.client_id,
                    redirect_uri=redirect_uri,
                    challenge=q.get("code_challenge"),
                    method=method or "plain",
                    expires_at=self.clock.time() + CODE_LIFETIME,
                )
                params = {"code": code, "session_state": secrets.token_hex(8)}
        if "state" in q:
            params["state"] = q["state"]
        parts = urlsplit(redirect_uri)
        query = f"{parts.query}&{urlencode(params)}" if parts.query else urlencode(params)
        raise web.HTTPFound(urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment)))

    def _client(self, request: web.Request, form: Mapping[str, str]) -> str | None:
        client_id = form.get("client_id")
        secret = form.get("client_secret")
        header = request.headers.get("Authorization", "")
        if header.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(header[6:].strip()).decode()
            except (binascii.Error, UnicodeDecodeError):
                return None
            client_id, _, secret = decoded.partition(":")
        if client_id != self.client_id:
            return None
        if self.client_secret is not None and not hmac.compare_digest(secret or "", self.client_secret):
            return None
        return client_id

    async def handle_token(self, request: web.Request) -> web.Response:
        form = await request.post()
        data = {k: str(v) for k, v in form.items()}
        self.token_requests += 1
        if data.get("grant_type") == "refresh_token":
            self.refreshes += 1
        client_id = self._client(request, data)
        if client_id is None:
            return _oauth_error(401, "unauthorized_client", "Invalid client or Invalid client credentials")
        grant = data.get("grant_type")
        now = self.clock.time()
        if grant == "authorization_code":
            code = self.codes.get(data.get("code", ""))
            if code is None or code.used or code.expires_at <= now or code.client_id != client_id:
                if code is not None:
                    code.used = True
                return _oauth_error(400, "invalid_grant", "Code not valid")
            code.used = True
            if code.redirect_uri and data.get("redirect_uri") not in (None, code.redirect_uri):
                return _oauth_error(400, "invalid_grant", "Incorrect redirect_uri")
            if code.challenge:
                verifier = data.get("code_verifier")
                if not verifier:
                    return _oauth_error(400, "invalid_grant", "PKCE code verifier not specified")
                expected = s256(verifier) if code.method == "S256" else verifier
                if not hmac.compare_digest(expected, code.challenge):
                    return _oauth_error(
                        400, "invalid_grant", "PKCE verification failed: Invalid code verifier"
                    )
            return web.json_response(self._token_response(code.user, code.scopes, client_id))
        if grant == "refresh_token":
            value = data.get("refresh_token", "")
            refresh = self.refresh_tokens.get(value)
            if refresh is None or refresh.client_id != client_id:
                return _oauth_error(400, "invalid_grant", "Invalid refresh token")
            if refresh.expires_at <= now:
                return _oauth_error(400, "invalid_grant", "Token is not active")
            if refresh.used:
                return _oauth_error(400, "invalid_grant", "Maximum allowed refresh token reuse exceeded")
            refresh.used = True
            return web.json_response(self._token_response(refresh.user, refresh.scopes, client_id))
        return _oauth_error(400, "unsupported_grant_type", f"Unsupported grant_type: {grant}")


def _scopes(scopes: str | list[str] | frozenset[str] | set[str] | None) -> frozenset[str]:
    if scopes is None:
        return frozenset({"profile"})
    items = scopes.split() if isinstance(scopes, str) else list(scopes)
    return frozenset(s for s in items if s in ALL_SCOPES or s in ("email", "openid")) | {"profile"}


def _oauth_error(status: int, error: str, description: str) -> web.Response:
    return web.json_response({"error": error, "error_description": description}, status=status)
