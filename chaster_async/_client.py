"""The ``Chaster`` client: configuration, lifecycle and the per-tag namespaces."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import aiohttp

from . import _options
from ._auth import (
    ChasterOAuth,
    DeveloperTokenProvider,
    OAuthToken,
    OAuthTokenProvider,
    TokenCallback,
    TokenProvider,
)
from ._generated.tags import TagNamespaces  # cheap: the tag modules load on first use
from ._ratelimit import RateLimiter
from ._request import Request
from ._retry import RetryPolicy
from ._scopes import required_scopes as _required_scopes
from ._transport import DEFAULT_BASE_URL, AiohttpTransport
from ._version import __version__
from .errors import ChasterUsageError

__all__ = ["Chaster"]

# A token refreshed this long before it expires is refreshed on every call anyway; beyond it the
# datetime arithmetic overflows.
_MAX_LEEWAY = 10 * 365 * 24 * 3600.0

if TYPE_CHECKING:
    from ._extensions import ExtensionToolkit
    from .watch import Watch


class Chaster(TagNamespaces):
    """An asyncio client for the Chaster API.

    **Parameters:**

    - ``token``: a developer token (``str``, every scope) or an :class:`OAuthToken`.
    - ``oauth``: the :class:`ChasterOAuth` app that issued an OAuthToken; needed to refresh it.
    - ``on_token_refresh``: called (sync or async) with each refreshed OAuthToken, to persist it.
    - ``base_url``: the API root, an absolute http(s) URL (None: ``https://api.chaster.app``).
    - ``session``: an aiohttp session to borrow; it is never closed by the client.
    - ``timeout``: seconds allowed for each HTTP attempt; a call's own ``timeout=`` bounds that whole
      call instead (retries, waits and token refresh included).
    - ``max_retries``: re-sends allowed per call (see :class:`RetryPolicy`); ``retry`` replaces the policy.
    - ``rate_limit``: ``True`` (Chaster's documented limits), ``False``, or a :class:`RateLimiter`.
    - ``client_id``: sent as ``X-Chaster-Client-Id`` (Extensions API partner calls).
    - ``strict``: raise ResponseValidationError when an answer deviates from the spec.
    - ``user_agent``: replaces the default ``chaster_async/<version>`` User-Agent.
    - ``refresh_leeway``: refresh an OAuth token this many seconds before it expires.
    """

    def __init__(
        self,
        token: str | OAuthToken | None = None,
        *,
        oauth: ChasterOAuth | None = None,
        on_token_refresh: TokenCallback | None = None,
        base_url: str | None = None,
        session: aiohttp.ClientSession | None = None,
        timeout: float = 30.0,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        rate_limit: bool | RateLimiter = True,
        client_id: str | None = None,
        strict: bool = False,
        user_agent: str | None = None,
        refresh_leeway: float = 60.0,
    ) -> None:
        _options.count("max_retries", max_retries)  # also when retry= replaces the policy
        leeway = _options.seconds("refresh_leeway", refresh_leeway, maximum=_MAX_LEEWAY)
        self._auth = _token_provider(token, oauth, on_token_refresh, leeway)
        self._http = AiohttpTransport(
            auth=self._auth,
            base_url=base_url or DEFAULT_BASE_URL,
            session=session,
            timeout=timeout,
            retry=retry or RetryPolicy(max_retries=max_retries),
            limiter=_limiter(rate_limit),
            user_agent=user_agent or f"chaster_async/{__version__}",
            client_id=client_id,
            strict=strict,
        )
        self._transport = self._http  # what the generated namespaces send through

    def __repr__(self) -> str:
        auth = "no token" if self._auth is None else self._auth.kind
        state = "closed" if self.closed else "open"
        return f"Chaster(base_url={self._http.base_url!r}, auth={auth}, {state})"

    async def __aenter__(self) -> Chaster:
        if self.closed:
            raise ChasterUsageError("this Chaster client is closed; create a new one")
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Release the HTTP session (only one the client created). Safe to call twice.

        A token refresh in flight, and the ``on_token_refresh`` call it leads to, are waited for
        first (up to 10 s): the token endpoint may already have rotated the refresh token.
        """
        if self._auth is not None:
            await self._auth.close()
        await self._http.close()

    @property
    def closed(self) -> bool:
        return self._http.closed

    @property
    def client_id(self) -> str | None:
        """The ``X-Chaster-Client-Id`` this client sends (Extensions API), if any."""
        return self._http.client_id

    @cached_property
    def extension(self) -> ExtensionToolkit:
        """Helpers for extension backends (main/configuration tokens, regular actions, ...)."""
        from ._extensions import ExtensionToolkit

        return ExtensionToolkit(self)

    @cached_property
    def watch(self) -> Watch:
        """Typed event streams over polling (``chaster.watch.lock_history(lock_id)``...): see
        :mod:`chaster_async.watch`."""
        from .watch import Watch

        return Watch(self)

    @property
    def strict(self) -> bool:
        return self._http.strict

    @property
    def token(self) -> OAuthToken | None:
        """The current OAuth token (after any refresh); None for a developer token or none."""
        return self._auth.token if isinstance(self._auth, OAuthTokenProvider) else None

    @property
    def scopes(self) -> frozenset[str] | None:
        """The scopes the token grants; None means all of them (developer token)."""
        return self._auth.scopes if self._auth is not None else frozenset()

    # chaster.paginate(chaster.locks.get_lock_history, lock_id, body={"limit": 50}) comes with the
    # generated TagNamespaces: its overloads type items and pages after each paginated method.

    async def send(self, request: Request) -> Any:
        """Send a prepared request (what the generated methods do); the decoded JSON comes back."""
        return await self._http.send(request)

    def required_scopes(
        self, operations: str | Callable[..., Any] | Iterable[str | Callable[..., Any]]
    ) -> frozenset[str]:
        """The OAuth scopes these operations need (stable keys, operationIds or methods)."""
        return _required_scopes(operations)


def _token_provider(
    token: str | OAuthToken | None,
    oauth: ChasterOAuth | None,
    on_token_refresh: TokenCallback | None,
    leeway: float,
) -> TokenProvider | None:
    if token is None:
        if oauth is not None:
            raise ChasterUsageError("oauth= needs token=: the OAuthToken from oauth.exchange_code()")
        return None
    if isinstance(token, OAuthToken):
        return OAuthTokenProvider(token, oauth, on_token_refresh=on_token_refresh, leeway=leeway)
    if isinstance(token, str):
        if not token:
            raise ChasterUsageError("the developer token is empty")
        if oauth is not None or on_token_refresh is not None:
            raise ChasterUsageError("a developer token is never refreshed; drop oauth=/on_token_refresh=")
        return DeveloperTokenProvider(token)
    raise ChasterUsageError(f"token must be a str or an OAuthToken, not {type(token).__name__}")


def _limiter(rate_limit: bool | RateLimiter) -> RateLimiter | None:
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    return RateLimiter() if rate_limit else None
