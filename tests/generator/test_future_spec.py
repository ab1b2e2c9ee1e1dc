"""A newer document (``python -m generator future-spec``): only additions, and the package
regenerated from it keeps every public name of ours, lists and reads what is new.

``.ci/regeneration-check future`` runs the whole suite, the demo and the typecheck on such a
regeneration; these tests keep the rewrite itself honest on every run.
"""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from chaster_async.testing import load_spec
from generator.build import generate
from generator.future_spec import FutureSpecError, future_spec
from generator.spec_diff import diff_documents
from generator.surface import losses, surface
from tests.spec_samples import HISTORY

pytestmark = pytest.mark.timeout(180)

VENDORED_0_35 = HISTORY / "chaster-openapi-0.35.0.json"


def test_the_newer_document_only_adds_and_is_deterministic() -> None:
    vendored = load_spec(VENDORED_0_35)
    untouched = copy.deepcopy(vendored)

    newer = future_spec(vendored)

    assert vendored == untouched and future_spec(vendored) == newer
    report = diff_documents(vendored, newer)
    assert report.breaking == [] and report.removed_operations == report.removed_schemas == []
    assert report.added_operations == [
        "achievements.find_all (GET /achievements)",
        "locks.get_lock_stats (GET /locks/{lockId}/stats)",
    ]
    assert report.added_schemas == ["AchievementForPublic", "LockStatsRepDto", "SubscriptionForPublic"]
    assert {(c.where, c.what.split(":")[0]) for c in report.changes} == {
        ("schema LockStatusEnum", "enum value(s) added"),
        ("locks.find_all (GET /locks)", "query parameter includeTestLocks"),
        ("schema CurrentUser", "field subscription"),
        ("schema LockForPublic", "field isPaused"),
        ("schema LockForPublic", "field pinned"),
    }
    with pytest.raises(FutureSpecError, match="already has"):
        future_spec(newer)


@pytest.fixture(scope="module")
def newer_package(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    import json

    base = tmp_path_factory.mktemp("future")
    document = base / "future.json"
    document.write_text(json.dumps(future_spec(load_spec(VENDORED_0_35))), encoding="utf-8")
    generate(document, base / "future_pkg", package="future_pkg")
    return "future_pkg", base


def _imported(newer_package: tuple[str, Path], module: str) -> Any:
    name, base = newer_package
    sys.path.insert(0, str(base))
    try:
        return importlib.import_module(f"{name}.{module}")
    finally:
        sys.path.remove(str(base))


def test_the_regenerated_surface_only_grows(tmp_path: Path, newer_package: tuple[str, Path]) -> None:
    vendored = tmp_path / "vendored_pkg"
    generate(VENDORED_0_35, vendored, package="vendored_pkg")
    name, base = newer_package
    sys.path[:0] = [str(tmp_path), str(base)]
    try:
        before, after = surface("vendored_pkg"), surface(name)
    finally:
        sys.path.remove(str(tmp_path))
        sys.path.remove(str(base))

    assert losses(before, after) == []
    assert set(after["namespaces"]) - set(before["namespaces"]) == {"achievements"}
    assert "get_lock_stats" in after["namespaces"]["locks"]
    assert "include_test_locks" in after["namespaces"]["locks"]["find_all"]
    # and the check sees a loss: the same comparison the other way round
    assert "namespace achievements: removed" in losses(after, before)


def test_the_new_operations_are_listed_and_the_new_fields_read(newer_package: tuple[str, Path]) -> None:
    operations = _imported(newer_package, "operations").OPERATIONS
    models = _imported(newer_package, "models")

    stats = operations["locks.get_lock_stats"]
    assert (stats.method, stats.path, stats.scopes) == ("GET", "/locks/{lockId}/stats", frozenset({"locks"}))
    assert operations["achievementsFindAll"] is operations["achievements.find_all"]
    assert operations["AchievementController_findAll"] is operations["achievements.find_all"]
    read = stats.parse(
        {
            "lockId": "l1",
            "timeAdded": 60,
            "timeRemoved": 0,
            "actionCount": 2,
            "computedAt": "2030-01-01T00:00:00Z",
        }
    )
    assert isinstance(read, models.LockStatsRepDto) and read.deviations() == ()
    assert read.computed_at == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)

    lock = models.LockForPublic.from_dict({"status": "paused", "isPaused": True, "pinned": True})
    assert lock.status is models.LockStatusEnum.PAUSED and not lock.status.is_unknown
    assert (lock.is_paused, lock.pinned) == (True, True)
    assert not {"status", "is_paused", "pinned"} & {d.path for d in lock.deviations()}

    user = models.CurrentUser.from_dict({"subscription": {"plan": "premium", "renewsAt": None}})
    assert isinstance(user.subscription, models.SubscriptionForPublic)
    assert (user.subscription.plan, user.subscription.renews_at) == ("premium", None)
    assert ("subscription.cancel_at_period_end", "missing") in {(d.path, d.kind) for d in user.deviations()}
