"""``make spec-diff``: what it reports, checked against an independent walk of the documents."""

from __future__ import annotations

import copy
import itertools
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.live_style import live_style
from generator.spec_diff import Change, DiffReport, diff_documents, diff_files, render
from tests.spec_samples import HISTORY, ROOT

OLDEST = HISTORY / "chaster-openapi-0.11.2.json"
OLDER = HISTORY / "chaster-openapi-0.12.54.json"
# A fixed copy of the vendored openapi.json (0.35.0): these tests are about those three documents,
# whichever document the package was regenerated from.
VENDORED = HISTORY / "chaster-openapi-0.35.0.json"
PAIRS = [(OLDEST, OLDER), (OLDER, VENDORED)]


def _read(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


# --- the original tests -------------------------------------------------------------------------


def test_diff_between_two_original_documents() -> None:
    report = diff_files(OLDEST, OLDER)
    text = render(report)

    assert report.old_version == "0.11.2" and report.new_version == "0.12.54"
    assert report.added_operations
    assert any("messaging" in op or "users" in op for op in report.added_operations)
    assert "Breaking changes for callers" in text


def test_diff_of_a_document_with_itself_is_empty() -> None:
    report = diff_files(VENDORED, VENDORED)
    assert (report.added_operations, report.removed_operations, report.changes) == ([], [], [])


def test_removed_operation_is_breaking() -> None:
    report = diff_files(OLDER, VENDORED)
    assert any(c.what == "operation removed" for c in report.breaking)


def test_make_target_prints_the_report() -> None:
    result = subprocess.run(
        ["make", "-s", "spec-diff", f"OLD={OLDEST}", f"NEW={VENDORED}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Operations added" in result.stdout


def test_bad_input_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "spec-diff", str(bad), str(VENDORED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "cannot read" in result.stderr


# --- an independent walk of the documents -------------------------------------------------------
# Deliberately naive: it reads component schemas, their properties (one level, and array items),
# parameters and security as written, and knows only the spellings these documents use.


def _components(document: dict[str, Any]) -> dict[str, Any]:
    return document.get("components", {}).get("schemas", {})


def _plain(schema: Any) -> dict[str, Any]:
    """``allOf: [x]`` (NestJS's way to put ``nullable`` on a ``$ref``) and one-member unions are ``x``."""
    while isinstance(schema, dict) and "properties" not in schema:
        single = [v for k in ("allOf", "oneOf", "anyOf") if len(v := schema.get(k, [])) == 1]
        if not single:
            break
        schema = single[0][0]
    return schema if isinstance(schema, dict) else {}


def _enum_of(schema: Any, document: dict[str, Any]) -> tuple[str | None, frozenset[Any]] | None:
    """(the enum component it refers to, or None when inline; its values), for an enum or array of one."""
    schema = _plain(schema)
    if schema.get("type") == "array":
        schema = _plain(schema.get("items"))
    via = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
    target = _components(document).get(via, {}) if via else schema
    return (via, frozenset(target["enum"])) if "enum" in target else None


def _union_of(schema: Any) -> frozenset[str]:
    schema = _plain(schema)
    if schema.get("type") == "array":
        schema = _plain(schema.get("items"))
    members = schema.get("oneOf") or schema.get("anyOf") or []
    return (
        frozenset(m["$ref"].rsplit("/", 1)[-1] for m in members if "$ref" in m)
        if len(members) > 1
        else frozenset()
    )


def _properties(document: dict[str, Any]) -> dict[tuple[str, str], Any]:
    return {
        (name, prop): sub
        for name, schema in _components(document).items()
        for prop, sub in schema.get("properties", {}).items()
    }


def _operations(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Keyed ``"GET /path"``, as the report spells an operation after its Python name."""
    return {
        f"{method.upper()} {path}": op
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    }


def _security(operation: dict[str, Any]) -> frozenset[frozenset[tuple[str, frozenset[str]]]] | None:
    requirements = operation.get("security") or []
    if not requirements or {} in requirements:
        return None
    return frozenset(frozenset((k, frozenset(v)) for k, v in r.items()) for r in requirements)


# Each expectation: (where the change is reported, the field it names or "", words its text has).
Expectation = tuple[str, str, tuple[str, ...]]


def expected_required_changes(old: dict[str, Any], new: dict[str, Any]) -> set[Expectation]:
    def triples(document: dict[str, Any]) -> set[tuple[str, str, bool]]:
        return {
            (name, prop, prop in schema.get("required", []))
            for name, schema in _components(document).items()
            for prop in schema.get("properties", {})
        }

    before, after = triples(old), triples(new)
    common = _components(old).keys() & _components(new).keys()
    new_props, old_props = _properties(new), _properties(old)
    found: set[Expectation] = set()
    for name, prop, required in before - after:
        if name in common:
            word = (
                ("now optional" if required else "now required") if (name, prop) in new_props else "removed"
            )
            found.add((f"schema {name}", prop, (word,)))
    for name, prop, _ in after - before:
        if name in common and (name, prop) not in old_props:
            found.add((f"schema {name}", prop, ("added",)))
    return found


def _value_changes(where: str, field: str, old: frozenset[Any], new: frozenset[Any]) -> set[Expectation]:
    return {(where, field, ("removed", repr(v))) for v in old - new} | {
        (where, field, ("added", repr(v))) for v in new - old
    }


def _enum_changes(
    where: str,
    field: str,
    old: tuple[str | None, frozenset[Any]] | None,
    new: tuple[str | None, frozenset[Any]] | None,
) -> set[Expectation]:
    if old is None and new is None:
        return set()
    if old is None or new is None:
        return {(where, field, ("->",))}  # an enum became something else: a type change
    if old[0] is not None and old[0] == new[0]:
        return set()  # the same enum component: reported once, under its own name
    return _value_changes(where, field, old[1], new[1])


def expected_enum_changes(old: dict[str, Any], new: dict[str, Any]) -> set[Expectation]:
    found: set[Expectation] = set()
    old_schemas, new_schemas = _components(old), _components(new)
    for name in old_schemas.keys() & new_schemas.keys():
        if "enum" in old_schemas[name] and "enum" in new_schemas[name]:
            values = frozenset(old_schemas[name]["enum"]), frozenset(new_schemas[name]["enum"])
            found |= _value_changes(f"schema {name}", "", *values)
    old_props, new_props = _properties(old), _properties(new)
    for name, prop in old_props.keys() & new_props.keys():
        before, after = _enum_of(old_props[name, prop], old), _enum_of(new_props[name, prop], new)
        found |= _enum_changes(f"schema {name}", prop, before, after)
    old_ops, new_ops = _operations(old), _operations(new)
    for key in old_ops.keys() & new_ops.keys():
        old_params = {p["name"]: p for p in old_ops[key].get("parameters", [])}
        for param in new_ops[key].get("parameters", []):
            if param["name"] in old_params:
                before = _enum_of(old_params[param["name"]].get("schema"), old)
                after = _enum_of(param.get("schema"), new)
                found |= _enum_changes(key, "", before, after)
    return found


def expected_union_changes(old: dict[str, Any], new: dict[str, Any]) -> set[Expectation]:
    old_props, new_props = _properties(old), _properties(new)
    found: set[Expectation] = set()
    for name, prop in old_props.keys() & new_props.keys():
        before, after = _union_of(old_props[name, prop]), _union_of(new_props[name, prop])
        found |= {(f"schema {name}", prop, (member,)) for member in before ^ after}
    return found


def expected_security_changes(old: dict[str, Any], new: dict[str, Any]) -> set[Expectation]:
    old_ops, new_ops = _operations(old), _operations(new)
    return {
        (key, "", ("security",))
        for key in old_ops.keys() & new_ops.keys()
        if _security(old_ops[key]) != _security(new_ops[key])
    }


def _reported(changes: list[Change], expectation: Expectation) -> bool:
    where, field, words = expectation
    named = re.compile(rf"field {re.escape(field)}(?![\w.\[{{])") if field else None
    return any(
        (c.where == where or c.where.endswith(f"({where})"))
        and (named is None or named.search(c.what))
        and all(word in c.what for word in words)
        for c in changes
    )


WALKS: dict[str, Callable[[dict[str, Any], dict[str, Any]], set[Expectation]]] = {
    "required": expected_required_changes,
    "enum": expected_enum_changes,
    "union": expected_union_changes,
    "security": expected_security_changes,
}


@pytest.mark.parametrize("walk", WALKS)
@pytest.mark.parametrize(("old_path", "new_path"), PAIRS, ids=["0.11.2-0.12.54", "0.12.54-0.35.0"])
def test_report_has_every_change_an_independent_walk_finds(old_path: Path, new_path: Path, walk: str) -> None:
    old, new = _read(old_path), _read(new_path)
    changes = diff_files(old_path, new_path).all_changes()

    expected = WALKS[walk](old, new)
    missing = sorted(e for e in expected if not _reported(changes, e))

    assert missing == []


@pytest.mark.parametrize("walk", WALKS)
def test_each_walk_finds_something_in_the_real_documents(walk: str) -> None:
    """Else the test above would prove nothing."""
    assert any(WALKS[walk](_read(old), _read(new)) for old, new in PAIRS)


def test_the_independent_walk_finds_what_the_issue_names() -> None:
    old, new = _read(OLDER), _read(VENDORED)
    assert ("GET /locks/user/{userId}", "", ("security",)) in expected_security_changes(old, new)
    assert ("schema CreateReportDto", "reason", ("added", "'unauthorized_financial_activity'")) in (
        expected_enum_changes(old, new)
    )
    assert expected_union_changes(old, new) >= {
        ("schema CreateReportDto", "target", ("CreateSharedLockReportItemDto",)),
        ("schema CreateReportDto", "target", ("CreateUserReportItemDto",)),
    }
    assert ("schema UserForPublic", "age", ("now optional",)) in expected_required_changes(_read(OLDEST), old)


# --- the facts the issue names ------------------------------------------------------------------


def _find(report: DiffReport, where: str, *words: str) -> list[Change]:
    return [
        c
        for c in report.all_changes()
        if (c.where == where or c.where.endswith(f"({where})")) and all(w in c.what for w in words)
    ]


def test_an_operation_that_became_token_only_is_breaking() -> None:
    found = _find(diff_files(OLDER, VENDORED), "GET /locks/user/{userId}", "security", "now needs a token")

    assert [c.severity for c in found] == ["breaking"]
    assert found[0].where == "locks.get_user_locks (GET /locks/user/{userId})"
    assert "public -> bearer | oauth2" in found[0].what


def test_a_new_value_of_an_inline_request_enum_is_reported() -> None:
    found = _find(
        diff_files(OLDER, VENDORED), "schema CreateReportDto", "field reason:", "enum value(s) added"
    )

    assert len(found) == 1 and "'unauthorized_financial_activity'" in found[0].what
    assert found[0].severity == "info"  # callers send it: a new value is a new option


def test_union_members_added_are_reported_with_counts() -> None:
    found = _find(
        diff_files(OLDER, VENDORED), "schema CreateReportDto", "field target:", "union member(s) added"
    )

    assert len(found) == 1
    assert "CreateSharedLockReportItemDto, CreateUserReportItemDto (2 -> 4 members)" in found[0].what


def test_a_response_field_that_became_optional_is_breaking() -> None:
    found = _find(diff_files(OLDEST, OLDER), "schema UserForPublic", "field age:", "now optional")

    assert [c.severity for c in found] == ["breaking"]
    assert "UNSET" in found[0].what  # says why


# --- the live NestJS spelling of the same API ---------------------------------------------------


def test_the_live_spelling_of_the_vendored_spec_is_no_change_at_all(tmp_path: Path) -> None:
    live = tmp_path / "live.json"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "live-style", "--spec", str(VENDORED), "--out", str(live)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.returncode == 0
    document = _read(live)
    assert {"clientId", "clientSecret"} <= document["components"]["securitySchemes"].keys()

    report = diff_files(VENDORED, live)

    # Security schemes no operation requires, NestJS's bearerFormat/refreshUrl and extra scope
    # descriptions are cosmetic: the report says nothing about them.
    assert report.all_changes() == []
    assert (report.added_operations, report.added_schemas) == ([], [])
    assert diff_files(live, VENDORED).all_changes() == []


# --- each rule, on small documents --------------------------------------------------------------

BEARER = {"type": "http", "scheme": "bearer"}
OAUTH = {
    "type": "oauth2",
    "flows": {"authorizationCode": {"authorizationUrl": "a", "tokenUrl": "t", "scopes": {}}},
}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _document(schemas: dict[str, Any], **operation: Any) -> dict[str, Any]:
    """One ``POST /things`` (sends ``ThingIn``, reads ``ThingOut``), with ``operation`` overrides."""
    post = {
        "operationId": "ThingController_create",
        "tags": ["Things"],
        "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("ThingIn")}}},
        "responses": {"201": {"content": {"application/json": {"schema": _ref("ThingOut")}}}},
        **operation,
    }
    base = {"ThingIn": {"type": "object", "properties": {}}, "ThingOut": {"type": "object", "properties": {}}}
    return {
        "openapi": "3.0.0",
        "info": {"version": "1"},
        "paths": {"/things": {"post": post}},
        "components": {
            "schemas": {**base, **schemas},
            "securitySchemes": {"bearer": BEARER, "oauth2": OAUTH},
        },
    }


def _object(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required or []}


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(c.severity, c.where, c.what) for c in diff_documents(old, new).all_changes()]


STRING = {"type": "string"}


@pytest.mark.parametrize(
    ("schema", "old", "new", "severity", "words"),
    [
        (
            "ThingIn",
            _object(a=STRING),
            _object(),
            "breaking",
            "field a: removed (the keyword argument disappears)",
        ),
        ("ThingOut", _object(a=STRING), _object(), "breaking", "field a: removed (the attribute disappears)"),
        (
            "ThingIn",
            _object(a=STRING),
            _object(["a"], a=STRING),
            "breaking",
            "field a: now required (callers",
        ),
        ("ThingIn", _object(["a"], a=STRING), _object(a=STRING), "info", "field a: now optional"),
        (
            "ThingOut",
            _object(["a"], a=STRING),
            _object(a=STRING),
            "breaking",
            "field a: now optional (it may be",
        ),
        ("ThingOut", _object(a=STRING), _object(["a"], a=STRING), "info", "field a: now required"),
        (
            "ThingIn",
            _object(),
            _object(["a"], a=STRING),
            "breaking",
            "field a: added, required (callers must",
        ),
        ("ThingOut", _object(), _object(["a"], a=STRING), "info", "field a: added, required"),
        (
            "ThingOut",
            _object(a=STRING),
            _object(a={"type": "number"}),
            "breaking",
            "field a: string -> number",
        ),
        (
            "ThingOut",
            _object(a=STRING),
            _object(a={"type": "string", "nullable": True}),
            "breaking",
            "field a: now nullable (responses can carry null: code must handle None)",
        ),
        (
            "ThingIn",
            _object(a=STRING),
            _object(a={"type": "string", "nullable": True}),
            "info",
            "now nullable",
        ),
        (
            "ThingIn",
            _object(a={"type": "string", "nullable": True}),
            _object(a=STRING),
            "breaking",
            "field a: no longer nullable (sending None is refused)",
        ),
    ],
)
def test_field_rules_depend_on_whether_callers_send_or_read(
    schema: str, old: dict[str, Any], new: dict[str, Any], severity: str, words: str
) -> None:
    changes = _changes(_document({schema: old}), _document({schema: new}))

    assert len(changes) == 1, changes
    assert changes[0][:2] == (severity, f"schema {schema}")
    assert words in changes[0][2]


def _enum(*values: str) -> dict[str, Any]:
    return {"type": "string", "enum": list(values)}


@pytest.mark.parametrize(
    ("schema", "old", "new", "severity", "words"),
    [
        ("ThingIn", ["a", "b"], ["a"], "breaking", "enum value(s) removed: 'b' (the server refuses it"),
        ("ThingIn", ["a"], ["a", "b"], "info", "enum value(s) added: 'b'"),
        (
            "ThingOut",
            ["a", "b"],
            ["a"],
            "breaking",
            "enum value(s) removed: 'b' (the enum member disappears)",
        ),
        ("ThingOut", ["a"], ["a", "b"], "attention", "enum value(s) added: 'b' (responses can carry it"),
    ],
)
def test_inline_enum_values(schema: str, old: list[str], new: list[str], severity: str, words: str) -> None:
    changes = _changes(
        _document({schema: _object(kind=_enum(*old))}), _document({schema: _object(kind=_enum(*new))})
    )

    assert [(s, w) for s, w, _ in changes] == [(severity, f"schema {schema}")]
    assert f"field kind: {words}" in changes[0][2]


def test_reusable_enum_values_are_judged_by_where_the_enum_is_used() -> None:
    old = _document({"Kind": _enum("a", "b"), "ThingOut": _object(kind=_ref("Kind"))})
    new = _document({"Kind": _enum("a", "c"), "ThingOut": _object(kind=_ref("Kind"))})

    assert _changes(old, new) == [
        ("breaking", "schema Kind", "enum value(s) removed: 'b' (the enum member disappears)"),
        (
            "attention",
            "schema Kind",
            "enum value(s) added: 'c' (responses can carry it: code that matches on the values must handle it)",
        ),
    ]


def test_parameter_enums_and_requirements() -> None:
    def with_parameter(values: list[str], required: bool) -> dict[str, Any]:
        parameter = {"in": "query", "name": "sort", "required": required, "schema": _enum(*values)}
        return _document({}, parameters=[parameter])

    changes = _changes(with_parameter(["asc", "desc"], False), with_parameter(["asc", "up"], True))

    assert changes == [
        (
            "breaking",
            "things.create (POST /things)",
            "query parameter sort: now required (callers that omit it are refused)",
        ),
        (
            "breaking",
            "things.create (POST /things)",
            "query parameter sort: enum value(s) removed: 'desc' (the server refuses it and the enum member disappears)",
        ),
        ("info", "things.create (POST /things)", "query parameter sort: enum value(s) added: 'up'"),
    ]


@pytest.mark.parametrize(
    ("old", "new", "severity", "words"),
    [
        (
            None,
            [{"bearer": []}],
            "breaking",
            "security: now needs a token (public -> bearer): calls without one fail",
        ),
        ([{"bearer": []}], None, "info", "security: no longer needs a token (bearer -> public)"),
        (
            [{"bearer": []}, {}],
            [{"bearer": []}],
            "breaking",
            "now needs a token",
        ),  # an empty requirement: optional
        ([{"bearer": []}], [{"bearer": []}, {"oauth2": ["locks"]}], "info", "now also accepts oauth2"),
        ([{"bearer": []}, {"oauth2": []}], [{"bearer": []}], "breaking", "no longer accepts oauth2"),
        (
            [{"oauth2": ["locks"]}],
            [{"oauth2": ["locks", "keyholder"]}],
            "breaking",
            "oauth2 now needs scope(s) keyholder",
        ),
        (
            [{"oauth2": ["locks", "keyholder"]}],
            [{"oauth2": ["locks"]}],
            "info",
            "oauth2 no longer needs scope(s) keyholder",
        ),
    ],
)
def test_security_changes(old: Any, new: Any, severity: str, words: str) -> None:
    def secured(security: Any) -> dict[str, Any]:
        return _document({}) if security is None else _document({}, security=security)

    changes = _changes(secured(old), secured(new))

    assert len(changes) == 1 and changes[0][0] == severity, changes
    assert words in changes[0][2]


def test_security_order_and_scheme_names_do_not_matter() -> None:
    old = _document({}, security=[{"oauth2": ["locks"]}, {"bearer": []}])
    new = _document({}, security=[{"jwt": []}, {"oauth2": ["locks"]}])
    new["components"]["securitySchemes"]["jwt"] = {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    new["components"]["securitySchemes"]["clientId"] = {"type": "apiKey", "in": "header", "name": "X-Id"}

    assert _changes(old, new) == []


@pytest.mark.parametrize(
    ("schema", "old", "new", "severity", "words"),
    [
        ("ThingOut", ["A", "B"], ["A", "B", "C"], "attention", "union member(s) added: C (2 -> 3 members)"),
        ("ThingOut", ["A", "B"], ["A"], "breaking", "A | B -> A"),  # no longer a union: a type change
        ("ThingOut", ["A", "B", "C"], ["A", "B"], "info", "union member(s) removed: C (3 -> 2 members)"),
        ("ThingIn", ["A", "B"], ["A", "B", "C"], "info", "union member(s) added: C"),
        ("ThingIn", ["A", "B", "C"], ["A", "C"], "breaking", "union member(s) removed: B (3 -> 2 members)"),
    ],
)
def test_union_members(schema: str, old: list[str], new: list[str], severity: str, words: str) -> None:
    def union(members: list[str]) -> dict[str, Any]:
        kinds = {name: _object() for name in "ABC"}
        return _document({**kinds, schema: _object(value={"oneOf": [_ref(m) for m in members]})})

    changes = _changes(union(old), union(new))

    assert len(changes) == 1 and changes[0][:2] == (severity, f"schema {schema}"), changes
    assert words in changes[0][2]


def test_allof_ref_equals_ref_and_nullable_on_it_is_reported() -> None:
    plain = _document({"Inner": _object(), "ThingOut": _object(inner=_ref("Inner"))})
    wrapped = _document({"Inner": _object(), "ThingOut": _object(inner={"allOf": [_ref("Inner")]})})
    nullable = _document(
        {"Inner": _object(), "ThingOut": _object(inner={"nullable": True, "allOf": [_ref("Inner")]})}
    )

    assert _changes(plain, wrapped) == []
    assert [c[2] for c in _changes(wrapped, nullable)] == [
        "field inner: now nullable (responses can carry null: code must handle None)"
    ]


def test_an_inline_schema_that_became_a_component_is_compared_field_by_field() -> None:
    # openapi-python-client names the inline model ThingOutInner: the same class as the component
    inline = _document({"ThingOut": _object(inner=_object(a=STRING, b=STRING))})
    component = _document(
        {"ThingOutInner": _object(a=STRING), "ThingOut": _object(inner=_ref("ThingOutInner"))}
    )
    renamed = _document({"Inner": _object(a=STRING, b=STRING), "ThingOut": _object(inner=_ref("Inner"))})

    assert _changes(inline, component) == [
        ("breaking", "schema ThingOut", "field inner.b: removed (the attribute disappears)")
    ]
    assert _changes(inline, renamed) == [
        (
            "breaking",
            "schema ThingOut",
            "field inner: model class ThingOutInner -> Inner (code naming the old class breaks)",
        )
    ]


def test_a_schema_callers_send_and_read_takes_the_worse_verdict() -> None:
    old = _document(
        {
            "Both": _object(["a"], a=STRING),
            "ThingIn": _object(x=_ref("Both")),
            "ThingOut": _object(y=_ref("Both")),
        }
    )
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Both"]["required"] = []

    assert _changes(old, new) == [
        (
            "breaking",
            "schema Both",
            "field a: now optional (it may be missing, read as UNSET: code that reads it must check)",
        )
    ]


def test_request_and_response_bodies() -> None:
    old = _document({})
    no_body = _document({}, requestBody=None, responses={"204": {}})
    optional = _document({}, requestBody={"content": {"application/json": {"schema": _ref("ThingIn")}}})

    assert _changes(old, no_body) == [
        ("breaking", "things.create (POST /things)", "request body removed (the body argument disappears)"),
        ("info", "things.create (POST /things)", "response status: 201 -> 204"),
        ("breaking", "things.create (POST /things)", "response: no body anymore (the call returns None)"),
    ]
    assert _changes(optional, old) == [
        ("breaking", "things.create (POST /things)", "request body: now required (callers must pass body=)")
    ]


def test_a_python_name_that_disappears_is_breaking() -> None:
    old = _document({})
    new = _document({}, operationId="ThingController_make")

    assert _changes(old, new) == [
        (
            "breaking",
            "things.make (POST /things)",
            "chaster.things.create is gone; this operation is chaster.things.make",
        ),
        ("info", "things.make (POST /things)", "now reachable as chaster.things.make"),
    ]


def test_a_loose_document_does_not_crash() -> None:
    loose = {
        "paths": {"/x": {"get": {"operationId": "X_get", "parameters": [7], "responses": {"200": "?"}}}},
        "components": {"schemas": {"A": {"properties": [], "required": None}, "B": _ref("Nowhere")}},
    }
    other = copy.deepcopy(loose)
    other["components"]["schemas"]["B"] = {"oneOf": [_ref("A"), {"type": "null"}, 3]}

    for old, new in itertools.permutations([loose, other, _document({}), {"paths": {}}], 2):
        render(diff_documents(old, new))


def test_every_order_of_the_documents_is_fast_and_clean(tmp_path: Path) -> None:
    live = tmp_path / "live.json"
    live.write_text(json.dumps(live_style(_read(VENDORED))))
    started = time.perf_counter()

    for old, new in itertools.product([OLDEST, OLDER, VENDORED, live], repeat=2):
        assert render(diff_files(old, new)).startswith("Chaster API ")

    assert time.perf_counter() - started < 10


# --- rendering ----------------------------------------------------------------------------------


def test_render_groups_by_severity_breaking_first_and_names_each_place() -> None:
    text = render(diff_files(OLDER, VENDORED))
    lines = text.splitlines()
    titles = [i for i, line in enumerate(lines) if line and not line.startswith(" ")]

    assert lines[0] == "Chaster API 0.12.54 -> 0.35.0"
    order = ["Breaking changes for callers", "Changes callers should know about", "Compatible changes"]
    assert [lines[i].split(" (")[0] for i in titles[2:5]] == order
    change_lines = [line for line in lines if line.startswith(("  ! ", "  ? ", "  ~ "))]
    assert change_lines
    for line in change_lines:
        assert re.match(
            r"  [!?~] ([a-z_]+\.[a-z_]+ \((GET|PUT|POST|DELETE|PATCH) /\S*\)|schema \w+|security scheme \w+): ",
            line,
        ), line
    assert "  ! keyholder.get_keyholder_wearers (GET /keyholder/wearers): operation removed" in lines
    assert (
        "  ! schema UserForPublic: field age: now nullable (responses can carry null: code must handle None)"
        in lines
    )
