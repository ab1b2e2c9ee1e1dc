"""OAuth 2 for Chaster (Keycloak at sso.chaster.app) and the token providers the transport uses.

Token-endpoint calls are plain one-shot requests made here, never through the client's auth,
retry or rate-limit layers: a refresh must not trigger another refresh.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import inspect
import logging
import math
import re
import secrets
import traceback
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from attrs import field, frozen

from . import _options
from ._redact import mask, printable
from .errors import AuthError, ChasterUsageError, StorageError

if TYPE_CHECKING:
    from ._stores import TokenStore

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_AUTHORIZE_URL",
    "DEFAULT_TOKEN_URL",
    "AuthorizationRequest",
    "ChasterOAuth",
    "DeveloperTokenProvider",
    "OAuthToken",
    "OAuthTokenProvider",
    "TokenCallback",
    "TokenProvider",
]

logger = logging.getLogger("chaster_async")


_SSO = "https://sso.chaster.app/auth/realms/app/protocol/openid-connect"
DEFAULT_AUTHORIZE_URL = f"{_SSO}/auth"
DEFAULT_TOKEN_URL = f"{_SSO}/token"

TokenCallback = Callable[["OAuthToken"], "Awaitable[None] | None"]


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _require_aware(_instance: Any, attribute: Any, value: Any) -> None:
    if value is not None and value.utcoffset() is None:
        raise ValueError(f"{attribute.name} must be a timezone-aware datetime")


def _scope_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value.split()) if isinstance(value, str) else frozenset(value)


@frozen(repr=False)
class OAuthToken:
    """An OAuth access token with what is needed to refresh it: a plain value to store and rebuild.

    ``repr()``/``str()`` never show the tokens.
    """

    access_token: str
    refresh_token: str | None
    expires_at: dt.datetime = field(validator=_require_aware)
    scopes: frozenset[str] = field(factory=frozenset, converter=_scope_set)
    refresh_expires_at: dt.datetime | None = field(default=None, validator=_require_aware)

    def __repr__(self) -> str:
        refresh = "yes" if self.refresh_token else "no"
        return (
            f"OAuthToken(scopes={sorted(self.scopes)}, expires_at={self.expires_at.isoformat()}, "
            f"refresh_token={refresh})"
        )

    __str__ = __repr__

    @classmethod
    def from_token_response(
        cls,
        data: Mapping[str, Any],
        *,
        now: dt.datetime | None = None,
        scopes: Iterable[str] | None = None,
    ) -> OAuthToken:
        """Build a token from a token-endpoint JSON answer (``access_token``, ``expires_in``, ...).

        ``scopes``: the scopes to assume when the answer has no (or an empty) ``scope``: RFC 6749
        (5.1) lets the server omit it when it equals the requested one, and Keycloak may do so on a
        refresh. Without it, such a token has no scopes.
        """
        now = now or _utcnow()
        access = data.get("access_token") if isinstance(data, Mapping) else None
        if not isinstance(access, str) or not access:
            raise AuthError("token endpoint answer has no access_token")
        expires_in = _seconds(data.get("expires_in"), default=300.0)
        refresh = data.get("refresh_token")
        refresh_in = _seconds(data.get("refresh_expires_in"), default=0.0)
        scope = data.get("scope")
        granted = frozenset(scope.split()) if isinstance(scope, str) else frozenset()
        return cls(
            access_token=access,
            refresh_token=refresh if isinstance(refresh, str) and refresh else None,
            expires_at=now + dt.timedelta(seconds=expires_in),
            scopes=granted or _scope_set(scopes or ()),
            # Keycloak sends 0 for refresh tokens that do not expire (offline tokens).
            refresh_expires_at=now + dt.timedelta(seconds=refresh_in) if refresh_in > 0 else None,
        )

    def is_expired(self, leeway: float = 0.0, *, now: dt.datetime | None = None) -> bool:
        """True when the access token expires within ``leeway`` seconds."""
        return (now or _utcnow()) >= self.expires_at - dt.timedelta(seconds=leeway)

    def refresh_expired(self, *, now: dt.datetime | None = None) -> bool:
        """True when the refresh token is known to have expired (re-authorisation needed)."""
        return self.refresh_expires_at is not None and (now or _utcnow()) >= self.refresh_expires_at


# Lifetimes beyond this are clamped: a datetime cannot hold ``now + 1e20 s``.
_MAX_LIFETIME = 10 * 365 * 24 * 3600.0


def _seconds(value: Any, *, default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return default
    try:
        seconds = float(value)
    except OverflowError:  # an int too big for a float
        return _MAX_LIFETIME if value > 0 else 0.0
    if not math.isfinite(seconds):
        return default
    return min(max(0.0, seconds), _MAX_LIFETIME)


@frozen(repr=False)
class AuthorizationRequest:
    """Where to send the user, plus what to keep until the callback: the ``state``, the PKCE
    ``code_verifier`` and the ``scopes`` asked for (pass them to :meth:`ChasterOAuth.exchange_code`).
    """

    url: str
    state: str
    code_verifier: str
    scopes: frozenset[str] = field(factory=frozenset, converter=_scope_set)

    def __repr__(self) -> str:
        return (
            f"AuthorizationRequest(url={self.url!r}, state=..., code_verifier=..., "
            f"scopes={sorted(self.scopes)})"
        )

    __str__ = __repr__


def _requested_scopes(scopes: Iterable[str]) -> tuple[str, ...]:
    """The scope names to ask for, in order and once each. A str is space-separated
    (``tuple("profile locks")`` would ask for single letters); anything but a str is refused."""
    names: list[str] = []
    for item in [scopes] if isinstance(scopes, str) else scopes:
        if not isinstance(item, str):
            raise ChasterUsageError(f"scopes are str (such as 'profile'), not {type(item).__name__}")
        names.extend(name for name in item.split() if name not in names)
    return tuple(names)


def _code_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class ChasterOAuth:
    """An OAuth 2 client application registered on Chaster.

    **Parameters:**

    - ``client_id``, ``client_secret``, ``redirect_uri``: as registered.
    - ``authorize_url``, ``token_url``: Chaster's Keycloak endpoints by default.
    - ``session``: an aiohttp session to borrow for token requests (a short-lived one is used otherwise).
    - ``timeout``: seconds allowed for one token request.
    """

    def __init__(
        self,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        *,
        authorize_url: str = DEFAULT_AUTHORIZE_URL,
        token_url: str = DEFAULT_TOKEN_URL,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 30.0,
        clock: Callable[[], dt.datetime] = _utcnow,
    ) -> None:
        for name, value in (("client_id", client_id), ("redirect_uri", redirect_uri)):
            if not isinstance(value, str) or not value:
                raise ChasterUsageError(f"ChasterOAuth {name} must be a non-empty str, not {value!r:.40}")
        from ._aiohttp import check_session  # the aiohttp adapter knows what a session is

        check_session("ChasterOAuth session", session)
        self.client_id = client_id
        self._client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.authorize_url = authorize_url
        self.token_url = token_url
        self._session = session
        self.timeout = _options.seconds("ChasterOAuth timeout", timeout, positive=True)
        self._clock = clock

    def __repr__(self) -> str:
        return f"ChasterOAuth(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"

    def authorization_request(
        self, scopes: Iterable[str] = ("profile",), *, state: str | None = None
    ) -> AuthorizationRequest:
        """The URL to send the user to, with a fresh ``state`` and PKCE (S256) verifier.

        ``scopes``: scope names, or one space-separated string (``"profile locks"``), as
        :class:`OAuthToken` takes them.
        """
        scopes = _requested_scopes(scopes)
        state = state or secrets.token_urlsafe(24)
        verifier = secrets.token_urlsafe(64)  # 86 characters, within RFC 7636's 43-128
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": _code_challenge(verifier),
            "code_challenge_method": "S256",
        }
        separator = "&" if "?" in self.authorize_url else "?"
        url = f"{self.authorize_url}{separator}{urlencode(query)}"
        return AuthorizationRequest(url, state, verifier, frozenset(scopes))

    async def exchange_code(
        self, code: str, *, code_verifier: str | None = None, scopes: Iterable[str] | None = None
    ) -> OAuthToken:
        """Trade the authorisation code from the redirect for a token.

        ``scopes``: the scopes the authorisation request asked for (``AuthorizationRequest.scopes``).
        The token endpoint may leave ``scope`` out of its answer when it granted exactly those
        (RFC 6749, 5.1); the token then gets ``scopes``. When they are not given either, the granted
        scopes are unknown and the token gets none (a warning is logged): the client then refuses
        scoped operations with a ScopeError rather than guess.
        """
        # Checked here: an empty code would still be sent, a non-str one fail deep in the masking.
        if not isinstance(code, str) or not code:
            raise ChasterUsageError(
                "exchange_code() needs the code from the redirect (a non-empty str), "
                f"not {type(code).__name__ if code else repr(code)}"
            )
        if code_verifier is not None and not isinstance(code_verifier, str):
            raise ChasterUsageError(f"code_verifier must be a str, not {type(code_verifier).__name__}")
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": self.redirect_uri}
        if code_verifier:
            form["code_verifier"] = code_verifier
        token = await self._token_request(form, secrets_in_form=(code, code_verifier), scopes=scopes)
        if not token.scopes and scopes is None:
            logger.warning(
                "the token endpoint did not say which scopes it granted; "
                "pass scopes= to exchange_code() (AuthorizationRequest.scopes)"
            )
        return token

    async def refresh(self, token: OAuthToken) -> OAuthToken:
        """A new token from ``token``'s refresh token (which Keycloak usually rotates)."""
        if not token.refresh_token:
            raise AuthError("the token has no refresh token; the user must authorise again")
        if token.refresh_expired(now=self._clock()):
            raise AuthError("the refresh token has expired; the user must authorise again")
        form = {"grant_type": "refresh_token", "refresh_token": token.refresh_token}
        # No (or an empty) scope in the answer means unchanged: keep the old scopes.
        new = await self._token_request(form, secrets_in_form=(token.refresh_token,), scopes=token.scopes)
        if new.refresh_token is None:  # no rotation: the old refresh token stays valid
            new = OAuthToken(
                new.access_token,
                token.refresh_token,
                new.expires_at,
                new.scopes,
                token.refresh_expires_at,
            )
        return new

    async def _token_request(
        self,
        form: dict[str, str],
        *,
        secrets_in_form: Iterable[str | None],
        scopes: Iterable[str] | None = None,
    ) -> OAuthToken:
        form = {**form, "client_id": self.client_id, "client_secret": self._client_secret}
        hidden = [s for s in (*secrets_in_form, self._client_secret) if s]
        if self._session is not None and self._session.closed:
            raise ChasterUsageError("the aiohttp session given to ChasterOAuth is closed")
        failure: AuthError | None = None
        try:
            status, data = await self._post_form(form)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # network, timeout, a body too deeply nested to decode, ...
            text = _scrub(f"token request failed: {type(exc).__name__}: {exc}", hidden)
            failure = AuthError(printable(text, limit=300))
        if failure is not None:
            # Raised outside the except block: no __context__ leading to aiohttp's exception (and
            # through its traceback to the form with the secrets).
            raise failure
        if not 200 <= status < 300 or not isinstance(data, Mapping):
            raise _token_error(status, data, hidden)
        return OAuthToken.from_token_response(data, now=self._clock(), scopes=scopes)

    async def _post_form(self, form: dict[str, str]) -> tuple[int, Any]:
        from ._aiohttp import post_form  # the aiohttp adapter makes the request

        return await post_form(self._session, self.token_url, form, self.timeout)


def _scrub(message: str, hidden: Iterable[str]) -> str:
    """Remove any secret a server might have echoed back, in any spelling (form-encoded...)."""
    return mask(message, hidden)


def _token_error(status: int, data: Any, hidden: list[str]) -> AuthError:
    error = data.get("error") if isinstance(data, Mapping) else None
    description = data.get("error_description") if isinstance(data, Mapping) else None
    parts = [f"token endpoint answered {status}"]
    if isinstance(error, str):
        parts.append(error)
    if isinstance(description, str):
        parts.append(description)
    elif not isinstance(data, Mapping) and data:
        parts.append("non-JSON answer")
    # Scrubbed whole, then cut: a cut first could leave the start of a secret it went through.
    message = printable(_scrub(": ".join(parts), hidden), limit=300)
    return AuthError(message, status=status, error=_error_code(error, hidden))


# OAuth error codes (RFC 6749 5.2, Keycloak): invalid_grant, invalid_client, ...
_ERROR_CODE = re.compile(r"[a-z_]{1,64}")


def _error_code(error: Any, hidden: list[str]) -> str | None:
    """The server's ``error`` field if it looks like an OAuth error code, never a secret echoed there."""
    if not isinstance(error, str):
        return None
    error = _scrub(error, hidden)
    return error if _ERROR_CODE.fullmatch(error) else None


# How long close() waits for a token refresh in flight and its on_token_refresh call.
CLOSE_GRACE = 10.0


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Mark a refresh task's failure as seen even if every waiter was cancelled."""
    if not task.cancelled():
        task.exception()


class TokenProvider:
    """What the transport asks for the bearer token of each request."""

    @property
    def scopes(self) -> frozenset[str] | None:
        """The scopes granted; None means every scope (developer token)."""
        return None

    @property
    def can_refresh(self) -> bool:
        return False

    async def access_token(self) -> str:
        raise NotImplementedError

    async def refresh_after_unauthorized(self, rejected: str) -> None:
        """Called after a 401 for ``rejected``; get a new token (at most once for all callers)."""
        raise AuthError("the token was rejected (401) and cannot be refreshed")

    @property
    def kind(self) -> str:
        return "token"

    async def close(self, grace: float = CLOSE_GRACE) -> None:
        """Let work in flight (a token refresh) finish, waiting at most ``grace`` seconds."""


class DeveloperTokenProvider(TokenProvider):
    """A static developer token: every scope, never refreshed."""

    def __init__(self, token: str) -> None:
        if not token:
            raise ValueError("the developer token is empty")
        self._token = token

    def __repr__(self) -> str:
        return "DeveloperTokenProvider(token=***)"

    @property
    def kind(self) -> str:
        return "developer token"

    async def access_token(self) -> str:
        return self._token


class OAuthTokenProvider(TokenProvider):
    """An OAuth token refreshed before it expires (proactive) and after a 401 (reactive).

    Refreshes are single-flight: however many tasks need a new token at once, one request goes to
    the token endpoint and they all await its outcome. The refresh runs in its own task so that a
    cancelled caller cannot lose a rotated refresh token half-way; ``on_token_refresh`` runs in
    another one, so that a slow or hanging callback never holds callers up. :meth:`close` waits
    (bounded) for both.

    With a ``store`` (a :class:`~chaster_async._stores.TokenStore` shared by several clients or
    processes), the refresh is single-flight across all of them: it happens under the store's lock,
    after loading the newest token (which another process may have refreshed meanwhile: then it is
    used as it is, nothing is sent), and the new token is saved before the lock is released. The
    first call compares the given token with the stored one and uses the newer.
    ``on_token_refresh`` runs only in the process that refreshed.
    """

    def __init__(
        self,
        token: OAuthToken,
        oauth: ChasterOAuth | None,
        *,
        on_token_refresh: TokenCallback | None = None,
        leeway: float = 60.0,
        clock: Callable[[], dt.datetime] = _utcnow,
        store: TokenStore | None = None,
    ) -> None:
        self._token = token
        self._oauth = oauth
        self._on_refresh = on_token_refresh
        self._leeway = leeway
        self._clock = clock
        self._store = store
        # The first call takes the newer of the given and the stored token (one task does it).
        self._synced = store is None
        self._syncing: asyncio.Task[None] | None = None
        # When to refresh proactively (None: never, see _refresh_moment). For the given token,
        # whose lifetime is unknown, the leeway as configured.
        self._refresh_at: dt.datetime | None = token.expires_at - dt.timedelta(seconds=leeway)
        self._refreshing: asyncio.Task[OAuthToken] | None = None
        # A refresh the token endpoint refused for good (bad refresh token): don't ask again.
        self._dead: AuthError | None = None
        # The newest token on_token_refresh has not been called with yet, and the task calling it.
        self._unsaved: OAuthToken | None = None
        self._saving: asyncio.Task[None] | None = None

    def __repr__(self) -> str:
        return f"OAuthTokenProvider({self._token!r})"

    @property
    def kind(self) -> str:
        return "oauth token"

    @property
    def token(self) -> OAuthToken:
        return self._token

    @property
    def scopes(self) -> frozenset[str] | None:
        return self._token.scopes

    @property
    def can_refresh(self) -> bool:
        return self._oauth is not None and self._token.refresh_token is not None

    def _refresh_due(self, now: dt.datetime) -> bool:
        return self._refresh_at is not None and now >= self._refresh_at

    async def access_token(self) -> str:
        if not self._synced:
            await self._sync_once()
        if self._refresh_due(self._clock()):
            if self.can_refresh:
                current = self._token
                try:
                    await self._refresh_once(current)
                except (AuthError, StorageError) as exc:
                    # Refreshing early failed for a passing reason (the token endpoint is down or
                    # answered 5xx, the token store is unreachable): the current token still
                    # works until it expires.
                    refused = isinstance(exc, AuthError) and exc.status is not None and exc.status < 500
                    if refused or self._token is not current or current.is_expired(now=self._clock()):
                        raise
                    logger.warning(
                        "proactive OAuth token refresh failed (%s); using the current token, "
                        "which expires at %s",
                        exc,
                        current.expires_at.isoformat(),
                    )
                    return current.access_token
            elif self._token.is_expired(now=self._clock()):
                raise AuthError("the OAuth token has expired and cannot be refreshed (no ChasterOAuth given)")
        return self._token.access_token

    async def refresh_after_unauthorized(self, rejected: str) -> None:
        if not self.can_refresh:
            raise AuthError("the token was rejected (401) and cannot be refreshed")
        if rejected == self._token.access_token:  # else another task already refreshed
            await self._refresh_once(self._token, rejected=True)

    # -- the shared store ------------------------------------------------------------------------

    async def _sync_once(self) -> None:
        if self._syncing is None:
            self._syncing = asyncio.get_running_loop().create_task(self._sync())
            self._syncing.add_done_callback(_retrieve)
        await asyncio.shield(self._syncing)

    async def _sync(self) -> None:
        """Use the stored token if it is newer than the given one; else store the given one."""
        assert self._store is not None
        try:
            stored = await self._store.load()
            if stored is not None and stored.expires_at > self._token.expires_at:
                self._adopt(stored)
            elif stored is None or stored.access_token != self._token.access_token:
                await self._store.save(self._token)
        except StorageError as exc:
            logger.warning("the token store failed (%s); using the token given for now", exc)
        finally:
            self._synced = True

    def _adopt(self, token: OAuthToken) -> None:
        """Use a token another client (process) refreshed: no request, no on_token_refresh."""
        self._token = token
        self._refresh_at = _refresh_moment(token, self._leeway, now=self._clock())
        logger.debug("using the OAuth token refreshed elsewhere; expires at %s", token.expires_at.isoformat())

    async def close(self, grace: float = CLOSE_GRACE) -> None:
        """Wait up to ``grace`` seconds for a refresh in flight and for ``on_token_refresh``:
        the token endpoint may already have rotated the refresh token, which would otherwise
        never reach the callback. Whatever is still running then is left running (logged)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        refreshing = self._refreshing
        if refreshing is not None:
            await asyncio.wait({refreshing}, timeout=grace)
        saving = self._saving  # started by the refresh, if it ended meanwhile
        if saving is not None and not saving.done():
            await asyncio.wait({saving}, timeout=max(0.0, deadline - loop.time()))
        if any(task is not None and not task.done() for task in (refreshing, saving)):
            logger.warning(
                "a token refresh or on_token_refresh call was still running %g s after close(); left running",
                grace,
            )

    async def _refresh_once(self, stale: OAuthToken, *, rejected: bool = False) -> None:
        if self._dead is not None:
            raise AuthError(str(self._dead), status=self._dead.status, error=self._dead.error)
        if self._token is not stale:
            return
        if self._refreshing is None:
            refresh = self._refresh(stale) if self._store is None else self._refresh_shared(stale, rejected)
            self._refreshing = asyncio.get_running_loop().create_task(refresh)
            self._refreshing.add_done_callback(_retrieve)
        # shield: a caller's cancellation must not cancel the shared refresh
        await asyncio.shield(self._refreshing)

    async def _refresh(self, stale: OAuthToken) -> OAuthToken:
        try:
            new = await self._request_refresh(stale)
        finally:
            self._refreshing = None
        self._refreshed(new)
        return new

    async def _request_refresh(self, stale: OAuthToken) -> OAuthToken:
        assert self._oauth is not None  # checked by can_refresh
        try:
            return await self._oauth.refresh(stale)
        except AuthError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                self._dead = exc
            raise

    def _refreshed(self, new: OAuthToken) -> None:
        self._token = new
        self._refresh_at = _refresh_moment(new, self._leeway, now=self._clock())
        logger.debug("OAuth token refreshed; expires at %s", new.expires_at.isoformat())
        self._save(new)

    async def _refresh_shared(self, stale: OAuthToken, rejected: bool) -> OAuthToken:
        """Refresh under the store's lock, unless another process did it meanwhile."""
        assert self._store is not None
        try:
            async with self._store.refreshing():
                stored = await self._store.load()
                newer = (
                    stored is not None
                    and stored.access_token != stale.access_token
                    and stored.expires_at >= stale.expires_at
                )
                if stored is not None and newer:
                    moment = _refresh_moment(stored, self._leeway, now=self._clock())
                    if rejected or moment is None or self._clock() < moment:
                        self._adopt(stored)
                        return stored
                # The newer of the two holds the refresh token that still works.
                base = stored if stored is not None and newer and stored.refresh_token else stale
                new = await self._request_refresh(base)
                # Saved before the lock is released: whoever takes it next sees the new token.
                try:
                    await self._store.save(new)
                except StorageError as exc:
                    # The token endpoint has rotated the refresh token: this process keeps the
                    # new one (and on_token_refresh gets it), the others will fail to refresh.
                    logger.error("the refreshed OAuth token could not be saved to the token store: %s", exc)
        finally:
            self._refreshing = None
        self._refreshed(new)
        return new

    def _save(self, new: OAuthToken) -> None:
        """Have on_token_refresh called with ``new``, in the background and one call at a time."""
        if self._on_refresh is None:
            return
        self._unsaved = new  # a newer token replaces one not saved yet: only the newest matters
        if self._saving is None or self._saving.done():
            self._saving = asyncio.get_running_loop().create_task(self._save_unsaved())

    async def _save_unsaved(self) -> None:
        while self._unsaved is not None:
            token, self._unsaved = self._unsaved, None
            await self._notify(token)

    async def _notify(self, new: OAuthToken) -> None:
        assert self._on_refresh is not None
        try:
            result = self._on_refresh(new)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:
            # The new token is already in use; a failing save must not fail the API call. The
            # traceback is logged as masked text, not as exc_info: the error (a database's, say)
            # may quote the token it was given, and a log handler could read the exception.
            details = "".join(traceback.format_exception(exc))
            secrets = (
                new.access_token,
                new.refresh_token,
                self._token.access_token,
                self._token.refresh_token,
            )
            logger.error(
                "on_token_refresh callback failed; the new token is in use:\n%s", mask(details, secrets)
            )


def _refresh_moment(token: OAuthToken, leeway: float, *, now: dt.datetime) -> dt.datetime | None:
    """When to refresh a token just obtained: ``leeway`` before it expires, but no earlier than
    half-way through its life, so that a token living shorter than the leeway is not refreshed on
    every call. A token that came already expired (``expires_in`` 0 or negative) is not refreshed
    proactively at all (that would loop); a 401 still triggers the reactive refresh."""
    lifetime = (token.expires_at - now).total_seconds()
    if lifetime <= 0:
        return None
    return token.expires_at - dt.timedelta(seconds=min(leeway, lifetime / 2))
