"""The public Python surface of the generated package, as plain data (``python -m generator surface``).

What a user types against: every tag namespace with its methods' signatures, and every model
with its fields. ``.ci/regeneration-check`` compares it before and after regenerating: from the
live NestJS spelling of the same API the two must be identical; from a newer document that only
adds things (``future-spec``) the surface may only grow (``python -m generator surface-grew``).
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
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


# One parameter of a signature as inspect prints it: annotations are quoted (the generated modules
# use postponed annotations), so a comma inside one ('Mapping[str, str] | None') is no separator.
_PARAMETER = re.compile(r"(?:'[^']*'|[^,'])+")


def _parameters(signature: str) -> tuple[list[str], str]:
    """``"(a: 'int', *, b: 'str' = UNSET) -> 'X'"`` -> ``(["a: 'int'", "*", "b: 'str' = UNSET"], "'X'")``."""
    head, _, returns = signature.rpartition(" -> ")
    inner = (head or signature).strip()[1:-1]
    return [part.strip() for part in _PARAMETER.findall(inner) if part.strip()], returns


def _signature_losses(where: str, before: str, after: str) -> list[str]:
    if before == after:
        return []
    old, old_returns = _parameters(before)
    new, new_returns = _parameters(after)
    lost = []
    if old_returns != new_returns:
        lost.append(f"{where}: returns {new_returns}, was {old_returns}")
    missing = [p for p in old if p not in new]
    if missing:
        lost.append(f"{where}: parameter(s) {', '.join(missing)} changed or removed")
    kept = [p for p in new if p in old]
    if not missing and kept != old:
        lost.append(f"{where}: parameters reordered")
    keyword_only = new.index("*") if "*" in new else len(new)
    added = [(i, p) for i, p in enumerate(new) if p not in old]
    if any(i < keyword_only or " = " not in p for i, p in added):
        lost.append(f"{where}: a new parameter is positional or required: {after}")
    return lost


def losses(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """What a user of ``before`` loses in ``after``: a namespace, method, model, field or enum value
    gone or changed, a new required or positional parameter. Additions are no loss."""
    lost: list[str] = []
    for tag, methods in before["namespaces"].items():
        now = after["namespaces"].get(tag)
        if now is None:
            lost.append(f"namespace {tag}: removed")
            continue
        for method, signature in methods.items():
            if method not in now:
                lost.append(f"{tag}.{method}: removed")
            else:
                lost += _signature_losses(f"{tag}.{method}", signature, now[method])
    for name, shape in before["models"].items():
        now = after["models"].get(name)
        if now is None:
            lost.append(f"model {name}: removed")
        elif isinstance(shape, list) and shape and isinstance(shape[0], list):  # a model's fields
            fields = {field[0]: field for field in now}
            for field in shape:
                found = fields.get(field[0])
                if found is None:
                    lost.append(f"model {name}: field {field[0]} removed")
                elif found != field:
                    lost.append(f"model {name}: field {field[0]} is {found[1:]}, was {field[1:]}")
        elif isinstance(shape, list):  # an enum's values
            lost += [f"enum {name}: value {value!r} removed" for value in shape if value not in now]
        elif shape != now:
            lost.append(f"{name}: {shape} is now {now}")
    return lost


def write_losses(before: Path, after: Path) -> list[str]:
    """:func:`losses` between two files written by :func:`write_surface`."""
    return losses(*(json.loads(path.read_text(encoding="utf-8")) for path in (before, after)))
