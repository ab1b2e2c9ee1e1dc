"""The public Python surface of the generated package, as plain data (``python -m generator surface``).

What a user types against: every tag namespace with its methods' signatures, and every model
with its fields. ``.ci/regeneration-check`` compares it before and after regenerating from the
live NestJS spelling of the same API: the two must be identical.
"""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import attrs


def _namespaces(package: str) -> dict[str, dict[str, str]]:
    tags = importlib.import_module(f"{package}.tags")
    found: dict[str, dict[str, str]] = {}
    for name, member in sorted(vars(tags.TagNamespaces).items()):
        func = getattr(member, "func", None)  # a cached_property building the tag's API object
        if func is None:
            continue
        api = func(type("Owner", (), {"_transport": None})())
        found[name] = {
            method: str(inspect.signature(getattr(api, method)))
            for method in sorted(dir(api))
            if not method.startswith("_") and inspect.iscoroutinefunction(getattr(api, method))
        }
    return found


def _models(package: str) -> dict[str, Any]:
    models = importlib.import_module(f"{package}.models")
    found: dict[str, Any] = {}
    for name in sorted(models.__all__):
        cls = getattr(models, name)
        if attrs.has(cls):
            found[name] = [[f.name, str(f.type), f.init] for f in attrs.fields(cls)]
        elif issubclass(cls, object) and hasattr(cls, "__members__"):
            found[name] = sorted(str(member.value) for member in cls.__members__.values())
        else:
            found[name] = type(cls).__name__
    return found


def surface(package: str = "chaster_async._generated") -> dict[str, Any]:
    return {"namespaces": _namespaces(package), "models": _models(package)}


def write_surface(out: Path, package: str = "chaster_async._generated") -> None:
    out.write_text(json.dumps(surface(package), indent=1, sort_keys=True) + "\n", encoding="utf-8")
