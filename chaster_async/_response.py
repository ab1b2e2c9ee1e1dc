"""``RawResponse[T]``: a call's parsed value together with the answer it came from.

``await chaster.with_raw_response.locks.find_one(lock_id)`` returns a ``RawResponse[LockForPublic]``
(every generated method has its raw twin, with the same arguments): ``.parsed`` is what
``chaster.locks.find_one(lock_id)`` returns, and the answer's ``status``, ``headers``,
``request_id``, ``elapsed`` and ``retries`` come with it. Errors are raised as by the plain method.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from multidict import CIMultiDictProxy

if TYPE_CHECKING:
    from ._operation import Operation

__all__ = ["RawResponse"]

T = TypeVar("T", covariant=True)


class RawResponse(Generic[T]):
    """The parsed value of a call and its HTTP answer.

    - ``parsed``: the typed value the plain method returns (a model, a list, ``None``...).
    - ``status``, ``reason``: the answer's status (any 2xx) and reason phrase.
    - ``headers``: the answer's headers, case-insensitive (``headers["x-ratelimit-remaining"]``;
      ``headers.getall(name)`` for repeated ones), with any secret the call sent masked (``***``)
      should a server or proxy echo one, as in errors.
    - ``request_id``: the ``x-chaster-transaction-id`` header (quote it to Chaster).
    - ``elapsed``: seconds the whole call took, retries, waits and token refresh included.
    - ``retries``: how many times the call was sent again before this answer (the 401 refresh
      and resend is not one).
    - ``operation``, ``method``, ``path``: what was called (``path`` with tokens masked).
    - ``content``: the body as received; ``json()`` decodes it again (a fresh copy).
    """

    __slots__ = (
        "content",
        "elapsed",
        "headers",
        "method",
        "operation",
        "parsed",
        "path",
        "reason",
        "request_id",
        "retries",
        "status",
    )

    parsed: T

    def __init__(
        self,
        parsed: T,
        *,
        status: int,
        headers: CIMultiDictProxy[str],
        request_id: str | None,
        elapsed: float,
        retries: int,
        operation: Operation,
        method: str,
        path: str,
        reason: str = "",
        content: bytes = b"",
    ) -> None:
        self.parsed = parsed
        self.status = status
        self.headers = headers
        self.request_id = request_id
        self.elapsed = elapsed
        self.retries = retries
        self.operation = operation
        self.method = method
        self.path = path
        self.reason = reason
        self.content = content

    def __repr__(self) -> str:
        return (
            f"<RawResponse {self.method} {self.path} -> {self.status} in {self.elapsed * 1000:.0f} ms"
            f" (retries {self.retries}, request id {self.request_id})>"
        )

    def json(self) -> Any:
        """The body decoded again as JSON (None when the answer has none)."""
        return json.loads(self.content) if self.content.strip() else None
