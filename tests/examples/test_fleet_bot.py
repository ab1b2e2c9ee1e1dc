"""examples/fleet_bot.py: two worker processes on one Redis must keep working end to end."""

from __future__ import annotations

import subprocess
import sys

from tests.spec_samples import ROOT


def test_two_workers_share_one_budget_and_one_token(redis_url: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "fleet_bot.py"), "--redis", redis_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=50,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 answers of 429, 1 refresh request(s)" in result.stdout
    assert "[done] the fleet shared one budget and one token" in result.stdout
