"""Extract the README's Python blocks as modules for mypy (``make typecheck`` runs this).

Each block becomes the body of an ``async def`` (README snippets use ``await`` at top level) in
its own module. Names a snippet leaves to the reader (``chaster``, ``lock_id``...) get the type
they have in the prose, from ``GIVEN`` below; a snippet using a name that is neither defined in
it nor listed there fails the check, so the README cannot drift from the library.

    python -m tests.typing.readme_blocks README.md OUT_DIR
"""

from __future__ import annotations

import ast
import builtins
import re
import sys
import textwrap
from pathlib import Path

# What the prose around the snippets says these names are.
GIVEN = {
    "Chaster": "from chaster_async import Chaster",
    "FakeChaster": "from chaster_async.testing import FakeChaster",
    "pytest": "import pytest",
    "chaster": "chaster: Chaster",
    "fake": "fake: FakeChaster",
    "token": "token: str",
    "code": "code: str",
    "lock_id": "lock_id: str",
    "main_token": "main_token: str",
    "user_id": "user_id: str",
    "DEVELOPER_TOKEN": "DEVELOPER_TOKEN: str",
    "CLIENT_ID": "CLIENT_ID: str",
    "payload": "payload: dict[str, Any]",
    "db": "db: Any",
}

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def blocks(readme: str) -> list[tuple[int, str]]:
    """(line number, source) of every Python block."""
    return [(readme[: m.start()].count("\n") + 1, m.group(1)) for m in _BLOCK.finditer(readme)]


def _free_names(source: str) -> set[str]:
    tree = ast.parse(source)
    bound: set[str] = set()
    loaded: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
    return loaded - bound - set(dir(builtins))


def module_for(line: int, source: str) -> str:
    """A module that type-checks one README block."""
    wrapped = f"async def _readme_block_at_line_{line}() -> None:\n{textwrap.indent(source, '    ')}"
    free = _free_names(wrapped)
    unknown = sorted(free - GIVEN.keys())
    if unknown:
        raise SystemExit(f"README.md:{line}: the block uses {unknown}: define them or add them to GIVEN")
    given = [GIVEN[name] for name in sorted(free)]
    imports = [g for g in given if g.startswith(("import ", "from "))]
    needed = {"Chaster": "chaster", "FakeChaster": "fake"}
    for cls, var in needed.items():  # a given variable's type must be importable too
        if var in free and cls not in free:
            imports.append(GIVEN[cls])
    header = ["from __future__ import annotations", "", "from typing import Any", *imports, ""]
    header += [g for g in given if not g.startswith(("import ", "from "))]
    return "\n".join([*header, "", "", wrapped, ""])


def main(argv: list[str]) -> int:
    readme, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("readme_block_*.py"):
        old.unlink()
    found = blocks(readme.read_text(encoding="utf-8"))
    for line, source in found:
        (out / f"readme_block_{line:04d}.py").write_text(module_for(line, source), encoding="utf-8")
    print(f"{len(found)} README blocks written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
