"""Apply an OpenAPI Overlay document (``generator/overlay.json``) to a document before generation.

The overlay is written in the OpenAPI Overlay Specification 1.0.0 format, so other tools read it
too: ``{"overlay": "1.0.0", "info": {...}, "actions": [...]}``, each action a ``target`` (an RFC 9535
JSONPath, evaluated by python-jsonpath in strict mode) with ``update`` or ``remove: true``.
Actions apply in order, each to the document the previous ones left:

- ``update`` on an object is merged into it recursively: objects merge, arrays are appended to,
  other values replace; ``update`` on an array appends the value as one entry;
- ``remove: true`` deletes every node the target selects.

An action whose target selects nothing is not an error: the upstream document may have fixed
what the action corrects (or is an older document without that place). It is reported
(:func:`report_lines`; ``make generate`` prints it on stderr, ``make spec-diff`` lists it) so that
someone removes or rewrites the action. Targets name paths, methods and schemas, never
operationIds or ``x-*`` keys, so that they match the vendored document and the live NestJS
spelling alike; many guard themselves with a filter that matches only the wrong form
(``$.paths['/users/search'].post[?@['201'] && !@['201'].content]``), so that a fixed upstream
shows up as an unmatched action instead of being overwritten.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import jsonpath
from attrs import frozen

OVERLAY_PATH = Path(__file__).with_name("overlay.json")
SUPPORTED_VERSIONS = ("1.0.0",)

# RFC 9535 as written: no python-jsonpath extensions (keys selectors, regex shorthands, ...).
_JSONPATH = jsonpath.JSONPathEnvironment(strict=True)


class OverlayError(RuntimeError):
    """The overlay document itself is broken (not an action that matches nothing: that is reported).

    The command line reports it like a GenerationError: a clear line, exit status 2.
    """


@frozen
class ActionResult:
    """What one action did to one document."""

    index: int  # position in the overlay's actions, from 0
    target: str
    description: str
    correction: str  # the action's x-correction (several actions can make one correction), or ""
    matched: int  # how many nodes the target selected

    @property
    def label(self) -> str:
        return f"action {self.index + 1}" + (f" ({self.correction})" if self.correction else "")


@frozen
class OverlayResult:
    document: dict[str, Any]
    results: tuple[ActionResult, ...]
    title: str = ""

    @property
    def unmatched(self) -> tuple[ActionResult, ...]:
        return tuple(r for r in self.results if r.matched == 0)


def load_overlay(path: Path = OVERLAY_PATH) -> dict[str, Any]:
    try:
        overlay = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise OverlayError(f"cannot read the overlay {path}: {exc}") from None
    check_overlay(overlay, str(path))
    return overlay  # type: ignore[no-any-return]


def check_overlay(overlay: Any, where: str = "overlay") -> None:
    """Refuse what is not an Overlay 1.0.0 document (a typo here would silently change nothing)."""
    if not isinstance(overlay, dict):
        raise OverlayError(f"{where}: an overlay is a JSON object")
    if overlay.get("overlay") not in SUPPORTED_VERSIONS:
        raise OverlayError(f"{where}: 'overlay' must be one of {', '.join(SUPPORTED_VERSIONS)}")
    info = overlay.get("info")
    if not isinstance(info, dict) or not isinstance(info.get("title"), str) or "version" not in info:
        raise OverlayError(f"{where}: 'info' needs a title and a version")
    actions = overlay.get("actions")
    if not isinstance(actions, list) or not actions:
        raise OverlayError(f"{where}: 'actions' must be a non-empty list")
    for index, action in enumerate(actions):
        label = f"{where}: action {index + 1}"
        if not isinstance(action, dict) or not isinstance(action.get("target"), str):
            raise OverlayError(f"{label} needs a 'target' (a JSONPath)")
        unknown = [k for k in action if k not in ("target", "description", "update", "remove")]
        unknown = [k for k in unknown if not k.startswith("x-")]
        if unknown:
            raise OverlayError(f"{label}: unknown fields {', '.join(sorted(unknown))}")
        if action.get("remove") is True:
            if "update" in action:
                raise OverlayError(f"{label}: 'remove' and 'update' exclude each other")
        elif "remove" in action and action["remove"] is not False:
            raise OverlayError(f"{label}: 'remove' must be true or false")
        elif "update" not in action:
            raise OverlayError(f"{label} needs 'update' or 'remove: true'")
        try:
            _JSONPATH.compile(action["target"])
        except jsonpath.JSONPathError as exc:
            raise OverlayError(f"{label}: the target is not an RFC 9535 JSONPath: {exc}") from None


def _merge(target: Any, update: Any, where: str) -> None:
    if isinstance(target, list):
        target.append(copy.deepcopy(update))
        return
    if not isinstance(target, dict) or not isinstance(update, dict):
        raise OverlayError(
            f"{where}: 'update' applies to objects and arrays, and an object's update is an object"
        )
    for key, value in update.items():
        current = target.get(key)
        if isinstance(current, dict) and isinstance(value, dict):
            _merge(current, value, where)
        elif isinstance(current, list) and isinstance(value, list):
            current.extend(copy.deepcopy(value))
        else:
            target[key] = copy.deepcopy(value)


def _remove(matches: list[Any], where: str) -> None:
    from_lists: dict[int, tuple[list[Any], set[int]]] = {}
    for match in matches:
        if match.parent is None:
            raise OverlayError(f"{where}: 'remove' cannot remove the whole document")
        parent, key = match.parent.obj, match.parts[-1]
        if isinstance(parent, dict):
            parent.pop(key, None)
        elif isinstance(parent, list) and isinstance(key, int):
            from_lists.setdefault(id(parent), (parent, set()))[1].add(key)
    # Array items from the last one, so that removing one does not move the next.
    for parent, indices in from_lists.values():
        for index in sorted(indices, reverse=True):
            del parent[index]


def apply_overlay(document: dict[str, Any], overlay: dict[str, Any]) -> OverlayResult:
    """A copy of ``document`` with every action applied in order, and what each action matched."""
    check_overlay(overlay)
    result = copy.deepcopy(document)
    results = []
    for index, action in enumerate(overlay["actions"]):
        where = f"overlay action {index + 1} ({action['target']})"
        matches = list(_JSONPATH.finditer(action["target"], result))
        if action.get("remove") is True:
            _remove(matches, where)
        else:
            for match in matches:
                _merge(match.obj, action["update"], where)
        results.append(
            ActionResult(
                index,
                action["target"],
                str(action.get("description", "")),
                str(action.get("x-correction", "")),
                len(matches),
            )
        )
    return OverlayResult(result, tuple(results), str(overlay["info"]["title"]))


def apply_default(document: dict[str, Any]) -> OverlayResult:
    """``document`` with ``generator/overlay.json`` applied (the generator's one entry point)."""
    return apply_overlay(document, load_overlay())


def for_generation(document: dict[str, Any]) -> dict[str, Any]:
    """``document`` with the overlay applied; each action that matched nothing is a line on stderr."""
    applied = apply_default(document)
    version = document.get("info", {}).get("version", "?") if isinstance(document.get("info"), dict) else "?"
    for line in report_lines(applied, f"the document (version {version})"):
        print(line, file=sys.stderr)
    return applied.document


def report_lines(result: OverlayResult, document_name: str = "the document") -> list[str]:
    """One line per action whose target matched nothing: something to review, never an error."""
    return [
        f"overlay: {r.label} matched nothing in {document_name}: {r.target} "
        "(fixed upstream, or not in this document? review generator/overlay.json)"
        for r in result.unmatched
    ]


def corrections(overlay: dict[str, Any]) -> dict[str, list[int]]:
    """The overlay's corrections (``x-correction``) and the indices of the actions making each."""
    found: dict[str, list[int]] = {}
    for index, action in enumerate(overlay["actions"]):
        found.setdefault(str(action.get("x-correction", "")), []).append(index)
    return found


def matched_everywhere(results: Iterable[ActionResult]) -> bool:
    return all(r.matched for r in results)
