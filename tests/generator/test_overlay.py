"""generator/overlay.py and generator/overlay.json: Overlay 1.0.0 semantics, and the corrections
apply alike to the vendored document, its live NestJS spelling and older originals."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.live_style import live_style
from generator.normalize import normalize
from generator.overlay import (
    OverlayError,
    apply_default,
    apply_overlay,
    check_overlay,
    corrections,
    load_overlay,
    report_lines,
)
from tests.spec_samples import HISTORY, ROOT

VENDORED = ROOT / "openapi.json"
GENERATED = ROOT / "chaster_async" / "_generated" / "openapi.json"


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def _vendored() -> dict[str, Any]:
    document: dict[str, Any] = json.loads(VENDORED.read_text(encoding="utf-8"))
    if document["info"]["version"] != "0.35.0":  # .ci/regeneration-check with an older or newer one
        pytest.skip("checks the corrections of the vendored 0.35.0 document")
    return document


def _history(version: str) -> dict[str, Any]:
    return json.loads((HISTORY / f"chaster-openapi-{version}.json").read_text(encoding="utf-8"))


# --- the Overlay semantics ------------------------------------------------------------------------

DOC: dict[str, Any] = {
    "paths": {"/a": {"get": {"tags": ["x"], "responses": {"200": {"description": ""}}}}},
    "components": {
        "schemas": {"A": {"type": "object", "properties": {"l": {"type": "object"}}, "required": ["l"]}}
    },
    "list": [0, 1, 2, 3],
}


def test_update_merges_objects_recursively_appends_arrays_and_replaces_the_rest() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            {
                "target": "$.components.schemas.A",
                "update": {
                    "properties": {"l": {"type": "number"}, "m": {"type": "string"}},
                    "required": ["m"],
                },
            }
        ),
    )

    schema = result.document["components"]["schemas"]["A"]
    assert schema == {
        "type": "object",
        "properties": {"l": {"type": "number"}, "m": {"type": "string"}},
        "required": ["l", "m"],
    }
    assert DOC["components"]["schemas"]["A"]["properties"]["l"] == {"type": "object"}  # input untouched
    assert [r.matched for r in result.results] == [1]


def test_update_of_an_array_appends_one_entry() -> None:
    result = apply_overlay(DOC, _overlay({"target": "$.paths['/a'].get.tags", "update": {"y": 1}}))
    assert result.document["paths"]["/a"]["get"]["tags"] == ["x", {"y": 1}]


def test_remove_deletes_every_selected_node() -> None:
    result = apply_overlay(
        DOC,
        _overlay(
            {"target": "$.list[1,3]", "remove": True},
            {"target": "$.paths['/a'].get.responses['200'].description", "remove": True},
        ),
    )
    assert result.document["list"] == [0, 2]
    assert result.document["paths"]["/a"]["get"]["responses"]["200"] == {}


def test_actions_apply_in_order_and_a_filter_guards_an_update() -> None:
    guarded = {"target": "$.components.schemas.A[?@.l.type == 'object']", "update": {"l": {"type": "number"}}}
    result = apply_overlay(DOC, _overlay(guarded, guarded))

    assert result.document["components"]["schemas"]["A"]["properties"]["l"] == {"type": "number"}
    assert [r.matched for r in result.results] == [1, 0]  # the second sees the first's result
    assert [r.index for r in result.unmatched] == [1]


def test_an_unmatched_target_is_reported_not_fatal() -> None:
    result = apply_overlay(
        DOC, _overlay({"target": "$.paths['/gone'].get", "update": {"x": 1}, "x-correction": "c"})
    )

    assert result.document == DOC
    (line,) = report_lines(result, "NEW")
    assert line.startswith("overlay: action 1 (c) matched nothing in NEW: $.paths['/gone'].get")


@pytest.mark.parametrize(
    ("overlay", "words"),
    [
        ({"overlay": "2.0.0", "info": {"title": "t", "version": "1"}, "actions": [{}]}, "'overlay' must be"),
        ({"overlay": "1.0.0", "actions": [{"target": "$", "update": {}}]}, "'info'"),
        (_overlay({"update": {}}), "needs a 'target'"),
        (_overlay({"target": "$.a"}), "needs 'update' or 'remove: true'"),
        (_overlay({"target": "$.a", "update": {}, "remove": True}), "exclude each other"),
        (_overlay({"target": "$.a[", "update": {}}), "not an RFC 9535 JSONPath"),
        (_overlay({"target": "$.a", "update": {}, "copy": "$.b"}), "unknown fields copy"),
    ],
)
def test_a_broken_overlay_is_a_clear_error(overlay: dict[str, Any], words: str) -> None:
    with pytest.raises(OverlayError, match=words):
        check_overlay(overlay)


def test_update_of_a_scalar_is_a_clear_error() -> None:
    with pytest.raises(OverlayError, match="applies to objects and arrays"):
        apply_overlay(DOC, _overlay({"target": "$.paths['/a'].get.tags[0]", "update": {"y": 1}}))


def test_strict_rfc_9535_no_library_extensions() -> None:
    # python-jsonpath's non-standard keys selector (~) is refused: other Overlay tools would not read it.
    with pytest.raises(OverlayError, match="RFC 9535"):
        check_overlay(_overlay({"target": "$.paths.~", "update": {}}))


# --- the corrections of generator/overlay.json ------------------------------------------------------


def test_the_overlay_is_an_overlay_1_0_0_document_whose_actions_cite_their_evidence() -> None:
    overlay = load_overlay()
    assert overlay["overlay"] == "1.0.0"
    sources = ("chaster-python-sdk", "PROVENANCE", "spec-history", "reference-notes")
    for index, action in enumerate(overlay["actions"]):
        assert action.get("x-correction"), index
        described = action.get("description", "")
        assert len(described) > 40, index
    for correction, indices in corrections(overlay).items():
        cited = " ".join(overlay["actions"][i]["description"] for i in indices)
        assert any(source in cited for source in sources), correction


def test_every_action_matches_the_vendored_document() -> None:
    result = apply_default(_vendored())
    assert result.unmatched == (), report_lines(result)


def test_every_action_matches_the_live_spelling_and_gives_the_same_document() -> None:
    """Targets name paths, methods and schemas only: the live NestJS spelling (other operationIds,
    no x-* keys, paths reversed) is corrected the same way."""
    vendored = _vendored()
    live = apply_default(live_style(vendored))

    assert live.unmatched == (), report_lines(live)
    assert json.dumps(live.document, sort_keys=True) == json.dumps(
        live_style(apply_default(vendored).document), sort_keys=True
    )


def test_the_generated_document_is_the_vendored_one_with_the_overlay() -> None:
    generated = json.loads(GENERATED.read_text(encoding="utf-8"))
    assert generated == normalize(apply_default(_vendored()).document)


def test_the_overlay_does_not_touch_what_it_does_not_correct() -> None:
    vendored = _vendored()
    corrected = apply_default(vendored).document
    untouched = [p for p in vendored["paths"] if vendored["paths"][p] == corrected["paths"][p]]
    assert len(untouched) == len(vendored["paths"]) - 2  # /users/search and the extension action
    assert set(corrected["paths"]) - set(vendored["paths"]) == {"/shared-locks/{sharedLockId}/extensions"}


@pytest.mark.parametrize(
    ("version", "unmatched"),
    [
        (
            "0.12.54",
            {"users-search-response", "users-search-limit", "shared-lock-extensions"},
        ),
        (
            "0.11.2",
            {
                "users-search-response",
                "users-search-limit",
                "shared-lock-extensions",
                "favorites-last-id-null",
            },
        ),
    ],
)
def test_older_documents_report_what_they_lack(version: str, unmatched: set[str]) -> None:
    """An older original lacks what some actions correct: those are reported, the others apply."""
    result = apply_default(_history(version))

    assert {r.correction for r in result.unmatched} == unmatched
    action = result.document["paths"]["/locks/{lockId}/extensions/{extensionId}/action"]["post"]
    schema = action["responses"]["201"]["content"]["application/json"]["schema"]
    assert len(schema["anyOf"]) == 8  # the same Chaster of January 2024 answered these


def test_generating_an_older_document_reports_unmatched_targets_on_stderr(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec",
            str(HISTORY / "chaster-openapi-0.12.54.json"),
            "--out",
            str(tmp_path / "hist"),
            "--package",
            "hist",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("overlay: ")]
    assert len(lines) == 4, result.stderr
    assert all("matched nothing in the document (version 0.12.54)" in line for line in lines)
    assert any("(shared-lock-extensions)" in line for line in lines)
    assert (tmp_path / "hist" / "api" / "locks" / "trigger_action.py").exists()


def test_make_generate_on_the_vendored_document_reports_nothing() -> None:
    _vendored()
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json,generator.overlay as o; o.for_generation(json.load(open('openapi.json')))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr == ""


# --- make spec-diff ----------------------------------------------------------------------------------


def test_spec_diff_shows_what_the_overlay_changes() -> None:
    _vendored()
    result = subprocess.run(
        ["make", "-s", "spec-diff"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )

    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Chaster API 0.35.0 -> 0.35.0 with generator/overlay.json")
    assert "  + shared_locks.set_shared_lock_extensions (PUT /shared-locks/{sharedLockId}/extensions)" in out
    assert "users.search_users (POST /users/search): response: now has a body (SearchUsersRepDto)" in out
    assert "schema SearchUsersDto: field limit: object -> number" in out
    assert "match nothing" not in out


def test_spec_diff_lists_the_actions_that_match_nothing_in_new() -> None:
    from generator.spec_diff import diff_files, diff_overlay, render

    report = diff_files(HISTORY / "chaster-openapi-0.11.2.json", HISTORY / "chaster-openapi-0.12.54.json")
    text = render(report)
    assert "Overlay actions that match nothing (4)" in text
    assert "  - action 14 (shared-lock-extensions) matched nothing in NEW" in text

    itself = render(diff_overlay(HISTORY / "chaster-openapi-0.12.54.json"))
    assert itself.startswith("Chaster API 0.12.54 -> 0.12.54 with generator/overlay.json")
    assert "Overlay actions that match nothing (4)" in itself


def test_spec_diff_usage() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "generator", "spec-diff", "--overlay", str(VENDORED), str(VENDORED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "OVERLAY=" in result.stderr


def test_the_overlay_is_pure(tmp_path: Path) -> None:
    """Applying twice to the same input gives the same document; the input is never changed."""
    vendored = _vendored()
    before = copy.deepcopy(vendored)
    assert apply_default(vendored).document == apply_default(vendored).document
    assert vendored == before
