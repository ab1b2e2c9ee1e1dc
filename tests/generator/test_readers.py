"""Generated readers on documents the vendored spec does not exercise.

The 0.11.2 history document has unions without a discriminator (an extension's config is one of
ten config models); a small synthetic document covers what no Chaster document has yet
(``format: uuid``/``date``, uploads, nested nullable unions, null list items, a const). Both
are generated into a temporary directory and imported, as ``test_build.py`` does.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from chaster_async._model import SpecModel, collect_deviations
from chaster_async._request import Request
from chaster_async.errors import ResponseValidationError
from generator import codegen
from generator.build import GenerationError, generate
from tests.spec_samples import HISTORY

pytestmark = pytest.mark.timeout(180)


def _generate(tmp_path_factory: pytest.TempPathFactory, name: str, spec: Path) -> Path:
    base = tmp_path_factory.mktemp(name)
    generate(spec, base / name, package=name)
    return base


def _import(base: Path, module: str) -> Any:
    sys.path.insert(0, str(base))
    try:
        return importlib.import_module(module)
    finally:
        sys.path.remove(str(base))


# -- 0.11.2: an extension's config is a oneOf of ten models, without a discriminator ----------

PKG_0_11_2 = "readers_0_11_2"
EXTENSION = {
    "subtitle": "Roll the dice",
    "summary": "Roll dice against your keyholder",
    "displayName": "Dice",
    "icon": "dice",
    "slug": "dice",
    "availableModes": ["unlimited"],
    "defaultRegularity": 3600,
    "isEnabled": True,
    "isPremium": False,
    "isCountedInExtensionsLimit": True,
    "hasActions": True,
}
CONFIGS = {
    "DiceConfig": {"multiplier": 3600},
    "WheelOfFortuneConfig": {
        "segments": [
            {"type": "add-time", "text": "", "duration": 3600},
            {"type": "freeze", "text": "", "duration": 1},
            {"type": "text", "text": "Say thank you"},
        ]
    },
    "VerificationPictureConfig": {
        "visibility": "keyholder",
        "peerVerification": {
            "enabled": True,
            "punishments": [{"name": "add_time", "params": {"name": "add_time", "params": 3600}}],
        },
    },
    "LinkConfig": {
        "timeToAdd": 3600,
        "timeToRemove": 3600,
        "enableRandom": True,
        "nbVisits": 5,
        "limitToLoggedUsers": True,
    },
    "PilloryConfig": {"timeToAdd": 3600, "limitToLoggedUsers": True},
}


@pytest.fixture(scope="module")
def old(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory, PKG_0_11_2, HISTORY / "chaster-openapi-0.11.2.json")


@pytest.mark.parametrize("member", sorted(CONFIGS))
def test_a_union_without_discriminator_reads_the_member_the_data_fits(old: Path, member: str) -> None:
    models = _import(old, f"{PKG_0_11_2}.models")
    operations = _import(old, f"{PKG_0_11_2}.operations").OPERATIONS
    payload = [{**EXTENSION, "defaultConfig": CONFIGS[member]}]

    (extension,) = operations["extensions.get_extensions"].parse(payload, strict=True)

    assert type(extension.default_config) is getattr(models, member)
    assert extension.deviations() == ()
    assert extension.to_dict()["defaultConfig"] == CONFIGS[member]


def test_a_member_that_fits_exactly_is_the_only_one_built(old: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Members are ranked by the required keys they miss: the dice config never builds a LinkConfig."""
    models = _import(old, f"{PKG_0_11_2}.models")
    built: list[str] = []
    for name in ("LinkConfig", "PilloryConfig", "DiceConfig", "WheelOfFortuneConfig", "GuessTimerConfig"):
        cls = getattr(models, name)
        original = cls._from_json.__func__

        def counting(klass: Any, data: Any, original: Any = original) -> Any:
            built.append(klass.__name__)
            return original(klass, data)

        monkeypatch.setattr(cls, "_from_json", classmethod(counting))

    extension = models.ExtensionForPublic.from_dict({**EXTENSION, "defaultConfig": {"multiplier": 60}})

    assert isinstance(extension.default_config, models.DiceConfig)
    assert built == ["DiceConfig"]


def test_data_that_fits_no_member_reads_as_the_closest_and_strict_mode_refuses_it(old: Path) -> None:
    models = _import(old, f"{PKG_0_11_2}.models")
    operations = _import(old, f"{PKG_0_11_2}.operations").OPERATIONS
    payload = [{**EXTENSION, "defaultConfig": {"multiplier": "lots"}}]

    (extension,) = operations["extensions.get_extensions"].parse(payload)
    assert isinstance(extension.default_config, models.DiceConfig)
    assert extension.default_config.multiplier == "lots"
    assert [(d.path, d.kind) for d in extension.deviations()] == [("default_config.multiplier", "invalid")]

    with pytest.raises(ResponseValidationError, match=r"\[0\]\.default_config\.multiplier: invalid"):
        operations["extensions.get_extensions"].parse(payload, strict=True)


def test_a_discriminated_union_still_uses_its_discriminator(old: Path) -> None:
    """0.11.2's lock actions have no ``discriminator`` keyword but a one-value ``name`` enum each."""
    models = _import(old, f"{PKG_0_11_2}.models")
    action = models.LockAction.from_dict({"name": "freeze", "params": {"name": "freeze"}})

    assert isinstance(action.params, models.FreezeLockActionModel)
    assert "_best_model" not in inspect.getsource(models.LockAction)


# -- a synthetic document -----------------------------------------------------------------------

PKG = "readers_synthetic"


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: Any) -> dict[str, Any]:
    return {"description": "", "content": {"application/json": {"schema": schema}}}


SYNTHETIC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "synthetic", "version": "1.0.0"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "ThingController_findAll",
                "tags": ["Things"],
                "summary": "List things",
                "description": "Returns every thing.\n\nA second paragraph.",
                "parameters": [
                    {"name": "owner", "in": "query", "schema": {"type": "string", "format": "uuid"}},
                    {"name": "since", "in": "query", "schema": {"type": "string", "format": "date"}},
                ],
                "responses": {"200": _json({"type": "array", "items": _ref("Thing")})},
            }
        },
        "/things/{id}/config": {
            "get": {
                "operationId": "ThingController_config",
                "tags": ["Things"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json({"oneOf": [_ref("LinkConfig"), _ref("DiceConfig")]})},
            }
        },
        "/things/{id}/day": {
            "get": {
                "operationId": "ThingController_day",
                "tags": ["Things"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json({"type": "string", "format": "date"})},
            }
        },
        "/things/{id}/owner": {
            "get": {
                "operationId": "ThingController_owner",
                "tags": ["Things"],
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json({"type": "string", "format": "uuid"})},
            }
        },
        "/upload": {
            "post": {
                "operationId": "StorageController_upload",
                "tags": ["Files"],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "extra": {
                                        "type": "array",
                                        "items": {"type": "string", "format": "binary"},
                                    },
                                    "name": {"type": "string"},
                                },
                                "required": ["file"],
                            }
                        }
                    },
                },
                "responses": {"201": _json(_ref("Child"))},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "description": "A thing of the API.\n\nIt has two paragraphs.",
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "day": {"type": "string", "format": "date"},
                    "owners": {"type": "array", "items": {"type": "string", "format": "uuid"}},
                    "config": {"oneOf": [_ref("LinkConfig"), _ref("DiceConfig")]},
                    "maybe": {
                        "nullable": True,
                        "oneOf": [
                            _ref("DiceConfig"),
                            {"oneOf": [_ref("LinkConfig"), {"type": "string", "nullable": True}]},
                        ],
                    },
                    "maybeList": {
                        "type": "array",
                        "items": {"nullable": True, "oneOf": [_ref("DiceConfig"), {"type": "integer"}]},
                    },
                    "status": {"oneOf": [_ref("StatusA"), _ref("StatusB")]},
                    "children": {"type": "array", "items": _ref("Child")},
                    "names": {"type": "array", "items": {"type": "string"}},
                    "odd{key}": {"type": "array", "items": _ref("Child")},
                    "childrenOrText": {
                        "oneOf": [{"type": "array", "items": _ref("Child")}, {"type": "string"}]
                    },
                },
                "required": ["id", "config"],
            },
            "Child": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "kind": {"const": "child"}},
                "required": ["name"],
            },
            "LinkConfig": {
                "type": "object",
                "properties": {
                    "timeToAdd": {"type": "number"},
                    "timeToRemove": {"type": "number"},
                    "enableRandom": {"type": "boolean"},
                    "nbVisits": {"type": "number"},
                    "limitToLoggedUsers": {"type": "boolean"},
                },
                "required": ["timeToAdd", "timeToRemove", "enableRandom", "nbVisits", "limitToLoggedUsers"],
            },
            "DiceConfig": {
                "type": "object",
                "properties": {"multiplier": {"type": "number"}},
                "required": ["multiplier"],
            },
            "StatusA": {"type": "string", "enum": ["a1", "a2"]},
            "StatusB": {"type": "string", "enum": ["b1", "b2"]},
        }
    },
}
THING_ID = "6f1c2a5e-8d3b-4f9a-9c1e-2b7d4e6f8a10"
LINK = CONFIGS["LinkConfig"]


def _thing(**fields: Any) -> dict[str, Any]:
    return {"id": THING_ID, "config": {"multiplier": 2}, **fields}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = tmp_path_factory.mktemp("spec") / "synthetic.json"
    spec.write_text(json.dumps(SYNTHETIC))
    return _generate(tmp_path_factory, PKG, spec)


@pytest.fixture
def models(synthetic: Path) -> Any:
    return _import(synthetic, f"{PKG}.models")


@pytest.fixture
def operations(synthetic: Path) -> Any:
    return _import(synthetic, f"{PKG}.operations").OPERATIONS


def test_one_of_without_discriminator_picks_the_fewest_deviations(models: Any) -> None:
    dice = models.Thing.from_dict(_thing(config={"multiplier": 2}))
    link = models.Thing.from_dict(_thing(config=LINK))

    assert isinstance(dice.config, models.DiceConfig) and dice.deviations() == ()
    assert isinstance(link.config, models.LinkConfig) and link.deviations() == ()


def test_one_of_without_discriminator_tie_goes_to_the_first_member(models: Any) -> None:
    both = models.Thing.from_dict(_thing(config={"multiplier": 2, **LINK}))  # 0 and 0
    link_keys = {key: LINK[key] for key in list(LINK)[:4]}
    one_each = models.Thing.from_dict(_thing(config=link_keys))  # each misses one field

    assert isinstance(both.config, models.LinkConfig) and both.deviations() == ()
    assert isinstance(one_each.config, models.LinkConfig)
    assert [(d.path, d.kind) for d in one_each.deviations()] == [("config.limit_to_logged_users", "missing")]


def test_one_of_without_discriminator_fewest_deviations_beat_document_order(models: Any) -> None:
    thing = models.Thing.from_dict(_thing(config={"timeToAdd": 1}))  # Link misses 4, Dice 1

    assert isinstance(thing.config, models.DiceConfig)
    assert [(d.path, d.kind) for d in thing.deviations()] == [("config.multiplier", "missing")]
    assert thing.config["timeToAdd"] == 1  # what the member does not know is kept


def test_one_of_of_enums_prefers_the_enum_that_knows_the_value(models: Any) -> None:
    assert models.Thing.from_dict(_thing(status="b2")).status is models.StatusB.B2
    assert models.Thing.from_dict(_thing(status="a1")).status is models.StatusA.A1
    unknown = models.Thing.from_dict(_thing(status="c3"))
    assert isinstance(unknown.status, models.StatusA) and unknown.status.is_unknown
    assert [(d.path, d.kind) for d in unknown.deviations()] == [("status", "unknown_enum")]


def test_one_of_at_the_top_level_picks_the_best_member(models: Any, operations: Any) -> None:
    operation = operations["things.config"]

    assert isinstance(operation.parse({"multiplier": 2}, strict=True), models.DiceConfig)
    assert isinstance(operation.parse(LINK, strict=True), models.LinkConfig)
    with pytest.raises(ResponseValidationError, match="expected an object, got list"):
        operation.parse([LINK])


def test_null_items_of_a_list_of_models_are_deviations(models: Any) -> None:
    thing = models.Thing.from_dict(_thing(children=[{"name": "a"}, None, {"name": "c"}, None]))

    assert thing.children[1] is None and thing.children[2].name == "c"
    assert [(d.path, d.kind, d.detail) for d in thing.deviations()] == [
        ("children[1]", "null", "children[1]"),
        ("children[3]", "null", "children[3]"),
    ]


def test_null_items_of_other_lists_are_deviations_too(models: Any) -> None:
    thing = models.Thing.from_dict(_thing(names=["a", None], owners=[None, THING_ID], **{"odd{key}": [None]}))

    assert thing.names == ["a", None]
    assert thing.owners == [None, uuid.UUID(THING_ID)]
    found = {(d.path, d.kind, d.detail) for d in thing.deviations()}
    assert found == {
        ("names[1]", "null", "names[1]"),
        ("owners[0]", "null", "owners[0]"),
        ("oddkey[0]", "null", "odd{key}[0]"),
    }


def test_null_items_of_a_list_inside_a_union_are_deviations(models: Any) -> None:
    listed = models.Thing.from_dict(_thing(childrenOrText=[None, {"name": "b"}]))
    text = models.Thing.from_dict(_thing(childrenOrText="none yet"))
    wrong = models.Thing.from_dict(_thing(childrenOrText=[None, 5]))

    assert listed.children_or_text[1].name == "b"
    assert [(d.path, d.kind) for d in listed.deviations()] == [("children_or_text[0]", "null")]
    assert text.children_or_text == "none yet" and text.deviations() == ()
    # the list member failed (5 is no object): its null item is not reported, the field is invalid
    assert [(d.path, d.kind) for d in wrong.deviations()] == [("children_or_text", "invalid")]


def test_a_list_read_wrongly_as_a_whole_is_one_invalid_deviation(models: Any) -> None:
    """A null item before a wrong one is not reported as well: the raw list is kept, invalid."""
    thing = models.Thing.from_dict(_thing(children=[None, "not an object"], names=[None, 5]))

    assert thing.children == [None, "not an object"]
    assert sorted((d.path, d.kind) for d in thing.deviations()) == [
        ("children", "invalid"),
        ("names", "invalid"),
    ]


def test_null_list_items_make_strict_mode_raise(operations: Any) -> None:
    operation = operations["things.find_all"]
    inside = [_thing(children=[None])]
    top_level = [_thing(), None]

    assert operation.parse(inside)[0].children == [None]
    assert operation.parse(top_level)[1] is None
    with pytest.raises(ResponseValidationError, match=r"\[0\]\.children\[0\]: null") as caught:
        operation.parse(inside, strict=True)
    assert [(d.path, d.kind) for d in caught.value.deviations] == [("[0].children[0]", "null")]
    with pytest.raises(ResponseValidationError, match=r"\[1\]: null"):
        operation.parse(top_level, strict=True)


def test_nullable_and_nested_unions_read_null_without_deviation(models: Any) -> None:
    thing = models.Thing.from_dict(_thing(maybe=None, maybeList=[None, 3, {"multiplier": 1}]))
    text = models.Thing.from_dict(_thing(maybe="free text"))
    link = models.Thing.from_dict(_thing(maybe=LINK))

    assert thing.maybe is None and thing.maybe_list[:2] == [None, 3]
    assert isinstance(thing.maybe_list[2], models.DiceConfig)
    assert thing.deviations() == ()
    assert text.maybe == "free text" and text.deviations() == ()
    assert isinstance(link.maybe, models.LinkConfig) and link.deviations() == ()
    wrong = models.Thing.from_dict(_thing(maybe=5))
    assert wrong.maybe == 5 and [(d.path, d.kind) for d in wrong.deviations()] == [("maybe", "invalid")]


def test_uuid_and_date_fields_parse_and_round_trip(models: Any) -> None:
    data = _thing(day="2024-05-01", owners=[THING_ID])
    thing = models.Thing.from_dict(data)

    assert thing.id == uuid.UUID(THING_ID)
    assert thing.day == dt.date(2024, 5, 1)
    assert thing.owners == [uuid.UUID(THING_ID)]
    assert thing.to_dict() == data
    json.dumps(thing.to_dict())
    bad = models.Thing.from_dict(_thing(id="not-a-uuid", day=20240501))
    assert {(d.path, d.kind) for d in bad.deviations()} == {("id", "invalid"), ("day", "invalid")}
    assert bad.to_dict()["id"] == "not-a-uuid"


def test_uuid_and_date_responses_and_parameters(operations: Any, synthetic: Path) -> None:
    assert operations["things.owner"].parse(THING_ID) == uuid.UUID(THING_ID)
    assert operations["things.day"].parse("2024-05-01") == dt.date(2024, 5, 1)
    with pytest.raises(ResponseValidationError, match="expected an ISO 8601 date string, got int"):
        operations["things.day"].parse(20240501)
    with pytest.raises(ResponseValidationError, match="expected a UUID string, got list"):
        operations["things.owner"].parse([THING_ID])

    find_all = _import(synthetic, f"{PKG}.api.things.find_all")
    request = find_all._build_request(owner=uuid.UUID(THING_ID), since=dt.date(2024, 5, 1))
    assert isinstance(request, Request)
    assert list(request.params) == [("owner", THING_ID), ("since", "2024-05-01")]


def test_a_const_field_is_checked(models: Any) -> None:
    assert models.Child.from_dict({"name": "a", "kind": "child"}).deviations() == ()
    odd = models.Child.from_dict({"name": "a", "kind": "parent"})
    assert odd.kind == "parent" and [(d.path, d.kind) for d in odd.deviations()] == [("kind", "invalid")]


def test_a_multipart_body_with_binary_fields_builds_its_form(synthetic: Path, models: Any) -> None:
    upload = _import(synthetic, f"{PKG}.api.files.upload")
    request = upload._build_request(body={"file": b"png", "extra": [b"a", b"b"], "name": "n"})

    parts = [(part.name, part.value) for part in request.form or []]
    assert parts == [("file", b"png"), ("extra", b"a"), ("extra", b"b"), ("name", "n")]
    body = models.UploadBody.from_dict({"file": b"png"})
    assert body.file == b"png" and body.deviations() == ()


def test_wrong_shapes_say_what_was_expected_and_what_arrived(operations: Any) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        operations["things.find_all"].parse({"not": "a list"})
    assert "(TypeError: expected an array, got dict)" in str(caught.value)
    with pytest.raises(ResponseValidationError, match="expected an object, got str"):
        operations["things.find_all"].parse(["a thing"])


def test_generated_model_docstrings_keep_their_paragraphs(models: Any) -> None:
    paragraphs = inspect.cleandoc(models.Thing.__doc__ or "").split("\n\n")

    assert paragraphs[:2] == ["A thing of the API.", "It has two paragraphs."]
    assert paragraphs[2].startswith("Attributes:\n    id (UUID):")


def test_parsed_values_walk_without_error(operations: Any) -> None:
    value = operations["things.find_all"].parse([_thing(children=[None], maybe=LINK), None])
    assert isinstance(value[0], SpecModel)
    assert {d.path for d in collect_deviations(value)} == {"[0].children[0]"}


# -- what the generator refuses -----------------------------------------------------------------


def test_a_property_kind_the_readers_do_not_understand_is_a_generation_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "synthetic.json"
    spec.write_text(json.dumps(SYNTHETIC))
    nouns = dict(codegen._NOUNS)
    del nouns["DateProperty"]  # as if openapi-python-client had a kind the readers never saw
    monkeypatch.setattr(codegen, "_NOUNS", nouns)

    with pytest.raises(GenerationError) as caught:
        generate(spec, tmp_path / "out", package="refused")
    message = str(caught.value)
    assert "schema Thing, property day (DateProperty)" in message
    assert "operation things.day, response (DateProperty)" in message
    assert "operation things.find_all, parameter since (DateProperty)" in message
    assert not (tmp_path / "out").exists()


def test_a_name_the_generated_code_does_not_define_is_a_generation_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What once was ``_UUID(...)`` with no import: caught when generating, not the day it runs."""
    spec = tmp_path / "synthetic.json"
    spec.write_text(json.dumps(SYNTHETIC))
    imports = tuple(line for line in codegen.MODEL_IMPORTS if "uuid_or_none" not in line)
    monkeypatch.setattr(codegen, "MODEL_IMPORTS", imports)

    with pytest.raises(
        GenerationError, match=r"models/thing\.py:\d+:\d+: F821 Undefined name `_uuid_or_none`"
    ):
        generate(spec, tmp_path / "out", package="refused")
