"""Layering rules of the package: how hand-written code may reach the generated layer."""

from __future__ import annotations

import ast
from pathlib import Path

import chaster_async
from generator.facade_names import FACADE_MODELS

PACKAGE = Path(chaster_async.__file__).resolve().parent
# The public views of the generated layer: its models, its operations table, its tag namespaces.
VIEWS = {"models.py", "operations.py", "_client.py"}


def _hand_written() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "_generated" not in p.relative_to(PACKAGE).parts]


def _imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found.append((node.lineno, "." * node.level + (node.module or "")))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def test_only_the_public_views_import_the_generated_package() -> None:
    offenders = []
    for path in _hand_written():
        if path.name in VIEWS and path.parent == PACKAGE:
            continue
        source = path.read_text(encoding="utf-8")
        for line, module in _imported_modules(ast.parse(source)):
            if "_generated" in module:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
        if "chaster_async._generated" in source:
            offenders.append(f"{path.relative_to(PACKAGE)} names chaster_async._generated")
    assert offenders == []


def test_models_the_facade_annotates_with_are_in_the_typed_boundary() -> None:
    """Every generated model hand-written code imports from chaster_async.models is listed in
    generator/facade_names.py, so that a document lacking it still type-checks."""
    unlisted = []
    for path in _hand_written():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("models"):
                if node.module not in ("models", "chaster_async.models"):
                    continue
                unlisted += [
                    f"{path.name}: {alias.name}"
                    for alias in node.names
                    if alias.name not in FACADE_MODELS and alias.name not in chaster_async.models.__all__
                ]
    assert unlisted == []
