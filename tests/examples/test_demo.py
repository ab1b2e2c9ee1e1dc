"""``make demo`` runs examples/demo.py; it must keep working end to end."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import missing_operations, skip_reason
from tests.spec_samples import ROOT

# (step, what it prints when it ran, the operations it needs). Regenerated from an older document,
# a step whose operations the document lacks is skipped, and the demo says so.
STEPS = [
    ("oauth", "[oauth] logged in", ()),
    ("profile", "[profile]", ("profile.me",)),
    ("locks", "lock(s) of my own", ("locks.find_all",)),
    ("keyholder", "wearer lock(s):", ("keyholder.search_locks",)),
    ("keyholder", "[keyholder] added 1 h", ("locks.find_one", "locks.update_time")),
    ("oauth", "token refreshed", ("locks.get_lock_history",)),
    ("history", "[history] paged", ("locks.get_lock_history",)),
    ("webhook", "[webhook] received action_log.created", ("partner_extensions.log_custom_action",)),
    ("done", "[done] every step worked", ()),
]


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
    for step, printed, operations in STEPS:
        missing = missing_operations(*operations)
        if missing:
            assert f"[{step}] skipped: {skip_reason(missing)}" in result.stdout, result.stdout
        else:
            assert printed in result.stdout, result.stdout
