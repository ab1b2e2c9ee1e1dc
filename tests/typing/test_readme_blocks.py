"""The README block extractor: what it writes, and that an unknown name fails the check."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.typing.readme_blocks import blocks, main, module_for

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_block_of_the_readme_becomes_a_module(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert main([str(ROOT / "README.md"), str(tmp_path)]) == 0
    written = sorted(tmp_path.glob("readme_block_*.py"))
    assert len(written) == len(blocks(readme)) == readme.count("```python")
    for path in written:
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_a_given_name_gets_its_type_and_an_unknown_one_fails() -> None:
    module = module_for(10, "await chaster.profile.me()\n")
    assert "chaster: Chaster" in module and "from chaster_async import Chaster" in module
    with pytest.raises(SystemExit, match="mystery"):
        module_for(20, "print(mystery)\n")
