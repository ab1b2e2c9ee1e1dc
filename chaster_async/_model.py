"""The runtime of generated models: UNSET, the model base, open enums, deviations and readers.

Generated models derive from :class:`SpecModel`. Each holds two generated pieces:

- ``_spec()``, a table of its fields (Python name, JSON name, :class:`Kind`, required, nullable).
  Everything generic is read from it: :func:`read_field`, the lenient reader of one field
  (missing, ``null``, wrong types, unknown enum values, lists, unions...), ``to_dict``,
  ``deviations()`` and :func:`best_model`;
- ``_read(data)``, the fast path: one statement per field that takes the plain case (a string
  where a string is due, an object where a model is due...) and hands anything else to
  :func:`read_field`.

:func:`parse_response` turns a generated response reader's failure into a typed library error.
"""

from __future__ import annotations

import datetime as _dt
import enum
import operator
import threading
import uuid as _uuid
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, TypeVar

from attrs import frozen

from ._redact import CALL_SECRETS, mask
from .errors import ResponseDecodeError, ResponseValidationError

if TYPE_CHECKING:
    from typing import Self

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "NULL",
    "NUMBER",
    "STR",
    "UNSET",
    "UUID",
    "Deviation",
    "Field",
    "JSONValue",
    "Kind",
    "OpenIntEnum",
    "OpenStrEnum",
    "PendingModel",
    "SpecModel",
    "Unset",
    "as_aware",
    "best_model",
    "collect_deviations",
    "const",
    "copy_json",
    "date_or_none",
    "datetime_or_none",
    "enum_list",
    "enum_of",
    "expected",
    "json_list",
    "json_value",
    "list_of",
    "model_list",
    "model_of",
    "null_items_are_deviations",
    "number_list",
    "optional_datetime",
    "parse_date",
    "parse_datetime",
    "parse_response",
    "parse_uuid",
    "read_field",
    "tagged",
    "union_of",
    "uuid_or_none",
]


# What an operation whose spec declares no response schema returns: the decoded JSON as is
# (None for an empty answer), rather than dropping what the server said.
JSONValue: TypeAlias = dict[str, Any] | list[Any] | str | int | float | bool | None


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


# Exceptions a value reader raises for data of the wrong shape; anything else is a bug.
READ_ERRORS = (TypeError, ValueError, KeyError, AttributeError, ArithmeticError)


def expected(what: str, value: Any) -> TypeError:
    """The error of a reader given a JSON value of the wrong type (raised only on failure).

    ``expected("an object", [])`` is ``TypeError("expected an object, got list")``.
    """
    return TypeError(f"expected {what}, got {'None' if value is None else type(value).__name__}")


# -- what a field holds: the kinds read_field interprets -------------------------------------------

_Found = list[Deviation]


class Kind:
    """What a JSON value of a field is, and how to read one that is not ``null``.

    ``read`` returns the Python value or raises one of ``READ_ERRORS`` (the field is then
    ``invalid`` and keeps its raw value); it may append deviations found inside the value (a
    ``null`` item of a list, an unknown enum value) to ``found``, with paths under ``path``
    (the attribute path) and ``key`` (the same in JSON names).
    """

    __slots__ = ("noun",)
    nests = False  # whether a value can hold a model (deviations() looks inside those fields only)

    def __init__(self, noun: str) -> None:
        self.noun = noun

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.noun}>"


class _Json(Kind):
    """A JSON string, number or boolean, taken as it is when its type is right (or anything)."""

    __slots__ = ("types",)

    def __init__(self, noun: str, types: tuple[type, ...] | None) -> None:
        super().__init__(noun)
        self.types = types

    def accepts(self, value: Any) -> bool:
        return self.types is None or value.__class__ in self.types

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if self.types is None or value.__class__ in self.types:
            return value
        raise expected(self.noun, value)


class _Parsed(Kind):
    """A string parsed into a Python value (a date-time, a date, a UUID)."""

    __slots__ = ("parse",)

    def __init__(self, noun: str, parse: Callable[[Any], Any]) -> None:
        super().__init__(noun)
        self.parse = parse

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        return self.parse(value)


class _Null(Kind):
    __slots__ = ()

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if value is not None:
            raise expected("null", value)
        return None


class _File(Kind):
    """Only a body model holds files (bytes, File, a file object): kept as given."""

    __slots__ = ()

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        return value


class _Const(Kind):
    __slots__ = ("types", "value")

    def __init__(self, value: str | int | float | bool) -> None:
        super().__init__(repr(value))
        self.value = value
        self.types: tuple[type, ...] = (
            (bool,) if isinstance(value, bool) else (int, float) if isinstance(value, int | float) else (str,)
        )

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if value.__class__ in self.types and value == self.value:
            return value
        raise ValueError(f"expected {self.value!r}, got " + repr(value)[:40])


class _Enum(Kind):
    """An open enum: a value the spec does not list becomes a pseudo-member and a deviation."""

    __slots__ = ("cls", "types")

    def __init__(self, cls: type[enum.Enum]) -> None:
        super().__init__(f"a {cls.__name__} value")
        self.cls = cls
        self.types: tuple[type, ...] = (str,) if issubclass(cls, str) else (int, float)

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        member = self.cls._value2member_map_.get(value)  # TypeError for a list or an object
        if member is None:
            member = self.cls(value)  # ValueError for a value of the wrong type
            found.append(Deviation(path, "unknown_enum", repr(member._value_)))
        return member


class _Model(Kind):
    __slots__ = ("cls",)
    nests = True

    def __init__(self, cls: type[SpecModel]) -> None:
        super().__init__("an object")
        self.cls = cls

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if not isinstance(value, dict):
            raise expected("an object", value)
        return self.cls._from_json(value)


class _List(Kind):
    __slots__ = ("item", "nullable_items")

    def __init__(self, item: Kind, nullable_items: bool) -> None:
        super().__init__("an array")
        self.item = item
        self.nullable_items = nullable_items

    @property
    def nests(self) -> bool:  # type: ignore[override]
        return self.item.nests

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if not isinstance(value, list):
            raise expected("an array", value)
        item = self.item
        if isinstance(item, _Json):
            # The list is kept as it is: a valid item costs its check alone; a null one is recorded.
            if item.types is None:
                return value
            nulls = False
            for entry in value:
                if entry.__class__ not in item.types:
                    if entry is not None:
                        raise expected(item.noun, entry)
                    nulls = True
            if nulls and not self.nullable_items:
                for index, entry in enumerate(value):
                    if entry is None:
                        found.append(Deviation(f"{path}[{index}]", "null", f"{key}[{index}]"))
            return value
        entries = value
        if item.nests:
            # An object's reader takes its JSON apart (at once while deviations() reads a whole
            # subtree): an item found unreadable after others were read would leave the raw list,
            # which the "invalid" field keeps, with their objects emptied. So every item's shape
            # is checked before any is read; where only reading can tell, copies are read.
            for entry in value:
                if entry is not None and not _shape_fits(item, entry):
                    raise expected(item.noun, entry)
            if _eager and not isinstance(item, _Model | _Tagged):
                entries = copy_json(value)
        out: list[Any] = []
        for entry in entries:
            if entry is None:
                if not self.nullable_items:
                    found.append(Deviation(f"{path}[{len(out)}]", "null", f"{key}[{len(out)}]"))
                out.append(None)
            else:
                out.append(item.read(entry, f"{path}[{len(out)}]", f"{key}[{len(out)}]", found))
        return out


def _shape_fits(item: Kind, entry: Any) -> bool:
    """Whether ``entry`` can be read as ``item`` as far as its shape tells (True when only reading
    can tell): an object for a model, an object naming a member for a tagged union."""
    if isinstance(item, _Model):
        return entry.__class__ is dict
    if isinstance(item, _Tagged):
        if entry.__class__ is not dict:
            return False
        try:
            return entry.get(item.key) in item.members
        except TypeError:  # a tag that is a list or an object
            return False
    return True


class _Tagged(Kind):
    """A union whose members say which they are (a discriminator, or a one-value enum on each)."""

    __slots__ = ("key", "members")
    nests = True

    def __init__(self, key: str, members: Mapping[Any, Kind]) -> None:
        super().__init__("an object")
        self.key = key
        self.members = dict(members)

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if not isinstance(value, dict):
            raise expected("an object", value)
        tag = value.get(self.key)
        member = self.members.get(tag)  # TypeError for a list or an object
        if member is None:
            raise ValueError(f"unknown {self.key}: " + repr(tag)[:40])
        return member.read(value, path, key, found)


class _Union(Kind):
    """A union without a discriminator: the member the data fits with the fewest deviations.

    An object can only be one of the model members: with several, :func:`best_model` reads it as
    each (cheapest first) and keeps the best. Other values are tried against the other members in
    document order, enums knowing the value first; a value no enum knows is kept by the first enum
    of its JSON type (an ``unknown_enum`` deviation).
    """

    __slots__ = ("fallback", "models", "others")

    def __init__(self, members: Sequence[Kind]) -> None:
        super().__init__(" or ".join(dict.fromkeys(member.noun for member in members)))
        self.models = tuple(member.cls for member in members if isinstance(member, _Model))
        self.others = tuple(member for member in members if not isinstance(member, _Model))
        fallback: dict[type, _Enum] = {}
        for member in self.others:
            if isinstance(member, _Enum):
                for json_type in member.types:
                    fallback.setdefault(json_type, member)
        self.fallback = fallback

    @property
    def nests(self) -> bool:  # type: ignore[override]
        return bool(self.models) or any(member.nests for member in self.others)

    def read(self, value: Any, path: str, key: str, found: _Found) -> Any:
        if self.models and isinstance(value, dict):
            if len(self.models) == 1:
                return self.models[0]._from_json(value)
            return best_model(value, self.models)
        for member in self.others:
            if isinstance(member, _Json):
                if member.accepts(value):
                    return value
                continue
            if isinstance(member, _Enum):
                known = member.cls._value2member_map_.get(value) if value.__class__ in member.types else None
                if known is not None:
                    return known
                continue
            mark = len(found)
            try:
                return member.read(value, path, key, found)
            except READ_ERRORS:
                del found[mark:]
        enum_kind = self.fallback.get(value.__class__)
        if enum_kind is not None:
            return enum_kind.read(value, path, key, found)
        raise expected(self.noun, value)


def parse_datetime(value: Any) -> _dt.datetime:
    """An aware datetime from an ISO 8601 string (naive times are taken as UTC)."""
    if not isinstance(value, str):
        raise expected("an ISO 8601 date-time string", value)
    parsed = _dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_dt.UTC)
    return parsed


def parse_date(value: Any) -> _dt.date:
    if not isinstance(value, str):
        raise expected("an ISO 8601 date string", value)
    return _dt.date.fromisoformat(value)


def parse_uuid(value: Any) -> _uuid.UUID:
    if not isinstance(value, str):
        raise expected("a UUID string", value)
    return _uuid.UUID(value)


STR: Kind = _Json("a string", (str,))
NUMBER: Kind = _Json("a number", (int, float))
BOOL: Kind = _Json("a boolean", (bool,))
ANY: Kind = _Json("any value", None)
DATETIME: Kind = _Parsed("an ISO 8601 date-time string", parse_datetime)
DATE: Kind = _Parsed("an ISO 8601 date string", parse_date)
UUID: Kind = _Parsed("a UUID string", parse_uuid)
NULL: Kind = _Null("null")
FILE: Kind = _File("a file")


def enum_of(cls: type[enum.Enum]) -> Kind:
    return _Enum(cls)


def model_of(cls: type[SpecModel]) -> Kind:
    return _Model(cls)


def list_of(item: Kind, *, nullable_items: bool = False) -> Kind:
    return _List(item, nullable_items)


def union_of(*members: Kind) -> Kind:
    """A union without a discriminator (members in document order, ``null`` left out)."""
    return _Union(members)


def tagged(key: str, members: Mapping[Any, Kind]) -> Kind:
    """A union read as the member that the value of ``key`` names."""
    return _Tagged(key, members)


def const(value: str | int | float | bool) -> Kind:
    return _Const(value)


class Field:
    """One field of a model, as its generated ``_spec()`` lists it."""

    __slots__ = ("key", "kind", "name", "nullable", "required")

    def __init__(
        self, name: str, key: str, kind: Kind, required: bool = False, nullable: bool = False
    ) -> None:
        self.name = name  # the attribute
        self.key = key  # the JSON name
        self.kind = kind
        self.required = required
        self.nullable = nullable

    def __repr__(self) -> str:
        return f"Field({self.name!r}, {self.key!r}, {self.kind!r}, required={self.required}, nullable={self.nullable})"


class _Table:
    """What the runtime derives from a model's ``_spec()``, once per class (on first use)."""

    __slots__ = ("by_name", "children", "json_names", "nested", "required_keys")

    def __init__(self, fields: Sequence[Field]) -> None:
        self.by_name = {f.name: f for f in fields}
        self.json_names = tuple((f.name, f.key) for f in fields)
        self.nested = tuple(f.name for f in fields if f.kind.nests)  # where deviations can hide
        # the values of those fields, as a tuple, in one call
        self.children: Callable[[Any], tuple[Any, ...]] | None = (
            None
            if not self.nested
            else operator.attrgetter(*self.nested)
            if len(self.nested) > 1
            else operator.attrgetter(self.nested[0], self.nested[0])
        )
        self.required_keys = tuple(f.key for f in fields if f.required)  # best_model ranks by them


def _table_of(cls: type[SpecModel]) -> _Table:
    table = cls._table
    if table is None:
        model = cls._model_class()
        table = model._table = _Table(model._spec())
    return table


def read_field(obj: Any, name: str, value: Any) -> Any:
    """Read one field's JSON value leniently (the fast path of ``_read`` took the plain case).

    Returns what the field holds: ``UNSET`` for a missing value, ``None`` for ``null``, the read
    value, or the raw value when it cannot be read; each deviation is added to ``obj``'s own.
    """
    field = _table_of(obj.__class__).by_name[name]
    if value is UNSET:
        if field.required:
            _record(obj, (Deviation(name, "missing", field.key),))
        return UNSET
    if value is None:
        if not field.nullable:
            _record(obj, (Deviation(name, "null", field.key),))
        return None
    found: _Found = []
    try:
        result = field.kind.read(value, name, field.key, found)
    except READ_ERRORS:  # a field read wrongly as a whole is one "invalid" deviation, not also its items'
        _record(obj, (Deviation(name, "invalid", field.key),))
        return value
    if found:
        _record(obj, tuple(found))
    return result


# How many times a deviation was recorded, ever: a subtree read at once (_fill_all) during which
# it did not move has none, and deviations() need not walk it. Another thread's reads can only
# move it too (then the walk runs: nothing is missed).
_recorded = 0


def _record(obj: Any, found: tuple[Deviation, ...]) -> None:
    global _recorded
    obj._deviations += found
    _recorded += 1


# -- the fast path's helpers: None when the value is not the plain case ---------------------------

_fromisoformat = _dt.datetime.fromisoformat
_UTC = _dt.UTC


def datetime_or_none(value: Any) -> _dt.datetime | None:
    """An aware datetime from an ISO 8601 string, else None (then the field goes to read_field)."""
    if value.__class__ is str:
        try:
            parsed = _fromisoformat(value)
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=_UTC)
    return None


def date_or_none(value: Any) -> _dt.date | None:
    if value.__class__ is str:
        try:
            return _dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def uuid_or_none(value: Any) -> _uuid.UUID | None:
    if value.__class__ is str:
        try:
            return _uuid.UUID(value)
        except ValueError:
            return None
    return None


def model_list(value: Any, cls: type[SpecModel]) -> list[Any] | None:
    """A list of objects as (lazy) ``cls`` models, else None (a null item, a wrong type).

    The list is the reader's own (decoded for this model): its items are replaced in place.
    """
    if value.__class__ is not list:
        return None
    for item in value:
        if item.__class__ is not dict:
            return None
    index = 0
    if _eager:
        model = cls._model_class()
        for item in value:
            value[index] = _read_now(model, item)
            index += 1
        return value
    pending = cls._pending or _make_pending(cls)
    for item in value:
        obj = _new(pending)
        obj._raw = item
        value[index] = obj
        index += 1
    return value


def json_list(value: Any, json_type: type) -> list[Any] | None:
    """A list whose items are all of ``json_type`` (``str``, ``bool``...), as it is; else None."""
    if value.__class__ is not list:
        return None
    for item in value:
        if item.__class__ is not json_type:
            return None
    return value


def number_list(value: Any) -> list[Any] | None:
    if value.__class__ is not list:
        return None
    for item in value:
        if item.__class__ is not int and item.__class__ is not float:
            return None
    return value


def enum_list(value: Any, cls: type[enum.Enum]) -> list[Any] | None:
    """A list of values ``cls`` knows, as a list of its members; else None."""
    if value.__class__ is not list:
        return None
    members = cls._value2member_map_
    out = []
    for item in value:
        member = members.get(item) if item.__class__ in _ATOMS else None
        if member is None:
            return None
        out.append(member)
    return out


def optional_datetime(value: Any) -> _dt.datetime | None:
    """Like :func:`parse_datetime` for a value that may be missing or unreadable (then None)."""
    if isinstance(value, _dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=_dt.UTC)
    try:
        return parse_datetime(value)
    except (TypeError, ValueError):
        return None


# -- the model base and lazy reading ---------------------------------------------------------------


class SpecModel:
    """Base of every generated model.

    ``from_dict`` is lazy: it keeps (a shallow copy of) the JSON object and reads it into the
    model's fields on the first access of any field, so a bot pays only for the objects it
    looks at (a page of 500 locks whose ids alone are used never builds their nested users).
    Reading is the same lenient reader either way; ``deviations()``, ``to_dict()``, ``==`` and
    ``repr`` read everything first.

    The reader's state lives in two slots that are not attrs fields (``attrs.fields``,
    ``attrs.asdict`` and ``attrs.evolve`` see the spec's fields and ``additional_properties``
    only): ``_raw``, the JSON not read yet, and ``_deviations``, what reading this object found.
    """

    __slots__ = ("_deviations", "_raw")

    additional_properties: dict[str, Any]  # an attrs field of every generated model

    # The subclass from_dict's objects start as, made on first use (see PendingModel).
    _pending: ClassVar[type[Any] | None] = None
    _lazy: ClassVar[bool] = False  # true on the pending and filling classes
    _filling: ClassVar[type[Any] | None] = None  # on a pending class: its filling class
    _table: ClassVar[_Table | None] = None

    @staticmethod
    def _spec() -> Sequence[Field]:
        """The fields, generated per model (see :class:`Field`)."""
        return ()

    def _read(self, data: dict[str, Any]) -> None:
        """Read the JSON object ``data`` into the fields (generated per model; may take ``data`` apart)."""
        raise NotImplementedError

    @classmethod
    def _model_class(cls) -> type[SpecModel]:
        return cls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> Self:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        obj: Any
        if _eager:  # deviations() is reading a whole subtree (see _fill_all): read it now
            obj = _new(cls._model_class())
            obj._deviations = ()
            obj._read(data)
            obj._raw = None
        else:
            obj = _new(cls._pending or _make_pending(cls))
            obj._raw = data
        return obj  # type: ignore[no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        out = dict(self.additional_properties)
        for name, key in _table_of(type(self)).json_names:
            value = getattr(self, name)
            if value is not UNSET:
                out[key] = value if value.__class__ in _ATOMS else json_value(value)
        return out

    def deviations(self) -> tuple[Deviation, ...]:
        """How this object and everything nested in it deviated from the spec (empty when none)."""
        return tuple(_model_deviations(self))

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_new = object.__new__
# One lock for every first read: a reader that finds an object being read by another thread
# waits for it (reentrant: reading a union member reads its candidates).
_LOCK = threading.RLock()
_acquire = _LOCK.acquire
_release = _LOCK.release


def _fill(obj: Any) -> bool:
    """Read a pending object's JSON into its fields, then make it a plain model (True if this call did).

    The fields are filled while the object is of the model's *filling* class (no hooks, so the
    reader's stores run at full speed; a read of a field not filled yet waits on the lock) and
    the object becomes the plain model only once all of them are there: a thread that reads a
    field never finds it missing.
    """
    _acquire()
    try:
        cls = obj.__class__
        filling = cls._filling
        if filling is None:  # read already (or being read by this thread)
            return False
        try:
            data = obj._raw
        except AttributeError:  # built by __init__ (attrs.evolve of a pending model): nothing to read
            obj.__class__ = cls._model
            return False
        obj.__class__ = filling
        try:
            obj._deviations = ()
            obj._read(data)
        finally:  # after an error (a bug, or MemoryError) the fields read so far stay, the rest raise
            obj._raw = None
            obj.__class__ = cls._model
        return True
    finally:
        _release()


# True while a thread holding _LOCK reads a whole subtree (_fill_all): the objects made then are
# read at once. Another thread that makes a model meanwhile reads it at once too (it is its own
# until returned): only eagerness leaks.
_eager = False


def _read_now(model: type[SpecModel], data: dict[str, Any]) -> SpecModel:
    """A plain ``model`` read from ``data`` at once (nobody else sees it before it is returned)."""
    obj: Any = _new(model)
    obj._deviations = ()
    obj._read(data)
    obj._raw = None
    return obj  # type: ignore[no-any-return]


def _fill_all(obj: Any) -> bool:
    """Read a pending object and everything nested in it (``deviations()``, strict mode).

    The nested objects are made read (no pending state, no lock or class switch per object):
    a subtree that is read as a whole costs less than touching each of its objects. False when
    another thread read the object first (its nested objects may then be pending).
    """
    global _eager
    _acquire()
    try:
        if _eager:
            return _fill(obj)
        _eager = True
        try:
            return _fill(obj)
        finally:
            _eager = False
    finally:
        _release()


class _Trigger:
    """A field of a pending model: reading or writing it reads the JSON first."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        _fill(obj)
        return getattr(obj, self.name)

    def __set__(self, obj: Any, value: Any) -> None:
        _fill(obj)
        setattr(obj, self.name, value)


class PendingModel:
    """The state of a model whose JSON has not been read yet; mixed into a subclass made per model.

    ``Model.from_dict`` returns an instance of ``Model``'s pending subclass (made on first use,
    named like the model) holding the JSON in ``_raw``. The subclass shadows each field with a
    descriptor: the first read of a field, any write, ``==``, ``repr`` or pickling reads the JSON
    into the fields and sets ``__class__`` to the plain ``Model`` (see :func:`_fill`). Keeping the
    hooks on this subclass only leaves the plain model's attribute reads and writes at full speed,
    and a field written before any was read is kept.
    """

    __slots__ = ()
    _lazy: ClassVar[bool] = True
    _model: ClassVar[type[SpecModel]]
    _filling: ClassVar[type[Any] | None]

    @classmethod
    def _model_class(cls) -> type[SpecModel]:
        return cls._model

    if not TYPE_CHECKING:  # hidden from type checkers

        def __eq__(self, other: object) -> bool:
            _fill(self)
            return bool(self == other)

        def __repr__(self) -> str:
            _fill(self)
            return repr(self)

        def __reduce_ex__(self, protocol: Any) -> Any:
            _fill(self)
            return self.__reduce_ex__(protocol)

        __hash__ = None


class _FillingModel:
    """The state of a model while its JSON is read into it (see :func:`_fill`)."""

    __slots__ = ()
    _lazy: ClassVar[bool] = True
    _model: ClassVar[type[SpecModel]]
    _filling: ClassVar[None] = None

    @classmethod
    def _model_class(cls) -> type[SpecModel]:
        return cls._model

    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            # a field not filled yet, read by another thread: wait for the reader, then read it
            if name[:2] == "__":
                raise AttributeError(name)
            _fill(self)
            return object.__getattribute__(self, name)


def _make_pending(cls: type[SpecModel]) -> type[Any]:
    """Make the pending and filling subclasses of a model (once, on its first ``from_dict``)."""
    model = cls._model_class()
    with _LOCK:
        if model.__dict__.get("_pending") is None:
            # Named like the model, so that logs and type(x).__name__ read the same before and after.
            names = {"__slots__": (), "__module__": model.__module__, "__qualname__": model.__qualname__}
            filling = type(model.__name__, (_FillingModel, model), {**names, "_model": model})
            fields = {a.name: _Trigger(a.name) for a in model.__attrs_attrs__}  # type: ignore[attr-defined]
            pending = type(
                model.__name__,
                (PendingModel, model),
                {**names, **fields, "_model": model, "_filling": filling},
            )
            model._pending = pending
    made = model._pending
    assert made is not None
    return made


# -- deviations() ----------------------------------------------------------------------------------

_NONE: tuple[Deviation, ...] = ()


def _under(head: str, found: Sequence[Deviation]) -> list[Deviation]:
    """``found`` (paths relative to a value) with paths from the value's parent: ``head`` leads."""
    return [
        Deviation(
            head if not d.path else head + d.path if d.path[0] == "[" else f"{head}.{d.path}",
            d.kind,
            d.detail,
        )
        for d in found
    ]


def _model_deviations(model: Any) -> Sequence[Deviation]:
    cls = model.__class__
    if cls._lazy:
        before = _recorded
        if _fill_all(model) and _recorded == before:  # read now with everything in it: nothing deviated
            return _NONE
        cls = model.__class__
    own: Sequence[Deviation]
    try:
        own = model._deviations
    except AttributeError:  # built by its constructor: nothing was read
        own = _NONE
    table = cls._table or _table_of(cls)
    children = table.children
    if children is None:
        return own
    found: list[Deviation] | None = None
    index = 0
    for child in children(model):
        if isinstance(child, SpecModel):
            sub = _model_deviations(child)
        elif child.__class__ is list:
            sub = _list_deviations(child, False)
        else:  # None, UNSET, an enum (checked when read), a raw value kept as invalid
            index += 1
            continue
        if sub:
            if found is None:
                found = list(own)
            found += _under(table.nested[index], sub)
        index += 1
        if index == len(table.nested):  # a one-field model's getter names it twice
            break
    return own if found is None else found


def _list_deviations(items: list[Any], top: bool) -> Sequence[Deviation]:
    found: list[Deviation] | None = None
    index = 0
    for item in items:
        if isinstance(item, SpecModel):
            sub = _model_deviations(item)
        elif item.__class__ in _ATOMS:
            sub = _NONE
        else:
            sub = _deviations_in(item, top)
        if sub:
            if found is None:
                found = []
            found += _under(f"[{index}]", sub)
        index += 1
    return _NONE if found is None else found


def _deviations_in(value: Any, top: bool) -> Sequence[Deviation]:
    kind = value.__class__
    if kind is list:
        return _list_deviations(value, top)
    if isinstance(value, SpecModel):
        return _model_deviations(value)
    if kind is dict:
        found: list[Deviation] = []
        for key, item in value.items():
            found += _under(f"[{key!r}]", _deviations_in(item, top))
        return found
    # Inside a model an enum was checked when it was read; a top-level one (a response) is checked here.
    if top and isinstance(value, _OpenEnumMixin) and value.is_unknown:
        return (Deviation("", "unknown_enum", repr(value._value_)),)  # type: ignore[attr-defined]
    return _NONE


def collect_deviations(value: Any) -> list[Deviation]:
    """All deviations in a parsed value (a model, a list of models, ...)."""
    return list(_deviations_in(value, True))


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


def as_aware(value: _dt.datetime) -> _dt.datetime:
    """``value`` with a time zone: a naive datetime is taken as UTC, as the library reads them,
    so that nothing is ever sent without a zone."""
    return value if value.utcoffset() is not None else value.replace(tzinfo=_dt.UTC)


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
        for key in _table_of(member).required_keys:
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
        return value.to_dict()
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
