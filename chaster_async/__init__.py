"""chaster_async: a typed asyncio client for the Chaster API (chaster.app).

Importing the package is cheap: the generated models and endpoint modules load on first use.
"""

from __future__ import annotations

from ._aiohttp import AiohttpExchange
from ._auth import AuthorizationRequest, ChasterOAuth, OAuthToken
from ._client import Chaster
from ._exchange import Exchange, ExchangeRequest, ExchangeResponse, MockExchange
from ._extensions import ExtensionToolkit
from ._inprocess import AppExchange
from ._model import UNSET, Unset
from ._pagination import NotPaginatedError, PaginationError, Paginator
from ._ratelimit import EndpointLimit, RateLimiter
from ._response import RawResponse
from ._retry import RetryPolicy
from ._scopes import required_scopes
from ._stores import LimiterStorage, MemoryLimiterStorage, MemoryTokenStore, TokenStore
from ._version import __version__
from .errors import (
    APIError,
    APITimeoutError,
    AuthError,
    BadRequestError,
    ChasterError,
    ChasterUsageError,
    ConflictError,
    ForbiddenError,
    NoActionRemainingError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ResponseDecodeError,
    ResponseValidationError,
    ScopeError,
    ServerError,
    StorageError,
    TimeoutError,
    TransportError,
    UnauthorizedError,
    UnprocessableEntityError,
)

__all__ = [
    "UNSET",
    "APIError",
    "APITimeoutError",
    "AiohttpExchange",
    "AppExchange",
    "AuthError",
    "AuthorizationRequest",
    "BadRequestError",
    "Chaster",
    "ChasterError",
    "ChasterOAuth",
    "ChasterUsageError",
    "ConflictError",
    "EndpointLimit",
    "Exchange",
    "ExchangeRequest",
    "ExchangeResponse",
    "ExtensionToolkit",
    "ForbiddenError",
    "LimiterStorage",
    "MemoryLimiterStorage",
    "MemoryTokenStore",
    "MockExchange",
    "NoActionRemainingError",
    "NotFoundError",
    "NotPaginatedError",
    "OAuthToken",
    "PaginationError",
    "Paginator",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "RequestValidationError",
    "ResponseDecodeError",
    "ResponseValidationError",
    "RetryPolicy",
    "ScopeError",
    "ServerError",
    "StorageError",
    "TimeoutError",
    "TokenStore",
    "TransportError",
    "UnauthorizedError",
    "UnprocessableEntityError",
    "Unset",
    "__version__",
    "required_scopes",
]
