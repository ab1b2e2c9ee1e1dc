"""Python source for the lenient readers of models and responses.

openapi-python-client's own property templates read data strictly (a missing required field is a
KeyError, an unknown enum value a ValueError). Chaster's real data is looser than its spec, so
the readers here are generated from the parsed properties instead: every field is read with a
type check, and what does not match is kept and recorded as a deviation rather than raised.
The Jinja templates call these functions through globals registered in ``build.py``.
"""

from __future__ import annotations

import itertools
from typing import Any

# Exceptions a value reader may raise for data of the wrong shape; anything else is a bug.
READ_ERRORS = "(TypeError, ValueError, KeyError, AttributeError, ArithmeticError)"


def text(value: Any) -> str:
    """openapi-python-client wraps document strings (UntrustedString, PythonCode); we need the text."""
    for method in ("get_untrusted_value", "as_unembedded_code"):
        getter = getattr(value, method, None)
        if getter is not None:
            return str(getter())
    return str(value)


class Reader:
    """Emits statements that read a JSON value into a Python value, raising on wrong shapes."""

    def __init__(self, models_by_class: dict[str, Any]) -> None:
        self._models = models_by_class
        self._counter = itertools.count()

    def reset(self) -> None:
        """Number temporaries per generated function, so a spec change does not renumber every file."""
        self._counter = itertools.count()

    def _tmp(self, stem: str) -> str:
        return f"_{stem}{next(self._counter)}"

    def kind(self, prop: Any) -> str:
        return type(prop).__name__

    def is_primitive(self, prop: Any) -> bool:
        return self.kind(prop) in {
            "StringProperty",
            "FloatProperty",
            "IntProperty",
            "BooleanProperty",
            "AnyProperty",
        }

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
        return "True"

    def read(self, prop: Any, src: str, dst: str) -> list[str]:
        """Statements assigning ``dst`` from the non-null JSON value ``src``."""
        kind = self.kind(prop)
        if self.is_primitive(prop):
            if kind == "AnyProperty":
                return [f"{dst} = {src}"]
            return [
                f"if not ({self.primitive_check(prop, src)}):",
                f"    raise TypeError({kind[:-8]!r})",
                f"{dst} = {src}",
            ]
        if kind == "DateTimeProperty":
            # inline rather than _parse_datetime(): a page holds thousands of dates
            # (fromisoformat raises TypeError for a non-string, ValueError for a bad one)
            return [
                f"{dst} = datetime.datetime.fromisoformat({src})",
                f"if {dst}.tzinfo is None:",
                f"    {dst} = {dst}.replace(tzinfo=datetime.UTC)",
            ]
        if kind == "DateProperty":
            return [f"{dst} = _parse_date({src})"]
        if kind == "UuidProperty":
            return [f"{dst} = _UUID({src})"]
        if kind == "EnumProperty":
            # the member table first: calling the enum class is several times slower
            cls = text(prop.class_info.name)
            return [f"{dst} = {cls}._value2member_map_.get({src}) or {cls}({src})"]
        if kind == "ModelProperty":
            return [
                f"if not isinstance({src}, dict):",
                "    raise TypeError('object')",
                f"{dst} = {text(prop.class_info.name)}._from_json({src})",
            ]
        if kind == "ListProperty":
            item, out = self._tmp("item"), self._tmp("list")
            inner = prop.inner_property
            lines = [f"if not isinstance({src}, list):", "    raise TypeError('array')"]
            if self.is_primitive(inner) and self.kind(inner) != "AnyProperty":
                lines += [
                    f"for {item} in {src}:",
                    f"    if not ({self.primitive_check(inner, item)}):",
                    f"        raise TypeError({self.kind(inner)[:-8]!r})",
                    f"{dst} = {src}",
                ]
                return lines
            if self.kind(inner) == "AnyProperty":
                return [*lines, f"{dst} = {src}"]
            value = self._tmp("value")
            lines += [f"{out}: list[Any] = []", f"for {item} in {src}:"]
            lines += ["    " + line for line in self.read_nullable(inner, item, value)]
            lines += [f"    {out}.append({value})", f"{dst} = {out}"]
            return lines
        if kind == "UnionProperty":
            return self._read_union(prop, src, dst)
        if kind == "NoneProperty":
            return [f"if {src} is not None:", "    raise TypeError('null')", f"{dst} = None"]
        # ConstProperty, FileProperty and anything new: keep the JSON value as it is
        return [f"{dst} = {src}"]

    def read_nullable(self, prop: Any, src: str, dst: str) -> list[str]:
        """Like :meth:`read`, but ``null`` reads as None (list items, union members)."""
        body = self.read(prop, src, dst)
        return [f"if {src} is None:", f"    {dst} = None", "else:", *("    " + line for line in body)]

    def _members(self, prop: Any) -> list[Any]:
        return [p for p in prop.inner_properties if self.kind(p) != "NoneProperty"]

    def non_null(self, prop: Any) -> Any:
        """The one non-null member of a ``nullable`` union, else the property itself."""
        if self.kind(prop) == "UnionProperty":
            members = self._members(prop)
            if len(members) == 1:
                return members[0]
        return prop

    def _discriminator(self, member: Any) -> tuple[str, Any] | None:
        """(json name, value) of a required single-value enum on a model member, if it has one."""
        if self.kind(member) != "ModelProperty":
            return None
        model = self._models.get(text(member.class_info.name), member)
        for field in model.required_properties or []:
            if self.kind(field) == "EnumProperty" and len(field.values) == 1:
                return text(field.name), next(iter(field.values.values()))
        return None

    def _read_union(self, prop: Any, src: str, dst: str) -> list[str]:
        members = self._members(prop)
        if len(members) == 1:
            return self.read(members[0], src, dst)
        tags = [self._discriminator(m) for m in members]
        if all(tags) and len({t[0] for t in tags if t}) == 1:
            key = tags[0][0]  # type: ignore[index]
            tag = self._tmp("tag")
            branches = [
                f"if not isinstance({src}, dict):",
                "    raise TypeError('object')",
                f"{tag} = {src}.get({key!r})",
            ]
            for index, (member, found) in enumerate(zip(members, tags, strict=True)):
                keyword = "if" if index == 0 else "elif"
                branches.append(f"{keyword} {tag} == {found[1]!r}:")  # type: ignore[index]
                branches += ["    " + line for line in self.read(member, src, dst)]
            branches += ["else:", f"    raise ValueError('unknown ' + {key!r} + ': ' + repr({tag}))"]
            return branches
        # No discriminator: the first member whose shape fits wins, in spec order. Several object
        # members (0.11.2's extension configs) each fit only with all their required fields.
        several_models = sum(1 for m in members if self.kind(m) == "ModelProperty") > 1
        lines: list[str] = []
        indent = ""
        for member in members[:-1]:
            lines += [f"{indent}try:"]
            lines += [f"{indent}    {line}" for line in self.read(member, src, dst)]
            if several_models and self.kind(member) == "ModelProperty":
                lines += [f"{indent}    {line}" for line in self._require_fields(member, src)]
            lines += [f"{indent}except {READ_ERRORS}:"]
            indent += "    "
        lines += [f"{indent}{line}" for line in self.read(members[-1], src, dst)]
        return lines

    def _require_fields(self, member: Any, src: str) -> list[str]:
        """Statements raising KeyError unless the JSON object ``src`` (a dict: read as ``member``
        just before) has every required field of the model ``member``."""
        model = self._models.get(text(member.class_info.name), member)
        required = sorted(text(field.name) for field in model.required_properties or [])
        if not required:
            return []
        return [
            f"if not {src}.keys() >= {{{', '.join(map(repr, required))}}}:",
            f"    raise KeyError({text(member.class_info.name)!r})",
        ]


def nullable(prop: Any) -> bool:
    return type(prop).__name__ == "UnionProperty" and any(
        type(p).__name__ == "NoneProperty" for p in prop.inner_properties
    )


def model_from_dict_lines(reader: Reader, model: Any) -> list[str]:
    """The body of a generated ``_materialize``: reads every field of ``_d`` leniently onto ``_o``."""
    reader.reset()
    lines: list[str] = []
    for prop in list(model.required_properties) + list(model.optional_properties):
        attribute, key = text(prop.python_name), text(prop.name)
        name = f"_o.{attribute}"
        lines.append(f"_v = _d.pop({key!r}, UNSET)")
        lines.append("if _v is UNSET:")
        lines.append(f"    {name} = UNSET")
        if prop.required:
            lines.append(f"    _dev.append(_Deviation({attribute!r}, 'missing', {key!r}))")
        lines.append("elif _v is None:")
        lines.append(f"    {name} = None")
        if not nullable(prop):
            lines.append(f"    _dev.append(_Deviation({attribute!r}, 'null', {key!r}))")
        target = reader.non_null(prop)
        if reader.is_primitive(target):
            lines.append(f"elif {reader.primitive_check(target, '_v')}:")
            lines.append(f"    {name} = _v")
            lines.append("else:")
            lines.append(f"    {name} = _v")
            lines.append(f"    _dev.append(_Deviation({attribute!r}, 'invalid', {key!r}))")
        else:
            lines.append("else:")
            lines.append("    try:")
            lines += ["        " + line for line in reader.read(target, "_v", name)]
            lines.append(f"    except {READ_ERRORS}:")
            lines.append(f"        {name} = _v")
            lines.append(f"        _dev.append(_Deviation({attribute!r}, 'invalid', {key!r}))")
    return lines


def nested_fields(reader: Reader, model: Any) -> list[str]:
    """Python names of the fields that can hold a model or an enum (where deviations can hide)."""
    simple = {
        "StringProperty",
        "FloatProperty",
        "IntProperty",
        "BooleanProperty",
        "AnyProperty",
        "DateTimeProperty",
        "DateProperty",
        "UuidProperty",
        "NoneProperty",
        "ConstProperty",
        "FileProperty",
    }

    def may_nest(prop: Any) -> bool:
        kind = reader.kind(prop)
        if kind == "ListProperty":
            return may_nest(prop.inner_property)
        if kind == "UnionProperty":
            return any(may_nest(p) for p in prop.inner_properties)
        return kind not in simple

    return [
        text(p.python_name)
        for p in list(model.required_properties) + list(model.optional_properties)
        if may_nest(p)
    ]


def model_to_dict_lines(reader: Reader, model: Any) -> list[str]:
    """The body of a generated ``to_dict``: spec field names, UNSET fields left out."""
    lines = ["_out: dict[str, Any] = dict(self.additional_properties)"]
    for prop in list(model.required_properties) + list(model.optional_properties):
        name, key = text(prop.python_name), text(prop.name)
        value = f"self.{name}"
        expr = value if reader.is_primitive(reader.non_null(prop)) else f"_json_value({value})"
        lines.append(f"if not isinstance({value}, Unset):")
        lines.append(f"    _out[{key!r}] = {expr}")
    lines.append("return _out")
    return lines


def response_reader_lines(reader: Reader, prop: Any | None) -> list[str]:
    """The body of an endpoint's ``_parse_response(payload)``.

    A top-level value of the wrong shape cannot be kept in a typed return value, so it raises
    (``parse_response`` turns that into ResponseValidationError); fields inside models stay lenient.
    """
    reader.reset()
    if prop is None:
        return ["return None"]
    target = reader.non_null(prop)
    lines = []
    if nullable(prop):
        lines += ["if payload is None:", "    return None"]
    else:
        lines += ["if payload is None:", "    raise TypeError('the response has no body')"]
    lines += reader.read(target, "payload", "result")
    lines.append("return result")
    return lines


def indent(lines: list[str], spaces: int) -> str:
    pad = " " * spaces
    return "\n".join(pad + line if line else line for line in lines)
