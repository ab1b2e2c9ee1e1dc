"""``make spec-diff OLD NEW``: what changed between two OpenAPI documents, for a library user.

Operations are matched by method and path (operationIds differ between the vendored spec and a
live NestJS document), and named by their Python name (``locks.find_all``). Schemas are compared
structurally, down to every field, enum value, union member and ``nullable`` flag; a ``$ref`` is
equal to its NestJS spelling ``allOf: [$ref]``, and an inline schema that became a component (or
the reverse) is compared field by field.

Each change has a severity, judged by whether callers send the schema (request bodies and
parameters), read it (responses, and schemas no operation uses, such as webhook payloads), or both:

- ``breaking``: code written against OLD can fail against NEW (an operation, schema, field,
  parameter or enum value removed; something callers send newly required or no longer nullable;
  something callers read newly optional or nullable; a type or model class changed; a token, a
  scope or another kind of token newly needed; a Python name gone or calling another operation);
- ``attention``: nothing fails at once, but code may need a look (an enum value or union member
  added to something callers read; a removed operation's Python name now calling another path;
  an OAuth endpoint URL changed);
- ``info``: compatible (additions, relaxations).

Security is compared per operation as public or as the kinds of token it accepts (bearer, OAuth 2
with scopes), by scheme type rather than scheme name; security schemes that no operation requires,
and cosmetic scheme details (``bearerFormat``, ``refreshUrl``, scope descriptions), are not reported.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from attrs import define, field, frozen

from . import overlay
from .build import GenerationError
from .normalize import normalize
from .spec_model import OperationInfo, collect_operations

Severity = Literal["breaking", "attention", "info"]
_RANK: dict[Severity, int] = {"info": 0, "attention": 1, "breaking": 2}
_MARK: dict[Severity, str] = {"breaking": "!", "attention": "?", "info": "~"}


@define
class Change:
    where: str  # "locks.find_all (GET /locks)", "schema LockForPublic" or "security scheme oauth2"
    what: str
    severity: Severity = "info"

    @property
    def breaking(self) -> bool:
        return self.severity == "breaking"


@define
class DiffReport:
    old_version: str
    new_version: str
    added_operations: list[str] = field(factory=list)
    removed_operations: list[str] = field(factory=list)
    added_schemas: list[str] = field(factory=list)
    removed_schemas: list[str] = field(factory=list)
    changes: list[Change] = field(factory=list)
    # generator/overlay.json actions whose target matches nothing in NEW (see overlay.report_lines)
    overlay_unmatched: list[str] = field(factory=list)

    def all_changes(self) -> list[Change]:
        """Every change, removals included, operations before schemas."""
        found = [Change(op, "operation removed", "breaking") for op in self.removed_operations]
        found += [Change(f"schema {name}", "schema removed", "breaking") for name in self.removed_schemas]
        return sorted(found + self.changes, key=_group_key)

    def of_severity(self, severity: Severity) -> list[Change]:
        return [c for c in self.all_changes() if c.severity == severity]

    @property
    def breaking(self) -> list[Change]:
        return self.of_severity("breaking")


def _group_key(change: Change) -> tuple[int, str]:
    kind = 2 if change.where.startswith("schema ") else 1 if change.where.startswith("security ") else 0
    return kind, change.where


# --- severities ---------------------------------------------------------------------------------


@frozen
class _Rule:
    send: Severity
    send_why: str
    read: Severity
    read_why: str


_RULES: dict[str, _Rule] = {
    "removed": _Rule("breaking", "the keyword argument disappears", "breaking", "the attribute disappears"),
    "added": _Rule("info", "", "info", ""),
    "added_required": _Rule("breaking", "callers must now pass it", "info", ""),
    "now_required": _Rule("breaking", "callers that omit it are refused", "info", ""),
    "now_optional": _Rule(
        "info", "", "breaking", "it may be missing, read as UNSET: code that reads it must check"
    ),
    "type": _Rule("breaking", "the argument's type changed", "breaking", "the attribute's type changed"),
    "class": _Rule(
        "breaking", "code naming the old class breaks", "breaking", "code naming the old class breaks"
    ),
    "enum_removed": _Rule(
        "breaking",
        "the server refuses it and the enum member disappears",
        "breaking",
        "the enum member disappears",
    ),
    "enum_added": _Rule(
        "info", "", "attention", "responses can carry it: code that matches on the values must handle it"
    ),
    "null_allowed": _Rule("info", "", "breaking", "responses can carry null: code must handle None"),
    "null_refused": _Rule("breaking", "sending None is refused", "info", ""),
    "member_added": _Rule("info", "", "attention", "responses can carry the new kind: code must handle it"),
    "member_removed": _Rule("breaking", "that kind can no longer be sent", "info", ""),
}


@frozen
class _Site:
    """Where a schema sits: the change's ``where``, how its paths are spelled, who sends or reads it."""

    where: str
    base: str  # "" for a component, "request body", "response", "query parameter limit"
    sends: bool
    reads: bool
    owner: str  # what openapi-python-client names an inline model or enum here after


def _judge(site: _Site, rule: _Rule) -> tuple[Severity, str]:
    sides: list[tuple[Severity, str]] = []
    if site.sends:
        sides.append((rule.send, rule.send_why))
    if site.reads:
        sides.append((rule.read, rule.read_why))
    severity: Severity = max((s for s, _ in sides), key=_RANK.__getitem__, default="info")
    reasons = dict.fromkeys(why for s, why in sides if s == severity and why)
    return severity, "; ".join(reasons)


def _subject(base: str, path: str) -> str:
    """``field a.b``, ``request body field a``, ``response[].a`` (``[]``: array items, ``{}``: map values)."""
    if not path:
        return base
    if path[0] in "[{":
        return f"{base or 'items'}{path}"
    return f"{base} field {path}" if base else f"field {path}"


# --- reading schemas ----------------------------------------------------------------------------


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "null"


def _members(schema: dict[str, Any]) -> list[Any]:
    """The members of a ``oneOf`` / ``anyOf`` union (a ``type: null`` member only makes it nullable)."""
    for key in ("oneOf", "anyOf"):
        members = [m for m in _list(schema.get(key)) if not _is_null(m)]
        if members:
            return members
    return []


def _unwrap(schema: Any) -> dict[str, Any]:
    """Strip wrappers that do not change the Python type: ``allOf``/``oneOf``/``anyOf`` of one member."""
    for _ in range(20):
        if not isinstance(schema, dict) or "properties" in schema:
            break
        all_of = _list(schema.get("allOf"))
        single = all_of if len(all_of) == 1 else _members(schema)
        if len(single) != 1:
            break
        schema = single[0]
    return _dict(schema)


def _nullable(schema: Any) -> bool:
    for _ in range(20):
        if not isinstance(schema, dict):
            return False
        kinds = schema.get("type")
        if schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds):
            return True
        if any(_is_null(m) for key in ("oneOf", "anyOf") for m in _list(schema.get(key))):
            return True
        if "properties" in schema:
            return False
        all_of = _list(schema.get("allOf"))
        single = all_of if len(all_of) == 1 else _members(schema)
        if len(single) != 1:
            return False
        schema = single[0]
    return False


def _ref_name(schema: dict[str, Any]) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def _type_name(schema: dict[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = "|".join(sorted(str(k) for k in kind if k != "null")) or None
    if kind is None:
        return "object" if "properties" in schema else "any"
    return str(kind)


def _shape(schema: dict[str, Any]) -> str:
    """The shallow kind of an inline schema: its nested parts are compared one by one."""
    if _members(schema):
        return "union"
    if len(_list(schema.get("allOf"))) > 1:
        return "allOf"
    kind = _type_name(schema)
    if "enum" in schema:
        return f"{kind} enum"
    if (
        kind == "object"
        and not schema.get("properties")
        and isinstance(schema.get("additionalProperties"), dict)
    ):
        return "dict"
    if schema.get("format") and kind not in ("object", "array"):
        return f"{kind}({schema['format']})"
    return kind


def _describe(schema: Any) -> str:
    """A short description of a schema's type, for messages."""
    schema = _unwrap(schema)
    name = _ref_name(schema)
    if name:
        return name
    shape = _shape(schema)
    if shape == "union":
        return " | ".join(_describe(m) for m in _members(schema))
    if shape == "allOf":
        return " & ".join(_describe(m) for m in _list(schema.get("allOf")))
    if shape == "array":
        return f"array[{_describe(schema.get('items'))}]"
    if shape == "dict":
        return f"dict[{_describe(schema.get('additionalProperties'))}]"
    return shape


def _class_name(text: str) -> str:
    """The class openapi-python-client makes of a name (``LockForPublic_status`` -> ``LockForPublicStatus``)."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z]+", text) if part)


def _inline_class(owner: str, path: str, schema: dict[str, Any]) -> str:
    title = schema.get("title")
    if isinstance(title, str) and title:
        return _class_name(title)
    return _class_name(f"{owner}_{path.replace('[]', '_item').replace('{}', '_additional_property')}")


def _has_class(shape: str) -> bool:
    """Whether openapi-python-client makes a class (a model or an enum) of a schema of this shape."""
    return shape in ("object", "dict") or shape.endswith(" enum")


def _child(path: str, prop: str) -> str:
    return f"{path}.{prop}" if path else prop


def _values(values: Iterable[Any]) -> str:
    return ", ".join(repr(v) for v in values)


# --- comparing schemas --------------------------------------------------------------------------


class _SchemaDiff:
    """Compares schemas of the two documents at a site and collects the changes."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old_schemas = _dict(_dict(old.get("components")).get("schemas"))
        self.new_schemas = _dict(_dict(new.get("components")).get("schemas"))
        self.changes: list[Change] = []

    def emit(self, site: _Site, path: str, rule: str, what: str) -> None:
        severity, why = _judge(site, _RULES[rule])
        subject = _subject(site.base, path)
        text = f"{subject}: {what}" if subject else what
        self.changes.append(Change(site.where, f"{text} ({why})" if why else text, severity))

    def compare(self, site: _Site, path: str, old: Any, new: Any) -> None:
        self._compare_nullable(site, path, old, new)
        old_core, new_core = _unwrap(old), _unwrap(new)
        old_ref, new_ref = _ref_name(old_core), _ref_name(new_core)
        if old_ref is not None and old_ref == new_ref:
            return  # the component itself is compared by name
        old_body = _resolve(old_core, self.old_schemas)
        new_body = _resolve(new_core, self.new_schemas)
        shape = _shape(old_body)
        if shape != _shape(new_body):
            self.emit(site, path, "type", f"{_describe(old)} -> {_describe(new)}")
            return
        if _has_class(shape):
            old_class = old_ref or _inline_class(site.owner, path, old_body)
            new_class = new_ref or _inline_class(site.owner, path, new_body)
            if old_class != new_class:
                self.emit(site, path, "class", f"model class {old_class} -> {new_class}")
        if old_ref and new_ref and not shape.endswith(" enum"):
            return  # two different components: each is compared with its own old version
        self._compare_inside(site, path, shape, old_body, new_body)

    def _compare_inside(
        self, site: _Site, path: str, shape: str, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        if shape == "object":
            self._compare_object(site, path, old, new)
        elif shape == "array":
            self.compare(site, f"{path}[]", old.get("items"), new.get("items"))
        elif shape == "dict":
            self.compare(
                site, f"{path}{{}}", old.get("additionalProperties"), new.get("additionalProperties")
            )
        elif shape == "union":
            self._compare_members(site, path, old, new)
        elif shape == "allOf" and _describe(old) != _describe(new):
            self.emit(site, path, "type", f"{_describe(old)} -> {_describe(new)}")
        elif shape.endswith(" enum"):
            self._compare_enum(site, path, _list(old.get("enum")), _list(new.get("enum")))

    def _compare_nullable(self, site: _Site, path: str, old: Any, new: Any) -> None:
        before, after = _nullable(old), _nullable(new)
        if after and not before:
            self.emit(site, path, "null_allowed", "now nullable")
        elif before and not after:
            self.emit(site, path, "null_refused", "no longer nullable")

    def _compare_object(self, site: _Site, path: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_props, new_props = _dict(old.get("properties")), _dict(new.get("properties"))
        old_required, new_required = set(_list(old.get("required"))), set(_list(new.get("required")))
        for prop in sorted(old_props.keys() - new_props.keys()):
            self.emit(site, _child(path, prop), "removed", "removed")
        for prop in sorted(new_props.keys() - old_props.keys()):
            self.emit(site, _child(path, prop), *_added(prop in new_required))
        for prop in sorted(old_props.keys() & new_props.keys()):
            if prop in old_required and prop not in new_required:
                self.emit(site, _child(path, prop), "now_optional", "now optional")
            elif prop in new_required and prop not in old_required:
                self.emit(site, _child(path, prop), "now_required", "now required")
            self.compare(site, _child(path, prop), old_props[prop], new_props[prop])

    def _compare_members(self, site: _Site, path: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        before = [_describe(m) for m in _members(old)]
        after = [_describe(m) for m in _members(new)]
        counts = f"{len(before)} -> {len(after)} members"
        gone = [m for m in before if m not in after]
        came = [m for m in after if m not in before]
        if gone:
            self.emit(site, path, "member_removed", f"union member(s) removed: {', '.join(gone)} ({counts})")
        if came:
            self.emit(site, path, "member_added", f"union member(s) added: {', '.join(came)} ({counts})")

    def _compare_enum(self, site: _Site, path: str, old: list[Any], new: list[Any]) -> None:
        gone = [v for v in old if v not in new]
        came = [v for v in new if v not in old]
        if gone:
            self.emit(site, path, "enum_removed", f"enum value(s) removed: {_values(gone)}")
        if came:
            self.emit(site, path, "enum_added", f"enum value(s) added: {_values(came)}")


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    """The schema a ``$ref`` points to (unwrapped); ``{}`` when it points nowhere."""
    for _ in range(20):
        name = _ref_name(schema)
        if name is None:
            return schema
        schema = _unwrap(schemas.get(name))
    return {}


# --- operations ---------------------------------------------------------------------------------


def _label(info: OperationInfo) -> str:
    return f"{info.tag}.{info.name} ({info.method.upper()} {info.path})"


def _python_names(info: OperationInfo) -> set[str]:
    """Every ``chaster.<tag>.<name>`` the operation is reachable as (one per tag)."""
    return {f"{tag}.{info.name}" for tag in info.tags}


def _params(operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    found = (p for p in _list(operation.get("parameters")) if isinstance(p, dict))
    return {(str(p.get("in", "")), str(p.get("name", ""))): p for p in found}


@frozen
class _Body:
    media: str
    schema: Any
    required: bool


@frozen
class _Success:
    status: str  # "none" when the operation declares no 2xx response
    schema: Any  # None when it has no body


def _request_body(operation: dict[str, Any]) -> _Body | None:
    body = _dict(operation.get("requestBody"))
    content = _dict(body.get("content"))
    if not content:
        return None
    media = next((m for m in ("application/json", "multipart/form-data") if m in content), min(content))
    return _Body(media, _dict(content[media]).get("schema"), body.get("required") is True)


def _success(operation: dict[str, Any]) -> _Success:
    """The first 2xx response: its status and the schema of its body."""
    for code, response in sorted(_dict(operation.get("responses")).items()):
        if str(code).startswith("2"):
            content = _dict(_dict(response).get("content"))
            media = content.get("application/json", next(iter(content.values()), None))
            return _Success(str(code), _dict(media).get("schema"))
    return _Success("none", None)


def _added(required: bool) -> tuple[str, str]:
    """(rule, text) for a field or parameter that appeared."""
    return ("added_required", "added, required") if required else ("added", "added")


class _OperationDiff:
    def __init__(self, old: dict[str, Any], new: dict[str, Any], schemas: _SchemaDiff) -> None:
        self.old_doc, self.new_doc, self.schemas = old, new, schemas
        self.out = schemas.changes  # one list, in the order the changes are found
        self.new_by_name = {n: i for i in collect_operations(new) for n in _python_names(i)}

    def compare(self, old: OperationInfo, new: OperationInfo) -> None:
        where = _label(new)
        self.out += self._names(where, old, new)
        self._parameters(where, new, old.raw, new.raw)
        self._request_body(where, new, old.raw, new.raw)
        self._response(where, new, old.raw, new.raw)
        self.out += _security_changes(
            where, _security(self.old_doc, old.raw), _security(self.new_doc, new.raw)
        )
        if bool(old.raw.get("deprecated")) != bool(new.raw.get("deprecated")):
            self.out.append(
                Change(where, "deprecated" if new.raw.get("deprecated") else "no longer deprecated")
            )

    def _names(self, where: str, old: OperationInfo, new: OperationInfo) -> list[Change]:
        changes = []
        for name in sorted(_python_names(old) - _python_names(new)):
            other = self.new_by_name.get(name)
            what = (
                f"chaster.{name} now calls {other.method.upper()} {other.path} instead"
                if other is not None
                else f"chaster.{name} is gone"
            )
            changes.append(
                Change(where, f"{what}; this operation is chaster.{new.tag}.{new.name}", "breaking")
            )
        for name in sorted(_python_names(new) - _python_names(old)):
            changes.append(Change(where, f"now reachable as chaster.{name}"))
        return changes

    def _parameters(self, where: str, info: OperationInfo, old: dict[str, Any], new: dict[str, Any]) -> None:
        old_params, new_params = _params(old), _params(new)
        for key in sorted(old_params.keys() | new_params.keys()):
            site = _Site(where, f"{key[0]} parameter {key[1]}", True, False, f"{info.tag}_{key[1]}")
            before, after = old_params.get(key), new_params.get(key)
            if after is None:
                self.schemas.emit(site, "", "removed", "removed")
            elif before is None:
                self.schemas.emit(site, "", *_added(after.get("required") is True))
            else:
                self._parameter(site, before, after)

    def _parameter(self, site: _Site, before: dict[str, Any], after: dict[str, Any]) -> None:
        if before.get("required") is not True and after.get("required") is True:
            self.schemas.emit(site, "", "now_required", "now required")
        elif before.get("required") is True and after.get("required") is not True:
            self.schemas.emit(site, "", "now_optional", "now optional")
        self.schemas.compare(site, "", before.get("schema"), after.get("schema"))

    def _request_body(
        self, where: str, info: OperationInfo, old: dict[str, Any], new: dict[str, Any]
    ) -> None:
        before, after = _request_body(old), _request_body(new)
        if before is None or after is None:
            self.out += _body_presence(where, before, after)
            return
        if before.media != after.media:
            self.out.append(Change(where, f"request body: {before.media} -> {after.media}", "breaking"))
        if after.required and not before.required:
            self.out.append(Change(where, "request body: now required (callers must pass body=)", "breaking"))
        elif before.required and not after.required:
            self.out.append(Change(where, "request body: now optional"))
        site = _Site(where, "request body", True, False, f"{info.name}_body")
        self.schemas.compare(site, "", before.schema, after.schema)

    def _response(self, where: str, info: OperationInfo, old: dict[str, Any], new: dict[str, Any]) -> None:
        before, after = _success(old), _success(new)
        if before.status != after.status:
            self.out.append(Change(where, f"response status: {before.status} -> {after.status}"))
        if before.schema is not None and after.schema is None:
            self.out.append(Change(where, "response: no body anymore (the call returns None)", "breaking"))
        elif before.schema is None and after.schema is not None:
            self.out.append(Change(where, f"response: now has a body ({_describe(after.schema)})"))
        elif before.schema is not None:
            site = _Site(where, "response", False, True, f"{info.name}_response_{after.status}")
            self.schemas.compare(site, "", before.schema, after.schema)


def _body_presence(where: str, before: _Body | None, after: _Body | None) -> list[Change]:
    if before is None and after is None:
        return []
    if after is None:
        return [Change(where, "request body removed (the body argument disappears)", "breaking")]
    if after.required:
        what = f"request body added, required ({_describe(after.schema)}): callers must pass body="
        return [Change(where, what, "breaking")]
    return [Change(where, f"request body added, optional ({_describe(after.schema)})")]


# --- security -----------------------------------------------------------------------------------

_Alternatives = dict[frozenset[str], frozenset[str]]  # accepted scheme kinds -> OAuth scopes needed


def _scheme_kind(schemes: dict[str, Any], name: str) -> str:
    scheme = _dict(schemes.get(name))
    kind = scheme.get("type")
    if kind == "http":
        return str(scheme.get("scheme", "http")).lower()
    if kind == "apiKey":
        return f"api key {scheme.get('name', name)}"
    return str(kind) if isinstance(kind, str) else name


def _security(document: dict[str, Any], operation: dict[str, Any]) -> _Alternatives | None:
    """None for a public operation (no requirement, or an empty one); else its alternatives."""
    requirements = [
        r for r in _list(operation.get("security", document.get("security"))) if isinstance(r, dict)
    ]
    if not requirements or any(not r for r in requirements):
        return None
    schemes = _dict(_dict(document.get("components")).get("securitySchemes"))
    alternatives: _Alternatives = {}
    for requirement in requirements:
        kinds = frozenset(_scheme_kind(schemes, name) for name in requirement)
        scopes = frozenset(str(s) for scopes in requirement.values() for s in _list(scopes))
        alternatives[kinds] = alternatives[kinds] & scopes if kinds in alternatives else scopes
    return alternatives


def _describe_security(alternatives: _Alternatives | None) -> str:
    if alternatives is None:
        return "public"
    return " | ".join(sorted(_describe_alternative(k, s) for k, s in alternatives.items()))


def _describe_alternative(kinds: frozenset[str], scopes: frozenset[str]) -> str:
    return " + ".join(sorted(kinds)) + (f"[{', '.join(sorted(scopes))}]" if scopes else "")


def _security_changes(where: str, old: _Alternatives | None, new: _Alternatives | None) -> list[Change]:
    if old == new:
        return []
    summary = f"{_describe_security(old)} -> {_describe_security(new)}"
    if old is None:
        return [Change(where, f"security: now needs a token ({summary}): calls without one fail", "breaking")]
    if new is None:
        return [Change(where, f"security: no longer needs a token ({summary})")]
    changes = [
        Change(
            where,
            f"security: no longer accepts {' + '.join(sorted(k))} ({summary}): those tokens are refused",
            "breaking",
        )
        for k in sorted(old.keys() - new.keys(), key=sorted)
    ]
    changes += [
        Change(where, f"security: now also accepts {' + '.join(sorted(k))} ({summary})")
        for k in sorted(new.keys() - old.keys(), key=sorted)
    ]
    for kinds in sorted(old.keys() & new.keys(), key=sorted):
        changes += _scope_changes(where, " + ".join(sorted(kinds)), old[kinds], new[kinds])
    return changes or [Change(where, f"security: {summary}")]


def _scope_changes(where: str, kinds: str, old: frozenset[str], new: frozenset[str]) -> list[Change]:
    changes = []
    if new - old:
        needed = ", ".join(sorted(new - old))
        changes.append(
            Change(
                where, f"security: {kinds} now needs scope(s) {needed} (tokens without them fail)", "breaking"
            )
        )
    if old - new:
        changes.append(
            Change(where, f"security: {kinds} no longer needs scope(s) {', '.join(sorted(old - new))}")
        )
    return changes


def _scheme_changes(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """OAuth endpoints of the schemes both documents define (ChasterOAuth's defaults follow them).

    Schemes only one document defines are not reported: an operation that requires one shows it.
    """
    old_schemes = _dict(_dict(old.get("components")).get("securitySchemes"))
    new_schemes = _dict(_dict(new.get("components")).get("securitySchemes"))
    changes = []
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        before, after = _flow_urls(old_schemes[name]), _flow_urls(new_schemes[name])
        for key in sorted(before.keys() & after.keys()):
            if before[key] != after[key]:
                what = f"{key}: {before[key]} -> {after[key]} (check ChasterOAuth's authorize_url/token_url)"
                changes.append(Change(f"security scheme {name}", what, "attention"))
    return changes


def _flow_urls(scheme: Any) -> dict[str, str]:
    flows = _dict(_dict(scheme).get("flows"))
    return {
        f"{flow} {key}": str(url)
        for flow, settings in flows.items()
        for key, url in _dict(settings).items()
        if key in ("authorizationUrl", "tokenUrl")
    }


# --- the whole document -------------------------------------------------------------------------


def _load(path: Path) -> dict[str, Any]:
    return normalize(_read(path))


def _read(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GenerationError(f"cannot read {path}: {exc}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise GenerationError(f"{path} is not an OpenAPI document")
    return document


def _reachable(document: dict[str, Any], parts: tuple[str, ...]) -> set[str]:
    """Names of the component schemas reachable from these parts of the operations."""
    schemas = _dict(_dict(document.get("components")).get("schemas"))
    seen: set[str] = set()
    stack: list[Any] = [info.raw.get(part) for info in collect_operations(document) for part in parts]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            name = _ref_name(node)
            if name is not None and name not in seen:
                seen.add(name)
                stack.append(schemas.get(name))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return seen


def _operations(document: dict[str, Any]) -> dict[tuple[str, str], OperationInfo]:
    try:
        return {(i.method, i.path): i for i in collect_operations(document)}
    except ValueError as exc:
        raise GenerationError(str(exc)) from None


def _compare_components(differ: _SchemaDiff, old: dict[str, Any], new: dict[str, Any]) -> None:
    sent = _reachable(old, ("requestBody", "parameters")) | _reachable(new, ("requestBody", "parameters"))
    read = _reachable(old, ("responses",)) | _reachable(new, ("responses",))
    for name in sorted(differ.old_schemas.keys() & differ.new_schemas.keys()):
        sends = name in sent
        site = _Site(f"schema {name}", "", sends, name in read or not sends, name)
        differ.compare(site, "", differ.old_schemas[name], differ.new_schemas[name])


def _moved_names(removed: list[OperationInfo], new_by_name: dict[str, OperationInfo]) -> list[Change]:
    """A removed operation whose Python name now calls another operation."""
    return [
        Change(_label(info), f"chaster.{name} now calls {other.method.upper()} {other.path}", "attention")
        for info in removed
        for name in sorted(_python_names(info))
        if (other := new_by_name.get(name)) is not None
    ]


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> DiffReport:
    report = DiffReport(
        str(_dict(old.get("info")).get("version", "?")), str(_dict(new.get("info")).get("version", "?"))
    )
    old_ops, new_ops = _operations(old), _operations(new)
    removed = [old_ops[k] for k in old_ops.keys() - new_ops.keys()]
    report.removed_operations = sorted(_label(info) for info in removed)
    report.added_operations = sorted(_label(new_ops[k]) for k in new_ops.keys() - old_ops.keys())
    schemas = _SchemaDiff(old, new)
    operations = _OperationDiff(old, new, schemas)
    for key in sorted(old_ops.keys() & new_ops.keys()):
        operations.compare(old_ops[key], new_ops[key])
    schemas.changes += _moved_names(removed, operations.new_by_name)
    schemas.changes += _scheme_changes(old, new)
    report.removed_schemas = sorted(schemas.old_schemas.keys() - schemas.new_schemas.keys())
    report.added_schemas = sorted(schemas.new_schemas.keys() - schemas.old_schemas.keys())
    _compare_components(schemas, old, new)
    report.changes = schemas.changes
    return report


def diff_files(old: Path, new: Path) -> DiffReport:
    """What changed between two documents as published (the overlay is not applied to either);
    the overlay's actions that match nothing in NEW are listed, for review."""
    raw_new = _read(new)
    report = diff_documents(_load(old), normalize(raw_new))
    report.overlay_unmatched = overlay.report_lines(overlay.apply_default(raw_new), "NEW")
    return report


def diff_overlay(path: Path) -> DiffReport:
    """What ``generator/overlay.json`` changes in a document: the document as published -> as generated."""
    raw = _read(path)
    applied = overlay.apply_default(raw)
    report = diff_documents(normalize(raw), normalize(applied.document))
    report.new_version += " with generator/overlay.json"
    report.overlay_unmatched = overlay.report_lines(applied, "the document")
    return report


# --- rendering ----------------------------------------------------------------------------------

_SECTIONS: tuple[tuple[Severity, str], ...] = (
    ("breaking", "Breaking changes for callers"),
    ("attention", "Changes callers should know about"),
    ("info", "Compatible changes"),
)


def _summary(report: DiffReport) -> str:
    counts = {severity: len(report.of_severity(severity)) for severity, _ in _SECTIONS}
    return (
        f"{len(report.added_operations)} operations added, {len(report.removed_operations)} removed; "
        f"{len(report.added_schemas)} schemas added, {len(report.removed_schemas)} removed; "
        f"{counts['breaking']} breaking (!), {counts['attention']} to know about (?), {counts['info']} compatible (~)"
    )


def render(report: DiffReport) -> str:
    lines = [f"Chaster API {report.old_version} -> {report.new_version}", _summary(report), ""]
    for severity, title in _SECTIONS:
        found = report.of_severity(severity)
        lines.append(f"{title} ({len(found)})")
        lines.extend(f"  {_MARK[severity]} {c.where}: {c.what}" for c in found)
        lines.append("")
    for title, items in (
        ("Operations added", report.added_operations),
        ("Schemas added", report.added_schemas),
    ):
        lines.append(f"{title} ({len(items)})")
        lines.extend(f"  + {item}" for item in items)
        lines.append("")
    if report.overlay_unmatched:
        lines.append(f"Overlay actions that match nothing ({len(report.overlay_unmatched)})")
        lines.extend(f"  - {line.removeprefix('overlay: ')}" for line in report.overlay_unmatched)
        lines.append("")
    return "\n".join(lines).rstrip()
