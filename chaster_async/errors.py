"""Every exception this library raises.

    ChasterError
    ├── ChasterUsageError            the caller did something the library cannot do (closed client, ...)
    │   ├── ScopeError               the token lacks an OAuth scope the operation needs (no I/O happened)
    │   ├── NotPaginatedError        (also a TypeError) paginate() on an operation that does not paginate
    │   ├── UnknownOperationError    (also a KeyError) no operation of this spec answers to that name
    │   └── UnsupportedOperationError  the generated spec lacks an operation a helper needs
    ├── RequestValidationError       an argument or request body does not match the spec (no I/O happened)
    ├── AuthError                    OAuth: code exchange or token refresh failed, token unusable
    ├── TransportError               no usable HTTP answer: connection refused/reset, DNS, TLS
    │   └── APITimeoutError          (alias TimeoutError; also a builtins.TimeoutError) the request (or
    │                                the whole call) ran past its timeout
    ├── StorageError                 a shared store (Redis) or a cursor store failed or did not answer in time
    ├── ResponseDecodeError          the answer is not the JSON the spec promises (HTML 502, truncated, ...)
    │   └── ResponseValidationError  strict mode: the JSON deviates from the response schema
    ├── WebhookParseError            (also a ValueError) a webhook body that is not a Chaster event
    ├── PaginationError              the server's pagination cannot be followed (a repeating cursor)
    ├── WatchError                   a watcher (chaster.watch) stopped: why is in a subclass
    │   ├── PollError                a poll failed for good (401, 403, 404...); ``error`` holds the cause
    │   ├── ConsumerError            the consumer's handler raised; the event stays unacknowledged
    │   └── LeaseLostError           another process holds the lease of a watched source now
    └── APIError                     the server answered with a non-2xx status
        ├── BadRequestError          400
        ├── UnauthorizedError        401
        ├── ForbiddenError           403
        ├── NotFoundError            404
        ├── ConflictError            409
        ├── UnprocessableEntityError 422
        │   └── NoActionRemainingError   422 from submitting a regular action with none left
        ├── RateLimitError           429 (``retry_after`` in seconds, when the server said)
        └── ServerError              5xx

Messages never contain tokens or secrets: they are built from the operation, status and the
server's own error text only.

Every error raised by a call carries its operation: ``operation_id`` (as the document spells it),
``operation`` (the row of :data:`~chaster_async.operations.OPERATIONS`) and ``operation_key``
(its stable ``"tag.name"``), set by the call pipeline; errors raised outside a call have None.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from multidict import CIMultiDict, CIMultiDictProxy

from ._redact import printable

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = [
    "APIError",
    "APITimeoutError",
    "AuthError",
    "BadRequestError",
    "ChasterError",
    "ChasterUsageError",
    "ConflictError",
    "ConsumerError",
    "ForbiddenError",
    "LeaseLostError",
    "NoActionRemainingError",
    "NotFoundError",
    "NotPaginatedError",
    "PaginationError",
    "PollError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodeError",
    "ResponseValidationError",
    "ScopeError",
    "ServerError",
    "StorageError",
    "TimeoutError",
    "TransportError",
    "UnauthorizedError",
    "UnknownOperationError",
    "UnprocessableEntityError",
    "UnsupportedOperationError",
    "WatchError",
    "WebhookParseError",
    "error_for_status",
]

_EXCERPT_CHARS = 200
_E = TypeVar("_E", bound="APIError")


def excerpt(body: bytes | str | None, limit: int = _EXCERPT_CHARS) -> str:
    """A short, printable beginning of a body for error messages: whitespace runs become one
    space, other control characters are escaped (server text may end up in a log line)."""
    if body is None:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes | bytearray) else body
    return printable(" ".join(text.split()), limit)


class ChasterError(Exception):
    """Root of every error raised by chaster_async.

    ``operation_id``, ``operation`` and ``operation_key`` name the operation whose call raised it
    (None when it was not raised by a call).
    """

    operation_id: str | None = None
    operation: Operation | None = None

    @property
    def operation_key(self) -> str | None:
        """The stable ``"tag.name"`` key of the operation whose call raised this error, if any."""
        return self.operation.key if self.operation is not None else None

    def _set_operation(self, operation: Operation) -> None:
        """Called on the call path: the error belongs to a call of ``operation``."""
        if self.operation is None:
            self.operation = operation
        if self.operation_id is None:
            self.operation_id = operation.operation_id


class ChasterUsageError(ChasterError):
    """The library was used in a way it cannot serve (for example a closed client)."""


class UnknownOperationError(ChasterUsageError, KeyError):
    """No operation of the generated spec answers to the name (it is also a ``KeyError``, so that
    ``OPERATIONS[name]`` behaves as a mapping should)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class UnsupportedOperationError(ChasterUsageError):
    """A helper needs operations that the spec this package was generated from does not describe.

    ``missing`` holds their stable keys (``"partner_extensions.get_session_auth"``). It happens
    after regenerating from an older or smaller document; regenerate from one that has them.
    """

    def __init__(self, helper: str, missing: Sequence[str]) -> None:
        self.helper = helper
        self.missing = tuple(missing)
        super().__init__(
            f"{helper} needs {', '.join(self.missing)}, which the spec this package was generated "
            "from does not describe (regenerate from a newer document)"
        )


class NotPaginatedError(ChasterUsageError, TypeError):
    """``paginate()`` was given an operation that does not paginate (or no operation at all)."""

    def __init__(self, message: str, *, operation_id: str | None = None) -> None:
        self.operation_id = operation_id
        super().__init__(message)


class PaginationError(ChasterError):
    """The server's pagination cannot be followed (a cursor came back twice, an item lacks its id...).

    ``operation_id`` names the operation, ``page`` is the 0-based index of the page (counted
    from the first one this iteration fetched) at which the problem showed, ``cursor`` the
    offending cursor when there is one.
    """

    def __init__(self, message: str, *, operation_id: str, page: int, cursor: Any = None) -> None:
        self.operation_id = operation_id
        self.page = page
        self.cursor = cursor
        super().__init__(f"{operation_id}: {message} (page {page})")


class WatchError(ChasterError):
    """A watcher stopped (see :mod:`chaster_async.watch`); the subclass says why."""


class PollError(WatchError):
    """A poll failed in a way retrying will not fix (401, 403, 404, a scope the token lacks...).

    ``key`` names the polled source (``"lock_history:<lockId>"``), ``error`` is the ChasterError
    the call raised (also ``__cause__``). Its cursor is untouched: a watcher started again resumes
    where the consumer stopped.
    """

    def __init__(self, key: str, error: ChasterError) -> None:
        self.key = key
        self.error = error
        super().__init__(f"polling {key} failed: {type(error).__name__}: {error}")


class ConsumerError(WatchError):
    """The handler given to ``stream.run()`` raised while handling ``event`` (also ``__cause__``).

    The event was not acknowledged: the cursor stays just before it, so a watcher started again
    delivers it again.
    """

    def __init__(self, event: Any, error: BaseException) -> None:
        self.event = event
        self.error = error
        event_id = getattr(event, "id", "?")
        super().__init__(
            f"the handler raised {type(error).__name__} on event {event_id!s:.80}; "
            "it stays unacknowledged (delivered again on restart)"
        )


class LeaseLostError(WatchError):
    """A cursor save was refused: another process holds the lease of this source now.

    ``key`` names the source. The cursor stays as that process left it; watchers stop polling the
    source and wait to take the lease back.
    """

    def __init__(self, key: str) -> None:
        self.key = key
        super().__init__(f"the lease of {key!r} is held by another process; cursor not saved")


class WebhookParseError(ChasterError, ValueError):
    """A webhook delivery is not a Chaster event: ``reason`` says why, briefly (no body content)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"malformed webhook delivery: {reason}")


class ScopeError(ChasterUsageError):
    """The token was not granted a scope the operation requires; raised before any network I/O."""

    operation_id: str

    def __init__(self, operation_id: str, missing: frozenset[str], granted: frozenset[str]) -> None:
        self.operation_id = operation_id
        self.missing = missing
        self.granted = granted
        super().__init__(
            f"{operation_id} needs OAuth scope(s) {sorted(missing)}; the token was granted {sorted(granted)}"
        )


class RequestValidationError(ChasterError, ValueError):
    """An argument or request body does not match what the spec asks for; nothing was sent."""

    def __init__(self, message: str, *, operation_id: str | None = None) -> None:
        if operation_id is not None:
            self.operation_id = operation_id
        super().__init__(message)


class AuthError(ChasterError):
    """Obtaining or refreshing an OAuth token failed; the token cannot be used."""

    def __init__(self, message: str, *, status: int | None = None, error: str | None = None) -> None:
        self.status = status
        self.error = error
        super().__init__(message)


class TransportError(ChasterError):
    """The request got no usable HTTP answer (connection refused or reset, DNS, TLS).

    ``retries``: how many times the call was sent again before giving up. ``reached_server``:
    whether the request may have reached the server; False only when it surely did not
    (connection refused, connect timeout), which is when a POST may be sent again. An
    :class:`~chaster_async.Exchange` raises it with its own ``reached_server``.
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        retries: int = 0,
        reached_server: bool = True,
    ) -> None:
        self.operation_id = operation_id
        self.retries = retries
        self.reached_server = reached_server
        super().__init__(message)


class APITimeoutError(TransportError, builtins.TimeoutError):
    """The request (or the whole call, with its ``timeout=``) ran past its timeout.

    Also a built-in :class:`TimeoutError`. ``chaster_async.TimeoutError`` is the same class under
    its former name, kept as an alias (it shadowed the builtin).
    """


TimeoutError = APITimeoutError


class StorageError(ChasterError):
    """The store that several processes share (a token store, the rate limiter's storage: Redis),
    or a watcher's cursor store (Redis, a JSON file), failed or did not answer within its
    timeout. The message names the store and the operation, never a token."""


class ResponseDecodeError(ChasterError):
    """The response body is not the JSON the spec promises for this operation."""

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        status: int | None = None,
        content_type: str | None = None,
        body_excerpt: str = "",
        request_id: str | None = None,
    ) -> None:
        self.operation_id = operation_id
        self.status = status
        self.content_type = content_type
        self.body_excerpt = body_excerpt
        self.request_id = request_id
        detail = f" (body starts: {body_excerpt!r})" if body_excerpt else ""
        super().__init__(message + detail)


class ResponseValidationError(ResponseDecodeError, ValueError):
    """Strict mode: the decoded JSON deviates from the response schema.

    ``deviations`` lists each deviation (path, kind) found.
    """

    def __init__(
        self, message: str, *, deviations: Sequence[Any] = (), operation_id: str | None = None
    ) -> None:
        self.deviations = tuple(deviations)
        super().__init__(message, operation_id=operation_id)


class APIError(ChasterError):
    """The server answered with a non-2xx status.

    ``message`` is the server's message (NestJS sends a string or a list of strings), ``body`` the
    decoded JSON body when there was one (else the raw text), ``headers`` the answer's headers
    (case-insensitive), ``request_id`` the ``x-chaster-transaction-id`` response header,
    ``retries`` how many times the call was sent again before this answer.
    """

    retries: int = 0

    def __init__(
        self,
        status: int,
        message: str,
        *,
        operation_id: str | None = None,
        method: str | None = None,
        path: str | None = None,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        request_id: str | None = None,
        error: str | None = None,
        operation: Operation | None = None,
    ) -> None:
        self.operation = operation
        self.status = status
        self.message = message
        self.operation_id = operation_id
        self.method = method
        self.path = path
        self.body = body
        # Case-insensitive, as HTTP header names are: headers.get("x-ratelimit-limit") finds
        # X-RateLimit-Limit. Repeated headers are all kept (headers.getall(name)).
        self.headers: CIMultiDictProxy[str] = CIMultiDictProxy(CIMultiDict(headers or {}))
        self.request_id = request_id
        self.error = error
        where = f"{method} {path}" if method and path else (operation_id or "request")
        rid = f" [request id {request_id}]" if request_id else ""
        super().__init__(f"{where} failed with {status}: {message}{rid}")

    def _rebuild(self, cls: type[_E], **extra: Any) -> _E:
        """This error as ``cls`` (a subclass), with the same fields plus ``extra``: for the
        per-operation error hooks (see :func:`chaster_async._pipeline.error_hook`)."""
        error = cls(
            self.status,
            self.message,
            operation_id=self.operation_id,
            method=self.method,
            path=self.path,
            body=self.body,
            headers=self.headers,
            request_id=self.request_id,
            error=self.error,
            operation=self.operation,
            **extra,
        )
        error.retries = self.retries
        return error


class BadRequestError(APIError):
    """400."""


class UnauthorizedError(APIError):
    """401: missing, invalid or expired token."""


class ForbiddenError(APIError):
    """403."""


class NotFoundError(APIError):
    """404."""


class ConflictError(APIError):
    """409."""


class UnprocessableEntityError(APIError):
    """422."""


class NoActionRemainingError(UnprocessableEntityError):
    """422 from submitting a regular action when none remains; ``next_action_date`` says when one will."""

    def __init__(self, *args: Any, next_action_date: datetime | None = None, **kwargs: Any) -> None:
        self.next_action_date = next_action_date
        super().__init__(*args, **kwargs)


class RateLimitError(APIError):
    """429. ``retry_after`` is the wait in seconds the server asked for, when it said."""

    def __init__(self, *args: Any, retry_after: float | None = None, **kwargs: Any) -> None:
        self.retry_after = retry_after
        super().__init__(*args, **kwargs)


class ServerError(APIError):
    """5xx."""


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: UnauthorizedError,
    403: ForbiddenError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_status(status: int) -> type[APIError]:
    """The APIError subclass for an HTTP status."""
    if status >= 500:
        return ServerError
    return _BY_STATUS.get(status, APIError)
