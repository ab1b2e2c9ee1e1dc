"""Seed data (documented in the README, "Seed data") and schema-valid example requests built on it."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._spec import Operation, SchemaValidator
    from ._state import State

__all__ = ["EXTENSION_SLUG", "SEED_USERS", "example_request", "seed"]

EXTENSION_SLUG = "fake-dice"
SEED_USERS = ("kim", "wendy", "walt", "wes", "sam")
DAY = 86400.0


def seed(state: State, operations: Collection[str] | None = None) -> dict[str, str]:
    """Create the standard seed world; returns the ids by name (also kept in ``state.seed_ids``).

    ``operations`` (stable keys; default: all) is what the served document describes: without the
    Extensions API there is no partner extension ``fake-dice`` (so no extension on the seed locks,
    no sessions and no extension log entry), without shared-lock favorites kim has none.
    """
    partner = operations is None or any(key.startswith("partner_extensions.") for key in operations)
    favorites = operations is None or "shared_locks.get_favorite_shared_locks" in operations
    ids: dict[str, str] = {}
    kim = ids["kim"] = state.add_user(
        "kim",
        role="keyholder",
        isPremium=True,
        isDeveloper=True,
        features=["partner_extensions"] if partner else [],
        description="Strict but fair keyholder. Also writes Chaster extensions.",
        location="Lyon",
    )
    wendy = ids["wendy"] = state.add_user("wendy", role="wearer", age=29, location="Berlin")
    walt = ids["walt"] = state.add_user("walt", role="wearer", age=41, location="Toronto")
    wes = ids["wes"] = state.add_user("wes", role="switch", age=35, location="Melbourne")
    sam = ids["sam"] = state.add_user("sam", role="keyholder", location="Austin")

    if partner:
        ids["extension"] = state.add_extension(kim, EXTENSION_SLUG, "Fake Dice")
        ids["extensionSlug"] = EXTENSION_SLUG
    ext_config = {"slug": EXTENSION_SLUG, "config": {"sides": 6}, "mode": "cumulative", "regularity": 3600}
    # fake-dice is the partner extension: without the Extensions API the locks have none
    with_dice = [ext_config] if partner else []

    kim_weekly = ids["kimSharedLock"] = state.add_shared_lock(
        kim,
        "Kim's weekly",
        minDuration=3 * DAY,
        maxDuration=7 * DAY,
        extensions=with_dice,
        tags=["weekly"],
    )
    ids["sharedLock"] = kim_weekly
    ids["samPublicSharedLock"] = state.add_shared_lock(
        sam, "Sam's public challenge", minDuration=DAY, maxDuration=2 * DAY, isPublic=True, tags=["challenge"]
    )
    ids["samPrivateSharedLock"] = state.add_shared_lock(
        sam, "Sam's friends only", minDuration=2 * DAY, maxDuration=5 * DAY, password="letmein"
    )

    # wendy: an active lock held by kim (with the partner extension), a self-lock, an archived one
    ids["wendyLock"] = state.add_lock(
        wendy,
        keyholder=kim,
        shared_lock=kim_weekly,
        title="Kim's weekly",
        duration=5 * DAY,
        started_ago=2 * DAY,
        extensions=[dict(ext_config, nbActionsRemaining=2)] if partner else [],
    )
    ids["wendySelfLock"] = state.add_lock(wendy, title="Weekend self-lock", duration=2 * DAY, started_ago=DAY)
    ids["wendyArchivedLock"] = state.add_lock(
        wendy, title="Last month", duration=DAY, started_ago=30 * DAY, status="unlocked", archived=True
    )
    # walt: frozen lock held by kim; wes: lock held by kim, already unlocked (combination revealable)
    ids["waltLock"] = state.add_lock(
        walt,
        keyholder=kim,
        shared_lock=kim_weekly,
        title="Kim's weekly",
        duration=6 * DAY,
        started_ago=DAY,
        frozen=True,
        extensions=with_dice,
    )
    ids["wesLock"] = state.add_lock(
        wes,
        keyholder=kim,
        shared_lock=kim_weekly,
        title="Kim's weekly",
        duration=3 * DAY,
        started_ago=4 * DAY,
        extensions=with_dice,
    )
    _unlock(state, ids["wesLock"], kim)
    # kim: a test self-lock whose time is already up (can be unlocked now)
    ids["kimLock"] = state.add_lock(
        kim, title="Test lock", duration=3600, started_ago=7200, is_test_lock=True
    )
    ids["kimUnlockedLock"] = state.add_lock(
        kim, title="Yesterday's test", duration=600, started_ago=DAY, status="unlocked", is_test_lock=True
    )
    ids["kimCombination"] = state.add_combination(kim, "4812")
    ids["wendyCombination"] = state.add_combination(wendy, "0427")

    if partner:
        sessions = [
            p["sessionId"]
            for lid in (ids["wendyLock"], ids["waltLock"], ids["wesLock"])
            for p in state.locks[lid]["extensions"]
        ]
        ids["session"], ids["waltSession"], ids["wesSession"] = sessions
        ids["sessionMainToken"] = state.sessions[ids["session"]]["mainToken"]
    lock = state.locks[ids["wendyLock"]]
    state.add_log(
        lock["_id"],
        "time_changed",
        "Time added",
        role="keyholder",
        user=kim,
        payload={"duration": DAY},
        created=state.now() - _dt.timedelta(days=1),
    )
    if partner:
        state.add_log(
            lock["_id"],
            "custom",
            "Rolled a 4",
            role="extension",
            extension=EXTENSION_SLUG,
            description="The dice decided: 4 hours added",
            icon="dice",
        )

    now = state.now()
    conv = ids["conversation"] = state.add_conversation([kim, wendy], created=now - _dt.timedelta(days=3))
    for i, (who, text) in enumerate(
        [
            (wendy, "Hi Kim, I'm locked for your weekly."),
            (kim, "Good. Check in every evening."),
            (wendy, "Will do!"),
        ]
    ):
        state.add_message(conv, who, text, created=now - _dt.timedelta(days=3, minutes=-10 * i))
    conv2 = ids["waltConversation"] = state.add_conversation([kim, walt], created=now - _dt.timedelta(days=1))
    state.add_message(conv2, walt, "Why am I frozen?", created=now - _dt.timedelta(hours=20))
    conv3 = ids["samConversation"] = state.add_conversation(
        [sam, kim], status="pending", created=now - _dt.timedelta(hours=5)
    )
    state.add_message(conv3, sam, "Want to co-host a shared lock?", created=now - _dt.timedelta(hours=5))
    if favorites:
        state.favorites[kim].add(ids["samPublicSharedLock"])
    state.seed_ids.update(ids)
    return ids


def _unlock(state: State, lid: str, by: str) -> None:
    lock = state.locks[lid]
    lock["status"] = "unlocked"
    lock["unlockedAt"] = state.now() - _dt.timedelta(hours=2)
    state.add_log(
        lid, "unlocked", "The lock was unlocked", role="keyholder", user=by, created=lock["unlockedAt"]
    )


# Path parameter name -> seed id name (for the default user, kim).
_PATH_PARAMS = {
    "lockId": "wendyLock",
    "sharedLockId": "kimSharedLock",
    "conversationId": "conversation",
    "userId": "wendy",
    "targetUserId": "wendy",
    "sessionId": "session",
    "extensionId": "extension",
    "partnerExtensionId": "extension",
    "token": "sessionMainToken",
}
# Per operation: path params / body fields that must point at specific seed objects.
_OVERRIDES: dict[str, dict[str, Any]] = {
    "locks.combination": {"path": {"lockId": "wesLock"}},
    "locks.archive": {"path": {"lockId": "kimUnlockedLock"}},
    "locks.archive_keyholder": {"path": {"lockId": "wesLock"}},
    "locks.trust_keyholder": {"path": {"lockId": "wendyLock"}, "user": "wendy"},
    "lock_creation.create": {
        "body": {"combinationId": "kimCombination", "minDuration": 3600, "maxDuration": 7200}
    },
    "lock_creation.create_lock_from_shared_lock": {
        "path": {"sharedLockId": "samPublicSharedLock"},
        "body": {"combinationId": "kimCombination"},
    },
    "partner_extensions.get_sessions": {"body": {"extensionSlug": "extensionSlug", "status": "all"}},
    "messaging.create_conversation": {"body": {"users": ["wes"], "type": "private"}},
    "shared_locks.create": {"body": {"minDuration": 3600, "maxDuration": 7200}},
    "shared_locks.deprecated_create": {"body": {"minDuration": 3600, "maxDuration": 7200}},
    "shared_locks.update": {"body": {"minDuration": 3600, "maxDuration": 7200}},
    "shared_locks.deprecated_update": {"body": {"minDuration": 3600, "maxDuration": 7200}},
    "profile.get_user": {"path": {"username": "@kim"}},
    "profile.get_user_profile": {"path": {"username": "@kim"}},
    "locks.get_lock_history": {"body": {"limit": 10}, "drop": ["lastId", "extension"]},
    "partner_extensions.get_logs": {"body": {"limit": 10}, "drop": ["lastId"]},
    "shared_locks.get_favorite_shared_locks": {"body": {"limit": 10}, "drop": ["lastId"]},
    "locks.search": {"body": {"limit": 10}, "drop": ["cursor"]},
    "keyholder.search_locks": {"body": {"limit": 10, "page": 0}, "drop": ["search", "criteria", "status"]},
    "messaging.get_conversations": {"drop_query": ["offset", "status"]},
    "messaging.get_messages": {"drop_query": ["lastId"]},
    "locks.set_max_limit_date": {
        "body": {"maxLimitDate": "2099-01-01T00:00:00.000Z", "disableMaxLimitDate": False}
    },
}


def _resolve(value: Any, ids: dict[str, str]) -> Any:
    if isinstance(value, str):
        if value.startswith("@"):
            return value[1:]
        return ids.get(value, value)
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    return value


def example_request(op: Operation, validator: SchemaValidator, ids: dict[str, str]) -> dict[str, Any]:
    """A schema-valid request for ``op`` that the seeded fake answers with 2xx.

    Returns ``{"method", "path", "query", "headers", "json" | "form", "user"}`` where ``user`` is the seed
    user whose developer token should be used and ``form`` maps multipart field names to ``str``, ``bytes``
    (a file) or a list of ``bytes``.
    """
    override = _OVERRIDES.get(op.key, {})
    path_values: dict[str, str] = {}
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for param in op.parameters:
        if param.location == "path":
            wanted = override.get("path", {}).get(param.name, _PATH_PARAMS.get(param.name))
            value = _resolve(wanted, ids) if wanted else validator.example(param.schema, name=param.name)
            path_values[param.name] = str(value)
        elif param.location == "query" and param.name not in override.get("drop_query", ()):
            value = validator.example(param.schema, name=param.name)
            query[param.name] = str(value).lower() if isinstance(value, bool) else str(value)
        elif param.location == "header":
            headers[param.name] = "fake-client-id"
    request: dict[str, Any] = {
        "method": op.method,
        "path": op.format_path(**path_values),
        "query": query,
        "headers": headers,
        "user": override.get("user", "kim"),
    }
    if op.body_schema is not None:
        if op.body_content_type == "multipart/form-data":
            form: dict[str, Any] = {}
            schema = validator.resolve(op.body_schema)
            for name, prop in schema.get("properties", {}).items():
                prop = validator.resolve(prop)
                if prop.get("format") == "binary":
                    form[name] = b"\x89PNG fake image"
                elif prop.get("type") == "array" and prop.get("items", {}).get("format") == "binary":
                    form[name] = [b"\x89PNG fake image"]
                else:
                    value = validator.example(prop, name=name)
                    form[name] = str(value).lower() if isinstance(value, bool) else str(value)
            request["form"] = form
        else:
            body = validator.example(op.body_schema, full=True)
            if isinstance(body, dict):
                for key in override.get("drop", ()):
                    body.pop(key, None)
                for key, value in override.get("body", {}).items():
                    body[key] = _resolve(value, ids)
            request["json"] = body
    return request
