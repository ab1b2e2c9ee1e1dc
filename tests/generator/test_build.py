"""The generator step: deterministic, guarded by check, and able to read live NestJS documents."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from chaster_async._request import Request
from generator.build import differences, generate
from tests.spec_samples import HISTORY, ROOT, operations, resolve, sample

pytestmark = pytest.mark.timeout(180)

# A fixed copy of the vendored openapi.json, for the tests about that document (the others follow
# the document the package was generated from, at the repository root).
VENDORED_0_35 = HISTORY / "chaster-openapi-0.35.0.json"


def test_generation_is_deterministic(tmp_path: Path) -> None:
    generate(ROOT / "openapi.json", tmp_path / "one")
    generate(ROOT / "openapi.json", tmp_path / "two")

    assert differences(tmp_path / "one", tmp_path / "two") == []
    assert differences(ROOT / "chaster_async" / "_generated", tmp_path / "one") == []


def test_check_fails_on_a_hand_edit(tmp_path: Path) -> None:
    out = tmp_path / "_generated"
    generate(ROOT / "openapi.json", out)
    target = out / "api" / "locks" / "find_all.py"
    target.write_text(target.read_text() + "\n# edited by hand\n")

    result = subprocess.run(
        [sys.executable, "-m", "generator", "check", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 1
    assert "api/locks/find_all.py" in result.stderr


def test_generated_runtime_has_no_httpx() -> None:
    generated = ROOT / "chaster_async" / "_generated"
    offenders = [p for p in generated.rglob("*.py") if "httpx" in p.read_text(encoding="utf-8")]
    assert offenders == []


def _history_package(
    tmp_path_factory: pytest.TempPathFactory, name: str, document: str
) -> tuple[Any, dict[str, Any]]:
    base = tmp_path_factory.mktemp(name)
    spec_path = HISTORY / document
    generate(spec_path, base / name, package=name)
    sys.path.insert(0, str(base))
    try:
        operations_module = importlib.import_module(f"{name}.operations")
    finally:
        sys.path.remove(str(base))
    return operations_module, json.loads(spec_path.read_text())


@pytest.fixture(scope="module", params=["chaster-openapi-0.11.2.json", "chaster-openapi-0.12.54.json"])
def history(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Any, dict[str, Any]]:
    name = "hist_" + request.param.removeprefix("chaster-openapi-").removesuffix(".json").replace(".", "_")
    return _history_package(tmp_path_factory, name, request.param)


def test_history_documents_generate_and_smoke(history: tuple[Any, dict[str, Any]]) -> None:
    """Every operation of an original NestJS document builds its request and parses a sample answer."""
    module, document = history
    table = module.OPERATIONS
    assert len(table) == len(operations(document))
    for _path, method, raw in operations(document):
        entry = table[raw["operationId"]]
        assert "_" not in entry.name.split("_")[0] or entry.name == entry.name.lower()
        assert not entry.name.endswith("controller")
        endpoint = importlib.import_module(entry.module)
        args = ["value-1" for p in raw.get("parameters", []) if p["in"] == "path"]
        kwargs: dict[str, Any] = {}
        for p in raw.get("parameters", []):
            if p["in"] in ("query", "header") and p.get("required"):
                kwargs[_py(p["name"])] = sample(p.get("schema", {}), document)
        content = (raw.get("requestBody") or {}).get("content", {})
        if content:
            media, value = next(iter(content.items()))
            kwargs["body"] = sample(value.get("schema", {}), document) if "json" in media else {}
        if "multipart/form-data" in content:
            schema = resolve(content["multipart/form-data"].get("schema", {}), document)
            kwargs["body"] = {k: b"bytes" for k in schema.get("properties", {})}
        request = endpoint._build_request(*args, **kwargs)
        assert isinstance(request, Request)
        assert request.method == method.upper()
        for code, response in raw["responses"].items():
            media = (response.get("content") or {}).get("application/json")
            if code.startswith("2") and media:
                entry.parse(sample(media["schema"], document))
                break


def _py(name: str) -> str:
    import re

    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").lower()


def _vendored_operations() -> list[Any]:
    """The operations of the fixed 0.35.0 document, as the generator reads them (its OPERATIONS)."""
    from generator.normalize import normalize
    from generator.spec_model import collect_operations

    return collect_operations(normalize(json.loads(VENDORED_0_35.read_text())))


def _nestjs_id(operation: Any) -> str | None:
    """The NestJS ``<Controller>_<method>`` id among an operation's spellings, if known."""
    return next((s for s in (operation.operation_id, *operation.aliases) if "Controller_" in s), None)


def test_history_names_match_the_vendored_spec(history: tuple[Any, dict[str, Any]]) -> None:
    """Where Chaster kept an operation's NestJS id, a regeneration keeps the Python name users call."""
    module, _document = history
    current = {(op.method.upper(), op.path): op for op in _vendored_operations()}
    compared = 0
    for old in module.OPERATIONS.values():
        key = (old.method, old.path)
        if key in current and _nestjs_id(current[key]) == old.operation_id:
            compared += 1
            assert old.name == current[key].name, key
            assert old.key in {f"{tag}.{old.name}" for tag in current[key].tags}, key
    assert compared > 40


def test_live_operation_ids_give_the_client_method_names() -> None:
    """The vendored spec's names come from x-client-method; its NestJS ids must give the same."""
    from generator.naming import snake_case, strip_controller

    for operation in _vendored_operations():
        nestjs = _nestjs_id(operation)
        assert nestjs is not None, operation.key
        assert snake_case(strip_controller(nestjs)) == operation.name, operation.key


def test_live_spelling_gives_the_same_keys_and_knows_both_spellings() -> None:
    """The live NestJS spelling of the vendored spec names every operation the same way, and each
    spelling's operationId is an alias of the other's."""
    from generator.live_style import live_style
    from generator.spec_model import collect_operations

    document = json.loads(VENDORED_0_35.read_text())  # the vendored reconstruction, whatever is generated
    live = live_style(document)
    ours = {(i.method, i.path): i for i in collect_operations(document)}
    theirs = {(i.method, i.path): i for i in collect_operations(live)}
    assert ours.keys() == theirs.keys()
    for route, info in ours.items():
        other = theirs[route]
        assert info.key == other.key, route
        assert info.operation_id in {other.operation_id, *other.aliases}, route
        assert other.operation_id in {info.operation_id, *info.aliases}, route


def test_a_name_that_is_no_python_identifier_is_a_clear_error(tmp_path: Path) -> None:
    document = json.loads(VENDORED_0_35.read_text())
    document["components"]["schemas"]["UpdateTimeDto"]["properties"]["2fa"] = {"type": "string"}
    spec = tmp_path / "odd.json"
    spec.write_text(json.dumps(document))

    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 2
    assert "UpdateTimeDto.2fa" in result.stderr and "Traceback" not in result.stderr


def test_live_spelling_regenerates_the_same_public_surface(tmp_path: Path) -> None:
    """Regenerated from the live NestJS spelling of the same API, users see the same namespaces,
    method signatures and models (.ci/regeneration-check runs the whole suite on it too)."""
    from generator.live_style import write_live_style
    from generator.surface import surface

    live = tmp_path / "live.json"
    write_live_style(ROOT / "openapi.json", live)
    generate(live, tmp_path / "live_pkg", package="live_pkg")
    sys.path.insert(0, str(tmp_path))
    try:
        regenerated = surface("live_pkg")
    finally:
        sys.path.remove(str(tmp_path))
    current = surface()
    assert regenerated["namespaces"] == current["namespaces"]
    assert regenerated["models"] == current["models"]
    assert sum(len(methods) for methods in current["namespaces"].values()) >= len(operations())


def test_generated_docstrings_keep_their_paragraphs() -> None:
    """Summary, description, the operation line, Args, access, Returns: are paragraphs (Jinja's
    trim_blocks ate them), on the endpoint function and on the namespace method help() shows."""
    import inspect

    from chaster_async._generated.api.locks import LocksApi, archive

    for func in (archive.asyncio, LocksApi.archive):
        paragraphs = inspect.cleandoc(func.__doc__ or "").split("\n\n")
        assert paragraphs[0] == "Archive a lock"
        assert paragraphs[1].startswith("Archives a lock as a wearer.")
        assert paragraphs[2].startswith("``POST /locks/{lockId}/archive``")
        assert paragraphs[3].startswith("Args:\n    lock_id:")
        assert paragraphs[4].startswith("Access:")
        assert paragraphs[5].startswith("Returns:")


def test_help_of_a_method_is_enough_to_call_it() -> None:
    """Parameters with the spec's descriptions, the body model's fields, scopes and pagination."""
    import inspect

    from chaster_async._generated.api.locks import LocksApi
    from chaster_async._generated.api.public_locks import PublicLocksApi

    doc = inspect.cleandoc(LocksApi.get_lock_history.__doc__ or "")
    assert "lock_id: (path ``lockId``)" in doc
    assert "body: ``GetLockHistoryDto`` or a mapping with its fields" in doc and "``lastId``" in doc
    assert "timeout: seconds allowed for this call" in doc
    assert "OAuth token with the scope(s) ``locks``" in doc
    assert "chaster.paginate(chaster.locks.get_lock_history, ...)" in doc
    public = inspect.cleandoc(PublicLocksApi.find_one.__doc__ or "")
    assert "Access: public (no token needed)." in public


@pytest.mark.parametrize("history", ["chaster-openapi-0.11.2.json"], indirect=True)
def test_an_undiscriminated_union_reads_the_member_whose_required_fields_are_there(
    history: tuple[Any, dict[str, Any]],
) -> None:
    """0.11.2's extension config is a oneOf of ten models without a discriminator, and they overlap
    (every LinkConfig is a PilloryConfig): the first member with all its required fields wins."""
    module, _document = history
    models = importlib.import_module(module.__name__.rpartition(".")[0] + ".models")
    read = models.ExtensionConfigForPublic.from_dict
    common = {"slug": "dice", "name": "Dice", "mode": "unlimited", "regularity": 3600}
    link = {
        "timeToAdd": 60,
        "timeToRemove": 60,
        "enableRandom": True,
        "nbVisits": 3,
        "limitToLoggedUsers": True,
    }
    cases = [
        (link, "LinkConfig"),
        ({"timeToAdd": 60, "limitToLoggedUsers": False}, "PilloryConfig"),
        ({"multiplier": 3600}, "DiceConfig"),
        ({"difficulty": "hard"}, "RandomEventsConfig"),
    ]
    for config, member in cases:
        parsed = read({**common, "config": config})
        assert type(parsed.config).__name__ == member, config
        assert parsed.deviations() == (), config
        assert parsed.to_dict()["config"] == config
