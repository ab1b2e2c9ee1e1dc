"""The request side of the contract between generated and hand-written code.

Generated endpoint modules build a :class:`Request` (carrying its :class:`~chaster_async._operation.Operation`)
with the helpers here and hand it to a :class:`Transport` (the facade implements one).
"""

from __future__ import annotations

import datetime as _dt
import enum
import inspect
import math
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, TypeVar
from urllib.parse import quote

from attrs import define, frozen

from ._model import UNSET, as_aware, json_value
from ._operation import Operation
from .errors import RequestValidationError, excerpt

if TYPE_CHECKING:
    from ._response import RawResponse

__all__ = [
    "File",
    "FormField",
    "Request",
    "Transport",
    "multipart_body",
    "path_value",
    "query_pairs",
    "query_value",
    "request_body",
]


@define
class File:
    """A file to upload in a multipart body.

    A file object ``payload`` is read (from its current position) once, when the request is
    built, so that a retried request sends the same bytes (see :func:`multipart_body`).
    """

    payload: bytes | IO[bytes]
    file_name: str | None = None
    mime_type: str | None = None


@frozen
class FormField:
    """One part of a multipart/form-data body."""

    name: str
    value: str | bytes | IO[bytes]
    file_name: str | None = None
    content_type: str | None = None


@frozen
class Request:
    """Everything needed to send one operation, built by a generated endpoint module.

    ``operation`` is the operation's row of :data:`~chaster_async.operations.OPERATIONS`, so that
    nothing on the call path looks it up again; ``path`` is already formatted with URL-encoded
    path parameters; ``params`` holds query parameters as strings; ``json`` is UNSET when there is
    no JSON body; ``headers`` are the operation's own header parameters. The per-call options
    (checked by the pipeline before any I/O): ``timeout`` bounds the whole call,
    ``extra_headers`` are sent on top of everything else, ``max_retries`` replaces the client's.
    """

    operation: Operation
    path: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = UNSET
    form: Sequence[FormField] | None = None
    headers: Mapping[str, str] | None = None
    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    max_retries: int | None = None

    @property
    def method(self) -> str:
        return self.operation.method

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id

    @property
    def expects_body(self) -> bool:
        return self.operation.returns_body


_T = TypeVar("_T")


class Transport(Protocol):
    """What generated endpoint functions call to send a request (the call pipeline implements it).

    Each raises a :class:`~chaster_async.errors.ChasterError` carrying the operation:

    - ``send``: the decoded JSON body (``None`` when the answer has no body);
    - ``call``: the value ``parse`` (the operation's generated reader) makes of it, read leniently
      or strictly as the client says;
    - ``call_raw``: that value in a :class:`~chaster_async.RawResponse` with the answer.
    """

    async def send(self, request: Request) -> Any: ...

    async def call(self, request: Request, parse: Callable[[Any], _T]) -> _T: ...

    async def call_raw(self, request: Request, parse: Callable[[Any], _T]) -> RawResponse[_T]: ...


def path_value(operation_id: str, name: str, value: Any) -> str:
    """A URL-encoded path segment; a clear error for values that cannot name a resource.

    ``.`` and ``..`` are refused: percent-encoding leaves dots alone, so they would reach the
    URL as dot-segments that a normalising proxy or server resolves to another route
    (``/locks/..`` is ``/``). Path values often come from untrusted input (tokens sent by a
    browser to an extension backend).
    """
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise RequestValidationError(
            f"{operation_id}: path parameter {name} must be a non-empty string, not {value!r:.40}",
            operation_id=operation_id,
        )
    if value in (".", ".."):
        raise RequestValidationError(
            f"{operation_id}: path parameter {name} cannot be {value!r}: it would address another URL",
            operation_id=operation_id,
        )
    what = f"{operation_id}: path parameter {name}"
    return quote(_encodable(str(value), what, operation_id), safe="")


def _encodable(text: str, what: str, operation_id: str | None = None) -> str:
    """``text`` if it can be sent (UTF-8): a lone surrogate cannot, and yarl would drop it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        failure = RequestValidationError(
            f"{what} is not valid Unicode (it holds a lone surrogate)", operation_id=operation_id
        )
    else:
        return text
    raise failure


def query_pairs(name: str, value: Any, operation_id: str | None = None) -> list[tuple[str, str]]:
    """The query-string pairs for one parameter (a list repeats the name)."""
    if value is None or value is UNSET:
        return []
    what = f"query parameter {name}" if operation_id is None else f"{operation_id}: query parameter {name}"
    if isinstance(value, list | tuple):
        return [(name, query_value(item, what, operation_id)) for item in value]
    return [(name, query_value(value, what, operation_id))]


def query_value(value: Any, what: str = "query value", operation_id: str | None = None) -> str:
    """A query-string (or form field) value as Chaster expects it: a string, a finite number, a
    boolean (``true``/``false``: yarl rejects bools), a date or datetime (ISO 8601; a naive
    datetime is taken as UTC, as the library reads them), a UUID or an enum member.

    Anything else (a dict, a set, bytes, an object whose ``str()`` means nothing to the server,
    NaN) is a :class:`RequestValidationError`, as is text that cannot be sent (a lone surrogate).
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return query_value(value.value, what, operation_id)
    if isinstance(value, str):
        return _encodable(value, what, operation_id)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise RequestValidationError(
                f"{what} must be a finite number, not {value!r}", operation_id=operation_id
            )
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, _dt.datetime):
        return as_aware(value).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):  # a ``format: uuid`` parameter
        return str(value)
    raise RequestValidationError(
        f"{what} must be a string, number, boolean, date, datetime, UUID or enum, not {type(value).__name__}",
        operation_id=operation_id,
    )


def request_body(operation_id: str, body: Any, model: type[Any], required: Sequence[str]) -> Any:
    """The JSON body for a request: a model's ``to_dict()`` or a plain mapping with spec field names."""
    if isinstance(body, model):
        return _json_body(operation_id, body.to_dict)
    if isinstance(body, Mapping):
        missing = [name for name in required if name not in body]
        if missing:
            raise RequestValidationError(
                f"{operation_id}: body is missing required field(s) {missing} of {model.__name__}",
                operation_id=operation_id,
            )
        return _json_body(operation_id, lambda: json_value(body))
    raise RequestValidationError(
        f"{operation_id}: body must be a {model.__name__} or a mapping, not {type(body).__name__}",
        operation_id=operation_id,
    )


def _json_body(operation_id: str, build: Callable[[], Any]) -> Any:
    try:
        return build()
    except RecursionError:  # a body that contains itself, or is nested beyond reason
        failure = RequestValidationError(
            f"{operation_id}: body refers to itself or is nested too deeply", operation_id=operation_id
        )
    raise failure  # outside the except block: no RecursionError traceback as __context__


def _payload_bytes(operation_id: str, name: str, payload: Any) -> bytes:
    """The bytes of an upload: a file object is read (from its current position) here, once."""
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, bytearray | memoryview):
        return bytes(payload)
    data = payload.read()
    if inspect.isawaitable(data):
        if inspect.iscoroutine(data):
            data.close()  # not awaited: avoid the "never awaited" warning
        raise RequestValidationError(
            f"{operation_id}: field {name} is an asynchronous file object; pass its bytes instead",
            operation_id=operation_id,
        )
    if isinstance(data, str):  # a file opened in text mode
        data = data.encode("utf-8")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RequestValidationError(
            f"{operation_id}: field {name}: read() returned {type(data).__name__}, not bytes",
            operation_id=operation_id,
        )
    return bytes(data)


# A part's Content-Type is written as given: a line break (or any control character) in it would
# add headers of the caller's to the part, or end its headers early.
_MIME_TYPE_BREAK = re.compile(r"[\x00-\x1f\x7f]")


def _part_text(operation_id: str, name: str, what: str, value: Any) -> str | None:
    """A :class:`File`'s ``file_name`` or ``mime_type``: None, or a str that can be sent."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise RequestValidationError(
            f"{operation_id}: field {name}: {what} must be a str, not {type(value).__name__}",
            operation_id=operation_id,
        )
    return _encodable(value, f"{operation_id}: field {name}: {what}", operation_id)


def _guess_file_name(file: Any) -> str | None:
    """The file name to send for an open file, as aiohttp's ``FormData`` guesses it: the last
    part of its ``name`` (never the local directories it is in); None for no usable name (a file
    descriptor number, ``<stdin>``)."""
    found = getattr(file, "name", None)
    if isinstance(found, bytes):
        found = os.fsdecode(found)
    if isinstance(found, str) and found and found[0] != "<" and found[-1] != ">":
        return Path(found).name or None
    return None


def _form_parts(operation_id: str, name: str, value: Any) -> list[FormField]:
    if value is UNSET or value is None:
        return []
    if isinstance(value, list | tuple):
        return [part for item in value for part in _form_parts(operation_id, name, item)]
    if isinstance(value, File):
        payload = _payload_bytes(operation_id, name, value.payload)
        file_name = _part_text(operation_id, name, "file_name", value.file_name)
        mime_type = _part_text(operation_id, name, "mime_type", value.mime_type)
        if mime_type is not None and _MIME_TYPE_BREAK.search(mime_type):
            raise RequestValidationError(
                f"{operation_id}: field {name}: mime_type {excerpt(repr(mime_type), 60)} holds a "
                "control character; it would end the part's Content-Type header",
                operation_id=operation_id,
            )
        return [FormField(name, payload, file_name or name, mime_type)]
    if isinstance(value, bytes | bytearray | memoryview):
        return [FormField(name, bytes(value), name, "application/octet-stream")]
    if hasattr(value, "read"):
        payload = _payload_bytes(operation_id, name, value)
        return [FormField(name, payload, _guess_file_name(value) or name, "application/octet-stream")]
    return [FormField(name, query_value(value, f"{operation_id}: field {name}", operation_id))]


def multipart_body(
    operation_id: str,
    body: Any,
    model: type[Any],
    fields: Sequence[tuple[str, str]],
    required: Sequence[str],
) -> list[FormField]:
    """The parts of a multipart/form-data body from its model or a mapping of spec field names.

    File objects (given directly or as a :class:`File` ``payload``) are read into bytes here,
    once, from their current position: the transport rebuilds the body on every attempt, and a
    file object read by the first attempt would leave a retry (after a ``429`` or a refused
    connection) sending an empty file. Multipart bodies are small uploads (attachments,
    images), so holding them in memory is fine.
    """
    if isinstance(body, model):
        values = {wire: getattr(body, python) for wire, python in fields}
    elif isinstance(body, Mapping):
        missing = [name for name in required if name not in body]
        if missing:
            raise RequestValidationError(
                f"{operation_id}: body is missing required field(s) {missing}", operation_id=operation_id
            )
        values = dict(body)
    else:
        raise RequestValidationError(
            f"{operation_id}: body must be a {model.__name__} or a mapping, not {type(body).__name__}",
            operation_id=operation_id,
        )
    return [part for name, value in values.items() for part in _form_parts(operation_id, name, value)]
