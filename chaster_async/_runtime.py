"""Runtime support for the generated package: the contract between generated and hand-written code.

Generated endpoint modules build a :class:`Request` and hand it to a :class:`Transport` (the
facade implements one); generated models derive from :class:`SpecModel` and use the small
parse helpers here to read data leniently while recording how it deviated from the spec.
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import inspect
from collections.abc import Callable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, ClassVar, Literal, Protocol, TypeVar
from urllib.parse import quote

from attrs import define, field, frozen

from .errors import RequestValidationError, ResponseDecodeError, ResponseValidationError

__all__ = [
    "UNSET",
    "Deviation",
    "File",
    "FormField",
    "OpenIntEnum",
    "OpenStrEnum",
    "Operation",
    "Pagination",
    "Request",
    "SpecModel",
    "Transport",
    "Unset",
    "collect_deviations",
]


class Unset:
    """The type of :data:`UNSET`: a field that was absent (as opposed to ``null``)."""

    __slots__ = ()
    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"

    def __copy__(self) -> Unset:
        return self

    def __deepcopy__(self, memo: Any) -> Unset:
        return self


UNSET: Unset = Unset()


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

    ``path`` is already formatted with URL-encoded path parameters; ``params`` holds query
    parameters as strings; ``json`` is UNSET when there is no JSON body.
    """

    operation_id: str
    method: str
    path: str
    params: Sequence[tuple[str, str]] = ()
    json: Any = UNSET
    form: Sequence[FormField] | None = None
    headers: Mapping[str, str] | None = None
    expects_body: bool = False
    timeout: float | None = None


class Transport(Protocol):
    """What generated endpoint functions call to send a request.

    Returns the decoded JSON body (``None`` when the answer has no body) or raises a
    :class:`~chaster_async.errors.ChasterError`.
    """

    strict: bool

    async def send(self, request: Request) -> Any: ...


DeviationKind = Literal["missing", "null", "invalid", "unknown_enum"]


@frozen
class Deviation:
    """One way in which parsed data deviated from the spec.

    ``path`` is a dotted/indexed path from the parsed object (``"keyholder.username"``,
    ``"locks[3].status"``); ``kind`` is ``missing`` (required field absent), ``null`` (``null``
    where the spec does not allow it), ``invalid`` (wrong JSON type or unparseable value; the raw
    value is kept on the model) or ``unknown_enum`` (a value the spec's enum does not list; kept).
    """

    path: str
    kind: DeviationKind
    detail: str = ""


@define
class SpecModel:
    """Base of every generated model.

    ``from_dict`` is lazy: it keeps (a shallow copy of) the JSON object and reads it into the
    model's fields on the first access of any field, so a bot pays only for the objects it
    looks at (a page of 500 locks whose ids alone are used never builds their nested users).
    Reading is the same lenient reader either way; ``deviations()``, ``to_dict()``, ``==`` and
    ``repr`` read everything first.
    """

    _deviations: tuple[Deviation, ...] = field(init=False, factory=tuple, repr=False, eq=False)
    _raw: dict[str, Any] | None = field(init=False, default=None, repr=False, eq=False)
    # The fields that can hold models or enums (generated per model): deviations() looks only there.
    _nested_fields: ClassVar[tuple[str, ...]] = ()

    def deviations(self) -> tuple[Deviation, ...]:
        """How this object and everything nested in it deviated from the spec (empty when none)."""
        return tuple(collect_deviations(self))

    def _materialize(self, data: dict[str, Any]) -> None:
        raise NotImplementedError  # generated per model


class PendingModel:
    """The state of a model whose JSON has not been read yet; mixed into a generated subclass.

    ``Model.from_dict`` returns an instance of ``Model``'s generated ``_<Model>FromJson``
    subclass holding the JSON in ``_raw``. The first read of a field, any write, ``==``,
    ``repr`` or pickling turns it into a plain ``Model`` (``__class__`` is set to it) and reads
    the JSON into the fields. Keeping the hooks on this subclass only leaves the plain model's
    attribute reads and writes at full speed, and a field written before any was read is kept.
    """

    __slots__ = ()
    _model: ClassVar[type[SpecModel]]

    def _read_json(self) -> None:
        try:
            data = object.__getattribute__(self, "_raw")
        except AttributeError:  # built by __init__ (attrs.evolve): nothing pending
            data = None
        object.__setattr__(self, "__class__", self._model)
        if data is not None:
            model: Any = self
            model._raw = None
            model._materialize(data)

    if not TYPE_CHECKING:  # hidden from type checkers, which would otherwise allow any attribute

        def __getattr__(self, name: str) -> Any:
            # Python calls this only when normal lookup fails: here, a slot not read yet. It is
            # the path of every object of a page that is read, so _read_json is inlined.
            if name[:2] == "__":
                raise AttributeError(name)
            data = object.__getattribute__(self, "_raw")
            object.__setattr__(self, "__class__", self._model)
            if data is not None:
                self._raw = None
                self._materialize(data)
            return object.__getattribute__(self, name)

        def __setattr__(self, name: str, value: Any) -> None:
            self._read_json()
            setattr(self, name, value)

        def __eq__(self, other: object) -> bool:
            self._read_json()
            return bool(self == other)

        def __repr__(self) -> str:
            self._read_json()
            return repr(self)

        def __reduce_ex__(self, protocol: Any) -> Any:
            self._read_json()
            return self.__reduce_ex__(protocol)

        __hash__ = None


def _collect(value: Any, path: str, found: list[Deviation]) -> None:
    # Dispatch on the exact class first: this runs for every nested value of every page.
    kind = value.__class__
    if kind is list:
        for index, item in enumerate(value):
            if item is not None:
                _collect(item, f"{path}[{index}]", found)
    elif kind is dict:
        for key, item in value.items():
            _collect(item, f"{path}[{key!r}]", found)
    elif isinstance(value, SpecModel):
        prefix = f"{path}." if path else ""
        for dev in value._deviations:
            found.append(Deviation(prefix + dev.path, dev.kind, dev.detail))
        for name in value._nested_fields:
            child = getattr(value, name)
            if child is None or child is UNSET:
                continue
            if isinstance(child, _OpenEnumMixin):  # most nested fields are enums: no call, no path
                if child.is_unknown:
                    found.append(Deviation(prefix + name, "unknown_enum", repr(child._value_)))  # type: ignore[attr-defined]
                continue
            _collect(child, prefix + name, found)
    elif isinstance(value, _OpenEnumMixin) and value.is_unknown:
        found.append(Deviation(path, "unknown_enum", repr(value._value_)))  # type: ignore[attr-defined]


def collect_deviations(value: Any) -> list[Deviation]:
    """All deviations in a parsed value (a model, a list of models, ...)."""
    found: list[Deviation] = []
    _collect(value, "", found)
    return found


class _OpenEnumMixin:
    """Keeps enum values the spec does not know instead of raising.

    An unknown value becomes a pseudo-member, not stored on the class, whose ``is_unknown`` is
    true and whose ``value`` is the raw value, so that it round-trips through ``to_dict``.
    """

    @property
    def is_unknown(self) -> bool:
        return self._value_ not in type(self)._value2member_map_  # type: ignore[attr-defined]


class OpenStrEnum(_OpenEnumMixin, enum.StrEnum):
    """A string enum that keeps unknown values (see :class:`_OpenEnumMixin`)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}"
        member._value_ = value
        return member


class OpenIntEnum(_OpenEnumMixin, enum.IntEnum):
    """An integer enum that keeps unknown values (see :class:`_OpenEnumMixin`)."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        if isinstance(value, float) and not value.is_integer():  # also NaN and +-inf (OverflowError)
            return None
        member = int.__new__(cls, int(value))
        member._name_ = f"UNKNOWN_{int(value)}"
        member._value_ = int(value)
        return member


def copy_json(value: Any) -> Any:
    """A copy of decoded JSON (its objects and arrays), for readers that consume what they read."""
    if isinstance(value, Mapping):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [copy_json(item) for item in value]
    return value


def parse_datetime(value: Any) -> _dt.datetime:
    """An aware datetime from an ISO 8601 string (naive times are taken as UTC)."""
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string, got {type(value).__name__}")
    parsed = _dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_dt.UTC)
    return parsed


def optional_datetime(value: Any) -> _dt.datetime | None:
    """Like :func:`parse_datetime` for a value that may be missing or unreadable (then None)."""
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)
    try:
        return parse_datetime(value)
    except (TypeError, ValueError):
        return None


def parse_date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 date string, got {type(value).__name__}")
    return _dt.date.fromisoformat(value)


def path_value(operation_id: str, name: str, value: Any) -> str:
    """A URL-encoded path segment; a clear error for values that cannot name a resource.

    ``.`` and ``..`` are refused: percent-encoding leaves dots alone, so they would reach the
    URL as dot-segments that a normalising proxy or server resolves to another route
    (``/locks/..`` is ``/``). Path values often come from untrusted input (tokens sent by a
    browser to an extension backend).
    """
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise RequestValidationError(
            f"{operation_id}: path parameter {name} must be a non-empty string, not {value!r:.40}"
        )
    if value in (".", ".."):
        raise RequestValidationError(
            f"{operation_id}: path parameter {name} cannot be {value!r}: it would address another URL"
        )
    return quote(str(value), safe="")


def query_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """The query-string pairs for one parameter (a list repeats the name)."""
    if value is None or value is UNSET:
        return []
    if isinstance(value, list | tuple):
        return [(name, query_value(item)) for item in value]
    return [(name, query_value(value))]


def query_value(value: Any) -> str:
    """A query-string value as Chaster expects it (yarl rejects bools, so they become true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, _dt.datetime):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def json_value(value: Any) -> Any:
    """Make a user-supplied plain value JSON-serialisable (datetimes, enums, models, UNSET)."""
    if isinstance(value, SpecModel):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime | _dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


def request_body(operation_id: str, body: Any, model: type[Any], required: Sequence[str]) -> Any:
    """The JSON body for a request: a model's ``to_dict()`` or a plain mapping with spec field names."""
    if isinstance(body, model):
        return body.to_dict()
    if isinstance(body, Mapping):
        missing = [name for name in required if name not in body]
        if missing:
            raise RequestValidationError(
                f"{operation_id}: body is missing required field(s) {missing} of {model.__name__}"
            )
        return json_value(body)
    raise RequestValidationError(
        f"{operation_id}: body must be a {model.__name__} or a mapping, not {type(body).__name__}"
    )


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
            f"{operation_id}: field {name} is an asynchronous file object; pass its bytes instead"
        )
    if isinstance(data, str):  # a file opened in text mode
        data = data.encode("utf-8")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise RequestValidationError(
            f"{operation_id}: field {name}: read() returned {type(data).__name__}, not bytes"
        )
    return bytes(data)


def _form_parts(operation_id: str, name: str, value: Any) -> list[FormField]:
    if value is UNSET or value is None:
        return []
    if isinstance(value, list | tuple):
        return [part for item in value for part in _form_parts(operation_id, name, item)]
    if isinstance(value, File):
        payload = _payload_bytes(operation_id, name, value.payload)
        return [FormField(name, payload, value.file_name or name, value.mime_type)]
    if isinstance(value, bytes | bytearray | memoryview):
        return [FormField(name, bytes(value), name, "application/octet-stream")]
    if hasattr(value, "read"):
        payload = _payload_bytes(operation_id, name, value)
        return [FormField(name, payload, getattr(value, "name", name), "application/octet-stream")]
    return [FormField(name, query_value(value))]


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
            raise RequestValidationError(f"{operation_id}: body is missing required field(s) {missing}")
        values = dict(body)
    else:
        raise RequestValidationError(
            f"{operation_id}: body must be a {model.__name__} or a mapping, not {type(body).__name__}"
        )
    return [part for name, value in values.items() for part in _form_parts(operation_id, name, value)]


_T = TypeVar("_T")


def parse_response(
    operation_id: str, payload: Any, parser: Callable[[Any], _T], *, strict: bool = False
) -> _T:
    """Run a generated response parser, turning any failure into a typed library error."""
    try:
        result = parser(payload)
    except ResponseDecodeError:
        raise
    except (
        TypeError,
        ValueError,
        KeyError,
        AttributeError,
        IndexError,
        RecursionError,
        ArithmeticError,
    ) as exc:
        raise ResponseValidationError(
            f"{operation_id}: response does not match the spec ({type(exc).__name__}: {exc})",
            operation_id=operation_id,
        ) from None
    if strict:
        found = collect_deviations(result)
        if found:
            shown = ", ".join(f"{d.path or '<root>'}: {d.kind}" for d in found[:5])
            more = f" and {len(found) - 5} more" if len(found) > 5 else ""
            raise ResponseValidationError(
                f"{operation_id}: response deviates from the spec: {shown}{more}",
                deviations=found,
                operation_id=operation_id,
            )
    return result


PaginationStyle = Literal["page", "cursor", "last_id", "pagination_last_id", "offset_date"]


@frozen
class Pagination:
    """How an operation paginates, as detected from the spec by the generator.

    ``style``:
      - ``page``: a page number (``cursor_param``, starting at 0) and ``pages``/``total`` counts.
      - ``cursor``: an opaque cursor the response hands back in ``next_cursor_field``.
      - ``last_id``: the id of the last item seen (``cursor_param``) and a ``hasMore`` flag.
      - ``pagination_last_id``: like ``last_id`` but the cursor is each item's ``paginationId``.
      - ``offset_date``: the date of the last item seen (``cursor_param``, for conversations).
    ``location`` says where the page/cursor/limit parameters go (``query`` or ``body``);
    ``items_field`` names the list in the response (``None``: the response is the list);
    ``cursor_field`` names the field of an item that becomes the next cursor.
    """

    style: PaginationStyle
    location: Literal["query", "body"]
    items_field: str | None
    cursor_param: str | None = None
    cursor_field: str | None = None
    limit_param: str | None = None
    has_more_field: str | None = None
    pages_field: str | None = None
    total_field: str | None = None
    next_cursor_field: str | None = None
    # (spec name, Python name) of every parameter and field above, as the generator named them
    # (``lastId`` -> ``last_id``, ``_id`` -> ``id``): keyword arguments and model attributes.
    python_names: tuple[tuple[str, str], ...] = ()

    def python_name(self, name: str) -> str:
        """The Python keyword argument or model attribute for a spec name used above."""
        for spec_name, python in self.python_names:
            if spec_name == name:
                return python
        return name


@frozen
class Operation:
    """One row of :data:`chaster_async.operations.OPERATIONS`."""

    operation_id: str
    name: str
    method: str
    path: str
    tag: str
    scopes: frozenset[str]
    requires_auth: bool
    pagination: Pagination | None
    module: str
    deprecated: bool = False
    summary: str = ""
    has_body: bool = False
    returns_body: bool = False

    def parse(self, payload: Any, *, strict: bool = False) -> Any:
        """Turn a decoded JSON response into this operation's typed return value."""
        module = importlib.import_module(self.module)
        # The reader takes the JSON apart as it reads it: give it a copy, not the caller's data.
        return parse_response(self.operation_id, copy_json(payload), module._parse_response, strict=strict)
