from __future__ import annotations

import subprocess
import sys

from generator.spec_diff import diff_files, render
from tests.spec_samples import HISTORY, ROOT


def test_diff_between_two_original_documents() -> None:
    report = diff_files(HISTORY / "chaster-openapi-0.11.2.json", HISTORY / "chaster-openapi-0.12.54.json")
    text = render(report)

    assert report.old_version == "0.11.2" and report.new_version == "0.12.54"
    assert report.added_operations
    assert any("messaging" in op or "users" in op for op in report.added_operations)
    assert "Breaking changes for callers" in text


def test_diff_of_a_document_with_itself_is_empty() -> None:
    report = diff_files(ROOT / "openapi.json", ROOT / "openapi.json")
    assert (report.added_operations, report.removed_operations, report.changes) == ([], [], [])


def test_removed_operation_is_breaking() -> None:
    report = diff_files(HISTORY / "chaster-openapi-0.12.54.json", ROOT / "openapi.json")
    assert any(c.what == "operation removed" for c in report.breaking)


def test_make_target_prints_the_report() -> None:
    result = subprocess.run(
        [
            "make",
            "-s",
            "spec-diff",
            f"OLD={HISTORY / 'chaster-openapi-0.11.2.json'}",
            f"NEW={ROOT / 'openapi.json'}",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Operations added" in result.stdout


def test_bad_input_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "spec-diff", str(bad), str(ROOT / "openapi.json")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "cannot read" in result.stderr
