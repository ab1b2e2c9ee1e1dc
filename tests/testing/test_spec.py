"""The small OpenAPI validator and example generator."""

from __future__ import annotations

import json

import pytest

from chaster_async.operations import OPERATIONS
from chaster_async.testing import SchemaValidator, Spec, load_spec, spec_path

SCHEMAS = {
    "Pet": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "born": {"type": "string", "format": "date-time"},
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"allOf": [{"$ref": "#/components/schemas/Owner"}], "nullable": True},
            "age": {"type": "integer"},
            "weight": {"type": "number"},
        },
        "required": ["name", "kind"],
        "additionalProperties": False,
    },
    "Owner": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]},
    "Shape": {
        "oneOf": [{"$ref": "#/components/schemas/Circle"}, {"$ref": "#/components/schemas/Square"}],
        "discriminator": {
            "propertyName": "t",
            "mapping": {"c": "#/components/schemas/Circle", "s": "#/components/schemas/Square"},
        },
    },
    "Circle": {
        "type": "object",
        "properties": {"t": {"type": "string"}, "r": {"type": "number"}},
        "required": ["r"],
    },
    "Square": {
        "type": "object",
        "properties": {"t": {"type": "string"}, "a": {"type": "number"}},
        "required": ["a"],
    },
    "Either": {"anyOf": [{"type": "string"}, {"type": "boolean"}]},
    # no discriminator, overlapping members (as 0.11.2's extension configs): a union
    "Union": {"oneOf": [{"$ref": "#/components/schemas/Owner"}, {"$ref": "#/components/schemas/Circle"}]},
    "Litter": {
        "type": "object",
        "properties": {"pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}}},
    },
    "Vague": {
        "type": "object",
        "properties": {"id": {"type": "string"}},
        "required": ["id", "config", "extensions"],
    },
    "Map": {"type": "object", "additionalProperties": {"type": "number"}},
}
V = SchemaValidator(SCHEMAS)


@pytest.mark.parametrize(
    ("schema", "value", "problem"),
    [
        ("Pet", {"name": "Tom", "kind": "cat"}, None),
        ("Pet", {"name": "Tom", "kind": "cat", "owner": None, "born": "2024-01-01T00:00:00.000Z"}, None),
        ("Pet", {"name": "Tom"}, "kind should not be missing"),
        ("Pet", {"name": 1, "kind": "cat"}, "name must be a string"),
        ("Pet", {"name": "Tom", "kind": "cow"}, "kind must be one of the following values: cat, dog"),
        (
            "Pet",
            {"name": "Tom", "kind": "cat", "born": "yesterday"},
            "born must be a valid ISO 8601 date string",
        ),
        ("Pet", {"name": "Tom", "kind": "cat", "tags": ["a", 2]}, "tags[1] must be a string"),
        ("Pet", {"name": "Tom", "kind": "cat", "owner": {}}, "owner.id should not be missing"),
        ("Pet", {"name": "Tom", "kind": "cat", "age": 1.5}, "age must be an integer number"),
        ("Pet", {"name": "Tom", "kind": "cat", "weight": True}, "weight must be a number"),
        ("Pet", {"name": "Tom", "kind": "cat", "x": 1}, "property x should not exist"),
        ("Pet", None, "value should not be null"),
        ("Pet", [], "value must be an object"),
        ("Shape", {"t": "c", "r": 1}, None),
        ("Shape", {"t": "s", "r": 1}, "a should not be missing"),
        ("Shape", {"t": "z"}, "t must be one of: c, s"),
        ("Either", True, None),
        ("Either", 3, "does not match any"),
        ("Map", {"a": 1, "b": 2.5}, None),
        ("Map", {"a": "x"}, "a must be a number"),
        ("Union", {"id": "x", "r": 1}, None),
        ("Union", {"r": 1}, None),
        ("Union", {"t": "c"}, "must match a schema in oneOf (matched 0)"),
    ],
)
def test_validator(schema: str, value: object, problem: str | None) -> None:
    errors = V.errors(schema, value)
    if problem is None:
        assert errors == []
    else:
        assert any(problem in e for e in errors), errors


def test_conform_projects_onto_the_schema_item_by_item() -> None:
    pets = [
        {"name": "Tom", "kind": "cat", "owner": None, "age": None, "x": 1},
        {"name": "Rex", "kind": "cow", "tags": [1, "good"]},
        {"name": "Ada", "kind": "dog"},
    ]
    conformed = V.conform(V.ref("Litter"), {"pets": pets, "more": True})
    assert V.errors("Litter", conformed) == []
    # a valid item is kept as it is; each deviation is fixed where it is, not by replacing the list
    assert conformed["pets"] == [
        {"name": "Tom", "kind": "cat", "owner": None},  # age: null dropped (optional), x: not allowed
        {"name": "Rex", "kind": "cat", "tags": ["string", "good"]},
        {"name": "Ada", "kind": "dog"},
    ]
    assert conformed["more"] is True and pets[0]["x"] == 1  # unknown fields kept; input untouched
    assert V.conform(V.ref("Map"), {"a": 1, "b": "x"}) == {"a": 1, "b": 1}
    # a discriminated union is projected onto the member the value names
    assert V.conform(V.ref("Shape"), {"t": "s", "r": 1}) == {"t": "s", "r": 1, "a": 1}
    assert V.conform(V.ref("Pet"), {"name": "Tom", "kind": "cat"}) == {"name": "Tom", "kind": "cat"}


def test_a_required_property_the_schema_does_not_describe() -> None:
    # 0.11.2's SharedLockForPublic requires extensions, ExtensionPartyForPublic config, undescribed
    assert V.example("Vague") == {"id": "id", "config": {}, "extensions": []}
    assert V.conform(V.ref("Vague"), {"id": "a"}) == {"id": "a", "config": {}, "extensions": []}
    assert V.conform(V.ref("Vague"), {"id": "a", "config": 3, "extensions": 4}) == {
        "id": "a",
        "config": 3,
        "extensions": 4,
    }


def test_examples_of_every_component_schema_are_valid_and_deterministic() -> None:
    spec = Spec()
    for name in spec.validator.schemas:
        for full in (False, True):
            example = spec.validator.example(name, full=full)
            assert spec.validator.errors(name, example) == [], name
    again = Spec()
    assert json.dumps(again.validator.example("LockForPublic", full=True)) == json.dumps(
        spec.validator.example("LockForPublic", full=True)
    )


def test_loader_and_routing() -> None:
    assert spec_path().name == "openapi.json"
    doc = load_spec()
    spec = Spec(doc)
    assert len(spec) == sum(
        1 for item in doc["paths"].values() for m in item if m in ("get", "post", "put", "patch", "delete")
    )
    # a static segment wins over a template: /locks/shared-locks is not /locks/{lockId}
    # (deprecated_find_all in 0.35.0; find_all before shared locks moved to /shared-locks)
    listed = OPERATIONS.route("GET", "/locks/shared-locks")
    assert listed is not None and listed.key.startswith("shared_locks.")
    op, params, _ = spec.match("GET", "/locks/shared-locks")
    assert op is not None and op.key == listed.key and params == {}
    op, params, _ = spec.match("GET", "/locks/abc")
    assert op is not None and op.key == "locks.find_one" and params == {"lockId": "abc"}
    op, _, exists = spec.match("DELETE", "/locks/abc")
    assert op is None and exists
    assert spec.operations["locks.get_lock_history"].success_status == 201
    assert spec.operations["locks.unlock"].success_status == 204
