"""``make demo`` runs examples/watcher_bot.py: the keyholder bot on watchers, restarted half-way."""

from __future__ import annotations

import subprocess
import sys

from tests.spec_samples import ROOT


def test_watcher_bot_runs_end_to_end_across_a_restart() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "watcher_bot.py")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    for line in (
        "[bot] message from Wendy: 'May I take a break?'",
        "[watch] run 1 stopped after 1 reaction(s)",
        "[bot] history: Wendy did 'Time added'; thanking her",
        "[bot] message from Wendy: 'Added 30 min.'",
        "[watch] run 2 resumed and stopped after 2 reaction(s)",
        "[done] every event handled once, across a restart",
    ):
        assert line in result.stdout
    assert result.stdout.count("May I take a break?") == 1  # not handled again after the restart
