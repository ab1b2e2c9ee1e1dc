"""``make demo`` runs examples/demo.py; it must keep working end to end."""

from __future__ import annotations

import subprocess
import sys

from tests.spec_samples import ROOT


def test_demo_bot_runs_end_to_end() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    for step in (
        "[oauth] logged in",
        "[profile]",
        "[keyholder] added 1 h",
        "token refreshed",
        "[history] paged",
        "[webhook] received action_log.created",
        "[done] every step worked",
    ):
        assert step in result.stdout
