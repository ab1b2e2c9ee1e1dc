"""chaster_async: a typed asyncio client for the Chaster API (chaster.app).

Importing the package is cheap: the generated models and endpoint modules load on first use.
"""

from __future__ import annotations

from ._auth import AuthorizationRequest, ChasterOAuth, OAuthToken
from ._client import Chaster
from ._extensions import ExtensionToolkit
from ._model import UNSET, Unset
from ._pagination import NotPaginatedError, PaginationError, Paginator
from ._ratelimit import EndpointLimit, RateLimiter
from ._retry import RetryPolicy
from ._scopes import required_scopes
from ._stores import LimiterStorage, MemoryLimiterStorage, MemoryTokenStore, TokenStore
from ._version import __version__
from .errors import (
    APIError,
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
    "AuthError",
    "AuthorizationRequest",
    "BadRequestError",
    "Chaster",
    "ChasterError",
    "ChasterOAuth",
    "ChasterUsageError",
    "ConflictError",
    "EndpointLimit",
    "ExtensionToolkit",
    "ForbiddenError",
    "LimiterStorage",
    "MemoryLimiterStorage",
    "MemoryTokenStore",
    "NoActionRemainingError",
    "NotFoundError",
    "NotPaginatedError",
    "OAuthToken",
    "PaginationError",
    "Paginator",
    "RateLimitError",
    "RateLimiter",
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
