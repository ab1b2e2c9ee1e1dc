"""The runtime of generated models: UNSET, the model base, open enums, deviations and readers.

Generated models derive from :class:`SpecModel` and use the small helpers here to read data
leniently while recording how it deviated from the spec; :func:`parse_response` turns a generated
response reader's failure into a typed library error.
"""

from __future__ import annotations

import datetime as _dt
import enum
import uuid as _uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define, field, frozen

from ._redact import CALL_SECRETS, mask
from .errors import ResponseDecodeError, ResponseValidationError

__all__ = [
    "UNSET",
    "Deviation",
    "OpenIntEnum",
    "OpenStrEnum",
    "PendingModel",
    "SpecModel",
    "Unset",
    "as_aware",
    "best_model",
    "collect_deviations",
    "copy_json",
    "expected",
    "json_value",
    "null_items_are_deviations",
    "optional_datetime",
    "parse_date",
    "parse_datetime",
    "parse_response",
    "parse_uuid",
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
    # The JSON names of the required fields (generated per model): best_model() ranks union members by them.
    _required_keys: ClassVar[tuple[str, ...]] = ()

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


# Values copy_json returns as they are without asking isinstance (an ABC check is slow).
_ATOMS = frozenset({str, int, float, bool, type(None)})


def copy_json(value: Any) -> Any:
    """A copy of decoded JSON (its objects and arrays), for readers that consume what they read."""
    kind = value.__class__
    if kind is dict:  # what json.loads makes: no call for the strings and numbers inside
        return {key: item if item.__class__ in _ATOMS else copy_json(item) for key, item in value.items()}
    if kind is list:
        return [item if item.__class__ in _ATOMS else copy_json(item) for item in value]
    if kind in _ATOMS:
        return value
    if isinstance(value, Mapping):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [copy_json(item) for item in value]
    return value


def parse_datetime(value: Any) -> _dt.datetime:
    """An aware datetime from an ISO 8601 string (naive times are taken as UTC)."""
    if not isinstance(value, str):
        raise expected("an ISO 8601 date-time string", value)
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


def as_aware(value: _dt.datetime) -> _dt.datetime:
    """``value`` with a time zone: a naive datetime is taken as UTC, as the library reads them,
    so that nothing is ever sent without a zone."""
    return value if value.utcoffset() is not None else value.replace(tzinfo=_dt.UTC)


def parse_date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise expected("an ISO 8601 date string", value)
    return _dt.date.fromisoformat(value)


def parse_uuid(value: Any) -> _uuid.UUID:
    if not isinstance(value, str):
        raise expected("a UUID string", value)
    return _uuid.UUID(value)


def expected(what: str, value: Any) -> TypeError:
    """The error of a generated reader given a JSON value of the wrong type (raised only on failure).

    ``expected("an object", [])`` is ``TypeError("expected an object, got list")``.
    """
    return TypeError(f"expected {what}, got {'None' if value is None else type(value).__name__}")


def best_model(data: dict[str, Any], members: tuple[Any, ...]) -> Any:
    """The model of a union without a discriminator that reads ``data`` with the fewest deviations.

    ``members`` are the union's model classes in document order; a tie goes to the first. A
    deviation count needs a read model (nested objects included), so each candidate is read from
    its own copy of ``data`` and the winner is returned read. The required keys a member misses
    are a lower bound of its count: members are tried in the order of that bound and the search
    stops as soon as no untried member can do better, so data that fits one member exactly
    builds that member alone.
    """
    ranked = []
    for index, member in enumerate(members):
        missing = 0
        for key in member._required_keys:
            if key not in data:
                missing += 1
        ranked.append((missing, index))
    ranked.sort()
    best: Any = None
    best_rank = (0, 0)
    for bound, index in ranked:
        if best is not None and (bound, index) >= best_rank:
            break  # the rest miss at least as much and come later: none can win
        candidate = members[index]._from_json(copy_json(data))
        rank = (len(collect_deviations(candidate)), index)
        if best is None or rank < best_rank:
            best, best_rank = candidate, rank
    return best


_Parser = TypeVar("_Parser", bound=Callable[[Any], Any])


def null_items_are_deviations(parser: _Parser) -> _Parser:
    """Mark a generated response reader whose answer is a list the spec gives no ``null`` items.

    The list keeps them (lenient); :func:`parse_response` reports them in strict mode, at
    ``[index]``. Inside models, such items are recorded when the model is read (``locks[3]``).
    """
    parser.null_items_are_deviations = True  # type: ignore[attr-defined]
    return parser


def json_value(value: Any) -> Any:
    """Make a user-supplied plain value JSON-serialisable (datetimes, enums, models, UNSET)."""
    if isinstance(value, SpecModel):
        return value.to_dict()  # type: ignore[attr-defined]
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, _dt.datetime):
        return as_aware(value).isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _uuid.UUID):
        return str(value)
    if isinstance(value, Mapping):
        return {str(k): json_value(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list | tuple):
        return [json_value(v) for v in value]
    return value


_T = TypeVar("_T")


def _masked(found: list[Deviation], secrets: tuple[str, ...]) -> list[Deviation]:
    """Deviations quote server data (an unknown enum value, a key): a token the server echoed
    there, sent by the call this payload answers, is masked."""
    if not secrets:
        return found
    return [Deviation(mask(d.path, secrets), d.kind, mask(d.detail, secrets)) for d in found]


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
        problem = mask(str(exc), CALL_SECRETS.get())
        raise ResponseValidationError(
            f"{operation_id}: response does not match the spec ({type(exc).__name__}: {problem})",
            operation_id=operation_id,
        ) from None
    if strict:
        found = collect_deviations(result)
        if isinstance(result, list) and getattr(parser, "null_items_are_deviations", False):
            found[:0] = [Deviation(f"[{i}]", "null") for i, item in enumerate(result) if item is None]
        found = _masked(found, CALL_SECRETS.get())
        if found:
            shown = ", ".join(f"{d.path or '<root>'}: {d.kind}" for d in found[:5])
            more = f" and {len(found) - 5} more" if len(found) > 5 else ""
            raise ResponseValidationError(
                f"{operation_id}: response deviates from the spec: {shown}{more}",
                deviations=found,
                operation_id=operation_id,
            )
    return result
