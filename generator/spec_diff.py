"""``make spec-diff OLD NEW``: what changed between two OpenAPI documents, for a library user.

Operations are matched by method and path (operationIds differ between the vendored spec and a
live NestJS document), and named by their Python name (``locks.find_all``). A change is marked
breaking when code written against OLD can fail against NEW: an operation or schema removed, a
parameter removed or newly required, a type changed, a scope added, a response field removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from attrs import define, field

from .build import GenerationError
from .normalize import normalize
from .spec_model import OperationInfo, collect_operations


@define
class Change:
    where: str
    what: str
    breaking: bool


@define
class DiffReport:
    old_version: str
    new_version: str
    added_operations: list[str] = field(factory=list)
    removed_operations: list[str] = field(factory=list)
    added_schemas: list[str] = field(factory=list)
    removed_schemas: list[str] = field(factory=list)
    changes: list[Change] = field(factory=list)

    @property
    def breaking(self) -> list[Change]:
        found = [Change(op, "operation removed", True) for op in self.removed_operations]
        found += [Change(name, "schema removed", True) for name in self.removed_schemas]
        return found + [c for c in self.changes if c.breaking]


def _load(path: Path) -> dict[str, Any]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GenerationError(f"cannot read {path}: {exc}") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise GenerationError(f"{path} is not an OpenAPI document")
    return normalize(document)


def _ref_name(schema: Any) -> str | None:
    if isinstance(schema, dict):
        if "$ref" in schema:
            return str(schema["$ref"]).rsplit("/", 1)[-1]
        if len(schema.get("allOf", [])) == 1:
            return _ref_name(schema["allOf"][0])
    return None


def _type_of(schema: Any) -> str:
    """A short, comparable description of a schema's type."""
    if not isinstance(schema, dict):
        return "any"
    name = _ref_name(schema)
    if name:
        return name
    kind = str(schema.get("type", "object" if "properties" in schema else "any"))
    if kind == "array":
        return f"array[{_type_of(schema.get('items'))}]"
    if "enum" in schema:
        return f"{kind} enum"
    if schema.get("format"):
        return f"{kind}({schema['format']})"
    return kind


def _scopes(operation: dict[str, Any]) -> set[str]:
    return {s for req in operation.get("security") or [] for scopes in req.values() for s in scopes}


def _params(operation: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(p.get("in", ""), p.get("name", "")): p for p in operation.get("parameters", [])}


def _body(operation: dict[str, Any]) -> tuple[str, str] | None:
    content = (operation.get("requestBody") or {}).get("content", {})
    for media, value in sorted(content.items()):
        return media, _type_of(value.get("schema"))
    return None


def _success(operation: dict[str, Any]) -> str:
    for code, response in sorted(operation.get("responses", {}).items()):
        if str(code).startswith("2"):
            content = response.get("content", {}) if isinstance(response, dict) else {}
            media = content.get("application/json")
            return f"{code} {_type_of(media.get('schema')) if media else 'no body'}"
    return "none"


def _label(info: OperationInfo) -> str:
    return f"{info.tag}.{info.name} ({info.method.upper()} {info.path})"


def _diff_operation(where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    changes: list[Change] = []
    old_params, new_params = _params(old), _params(new)
    for key in sorted(old_params.keys() - new_params.keys()):
        changes.append(Change(where, f"{key[0]} parameter {key[1]} removed", True))
    for key in sorted(new_params.keys() - old_params.keys()):
        required = bool(new_params[key].get("required"))
        changes.append(
            Change(where, f"{key[0]} parameter {key[1]} added{' (required)' if required else ''}", required)
        )
    for key in sorted(old_params.keys() & new_params.keys()):
        before, after = old_params[key], new_params[key]
        if not before.get("required") and after.get("required"):
            changes.append(Change(where, f"{key[0]} parameter {key[1]} is now required", True))
        old_type, new_type = _type_of(before.get("schema")), _type_of(after.get("schema"))
        if old_type != new_type:
            changes.append(Change(where, f"{key[0]} parameter {key[1]}: {old_type} -> {new_type}", True))
    old_body, new_body = _body(old), _body(new)
    if old_body != new_body:
        breaking = old_body is not None and (new_body is None or old_body[0] != new_body[0])
        changes.append(Change(where, f"request body: {old_body} -> {new_body}", breaking))
    old_success, new_success = _success(old), _success(new)
    if old_success != new_success:
        changes.append(
            Change(
                where,
                f"response: {old_success} -> {new_success}",
                old_success.split()[1:] != new_success.split()[1:],
            )
        )
    added_scopes = _scopes(new) - _scopes(old)
    removed_scopes = _scopes(old) - _scopes(new)
    if added_scopes:
        changes.append(Change(where, f"now needs scope(s) {sorted(added_scopes)}", True))
    if removed_scopes:
        changes.append(Change(where, f"no longer needs scope(s) {sorted(removed_scopes)}", False))
    if not old.get("deprecated") and new.get("deprecated"):
        changes.append(Change(where, "deprecated", False))
    return changes


def _request_schemas(document: dict[str, Any]) -> set[str]:
    """Names of the schemas a caller sends (reachable from a request body or parameter)."""
    schemas = document.get("components", {}).get("schemas", {})
    seen: set[str] = set()

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            name = node.get("$ref", "").rsplit("/", 1)[-1] if "$ref" in node else None
            if name and name not in seen:
                seen.add(name)
                visit(schemas.get(name))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    for info in collect_operations(document):
        visit(info.raw.get("requestBody"))
        visit(info.raw.get("parameters"))
    return seen


def _diff_schema(name: str, old: dict[str, Any], new: dict[str, Any], sent: bool) -> list[Change]:
    """Field changes; for a schema callers send, new requirements break; for one they read, removals do."""
    changes: list[Change] = []
    where = f"schema {name}"
    old_props, new_props = old.get("properties", {}), new.get("properties", {})
    old_required, new_required = set(old.get("required", [])), set(new.get("required", []))
    for prop in sorted(old_props.keys() - new_props.keys()):
        changes.append(Change(where, f"field {prop} removed", not sent))
    for prop in sorted(new_props.keys() - old_props.keys()):
        required = prop in new_required
        changes.append(
            Change(where, f"field {prop} added{' (required)' if required else ''}", required and sent)
        )
    for prop in sorted(old_props.keys() & new_props.keys()):
        old_type, new_type = _type_of(old_props[prop]), _type_of(new_props[prop])
        if old_type != new_type:
            changes.append(Change(where, f"field {prop}: {old_type} -> {new_type}", True))
        if prop in new_required and prop not in old_required:
            changes.append(Change(where, f"field {prop} is now required", sent))
    if old.get("enum") != new.get("enum") and "enum" in old:
        gone = [v for v in old.get("enum", []) if v not in new.get("enum", [])]
        came = [v for v in new.get("enum", []) if v not in old.get("enum", [])]
        if gone:
            changes.append(Change(where, f"enum values removed {gone}", True))
        if came:
            changes.append(Change(where, f"enum values added {came}", False))
    return changes


def diff_documents(old: dict[str, Any], new: dict[str, Any]) -> DiffReport:
    report = DiffReport(
        str(old.get("info", {}).get("version", "?")), str(new.get("info", {}).get("version", "?"))
    )
    old_ops = {(i.method, i.path): i for i in collect_operations(old)}
    new_ops = {(i.method, i.path): i for i in collect_operations(new)}
    report.removed_operations = sorted(_label(old_ops[k]) for k in old_ops.keys() - new_ops.keys())
    report.added_operations = sorted(_label(new_ops[k]) for k in new_ops.keys() - old_ops.keys())
    for key in sorted(old_ops.keys() & new_ops.keys()):
        report.changes += _diff_operation(_label(new_ops[key]), old_ops[key].raw, new_ops[key].raw)
    old_schemas = old.get("components", {}).get("schemas", {})
    new_schemas = new.get("components", {}).get("schemas", {})
    report.removed_schemas = sorted(old_schemas.keys() - new_schemas.keys())
    report.added_schemas = sorted(new_schemas.keys() - old_schemas.keys())
    sent = _request_schemas(old) | _request_schemas(new)
    for name in sorted(old_schemas.keys() & new_schemas.keys()):
        report.changes += _diff_schema(name, old_schemas[name], new_schemas[name], name in sent)
    return report


def diff_files(old: Path, new: Path) -> DiffReport:
    return diff_documents(_load(old), _load(new))


def render(report: DiffReport) -> str:
    lines = [f"Chaster API {report.old_version} -> {report.new_version}", ""]

    def section(title: str, items: list[str]) -> None:
        lines.append(f"{title} ({len(items)})")
        lines.extend(f"  + {item}" if "added" in title.lower() else f"  - {item}" for item in items)
        lines.append("")

    section("Operations added", report.added_operations)
    section("Operations removed", report.removed_operations)
    lines.append(f"Operations and schemas changed ({len(report.changes)})")
    for change in report.changes:
        lines.append(f"  {'!' if change.breaking else '~'} {change.where}: {change.what}")
    lines.append("")
    section("Schemas added", report.added_schemas)
    section("Schemas removed", report.removed_schemas)
    breaking = report.breaking
    lines.append(f"Breaking changes for callers ({len(breaking)}); '!' marks them above")
    lines.extend(f"  ! {c.where}: {c.what}" for c in breaking)
    return "\n".join(lines)
