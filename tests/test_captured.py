"""Real payloads: what the live service sent (tests/data/captured/) parses with the generated models.

Each payload backs corrections of ``generator/overlay.json`` (see ``index.json``). A response parses
through its operation (``OPERATIONS[key].parse``) with no deviation but the ``predates`` ones the
index explains (required fields Chaster added after the capture), and ``to_dict()`` gives the
payload back; a request body reads into its model with no deviation and the generated request
sends it as captured.
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

import chaster_async.models as models
from chaster_async._model import collect_deviations
from chaster_async.operations import OPERATIONS
from generator.overlay import corrections, load_overlay

ROOT = Path(__file__).resolve().parent.parent
if json.loads((ROOT / "openapi.json").read_text(encoding="utf-8"))["info"]["version"] != "0.35.0":
    # .ci/regeneration-check with an older or a newer document: these payloads back the vendored
    # document's corrections (and a newer one may require fields they predate)
    pytest.skip(
        "the captured payloads back corrections of the vendored 0.35.0 document", allow_module_level=True
    )

CAPTURED = Path(__file__).resolve().parent / "data" / "captured"
INDEX = json.loads((CAPTURED / "index.json").read_text(encoding="utf-8"))
ENTRIES = INDEX["payloads"]


def _payload(entry: dict[str, Any]) -> Any:
    return json.loads((CAPTURED / entry["file"]).read_text(encoding="utf-8"))


def _same(actual: Any, expected: Any) -> bool:
    """Equal JSON, types included (3600 is not 3600.0); a date-time may be spelled another way
    (``...613Z`` / ``...613000+00:00``) if it is the same instant."""
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and actual.keys() == expected.keys()
            and all(_same(actual[k], v) for k, v in expected.items())
        )
    if isinstance(expected, list):
        return (
            isinstance(actual, list)
            and len(actual) == len(expected)
            and all(_same(a, e) for a, e in zip(actual, expected, strict=True))
        )
    if isinstance(expected, str) and isinstance(actual, str) and actual != expected:
        return _instant(actual) is not None and _instant(actual) == _instant(expected)
    return type(actual) is type(expected) and actual == expected


def _instant(text: str) -> dt.datetime | None:
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", text):
        return None
    return dt.datetime.fromisoformat(text)


def _to_json(value: Any) -> Any:
    if isinstance(value, list):
        return [_to_json(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def _deviations(value: Any) -> set[tuple[str, str]]:
    return {(d.path, d.kind) for d in collect_deviations(value)}


def _expected_deviations(entry: dict[str, Any]) -> set[tuple[str, str]]:
    return {(path, "missing") for path in entry.get("predates", {}).get("missing", [])}


RESPONSES = [e for e in ENTRIES if e["kind"] == "response"]
REQUESTS = [e for e in ENTRIES if e["kind"] == "request"]


@pytest.mark.parametrize("entry", RESPONSES, ids=lambda e: e["file"])
def test_a_captured_response_parses_through_its_operation(entry: dict[str, Any]) -> None:
    payload = _payload(entry)
    operation = OPERATIONS[entry["operation"]]

    parsed = operation.parse(payload)

    assert _deviations(parsed) == _expected_deviations(entry)
    assert _same(_to_json(parsed), payload)
    if "model" in entry:
        assert type(parsed) is getattr(models, entry["model"])


@pytest.mark.parametrize("entry", [e for e in ENTRIES if "model" in e], ids=lambda e: e["file"])
def test_a_captured_payload_reads_into_its_model_exactly(entry: dict[str, Any]) -> None:
    """The member of the answer's union (or the request body's model) the payload backs."""
    payload = _payload(entry)
    model = getattr(models, entry["model"])

    parsed = model.from_dict(payload)

    assert parsed.deviations() == ()
    assert _same(parsed.to_dict(), payload)
    assert model.from_dict(parsed.to_dict()) == parsed


@pytest.mark.parametrize("entry", REQUESTS, ids=lambda e: e["file"])
def test_a_captured_request_body_is_sent_as_captured(entry: dict[str, Any]) -> None:
    """The operation's body is that model, and the client sends the payload unchanged (nulls included)."""
    payload = _payload(entry)
    operation = OPERATIONS[entry["operation"]]
    endpoint = importlib.import_module(operation.module)
    path_args = ["0000000000000000000c0001"] * operation.path.count("{")

    request = endpoint._build_request(*path_args, body=payload)
    from_model = endpoint._build_request(*path_args, body=getattr(models, entry["model"]).from_dict(payload))

    assert request.json == payload
    assert from_model.json == payload
    assert operation.has_body


@pytest.mark.parametrize(
    "entry", [e for e in RESPONSES if e["operation"] == "locks.trigger_action"], ids=lambda e: e["file"]
)
def test_a_best_fit_reader_picks_the_captured_member(entry: dict[str, Any]) -> None:
    """The union's members, in document order: the first with the fewest deviations is the payload's
    own (what a best-fit reader returns; the overlay orders members so that ties go the right way)."""
    from tests.spec_samples import spec

    operation = spec()["paths"]["/locks/{lockId}/extensions/{extensionId}/action"]["post"]
    union = operation["responses"]["201"]["content"]["application/json"]["schema"]["anyOf"]
    members = [m["$ref"].rsplit("/", 1)[-1] for m in union]
    payload = _payload(entry)

    scores = [len(getattr(models, name).from_dict(payload).deviations()) for name in members]

    assert members[scores.index(min(scores))] == entry["model"]
    assert min(scores) == 0


def test_the_union_reader_picks_the_member_a_payload_fits() -> None:
    """Each extension action answer is a different member, none of them the catch-all."""
    models_used = {e["model"] for e in RESPONSES if e["operation"] == "locks.trigger_action"}
    assert len(models_used) == len([e for e in RESPONSES if e["operation"] == "locks.trigger_action"])
    assert "ExtensionActionOtherRepDto" not in models_used
    other = models.ExtensionActionOtherRepDto.from_dict({"anything": [1, {"x": None}]})
    assert other.deviations() == () and other.to_dict() == {"anything": [1, {"x": None}]}


def test_every_correction_is_backed_by_a_captured_payload_or_says_why_not() -> None:
    made = set(corrections(load_overlay()))
    cited = {c for e in ENTRIES for c in e["corrections"]}
    not_captured = set(INDEX["not_captured"])

    assert "" not in made, "every overlay action names its correction (x-correction)"
    assert cited | not_captured == made
    assert not cited & not_captured
    assert all(INDEX["not_captured"][c].strip() for c in not_captured)


def test_every_captured_file_is_indexed_and_every_operation_exists() -> None:
    files = {p.name for p in CAPTURED.glob("*.json")} - {"index.json"}
    assert files == {e["file"] for e in ENTRIES}
    for entry in ENTRIES:
        assert entry["operation"] in OPERATIONS, entry["file"]
        assert entry["source"], entry["file"]


def test_captured_ids_are_dummies() -> None:
    """No id of a real person or lock: every 24-hex id is one of the zero-padded dummies."""
    for entry in ENTRIES:
        text = (CAPTURED / entry["file"]).read_text(encoding="utf-8")
        for found in re.findall(r"\b[0-9a-f]{24}\b", text):
            assert found.startswith("0000000000000000000"), (entry["file"], found)
        assert "cdn01.chaster.app/app/uploads/avatars" not in text
