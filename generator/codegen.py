"""Python source for the lenient readers of models and responses.

openapi-python-client's own property templates read data strictly (a missing required field is a
KeyError, an unknown enum value a ValueError). Chaster's real data is looser than its spec, so
the readers here are generated from the parsed properties instead:

- a model gets a field table (``_spec()``: each field's JSON name and runtime ``Kind``, see
  :func:`kind_expression`) that ``chaster_async._model.read_field`` interprets leniently, and a
  fast path (``_read``, :func:`model_read_lines`): one statement per field that takes the plain
  case inline and hands anything else to ``read_field``. Inlining pays only for the shapes that
  fill a page (strings, numbers, booleans, enums, dates, objects, lists of objects); unions,
  consts and the rest always go to the table;
- an endpoint gets a response reader (:class:`Reader`) that raises on a wrong top-level shape.

The Jinja templates call these functions through globals registered in ``build.py``.

Every property kind the readers handle is listed in ``_NOUNS``; a document with any other kind
is refused (:func:`unsupported`) rather than read by guesswork.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from .errors import GenerationError

# Exceptions a value reader may raise for data of the wrong shape; anything else is a bug.
READ_ERRORS = "(TypeError, ValueError, KeyError, AttributeError, ArithmeticError)"

# The runtime names the response readers use. The endpoint template imports them all (the
# formatting step drops those a module does not use); build.py refuses a generated tree that
# uses a name nothing defines.
READER_IMPORTS = (
    "import datetime",
    "from chaster_async._model import best_model as _best_model",
    "from chaster_async._model import expected as _expected",
    "from chaster_async._model import null_items_are_deviations as _null_items_are_deviations",
    "from chaster_async._model import parse_date as _parse_date",
    "from chaster_async._model import parse_datetime as _parse_datetime",
    "from chaster_async._model import parse_uuid as _parse_uuid",
)

# What a JSON value of each property kind is, for "expected ..., got ..." messages. These are
# the kinds the readers understand; EnumProperty, UnionProperty and ConstProperty are worded
# per property (see Reader.noun).
_NOUNS = {
    "StringProperty": "a string",
    "FloatProperty": "a number",
    "IntProperty": "a number",
    "BooleanProperty": "a boolean",
    "AnyProperty": "any value",
    "DateTimeProperty": "an ISO 8601 date-time string",
    "DateProperty": "an ISO 8601 date string",
    "UuidProperty": "a UUID string",
    "EnumProperty": "",
    "ModelProperty": "an object",
    "ListProperty": "an array",
    "UnionProperty": "",
    "NoneProperty": "null",
    "ConstProperty": "",
    "FileProperty": "a file",
}
_PRIMITIVES = frozenset({"StringProperty", "FloatProperty", "IntProperty", "BooleanProperty", "AnyProperty"})


def text(value: Any) -> str:
    """openapi-python-client wraps document strings (UntrustedString, PythonCode); we need the text."""
    for method in ("get_untrusted_value", "as_unembedded_code"):
        getter = getattr(value, method, None)
        if getter is not None:
            return str(getter())
    return str(value)


def kind_of(prop: Any) -> str:
    return type(prop).__name__


def unsupported(prop: Any) -> str | None:
    """The kind of the first (possibly nested) part of ``prop`` the readers do not understand."""
    kind = kind_of(prop)
    if kind not in _NOUNS:
        return kind
    if kind == "ListProperty":
        return unsupported(prop.inner_property)
    if kind == "UnionProperty":
        for member in prop.inner_properties:
            found = unsupported(member)
            if found:
                return found
    if kind == "ConstProperty" and not isinstance(prop.value.raw_value, str | int | float | bool):
        return f"{kind} of {type(prop.value.raw_value).__name__}"
    return None


class Reader:
    """Emits the statements of a response reader: a JSON value into a Python value, raising on wrong shapes.

    A response's top level cannot keep a wrong value in its typed return value, so it raises
    (``parse_response`` makes that a ResponseValidationError); the messages reach the user, so
    they say what was expected and what arrived. Models are read by the runtime from their
    field table instead (see :func:`kind_expression`); this class also answers the questions
    both need (members of a union, its discriminator...).
    """

    def __init__(self, models_by_class: dict[str, Any]) -> None:
        self._models = models_by_class
        self._counter = itertools.count()

    def reset(self) -> None:
        """Number temporaries per generated function, so a spec change does not renumber every file."""
        self._counter = itertools.count()

    def _tmp(self, stem: str) -> str:
        return f"_{stem}{next(self._counter)}"

    def kind(self, prop: Any) -> str:
        return kind_of(prop)

    def is_primitive(self, prop: Any) -> bool:
        return self.kind(prop) in _PRIMITIVES

    def noun(self, prop: Any) -> str:
        """What a JSON value of ``prop`` is ("an object", "a string or null", ...)."""
        kind = self.kind(prop)
        if kind == "EnumProperty":
            return f"a {text(prop.class_info.name)} value"
        if kind == "ConstProperty":
            return repr(prop.value.raw_value)
        if kind == "UnionProperty":
            return " or ".join(dict.fromkeys(self.noun(member) for member in prop.inner_properties))
        if kind not in _NOUNS:
            raise GenerationError(f"the readers do not understand {kind} properties")
        return _NOUNS[kind]

    def primitive_check(self, prop: Any, src: str) -> str:
        """A boolean expression: ``src`` has the JSON type of this primitive property."""
        kind = self.kind(prop)
        if kind == "StringProperty":
            return f"{src}.__class__ is str"
        if kind in {"FloatProperty", "IntProperty"}:
            # inline rather than a call: this runs for every number of every page
            return f"({src}.__class__ is int or {src}.__class__ is float)"
        if kind == "BooleanProperty":
            return f"{src}.__class__ is bool"
        if kind == "AnyProperty":
            return "True"
        raise GenerationError(f"{kind} is not a primitive property")

    def read(self, prop: Any, src: str, dst: str) -> list[str]:
        """Statements assigning ``dst`` from the non-null JSON value ``src``."""
        kind = self.kind(prop)
        if self.is_primitive(prop):
            if kind == "AnyProperty":
                return [f"{dst} = {src}"]
            return [
                f"if not ({self.primitive_check(prop, src)}):",
                f"    raise _expected({self.noun(prop)!r}, {src})",
                f"{dst} = {src}",
            ]
        if kind == "DateTimeProperty":
            return [f"{dst} = _parse_datetime({src})"]
        if kind == "DateProperty":
            return [f"{dst} = _parse_date({src})"]
        if kind == "UuidProperty":
            return [f"{dst} = _parse_uuid({src})"]
        if kind == "EnumProperty":
            cls = text(prop.class_info.name)
            # checked first: else .get() of a list says "unhashable type: 'list'"
            check = self._json_type_check("" if prop.value_type is str else 0, src)
            lines = [f"if not ({check}):", f"    raise _expected({self.noun(prop)!r}, {src})"]
            # the member table first: calling the enum class is several times slower
            return [*lines, f"{dst} = {cls}._value2member_map_.get({src}) or {cls}({src})"]
        if kind == "ModelProperty":
            return [
                f"if not isinstance({src}, dict):",
                f"    raise _expected('an object', {src})",
                f"{dst} = {text(prop.class_info.name)}._from_json({src})",
            ]
        if kind == "ListProperty":
            return self._read_list(prop, src, dst)
        if kind == "UnionProperty":
            return self._read_union(prop, src, dst)
        if kind == "NoneProperty":
            return [f"if {src} is not None:", f"    raise _expected('null', {src})", f"{dst} = None"]
        if kind == "ConstProperty":
            value = prop.value.raw_value
            check = self._json_type_check(value, src)
            return [
                f"if not ({check} and {src} == {value!r}):",
                f"    raise ValueError({f'expected {value!r}, got '!r} + repr({src})[:40])",
                f"{dst} = {src}",
            ]
        if kind == "FileProperty":
            # only a body model holds files (bytes, File, a file object): kept as given
            return [f"{dst} = {src}"]
        raise GenerationError(f"the readers do not understand {kind} properties")

    @staticmethod
    def _json_type_check(value: Any, src: str) -> str:
        if isinstance(value, bool):
            return f"{src}.__class__ is bool"
        if isinstance(value, int | float):
            return f"({src}.__class__ is int or {src}.__class__ is float)"
        return f"{src}.__class__ is str"

    def _read_list(self, prop: Any, src: str, dst: str) -> list[str]:
        inner = prop.inner_property
        lines = [f"if not isinstance({src}, list):", f"    raise _expected('an array', {src})"]
        if self.kind(inner) == "AnyProperty":
            return [*lines, f"{dst} = {src}"]
        target = self.non_null(inner)
        item = self._tmp("item")
        if self.is_primitive(target) and self.kind(target) != "AnyProperty":
            # The list is kept as it is: a valid item costs its check alone. A null item is
            # allowed here; parse_response's strict check reports it (null_items_are_deviations).
            lines += [f"for {item} in {src}:", f"    if not ({self.primitive_check(target, item)}):"]
            lines += [
                f"        if {item} is not None:",
                f"            raise _expected({self.noun(target)!r}, {item})",
            ]
            return [*lines, f"{dst} = {src}"]
        out, value = self._tmp("list"), self._tmp("value")
        lines += [
            f"{out}: list[Any] = []",
            f"{value}: Any",  # else a type checker takes the first assignment's type (None)
            f"for {item} in {src}:",
            f"    if {item} is None:",
            f"        {value} = None",
            "    else:",
        ]
        lines += ["        " + line for line in self.read(target, item, value)]
        lines += [f"    {out}.append({value})", f"{dst} = {out}"]
        return lines

    def members(self, prop: Any) -> list[Any]:
        return [p for p in prop.inner_properties if self.kind(p) != "NoneProperty"]

    def non_null(self, prop: Any) -> Any:
        """The one non-null member of a ``nullable`` union, else the property itself."""
        if self.kind(prop) == "UnionProperty":
            members = self.members(prop)
            if len(members) == 1:
                return members[0]
        return prop

    def discriminator(self, member: Any) -> tuple[str, Any] | None:
        """(json name, value) of a required single-value enum on a model member, if it has one."""
        if self.kind(member) != "ModelProperty":
            return None
        model = self._models.get(text(member.class_info.name), member)
        for field in model.required_properties or []:
            if self.kind(field) == "EnumProperty" and len(field.values) == 1:
                return text(field.name), next(iter(field.values.values()))
        return None

    def _read_union(self, prop: Any, src: str, dst: str) -> list[str]:
        members = self.members(prop)
        if len(members) == 1:
            return self.read(members[0], src, dst)
        tags = [self.discriminator(m) for m in members]
        if all(tags) and len({t[0] for t in tags if t}) == 1:
            key = tags[0][0]  # type: ignore[index]
            tag = self._tmp("tag")
            branches = [
                f"if not isinstance({src}, dict):",
                f"    raise _expected('an object', {src})",
                f"{tag} = {src}.get({key!r})",
            ]
            for index, (member, found) in enumerate(zip(members, tags, strict=True)):
                keyword = "if" if index == 0 else "elif"
                branches.append(f"{keyword} {tag} == {found[1]!r}:")  # type: ignore[index]
                branches += ["    " + line for line in self.read(member, src, dst)]
            branches += ["else:", f"    raise ValueError({f'unknown {key}: '!r} + repr({tag})[:40])"]
            return branches
        return self._best_fit(prop, members, src, dst)

    def _best_fit(self, prop: Any, members: list[Any], src: str, dst: str) -> list[str]:
        """No discriminator: the member the data fits with the fewest deviations, the first on a tie.

        An object can only be one of the model members: with several, ``_best_model`` reads it
        as each (cheapest first) and keeps the best. Other values are tried against the other
        members in document order, enums knowing the value first; a value no enum knows is
        kept by the first enum of its JSON type (an ``unknown_enum`` deviation).
        """
        models = [m for m in members if self.kind(m) == "ModelProperty"]
        others = [m for m in members if self.kind(m) != "ModelProperty"]
        if models:
            names = ", ".join(text(m.class_info.name) for m in models)
            reading = (
                f"{text(models[0].class_info.name)}._from_json({src})"
                if len(models) == 1
                else f"_best_model({src}, ({names}))"
            )
            if not others:
                return [
                    f"if not isinstance({src}, dict):",
                    f"    raise _expected('an object', {src})",
                    f"{dst} = {reading}",
                ]
            chain = self._chain(members, others, src, dst)
            return [f"if isinstance({src}, dict):", f"    {dst} = {reading}", *_else(chain)]
        return self._chain(members, others, src, dst)

    def _chain(self, union: list[Any], members: list[Any], src: str, dst: str) -> list[str]:
        """Try each member strictly, in order; then the lenient enum fallback; else raise."""
        fallback: list[str] = []
        first_enum: dict[str, Any] = {}
        for member in members:
            if self.kind(member) == "EnumProperty":
                first_enum.setdefault("str" if member.value_type is str else "number", member)
        for json_type, member in first_enum.items():
            cls = text(member.class_info.name)
            check = f"{src}.__class__ is str" if json_type == "str" else self._json_type_check(0, src)
            fallback += [f"{'elif' if fallback else 'if'} {check}:", f"    {dst} = {cls}({src})"]
        what = " or ".join(dict.fromkeys(self.noun(member) for member in union))
        raise_line = f"raise _expected({what!r}, {src})"
        fallback += ["else:", f"    {raise_line}"] if fallback else [raise_line]

        lines = fallback
        for member in reversed(members):
            if self.kind(member) == "AnyProperty":  # fits anything: what follows it never runs
                lines = [f"{dst} = {src}"]
                continue
            if self.is_primitive(member):  # a type check decides: no try needed
                check = self.primitive_check(member, src)
                lines = [f"if {check}:", f"    {dst} = {src}", *_else(lines)]
                continue
            if self.kind(member) == "EnumProperty":
                cls = text(member.class_info.name)
                attempt = [f"{dst} = {cls}._value2member_map_[{src}]"]
            else:
                attempt = self.read(member, src, dst)
            lines = [
                "try:",
                *("    " + line for line in attempt),
                f"except {READ_ERRORS}:",
                *("    " + line for line in lines),
            ]
        return lines


def _else(lines: list[str]) -> list[str]:
    """``lines`` as the else branch of an if statement (an ``elif`` when they are one if statement)."""
    if lines[0].startswith("if "):  # the chain's if statements are whole statements
        return ["el" + lines[0], *lines[1:]]
    return ["else:", *("    " + line for line in lines)]


def nullable(prop: Any) -> bool:
    return kind_of(prop) == "UnionProperty" and any(
        kind_of(p) == "NoneProperty" for p in prop.inner_properties
    )


def model_properties(model: Any) -> Iterator[Any]:
    yield from model.required_properties or []
    yield from model.optional_properties or []


# The runtime names the generated models use (the formatting step drops those a module does not use).
MODEL_IMPORTS = (
    "import datetime",
    "from chaster_async._model import Field as _Field",
    "from chaster_async._model import read_field as _field",
    "from chaster_async._model import ANY as _ANY",
    "from chaster_async._model import BOOL as _BOOL",
    "from chaster_async._model import DATE as _DATE",
    "from chaster_async._model import DATETIME as _DATETIME",
    "from chaster_async._model import FILE as _FILE",
    "from chaster_async._model import NULL as _NULL",
    "from chaster_async._model import NUMBER as _NUMBER",
    "from chaster_async._model import STR as _STR",
    "from chaster_async._model import UUID as _UUID",
    "from chaster_async._model import const as _const",
    "from chaster_async._model import enum_of as _enum_of",
    "from chaster_async._model import list_of as _list_of",
    "from chaster_async._model import model_of as _model_of",
    "from chaster_async._model import tagged as _tagged",
    "from chaster_async._model import union_of as _union_of",
    "from chaster_async._model import date_or_none as _date_or_none",
    "from chaster_async._model import datetime_or_none as _datetime_or_none",
    "from chaster_async._model import enum_list as _enum_list",
    "from chaster_async._model import json_list as _json_list",
    "from chaster_async._model import model_list as _model_list",
    "from chaster_async._model import number_list as _number_list",
    "from chaster_async._model import uuid_or_none as _uuid_or_none",
)

_KIND_NAMES = {
    "StringProperty": "_STR",
    "FloatProperty": "_NUMBER",
    "IntProperty": "_NUMBER",
    "BooleanProperty": "_BOOL",
    "AnyProperty": "_ANY",
    "DateTimeProperty": "_DATETIME",
    "DateProperty": "_DATE",
    "UuidProperty": "_UUID",
    "NoneProperty": "_NULL",
    "FileProperty": "_FILE",
}
# The string-parsing kinds the fast path reads with a helper that returns None for anything else.
_PARSED_HELPERS = {
    "DateTimeProperty": "_datetime_or_none",
    "DateProperty": "_date_or_none",
    "UuidProperty": "_uuid_or_none",
}


def kind_expression(reader: Reader, prop: Any) -> str:
    """The runtime ``Kind`` of a non-null value of ``prop`` (``_STR``, ``_enum_of(LockStatus)``...)."""
    kind = reader.kind(prop)
    if kind in _KIND_NAMES:
        return _KIND_NAMES[kind]
    if kind == "EnumProperty":
        return f"_enum_of({text(prop.class_info.name)})"
    if kind == "ModelProperty":
        return f"_model_of({text(prop.class_info.name)})"
    if kind == "ConstProperty":
        return f"_const({prop.value.raw_value!r})"
    if kind == "ListProperty":
        inner = prop.inner_property
        item = kind_expression(reader, reader.non_null(inner))
        return f"_list_of({item}, nullable_items=True)" if nullable(inner) else f"_list_of({item})"
    if kind == "UnionProperty":
        members = reader.members(prop)
        if len(members) == 1:
            return kind_expression(reader, members[0])
        tags = [reader.discriminator(m) for m in members]
        if all(tags) and len({t[0] for t in tags if t}) == 1:
            key = tags[0][0]  # type: ignore[index]
            entries = ", ".join(
                f"{t[1]!r}: {kind_expression(reader, m)}"  # type: ignore[index]
                for m, t in zip(members, tags, strict=True)
            )
            return f"_tagged({key!r}, {{{entries}}})"
        return f"_union_of({', '.join(kind_expression(reader, m) for m in members)})"
    raise GenerationError(f"the readers do not understand {kind} properties")


def model_spec_lines(reader: Reader, model: Any) -> list[str]:
    """The entries of a generated ``_spec()``: one ``_Field`` per property, in document order."""
    lines = []
    for prop in model_properties(model):
        args = [
            repr(text(prop.python_name)),
            repr(text(prop.name)),
            kind_expression(reader, reader.non_null(prop)),
        ]
        if prop.required:
            args.append("required=True")
        if nullable(prop):
            args.append("nullable=True")
        lines.append(f"_Field({', '.join(args)}),")
    return lines


def _fast_path(reader: Reader, prop: Any) -> tuple[str, str, bool] | None:
    """(condition on ``_v``, value, whether the value is None when ``_v`` is) of the plain case.

    ``None`` when the property has no plain case worth inlining (unions, consts, lists of
    anything but models...): its fields always go to ``read_field``.
    """
    kind = reader.kind(prop)
    if kind in {"StringProperty", "FloatProperty", "IntProperty", "BooleanProperty"}:
        return reader.primitive_check(prop, "_v"), "_v", True
    if kind == "EnumProperty":
        table = enum_table(prop)
        json_type = "str" if prop.value_type is str else "int"
        return f"_v.__class__ is {json_type} and (_e := {table}.get(_v)) is not None", "_e", False
    if kind in _PARSED_HELPERS:  # the helper returns None for anything but a readable string
        return f"(_t := {_PARSED_HELPERS[kind]}(_v)) is not None", "_t", True
    if kind == "ModelProperty":
        return "_v.__class__ is dict", f"{text(prop.class_info.name)}._from_json(_v)", False
    if kind == "ListProperty":  # items not nullable (a null one is for read_field)
        inner = prop.inner_property
        inner_kind = reader.kind(inner)
        if inner_kind == "ModelProperty":
            helper = f"_model_list(_v, {text(inner.class_info.name)})"
        elif inner_kind == "EnumProperty":
            helper = f"_enum_list(_v, {text(inner.class_info.name)})"
        elif inner_kind in {"StringProperty", "BooleanProperty"}:
            helper = f"_json_list(_v, {'str' if inner_kind == 'StringProperty' else 'bool'})"
        elif inner_kind in {"FloatProperty", "IntProperty"}:
            helper = "_number_list(_v)"
        else:
            return None
        return f"(_l := {helper}) is not None", "_l", True
    return None


def enum_table(prop: Any) -> str:
    """The module-level name of an enum's member table (a lookup through the class is slower)."""
    return f"_{text(prop.class_info.name)}_values"


def enum_table_lines(reader: Reader, model: Any) -> list[str]:
    """``_Status_values = Status._value2member_map_`` for each enum the fast path of ``model`` reads."""
    found: dict[str, str] = {}
    for prop in model_properties(model):
        target = reader.non_null(prop)
        if reader.kind(target) == "EnumProperty":
            found[enum_table(target)] = (
                f"{enum_table(target)} = {text(target.class_info.name)}._value2member_map_"
            )
    return [found[name] for name in sorted(found)]


def model_read_lines(reader: Reader, model: Any) -> list[str]:
    """The body of a generated ``_read``: the plain case of each field inline, the rest to read_field.

    ``null`` (where allowed) and a missing optional field are plain cases too: no call for them.
    """
    lines: list[str] = []
    for prop in model_properties(model):
        attribute, key = text(prop.python_name), text(prop.name)
        fast = _fast_path(reader, reader.non_null(prop))
        if fast is None:
            lines.append(f"_o.{attribute} = _field(_o, {attribute!r}, _d.pop({key!r}, UNSET))")
            continue
        condition, value, none_for_none = fast
        fallback = f"_field(_o, {attribute!r}, _v)"
        if not prop.required:
            if value == "_v":
                condition += " or _v is UNSET"
            else:
                fallback = f"(UNSET if _v is UNSET else {fallback})"
        if nullable(prop):
            if none_for_none:
                condition += " or _v is None"
            else:
                fallback = f"(None if _v is None else {fallback})"
        lines.append(f"_v = _d.pop({key!r}, UNSET)")
        lines.append(f"_o.{attribute} = {value} if {condition} else {fallback}")
    return lines


def null_items_are_deviations(reader: Reader, prop: Any | None) -> bool:
    """Whether a response of ``prop`` is a list the spec gives no null items (see parse_response)."""
    if prop is None:
        return False
    target = reader.non_null(prop)
    if reader.kind(target) != "ListProperty":
        return False
    inner = target.inner_property
    return reader.kind(inner) != "AnyProperty" and not nullable(inner)


def response_reader_lines(reader: Reader, prop: Any | None) -> list[str]:
    """The body of an endpoint's ``_parse_response(payload)``.

    A top-level value of the wrong shape cannot be kept in a typed return value, so it raises
    (``parse_response`` turns that into ResponseValidationError); fields inside models stay lenient.
    """
    reader.reset()
    if prop is None:
        # The spec declares no response schema: the decoded JSON is returned as it came (None for
        # an empty answer), so that nothing the server said is dropped.
        return ["result: JSONValue = payload", "return result"]
    target = reader.non_null(prop)
    lines = []
    if nullable(prop):
        lines += ["if payload is None:", "    return None"]
    else:
        lines += ["if payload is None:", "    raise TypeError('the response has no body')"]
    # declared: some readers (_best_model) return Any, which a typed function may not return
    lines.append(f"result: {text(target.get_type_string(no_optional=True))}")
    lines += reader.read(target, "payload", "result")
    lines.append("return result")
    reader.reset()
    return lines


def indent(lines: list[str], spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in lines)
