"""What an answer means: the decoded JSON of a 2xx, the :class:`~chaster_async.errors.APIError` of
any other status. Pure functions of the request and the answer (no I/O, no state)."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from multidict import CIMultiDict

from ._redact import mask, mask_bytes, mask_json, printable
from ._request import Request
from ._retry import wait_from_headers
from .errors import APIError, RateLimitError, ResponseDecodeError, error_for_status, excerpt

__all__ = ["REQUEST_ID_HEADER", "Answer", "api_error", "decode_success"]

logger = logging.getLogger("chaster_async")

REQUEST_ID_HEADER = "x-chaster-transaction-id"


class Answer:
    """An exchange's answer as the library shows it: ``reason`` and ``request_id`` with the
    secrets this call sent masked (in case a server or proxy echoed one there) and control
    characters escaped; ``headers`` as received (the limiter and the retry policy read them)."""

    __slots__ = ("body", "content_type", "headers", "reason", "request_id", "status")

    def __init__(self, status: int, reason: str, headers: Any, body: bytes, secrets: tuple[str, ...]) -> None:
        self.status = status
        self.headers = headers
        self.body = body
        self.reason = printable(mask(reason, secrets)) if reason else ""
        request_id = headers.get(REQUEST_ID_HEADER)
        self.request_id = None if request_id is None else printable(mask(request_id, secrets))
        self.content_type = _content_type(headers.get("Content-Type"))


def _content_type(value: str | None) -> str:
    # What aiohttp's ClientResponse.content_type gives: the media type alone, lower-cased.
    if not value:
        return "application/octet-stream"
    return value.split(";", 1)[0].strip().lower()


def decode_success(request: Request, answer: Answer, secrets: tuple[str, ...]) -> Any:
    if not answer.body.strip():
        if request.expects_body:
            raise ResponseDecodeError(
                f"{request.operation_id}: the {answer.status} answer has no body",
                operation_id=request.operation_id,
                status=answer.status,
                content_type=answer.content_type,
                request_id=answer.request_id,
            )
        return None  # 201/204 with nothing to say
    try:
        return json.loads(answer.body)
    except (ValueError, RecursionError):
        pass
    if not request.expects_body:
        # The operation answers nothing (generated code discards any JSON too), and the request
        # may have been applied already (a POST): a stray "Created" must not fail the call.
        logger.debug(
            "%s: ignored the %s answer's non-JSON body (%s)",
            request.operation_id,
            answer.status,
            answer.content_type,
        )
        return None
    # Raised outside the except block: the JSONDecodeError (its __context__) holds the whole body.
    raise ResponseDecodeError(
        f"{request.operation_id}: the {answer.status} answer is not JSON ({answer.content_type})",
        operation_id=request.operation_id,
        status=answer.status,
        content_type=answer.content_type,
        body_excerpt=excerpt(mask_bytes(answer.body, secrets)),
        request_id=answer.request_id,
    )


def _error_body(answer: Answer, secrets: tuple[str, ...]) -> Any:
    """The decoded error body with the secrets masked: in the raw bytes, and once decoded in
    every string, where JSON escapes (``"\\u0064ev..."``) could have hidden one."""
    body = mask_bytes(answer.body, secrets)
    if not body.strip():
        return None
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        return body.decode("utf-8", "replace")
    return mask_json(decoded, secrets)


def _error_message(body: Any, answer: Answer) -> tuple[str, str | None]:
    """The server's message and NestJS ``error`` field, read defensively."""
    if isinstance(body, Mapping):
        message = body.get("message")
        error = printable(body["error"]) if isinstance(body.get("error"), str) else None
        if isinstance(message, list):
            message = "; ".join(str(m) for m in message)
        if isinstance(message, str) and message:
            return excerpt(message, 500), error
        return error or answer.reason or "error", error
    if isinstance(body, str):
        return f"{answer.reason or 'error'} (non-JSON answer: {excerpt(body, 120)!r})", None
    return answer.reason or "error", None


def api_error(
    request: Request, answer: Answer, shown: str, secrets: tuple[str, ...], *, now: float
) -> APIError:
    """The APIError for a non-2xx answer (the operation's own error hook may refine it)."""
    body = _error_body(answer, secrets)
    message, error = _error_message(body, answer)
    headers: CIMultiDict[str] = CIMultiDict()
    for name, value in answer.headers.items():
        headers.add(name, mask(value, secrets))
    kwargs: dict[str, Any] = {
        "operation_id": request.operation_id,
        "operation": request.operation,
        "method": request.method,
        "path": shown,
        "body": body,
        "headers": headers,
        "request_id": answer.request_id,
        "error": error,
    }
    status = answer.status
    if status == 429:
        return RateLimitError(
            status, message, retry_after=wait_from_headers(answer.headers, now=now), **kwargs
        )
    return error_for_status(status)(status, message, **kwargs)
