"""Hypothesis strategies built from the generated OpenAPI document (``openapi.json`` with the overlay).

``valid(schema)`` draws JSON values that conform to a schema; ``off_spec(schema)`` draws values
that may deviate from it anywhere: required fields missing, ``null`` where not nullable, wrong
JSON types, unknown fields, unknown enum values, malformed dates, non-finite and huge numbers.
``response_payloads(operation_id)`` mixes both for an operation's 2xx JSON response schema
(arbitrary JSON when the operation declares none).

Recursion is cut at ``max_depth`` (deeper objects become ``{}``/``[]``/``null``) and lists are
short, so that examples stay small and fast to draw.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

# The document the package was generated from: openapi.json with generator/overlay.json applied.
SPEC_PATH = Path(__file__).resolve().parent.parent / "chaster_async" / "_generated" / "openapi.json"
MAX_DEPTH = 4  # below this, only required fields, empty lists and nulls where allowed
HARD_DEPTH = 12  # below this, objects are {} (only reached by required-field cycles)
MAX_LIST = 3

JsonStrategy = st.SearchStrategy[Any]


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def resolve(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` (and single-item ``allOf`` wrappers), keeping ``nullable`` from the wrapper."""
    nullable = bool(schema.get("nullable"))
    seen = 0
    current: Mapping[str, Any] = schema
    while seen < 50:
        seen += 1
        if "$ref" in current:
            name = current["$ref"].rsplit("/", 1)[-1]
            current = spec()["components"]["schemas"][name]
        elif "allOf" in current and len(current["allOf"]) == 1 and "properties" not in current:
            nullable = nullable or bool(current.get("nullable"))
            current = current["allOf"][0]
        else:
            break
        nullable = nullable or bool(current.get("nullable"))
    out = dict(current)
    if nullable:
        out["nullable"] = True
    return out


def _merged_all_of(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Merge a multi-part ``allOf`` into one object schema (properties and required lists)."""
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in schema["allOf"]:
        part = resolve(part)
        if "allOf" in part:
            part = _merged_all_of(part)
        merged["properties"].update(part.get("properties", {}))
        merged["required"].extend(part.get("required", []))
    merged["properties"].update(schema.get("properties", {}))
    merged["required"].extend(schema.get("required", []))
    if schema.get("nullable"):
        merged["nullable"] = True
    return merged


# -- leaves ------------------------------------------------------------------------------------

_keys = st.text(st.characters(codec="utf-8"), max_size=10)
_scalars: JsonStrategy = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
)

#: Any JSON value, small.
any_json: JsonStrategy = st.recursive(
    _scalars,
    lambda children: st.lists(children, max_size=MAX_LIST) | st.dictionaries(_keys, children, max_size=4),
    max_leaves=10,
)

#: Values ``json.loads`` can produce but a careful server never sends.
weird_numbers: JsonStrategy = st.sampled_from(
    [float("inf"), float("-inf"), float("nan"), 10**300, -(10**300), 1e308, -0.0, 2**63, 2**64 + 1]
)

_datetimes = st.datetimes(
    min_value=dt.datetime(1970, 1, 2), max_value=dt.datetime(2100, 1, 1), timezones=st.just(dt.UTC)
)
valid_datetime_strings: JsonStrategy = st.one_of(
    _datetimes.map(lambda d: d.isoformat()),
    _datetimes.map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"),
    _datetimes.map(lambda d: d.replace(tzinfo=None).isoformat()),
)
bad_datetime_strings: JsonStrategy = st.one_of(
    st.sampled_from(["", "yesterday", "2024-13-01T00:00:00Z", "2024-02-30", "0000-00-00", "T", "Z"]),
    st.text(max_size=25),
)


def _wrong_type(schema: Mapping[str, Any]) -> JsonStrategy:
    """A JSON value whose type differs from the schema's."""
    kind = schema.get("type")
    choices: list[JsonStrategy] = []
    if kind != "string":
        choices.append(st.text(max_size=8))
    if kind not in ("number", "integer"):
        choices.append(st.integers(-5, 10**12) | st.floats(allow_nan=False))
    if kind != "boolean":
        choices.append(st.booleans())
    if kind != "object":
        choices.append(st.dictionaries(_keys, _scalars, max_size=3))
    if kind != "array":
        choices.append(st.lists(_scalars, max_size=3))
    choices.append(weird_numbers)
    return st.one_of(choices)


# -- schema-driven ---------------------------------------------------------------------------


def valid(schema: Mapping[str, Any], *, depth: int = 0) -> JsonStrategy:
    """JSON values conforming to ``schema``."""
    return _build(json.dumps(schema, sort_keys=True), depth, off=False)


def off_spec(schema: Mapping[str, Any], *, depth: int = 0) -> JsonStrategy:
    """JSON values that may deviate from ``schema`` anywhere (or conform)."""
    return _build(json.dumps(schema, sort_keys=True), depth, off=True)


@functools.cache
def _build(schema_json: str, depth: int, off: bool) -> JsonStrategy:
    return st.deferred(lambda: _strategy(json.loads(schema_json), depth, off))


def _child(schema: Mapping[str, Any], depth: int, off: bool) -> JsonStrategy:
    return _build(json.dumps(schema, sort_keys=True), depth + 1, off)


def _strategy(raw: Mapping[str, Any], depth: int, off: bool) -> JsonStrategy:
    schema = resolve(raw)
    if "allOf" in schema:
        schema = _merged_all_of(schema)
    base = _conforming(schema, depth, off)
    if schema.get("nullable"):
        base = st.none() if depth >= MAX_DEPTH else st.none() | base
    if not off:
        return base
    deviations: list[JsonStrategy] = [st.none(), _wrong_type(schema)]
    if "enum" in schema:
        deviations.append(_unknown_enum(schema))
    if schema.get("format") == "date-time":
        deviations.append(bad_datetime_strings)
    # Mostly on-spec shapes with deviations inside, sometimes a deviation right here.
    return st.one_of(base, base, base, *deviations)


def _unknown_enum(schema: Mapping[str, Any]) -> JsonStrategy:
    known = set(map(str, schema["enum"]))
    if schema.get("type") in ("number", "integer"):
        return st.integers(-(10**9), 10**9).filter(lambda v: str(v) not in known) | weird_numbers
    return st.text(max_size=12).filter(lambda v: v not in known)


def _conforming(schema: Mapping[str, Any], depth: int, off: bool) -> JsonStrategy:
    if "enum" in schema:
        return st.sampled_from(list(schema["enum"]))
    if "oneOf" in schema or "anyOf" in schema:
        branches = schema.get("oneOf") or schema.get("anyOf")
        return st.one_of([_child(b, depth - 1, off) for b in branches])
    kind = schema.get("type")
    if kind == "string":
        if schema.get("format") == "date-time":
            return valid_datetime_strings
        return st.text(max_size=12)
    if kind == "number":
        return st.integers(-(10**6), 10**9) | st.floats(-1e12, 1e12, allow_nan=False)
    if kind == "integer":
        return st.integers(-(10**6), 10**9)
    if kind == "boolean":
        return st.booleans()
    if kind == "array":
        if depth >= MAX_DEPTH:
            return st.just([])
        items = schema.get("items", {})
        return st.lists(_child(items, depth, off), max_size=MAX_LIST)
    if kind == "object" or "properties" in schema:
        return _object(schema, depth, off)
    return any_json  # no type: anything goes


def _object(schema: Mapping[str, Any], depth: int, off: bool) -> JsonStrategy:
    properties: Mapping[str, Any] = schema.get("properties", {})
    required = [name for name in schema.get("required", []) if name in properties]
    extra = schema.get("additionalProperties")
    if not properties:
        if depth >= MAX_DEPTH:
            return st.just({})
        if isinstance(extra, Mapping):
            return st.dictionaries(_keys, _child(extra, depth, off), max_size=4)
        return st.dictionaries(_keys, any_json, max_size=4)
    if depth >= HARD_DEPTH:
        return st.just({})
    if depth >= MAX_DEPTH:
        # Deep down: the required fields only, to keep examples small.
        properties = {name: properties[name] for name in required}
    fields = {name: _child(sub, depth, off) for name, sub in properties.items()}
    optional = {name: s for name, s in fields.items() if name not in required}
    required_fields = {name: s for name, s in fields.items() if name in required}
    conforming = st.fixed_dictionaries(required_fields, optional=optional)
    if not off:
        return conforming

    @st.composite
    def deviating(draw: st.DrawFn) -> dict[str, Any]:
        value = dict(draw(conforming))
        for name in required:
            if draw(st.integers(0, 9)) == 0:  # drop about one required field in ten
                value.pop(name, None)
        unknown = draw(st.dictionaries(_keys.filter(lambda k: k not in properties), any_json, max_size=2))
        value.update(unknown)
        return value

    return deviating()


# -- operations --------------------------------------------------------------------------------


def response_schema(key: str) -> dict[str, Any] | None:
    """The JSON schema of the operation's first 2xx response, or None when it declares no body."""
    from chaster_async.operations import OPERATIONS

    found = OPERATIONS[key]
    operation = spec()["paths"][found.path][found.method.lower()]
    for code, response in sorted(operation.get("responses", {}).items()):
        if not code.startswith("2"):
            continue
        content = response.get("content", {}).get("application/json")
        if content and "schema" in content:
            schema: dict[str, Any] = content["schema"]
            return schema
    return None


def operation_ids() -> list[str]:
    """The stable keys of every operation of the document (``"locks.find_all"``)."""
    from chaster_async.operations import OPERATIONS

    return sorted(
        OPERATIONS.route(method.upper(), path).key  # type: ignore[union-attr]
        for path, item in spec()["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, Mapping) and method in ("get", "put", "post", "delete", "patch")
    )


def response_payloads(operation_id: str) -> JsonStrategy:
    """Payloads for the operation's response: valid ones, off-spec ones and plain junk."""
    schema = response_schema(operation_id)
    if schema is None:
        return any_json | weird_numbers
    return st.one_of(valid(schema), off_spec(schema), off_spec(schema), any_json, weird_numbers)
