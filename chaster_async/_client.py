"""The ``Chaster`` client: configuration, lifecycle and the per-tag namespaces."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any

import attrs

from . import _options
from ._auth import (
    ChasterOAuth,
    DeveloperTokenProvider,
    OAuthToken,
    OAuthTokenProvider,
    TokenCallback,
    TokenProvider,
)
from ._exchange import Exchange
from ._generated.tags import RawTagNamespaces, TagNamespaces  # cheap: tag modules load on first use
from ._pipeline import DEFAULT_BASE_URL, CallPipeline, check_retry
from ._ratelimit import RateLimiter
from ._request import Request
from ._retry import RetryPolicy
from ._scopes import required_scopes as _required_scopes
from ._stores import TokenStore
from ._version import __version__
from .errors import ChasterUsageError

__all__ = ["Chaster"]

# A token refreshed this long before it expires is refreshed on every call anyway; beyond it the
# datetime arithmetic overflows.
_MAX_LEEWAY = 10 * 365 * 24 * 3600.0


class _DefaultCount(int):
    """The default of ``max_retries`` (2), told apart from an explicit 2: only an explicit count
    replaces the count of a ``retry=`` policy, as in ``with_options()``."""


_DEFAULT_MAX_RETRIES = _DefaultCount(2)

if TYPE_CHECKING:
    import aiohttp

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
    - ``exchange``: what sends the HTTP requests instead of aiohttp (an :class:`Exchange`, such as
      :class:`MockExchange` or :class:`AppExchange` in tests); the client closes it when closed.
    - ``timeout``: seconds allowed for each HTTP attempt; a call's own ``timeout=`` bounds that whole
      call instead (retries, waits and token refresh included).
    - ``max_retries``: re-sends allowed per call (see :class:`RetryPolicy`); ``retry`` replaces the
      policy (``max_retries``, when given too, sets its count).
    - ``rate_limit``: ``True`` (Chaster's documented limits), ``False``, or a :class:`RateLimiter`.
    - ``client_id``: sent as ``X-Chaster-Client-Id`` (Extensions API partner calls).
    - ``strict``: raise ResponseValidationError when an answer deviates from the spec.
    - ``user_agent``: replaces the default ``chaster_async/<version>`` User-Agent.
    - ``refresh_leeway``: refresh an OAuth token this many seconds before it expires.
    - ``headers``: sent with every request (after the library's own; a call's ``extra_headers=``
      wins); secret-looking ones are masked wherever echoed, as the token is.

    ``chaster.with_raw_response.<tag>.<name>(...)`` returns a :class:`RawResponse` of the
    method's value; ``chaster.with_options(...)`` a client with other options that shares this
    one's session, token and rate limiter.
    - ``token_store``: a :class:`~chaster_async._stores.TokenStore` that several clients (processes)
      share, so that an OAuth token is refreshed once for all of them (e.g.
      :class:`chaster_async.redis.RedisTokenStore`); ``on_token_refresh`` is then called only by the
      client that refreshed.
    """

    def __init__(
        self,
        token: str | OAuthToken | None = None,
        *,
        oauth: ChasterOAuth | None = None,
        on_token_refresh: TokenCallback | None = None,
        base_url: str | None = None,
        session: aiohttp.ClientSession | None = None,
        exchange: Exchange | None = None,
        timeout: float = 30.0,
        max_retries: int = _DEFAULT_MAX_RETRIES,
        retry: RetryPolicy | None = None,
        rate_limit: bool | RateLimiter = True,
        client_id: str | None = None,
        strict: bool = False,
        user_agent: str | None = None,
        refresh_leeway: float = 60.0,
        headers: Mapping[str, str] | None = None,
        token_store: TokenStore | None = None,
    ) -> None:
        count = _options.count("max_retries", max_retries)  # also when retry= replaces the policy
        if retry is None:
            retry = RetryPolicy(max_retries=count)
        else:
            check_retry(retry)
            if not isinstance(max_retries, _DefaultCount):  # given with retry=: it sets the count
                retry = attrs.evolve(retry, max_retries=count)
        leeway = _options.seconds("refresh_leeway", refresh_leeway, maximum=_MAX_LEEWAY)
        self._auth = _token_provider(token, oauth, on_token_refresh, leeway, token_store)
        self._pipeline = CallPipeline(
            exchange=_exchange(exchange, session),
            auth=self._auth,
            base_url=base_url or DEFAULT_BASE_URL,
            timeout=timeout,
            retry=retry,
            limiter=_limiter(rate_limit),
            user_agent=user_agent or f"chaster_async/{__version__}",
            client_id=client_id,
            strict=strict,
            headers=headers,
        )
        self._transport = self._pipeline  # what the generated namespaces send through
        self._derived = False

    def __repr__(self) -> str:
        auth = "no token" if self._auth is None else self._auth.kind
        state = "closed" if self.closed else "open"
        return f"Chaster(base_url={self._pipeline.base_url!r}, auth={auth}, {state})"

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
        if not self._derived:  # a derived client shares the token and the limiter
            if self._auth is not None:
                await self._auth.close()
            if self._pipeline.limiter is not None:
                await self._pipeline.limiter.drain()  # answers not yet recorded in a shared storage
        await self._pipeline.close()

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        headers: Mapping[str, str] | None = None,
        strict: bool | None = None,
        client_id: str | None = None,
        user_agent: str | None = None,
    ) -> Chaster:
        """A client with other options that shares this one's HTTP session (and connections),
        token (and its refresh) and rate limiter. Cheap: create one per use if you like.

        Each option given replaces this client's (``headers`` are added to its headers; ``retry``
        replaces the policy, ``max_retries`` sets its count); None keeps it. Closing the derived
        client only stops it; closing this one closes both. Checked here: a bad value is a
        ``ChasterUsageError``.
        """
        if retry is not None:
            check_retry(retry)
        if max_retries is not None:
            count = _options.count("max_retries", max_retries)
            retry = attrs.evolve(retry or self._pipeline.retry, max_retries=count)
        # Not a copy: the tag namespaces and the toolkit cached on this client are bound to it.
        derived = object.__new__(type(self))
        derived._auth = self._auth
        derived._pipeline = self._pipeline.derive(
            timeout=timeout,
            retry=retry,
            headers=headers,
            strict=strict,
            client_id=client_id,
            user_agent=user_agent,
        )
        derived._transport = derived._pipeline
        derived._derived = True
        return derived

    @cached_property
    def with_raw_response(self) -> RawTagNamespaces:
        """The same namespaces, whose methods return a :class:`RawResponse`:
        ``raw = await chaster.with_raw_response.locks.find_one(lock_id)``; ``raw.parsed`` is the
        ``LockForPublic``, with ``raw.status``, ``raw.headers``, ``raw.request_id``,
        ``raw.elapsed`` and ``raw.retries``."""
        return RawTagNamespaces(self._transport)

    @property
    def closed(self) -> bool:
        return self._pipeline.closed

    @property
    def client_id(self) -> str | None:
        """The ``X-Chaster-Client-Id`` this client sends (Extensions API), if any."""
        return self._pipeline.client_id

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
        return self._pipeline.strict

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
        if not isinstance(request, Request):
            raise ChasterUsageError(f"send() takes a Request, not {type(request).__name__}")
        return await self._pipeline.send(request)

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
    store: TokenStore | None = None,
) -> TokenProvider | None:
    if store is not None and not isinstance(store, TokenStore):
        raise ChasterUsageError(f"token_store must be a TokenStore, not {type(store).__name__}")
    if token is None:
        if oauth is not None:
            raise ChasterUsageError("oauth= needs token=: the OAuthToken from oauth.exchange_code()")
        if store is not None:
            raise ChasterUsageError("token_store= needs token=: e.g. the OAuthToken await store.load() gives")
        return None
    if isinstance(token, OAuthToken):
        return OAuthTokenProvider(token, oauth, on_token_refresh=on_token_refresh, leeway=leeway, store=store)
    if isinstance(token, str):
        if not token:
            raise ChasterUsageError("the developer token is empty")
        if not token.isascii() or any(c.isspace() or not c.isprintable() for c in token):
            # Else every call fails later, with aiohttp's "header injection" or encoding error, or
            # a 401. The token itself is not shown.
            raise ChasterUsageError(
                "the developer token holds whitespace, control or non-ASCII characters (a stray newline?)"
            )
        if oauth is not None or on_token_refresh is not None or store is not None:
            raise ChasterUsageError(
                "a developer token is never refreshed; drop oauth=/on_token_refresh=/token_store="
            )
        return DeveloperTokenProvider(token)
    raise ChasterUsageError(f"token must be a str or an OAuthToken, not {type(token).__name__}")


def _exchange(exchange: Exchange | None, session: aiohttp.ClientSession | None) -> Exchange:
    if exchange is None:
        from ._aiohttp import AiohttpExchange

        return AiohttpExchange(session)
    if session is not None:
        raise ChasterUsageError("session= and exchange= exclude each other: the exchange sends the requests")
    if not isinstance(exchange, Exchange):
        raise ChasterUsageError(
            f"exchange= needs handle() and aclose() (an Exchange), not {type(exchange).__name__}"
        )
    return exchange


def _limiter(rate_limit: bool | RateLimiter) -> RateLimiter | None:
    if isinstance(rate_limit, RateLimiter):
        return rate_limit
    if not isinstance(rate_limit, bool):
        # rate_limit=100 is not "100 per minute": that is RateLimiter(per_minute=100).
        raise ChasterUsageError(
            f"rate_limit must be True, False or a RateLimiter, not {rate_limit!r:.40}"
            " (for another limit: RateLimiter(per_minute=...))"
        )
    return RateLimiter() if rate_limit else None
