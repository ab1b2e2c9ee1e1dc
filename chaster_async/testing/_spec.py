"""The OpenAPI side of the fake: spec loading, operations, a small schema validator and an example builder.

Only the parts of OpenAPI 3.0 that Chaster's document uses are implemented: ``type``, ``properties``,
``required``, ``nullable``, ``enum``, ``items``, ``allOf``/``oneOf``/``anyOf`` (with ``discriminator``),
``$ref``, ``additionalProperties`` and ``format: date-time``.
"""

from __future__ import annotations

import copy
import datetime as _dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UnknownOperationError

__all__ = [
    "Operation",
    "Param",
    "SchemaValidator",
    "Spec",
    "load_spec",
    "spec_path",
]

_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def spec_path() -> Path:
    """Where the spec is read from: the copy shipped in ``_generated`` if present, else the repo root."""
    package_dir = Path(__file__).resolve().parent.parent
    shipped = package_dir / "_generated" / "openapi.json"
    if shipped.is_file():
        return shipped
    return package_dir.parent / "openapi.json"


def load_spec(path: str | Path | None = None) -> dict[str, Any]:
    """Read the OpenAPI document (a fresh dict each call, so callers may mutate it)."""
    with open(path or spec_path(), encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data


@dataclass(frozen=True)
class Param:
    name: str
    location: str  # path | query | header
    required: bool
    schema: Mapping[str, Any]


@dataclass
class Operation:
    """One operation of the spec, ready for routing.

    ``key`` is the operation's stable ``"tag.name"`` from the generated OPERATIONS table (the same
    whichever way the document spells operationIds); handlers, faults and records use it.
    """

    key: str
    operation_id: str
    method: str
    path: str
    regex: re.Pattern[str]
    parameters: list[Param]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    body_content_type: str | None
    success_status: int
    response_schema: Mapping[str, Any] | None
    security: list[dict[str, list[str]]] | None
    deprecated: bool = False
    tags: list[str] = field(default_factory=list)

    @property
    def path_params(self) -> list[Param]:
        return [p for p in self.parameters if p.location == "path"]

    def route_key(self) -> tuple[int, ...]:
        """Sort key: static segments before templated ones, so ``/locks/shared-locks`` wins over ``/locks/{id}``."""
        return tuple(1 if seg.startswith("{") else 0 for seg in self.path.strip("/").split("/"))

    def format_path(self, **params: str) -> str:
        from urllib.parse import quote

        return re.sub(r"\{(\w+)\}", lambda m: quote(str(params[m.group(1)]), safe=""), self.path)


def _stable_key(method: str, path: str, operation_id: str) -> str:
    """The generated table's key for this route; the document's id for a route it lacks."""
    from ..operations import OPERATIONS

    found = OPERATIONS.route(method, path)
    return found.key if found is not None else operation_id


def _path_regex(path: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path))
    return re.compile(f"^{pattern}/?$")


class Spec:
    """The operations of an OpenAPI document plus its schema validator."""

    def __init__(self, document: Mapping[str, Any] | None = None) -> None:
        self.document: Mapping[str, Any] = document if document is not None else load_spec()
        self.validator = SchemaValidator(self.document.get("components", {}).get("schemas", {}))
        self.operations: dict[str, Operation] = {}
        for path, item in self.document.get("paths", {}).items():
            common = item.get("parameters", [])
            for method, op in item.items():
                if method not in _HTTP_METHODS:
                    continue
                operation = self._build(path, method, op, common)
                self.operations[operation.key] = operation
        self._ordered = sorted(self.operations.values(), key=lambda o: o.route_key())

    def find(self, name: str) -> Operation:
        """An operation by stable key, either operationId spelling or unique method name."""
        found = self.operations.get(name)
        if found is not None:
            return found
        from ..operations import OPERATIONS

        key = OPERATIONS.find(name).key  # UnknownOperationError (a KeyError) when nothing matches
        if key not in self.operations:
            raise UnknownOperationError(f"{key} is not in the document this fake serves")
        return self.operations[key]

    def _build(self, path: str, method: str, op: Mapping[str, Any], common: list[Any]) -> Operation:
        params = [
            Param(p["name"], p["in"], bool(p.get("required", p["in"] == "path")), p.get("schema", {}))
            for p in [*common, *op.get("parameters", [])]
        ]
        body = op.get("requestBody")
        body_schema = None
        body_ct = None
        if body:
            content = body.get("content", {})
            body_ct = "application/json" if "application/json" in content else next(iter(content), None)
            if body_ct:
                body_schema = content[body_ct].get("schema", {})
        success = sorted(int(c) for c in op.get("responses", {}) if c.startswith("2"))
        status = success[0] if success else 200
        response_schema = None
        resp = op.get("responses", {}).get(str(status), {})
        if "application/json" in resp.get("content", {}):
            response_schema = resp["content"]["application/json"].get("schema")
        operation_id = op.get("operationId") or f"{method}_{path}"
        return Operation(
            key=_stable_key(method, path, operation_id),
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            regex=_path_regex(path),
            parameters=params,
            body_schema=body_schema,
            body_required=bool(body and body.get("required")),
            body_content_type=body_ct,
            success_status=status,
            response_schema=response_schema,
            security=op.get("security"),
            deprecated=bool(op.get("deprecated")),
            tags=list(op.get("tags", [])),
        )

    def __iter__(self) -> Iterator[Operation]:
        return iter(self._ordered)

    def __len__(self) -> int:
        return len(self.operations)

    def match(self, method: str, path: str) -> tuple[Operation | None, dict[str, str], bool]:
        """Find the operation for a request: ``(operation, path_params, path_exists)``."""
        path_exists = False
        for op in self._ordered:
            m = op.regex.match(path)
            if m is None:
                continue
            path_exists = True
            if op.method == method.upper():
                return op, m.groupdict(), True
        return None, {}, path_exists

    def schema(self, name: str) -> Mapping[str, Any]:
        found: Mapping[str, Any] = self.validator.schemas[name]
        return found


_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$", re.I)


def is_date_time(value: str) -> bool:
    if not _DATE_TIME.match(value):
        return False
    try:
        _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return False
    return True


_DROP: Any = object()  # SchemaValidator.conform: "no value here" (an optional property is removed)
# The keywords about what a value holds (checked, and projected, one by one by SchemaValidator.conform).
_CHILDREN = ("properties", "required", "items", "additionalProperties")


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class SchemaValidator:
    """Validate values against (and build examples from) OpenAPI 3.0 schemas."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self.schemas = schemas
        self._example_cache: dict[str, Any] = {}

    # -- references -------------------------------------------------------------------------
    def resolve(self, schema: Mapping[str, Any]) -> Mapping[str, Any]:
        seen = 0
        while "$ref" in schema:
            schema = self.schemas[schema["$ref"].rsplit("/", 1)[-1]]
            seen += 1
            if seen > 50:  # pragma: no cover - cyclic $ref chain
                raise ValueError("cyclic $ref")
        return schema

    def ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/components/schemas/{name}"}

    # -- validation -------------------------------------------------------------------------
    def errors(
        self, schema: Mapping[str, Any] | str, value: Any, path: str = "", *, request: bool = False
    ) -> list[str]:
        """Every way ``value`` deviates from ``schema`` (a schema dict or a component name).

        ``request=True`` validates as Chaster's NestJS pipes read a request: a property that is
        ``null`` passes when its object does not require it (``@IsOptional()`` lets null through);
        a required one still fails. Responses are validated strictly (the default).
        """
        if isinstance(schema, str):
            schema = self.ref(schema)
        out: list[str] = []
        self._check(schema, value, path, out, request)
        return out

    def is_valid(self, schema: Mapping[str, Any] | str, value: Any) -> bool:
        return not self.errors(schema, value)

    def without_optional_nulls(self, schema: Mapping[str, Any], value: Any) -> Any:
        """A copy of a request value where each ``null`` an optional, non-nullable property holds
        is removed (what ``request=True`` let through means "not given" to the handlers)."""
        schema = self.resolve(schema)
        if isinstance(value, list) and "items" in schema:
            return [self.without_optional_nulls(schema["items"], item) for item in value]
        if not isinstance(value, dict):
            return value
        props: dict[str, Any] = {}
        required: set[str] = set()
        for part in (*schema.get("allOf", ()), schema):
            part = self.resolve(part)
            props.update(part.get("properties", {}))
            required.update(part.get("required", ()))
        out = {}
        for name, item in value.items():
            sub = props.get(name)
            if sub is None:
                out[name] = item
            elif item is None:
                if name in required or self.resolve(sub).get("nullable"):
                    out[name] = None
            else:
                out[name] = self.without_optional_nulls(sub, item)
        return out

    def _check(
        self, schema: Mapping[str, Any], value: Any, path: str, out: list[str], request: bool = False
    ) -> None:
        schema = self.resolve(schema)
        where = path or "value"
        if value is None:
            if not schema.get("nullable"):
                out.append(f"{where} should not be null")
            return
        for sub in schema.get("allOf", ()):
            self._check(sub, value, path, out, request)
        if "oneOf" in schema:
            self._check_one_of(schema, value, path, out, request)
        if "anyOf" in schema and not any(
            not self.errors(s, value, path, request=request) for s in schema["anyOf"]
        ):
            out.append(f"{where} does not match any of the allowed schemas")
        if "enum" in schema and value not in schema["enum"]:
            allowed = schema["enum"]
            shown = ", ".join(map(str, allowed[:10])) + (", ..." if len(allowed) > 10 else "")
            out.append(f"{where} must be one of the following values: {shown}")
            return
        typ = schema.get("type")
        if typ is None and ("properties" in schema or "additionalProperties" in schema):
            typ = "object"
        if typ == "string":
            if not isinstance(value, str):
                out.append(f"{where} must be a string")
            elif schema.get("format") == "date-time" and not is_date_time(value):
                out.append(f"{where} must be a valid ISO 8601 date string")
        elif typ == "number":
            if isinstance(value, bool) or not isinstance(value, int | float):
                out.append(f"{where} must be a number conforming to the specified constraints")
        elif typ == "integer":
            if isinstance(value, bool) or not (
                isinstance(value, int) or (isinstance(value, float) and value.is_integer())
            ):
                out.append(f"{where} must be an integer number")
        elif typ == "boolean":
            if not isinstance(value, bool):
                out.append(f"{where} must be a boolean value")
        elif typ == "array":
            if not isinstance(value, list):
                out.append(f"{where} must be an array")
            elif "items" in schema:
                for i, item in enumerate(value):
                    self._check(schema["items"], item, _join(path, i), out, request)
        elif typ == "object":
            if not isinstance(value, dict):
                out.append(f"{where} must be an object")
                return
            props: Mapping[str, Any] = schema.get("properties", {})
            required = schema.get("required", ())
            for name in required:
                if name not in value:
                    out.append(f"{_join(path, name)} should not be missing")
            for name, sub in props.items():
                if name not in value or (request and value[name] is None and name not in required):
                    continue
                self._check(sub, value[name], _join(path, name), out, request)
            extra = schema.get("additionalProperties", True)
            if extra is not True:
                for name in value:
                    if name in props:
                        continue
                    if extra is False:
                        out.append(f"property {_join(path, name)} should not exist")
                    else:
                        self._check(extra, value[name], _join(path, name), out, request)

    def _check_one_of(
        self, schema: Mapping[str, Any], value: Any, path: str, out: list[str], request: bool = False
    ) -> None:
        where = path or "value"
        disc = schema.get("discriminator")
        if disc and isinstance(value, dict):
            key = value.get(disc["propertyName"])
            mapping = disc.get("mapping", {})
            if key in mapping:
                self._check({"$ref": mapping[key]}, value, path, out, request)
                return
            if mapping:
                out.append(f"{_join(path, disc['propertyName'])} must be one of: {', '.join(mapping)}")
                return
        matches = sum(1 for s in schema["oneOf"] if not self.errors(s, value, path, request=request))
        if disc and matches != 1:
            out.append(f"{where} must match exactly one schema in oneOf (matched {matches})")
        elif not matches:
            # Without a discriminator Chaster's oneOf is a union (NestJS), and members may overlap
            # (0.11.2: every LinkConfig is also a PilloryConfig): a value of any member will do,
            # as Chaster and the generated models read it.
            out.append(f"{where} must match a schema in oneOf (matched 0)")

    # -- projection -------------------------------------------------------------------------
    def conform(self, schema: Mapping[str, Any], value: Any) -> Any:
        """``value`` projected onto ``schema``: a copy where each null the schema forbids, each value
        of the wrong type or outside its enum becomes the schema's example (or is dropped when
        optional), and each missing required property is added; lists and maps are projected item
        by item, a discriminated union onto the member the value names. A value that already
        conforms comes back unchanged. FakeChaster's records follow the newest Chaster API; this is how
        they are served under an older document's schemas.
        """
        result = self._conform(schema, copy.deepcopy(value))
        return self.example(schema) if result is _DROP else result

    def _conform(self, schema: Mapping[str, Any], value: Any) -> Any:
        schema = self.resolve(schema)
        if value is None:
            return None if schema.get("nullable") else _DROP
        if "oneOf" in schema or "anyOf" in schema:
            if not self.errors(schema, value):
                return value
            member = self._discriminated(schema, value)
            return self.example(schema) if member is None else self._conform(member, value)
        for sub in schema.get("allOf", ()):
            value = self._conform(sub, value)
            if value is _DROP:
                return _DROP
        if "allOf" in schema and "properties" not in schema:
            return value
        shallow = {k: v for k, v in schema.items() if k not in (*_CHILDREN, "allOf")}
        if not self.errors(shallow, value):
            return self._conform_children(schema, value)
        return self.example(schema)

    def _discriminated(self, schema: Mapping[str, Any], value: Any) -> Mapping[str, Any] | None:
        """The member of a discriminated ``oneOf`` that ``value`` names, if any."""
        disc = schema.get("discriminator")
        if not disc or not isinstance(value, dict):
            return None
        target = disc.get("mapping", {}).get(value.get(disc["propertyName"]))
        return {"$ref": target} if target else None

    def _conform_children(self, schema: Mapping[str, Any], value: Any) -> Any:
        if isinstance(value, list) and "items" in schema:
            items = (self._conform(schema["items"], item) for item in value)
            return [self.example(schema["items"]) if item is _DROP else item for item in items]
        if not isinstance(value, dict):
            return value
        required = set(schema.get("required", ()))
        props: Mapping[str, Any] = schema.get("properties", {})
        for name in schema.get("required", ()):
            if name not in props and name not in value:
                value[name] = _undescribed(name)
        for name, sub in props.items():
            if name not in value:
                if name in required:
                    value[name] = self.example(sub, name=name)
                continue
            projected = self._conform(sub, value[name])
            if projected is not _DROP:
                value[name] = projected
            elif name in required:
                value[name] = self.example(sub, name=name)
            else:
                del value[name]
        extra = schema.get("additionalProperties", True)
        if extra is not True:
            for name in [n for n in value if n not in props]:
                projected = _DROP if extra is False else self._conform(extra, value[name])
                if projected is _DROP:
                    del value[name]
                else:
                    value[name] = projected
        return value

    # -- examples ---------------------------------------------------------------------------
    def example(self, schema: Mapping[str, Any] | str, *, name: str = "", full: bool = False) -> Any:
        """A deterministic, schema-valid example value.

        Required properties are always present; optional ones only near the top (or everywhere with
        ``full=True``, bounded by depth), so recursive schemas stay finite.
        """
        if isinstance(schema, str):
            if schema not in self.schemas:
                # The fake's records are built on the newest schemas; a document without one
                # (an older Chaster) starts the record empty: its operations are absent too.
                return {}
            key = f"{schema}:{full}"
            if key not in self._example_cache:
                self._example_cache[key] = self._example(self.ref(schema), name, 0, full)
            return copy.deepcopy(self._example_cache[key])
        return self._example(schema, name, 0, full)

    def _example(self, schema: Mapping[str, Any], name: str, depth: int, full: bool) -> Any:
        if "$ref" in schema:
            ref_name = schema["$ref"].rsplit("/", 1)[-1]
            schema = self.resolve(schema)
            name = name or ref_name
        if schema.get("nullable") and depth > 5:
            return None
        if "allOf" in schema:
            merged: Any = None
            for sub in schema["allOf"]:
                part = self._example(sub, name, depth, full)
                if isinstance(merged, dict) and isinstance(part, dict):
                    merged.update(part)
                else:
                    merged = part
            rest = {k: v for k, v in schema.items() if k not in ("allOf", "nullable", "description")}
            if rest.get("properties") and isinstance(merged, dict):
                merged.update(self._example_object(rest, name, depth, full))
            return merged
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._example(schema[key][0], name, depth, full)
        if "enum" in schema:
            return schema["enum"][0]
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        typ = schema.get("type")
        if typ is None and "properties" in schema:
            typ = "object"
        if typ == "string":
            return _example_string(name, schema)
        if typ in ("number", "integer"):
            return 1
        if typ == "boolean":
            return False
        if typ == "array":
            if depth > 4 or "items" not in schema:
                return []
            return [self._example(schema["items"], _singular(name), depth + 1, full)]
        if typ == "object":
            return self._example_object(schema, name, depth, full)
        return {}

    def _example_object(self, schema: Mapping[str, Any], name: str, depth: int, full: bool) -> dict[str, Any]:
        required = set(schema.get("required", ()))
        props: Mapping[str, Any] = schema.get("properties", {})
        out: dict[str, Any] = {}
        for prop, sub in props.items():
            if prop in required or (depth < (4 if full else 1)):
                if prop not in required and depth > 0 and self._is_recursive(sub):
                    continue
                out[prop] = self._example(sub, prop, depth + 1, full)
        for prop in schema.get("required", ()):
            if prop not in props:
                out[prop] = _undescribed(prop)
        return out

    def _is_recursive(self, sub: Mapping[str, Any]) -> bool:
        text = json.dumps(sub)
        return "LockForPublic" in text or "SharedLockForPublic" in text


def _undescribed(name: str) -> Any:
    """A value for a property a schema requires without describing it (0.11.2's
    SharedLockForPublic requires ``extensions``, ExtensionPartyForPublic ``config``): an empty list
    for a plural name, else an empty object."""
    return [] if name.endswith("s") else {}


def _singular(name: str) -> str:
    return name[:-1] if name.endswith("s") else name


def object_id(seed: str) -> str:
    """A deterministic 24-hex ObjectId-like string derived from ``seed``."""
    return hashlib.sha1(seed.encode()).hexdigest()[:24]  # noqa: S324 - not for security


def _example_string(name: str, schema: Mapping[str, Any]) -> str:
    if schema.get("format") == "date-time" or name.endswith(("At", "Date")) or name in ("date", "joinedAt"):
        return "2024-03-01T12:00:00.000Z"
    lower = name.lower()
    if name == "_id" or name.endswith("Id") or lower in ("lock", "user", "conversation", "extension"):
        return object_id(name or "id")
    if "email" in lower:
        return "user@example.com"
    if lower.endswith("url"):
        return f"https://example.com/{name}"
    if name in ("username", "displayName", "name", "title"):
        return f"example-{name.lower()}"
    return name or "string"
