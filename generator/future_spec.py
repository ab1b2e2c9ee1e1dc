"""A plausible newer document derived from a document (``python -m generator future-spec``).

Chaster's API evolves by adding things. ``.ci/regeneration-check future`` regenerates the package
from this rewrite to prove that hand-written code, FakeChaster and the tests keep working when it
does. Every addition is one Chaster has made before in some form; nothing is removed or renamed:

- a new operation on an existing tag: ``GET /locks/{lockId}/stats`` (``locks.get_lock_stats``)
  answering a new schema ``LockStatsRepDto``;
- a brand-new tag with one operation: ``GET /achievements`` (``achievements.find_all``, a
  ``findAll`` like those of other tags) answering a list of a new schema ``AchievementForPublic``;
- a new optional property on the most used response schema: ``LockForPublic.pinned``;
- a new value of an enum read in responses: ``LockStatusEnum`` gains ``paused``;
- a new required property on a response schema: ``LockForPublic.isPaused``;
- a new optional query parameter on an existing operation: ``GET /locks?includeTestLocks=``;
- an existing operation's answer gains a nested object whose schema is new:
  ``CurrentUser.subscription`` (``GET /auth/profile``), a nullable ``SubscriptionForPublic``
  spelled as NestJS spells a nested object (``allOf: [$ref]``).

The rewrite is deterministic and keeps everything else identical, including the document's
spelling (its operationIds and ``x-*`` keys), so it composes with ``live-style``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from .spec_model import iter_operations

_SCHEMAS = "#/components/schemas/"


class FutureSpecError(ValueError):
    """The document lacks a place the rewrite extends (it is not a Chaster document of 0.35's shape)."""


def _ref(name: str) -> dict[str, str]:
    return {"$ref": _SCHEMAS + name}


def _new_schemas() -> dict[str, Any]:
    return {
        "LockStatsRepDto": {
            "type": "object",
            "properties": {
                "lockId": {"type": "string", "description": "The lock id"},
                "timeAdded": {"type": "number", "description": "Seconds added to the lock, in total"},
                "timeRemoved": {"type": "number", "description": "Seconds removed from the lock, in total"},
                "actionCount": {"type": "number", "description": "The number of history entries"},
                "computedAt": {
                    "type": "string",
                    "format": "date-time",
                    "description": "When the statistics were computed",
                },
            },
            "required": ["lockId", "timeAdded", "timeRemoved", "actionCount", "computedAt"],
        },
        "AchievementForPublic": {
            "type": "object",
            "properties": {
                "_id": {"type": "string", "description": "The achievement id"},
                "slug": {"type": "string", "description": "The achievement slug"},
                "name": {"type": "string", "description": "The achievement name"},
                "unlockedAt": {
                    "type": "string",
                    "format": "date-time",
                    "nullable": True,
                    "description": "When the user unlocked it, or null",
                },
            },
            "required": ["_id", "slug", "name", "unlockedAt"],
        },
        "SubscriptionForPublic": {
            "type": "object",
            "properties": {
                "plan": {"type": "string", "description": "The subscription plan"},
                "renewsAt": {
                    "type": "string",
                    "format": "date-time",
                    "nullable": True,
                    "description": "The next renewal date, or null when it ends",
                },
                "cancelAtPeriodEnd": {
                    "type": "boolean",
                    "description": "Whether the subscription ends with the current period",
                },
            },
            "required": ["plan", "renewsAt", "cancelAtPeriodEnd"],
        },
    }


def _security(*scopes: str) -> list[dict[str, list[str]]]:
    return [{"bearer": []}, {"oauth2": list(scopes)}]


def _json_answer(schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": "", "content": {"application/json": {"schema": schema}}}


def _lock_stats_operation() -> dict[str, Any]:
    return {
        "operationId": "getLockStats",
        "summary": "Get lock statistics",
        "description": "Returns the statistics of a lock",
        "tags": ["Locks"],
        "parameters": [
            {
                "name": "lockId",
                "in": "path",
                "required": True,
                "description": "The lock id",
                "schema": {"type": "string"},
            }
        ],
        "responses": {
            "200": _json_answer(_ref("LockStatsRepDto")),
            "401": {"description": "Not authorized"},
            "404": {"description": "Lock not found"},
        },
        "security": _security("locks"),
        "x-original-operation-id": "LockController_getLockStats",
    }


def _achievements_operation() -> dict[str, Any]:
    # "findAll" is a method name several tags share, so the vendored spelling prefixes the tag
    # (as sharedLocksFindAll): the stable key must still be achievements.find_all.
    return {
        "operationId": "achievementsFindAll",
        "summary": "Get the achievements",
        "description": "Returns every achievement, with the date the logged user unlocked it",
        "tags": ["Achievements"],
        "responses": {
            "200": _json_answer({"type": "array", "items": _ref("AchievementForPublic")}),
            "401": {"description": "Not authorized"},
        },
        "security": _security("profile"),
        "x-client-method": "findAll",
        "x-original-operation-id": "AchievementController_findAll",
    }


def _schema(schemas: dict[str, Any], name: str) -> dict[str, Any]:
    found = schemas.get(name)
    if not isinstance(found, dict) or not isinstance(found.get("properties", found.get("enum")), dict | list):
        raise FutureSpecError(f"the document has no schema {name} to extend")
    return found


def _operation(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    for found_path, found_method, operation in iter_operations(document):
        if (found_path, found_method) == (path, method):
            return operation
    raise FutureSpecError(f"the document has no operation {method.upper()} {path} to extend")


def future_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """``spec`` with the additions listed in this module's docstring; nothing else changes."""
    document = copy.deepcopy(spec)
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    paths = document.setdefault("paths", {})
    taken = [name for name in _new_schemas() if name in schemas] + [
        path for path in ("/locks/{lockId}/stats", "/achievements") if path in paths
    ]
    if taken:
        raise FutureSpecError("the document already has " + ", ".join(taken))

    lock = _schema(schemas, "LockForPublic")
    lock["properties"]["pinned"] = {
        "type": "boolean",
        "description": "Whether the wearer pinned the lock to the top of their list",
    }
    lock["properties"]["isPaused"] = {"type": "boolean", "description": "Whether the lock is paused"}
    lock.setdefault("required", []).append("isPaused")
    _schema(schemas, "LockStatusEnum")["enum"].append("paused")
    _schema(schemas, "CurrentUser")["properties"]["subscription"] = {
        "allOf": [_ref("SubscriptionForPublic")],
        "nullable": True,
        "description": "The Premium subscription, or null",
    }
    schemas.update(_new_schemas())

    _operation(document, "get", "/locks").setdefault("parameters", []).append(
        {
            "name": "includeTestLocks",
            "in": "query",
            "required": False,
            "description": "Whether test locks are returned too",
            "schema": {"type": "boolean"},
        }
    )
    paths["/locks/{lockId}/stats"] = {"get": _lock_stats_operation()}
    paths["/achievements"] = {"get": _achievements_operation()}
    info = document.setdefault("info", {})
    info["version"] = f"{info.get('version', '0')}-future"
    return document


def write_future_spec(source: Path, out: Path) -> int:
    """Rewrite ``source`` into ``out``; returns the number of operations."""
    spec = json.loads(source.read_text(encoding="utf-8"))
    document = future_spec(spec)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(1 for _ in iter_operations(document))
