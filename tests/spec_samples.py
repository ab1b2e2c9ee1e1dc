"""Deterministic sample data generated from the spec's schemas, for parametrised tests."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# The document the package was generated from: openapi.json with generator/overlay.json applied.
SPEC_PATH = ROOT / "chaster_async" / "_generated" / "openapi.json"
# copies of shared/spec/history (original NestJS output), and chaster-openapi-0.35.0.json: a fixed,
# byte-identical copy of the vendored openapi.json (for tests about that document)
HISTORY = ROOT / "tests" / "data" / "spec-history"
SAMPLE_DATE = "2024-05-01T12:30:00.000Z"
METHODS = ("get", "put", "post", "delete", "patch")


@cache
def spec() -> dict[str, Any]:
    return json.loads(SPEC_PATH.read_text(encoding="utf-8"))


def schemas(document: dict[str, Any] | None = None) -> dict[str, Any]:
    return (document or spec()).get("components", {}).get("schemas", {})


def operations(document: dict[str, Any] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    document = document or spec()
    return [
        (path, method, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def class_name(schema_name: str) -> str:
    """The model class openapi-python-client makes of a component name."""
    parts = re.split(r"[^0-9A-Za-z]+", schema_name)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def resolve(schema: Any, document: dict[str, Any] | None = None) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas(document)[schema["$ref"].rsplit("/", 1)[-1]]
    if isinstance(schema, dict) and len(schema.get("allOf", [])) == 1 and "properties" not in schema:
        merged = dict(resolve(schema["allOf"][0], document))
        if schema.get("nullable"):
            merged["nullable"] = True
        return merged
    return schema if isinstance(schema, dict) else {}


def _refs(schema: Any) -> set[str]:
    if isinstance(schema, dict):
        if "$ref" in schema:
            return {schema["$ref"]}
        return set().union(*(_refs(s) for s in schema.get("allOf", []) + schema.get("oneOf", [])))
    return set()


def sample(
    schema: Any,
    document: dict[str, Any] | None = None,
    *,
    name: str = "value",
    depth: int = 0,
    seen: frozenset[str] = frozenset(),
) -> Any:
    """A value that satisfies ``schema``: every property present, first enum value, fixed dates.

    A schema that contains itself again (a lock's shared lock's locks) stops at an empty array.
    """
    seen = seen | _refs(schema)
    schema = resolve(schema, document)
    if depth > 40:
        return None if schema.get("nullable") else ({} if schema.get("type") == "object" else "deep")
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return sample(schema[key][0], document, name=name, depth=depth + 1, seen=seen)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "array":
        items = schema.get("items", {})
        if _refs(items) & seen:
            return []
        return [sample(items, document, name=name, depth=depth + 1, seen=seen)]
    if kind == "object" or "properties" in schema:
        # Uploads (binary fields) are left out unless required (0.12.54 requires its image file).
        required = set(schema.get("required", ()))
        out = {
            prop: sample(sub, document, name=prop, depth=depth + 1, seen=seen)
            for prop, sub in schema.get("properties", {}).items()
            if resolve(sub, document).get("format") != "binary" or prop in required
        }
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and not schema.get("properties"):
            out["key"] = sample(extra, document, name="key", depth=depth + 1, seen=seen)
        return out
    if kind == "string":
        if schema.get("format") == "date-time":
            return SAMPLE_DATE
        return f"{name}-1"
    if kind in ("number", "integer"):
        return 3
    if kind == "boolean":
        return True
    return {"any": name}


def first_enum_field(schema: dict[str, Any]) -> str | None:
    """A property whose values are an enum (to inject an unknown value into)."""
    for prop, sub in schema.get("properties", {}).items():
        if resolve(sub).get("enum") and resolve(sub).get("type") == "string":
            return prop
    return None
