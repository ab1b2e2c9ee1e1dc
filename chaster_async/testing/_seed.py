"""Seed data (documented in the README, "Seed data") and schema-valid example requests built on it."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from ._state import iso

if TYPE_CHECKING:
    from ._spec import Operation, SchemaValidator
    from ._state import State

__all__ = [
    "CONFIGURATION_TOKEN",
    "EXTENSION_SLUG",
    "SEED_USERS",
    "example_request",
    "models_lock_extensions",
    "seed",
]

EXTENSION_SLUG = "fake-dice"
SEED_USERS = ("kim", "wendy", "walt", "wes", "sam")
# The seed partner configuration of fake-dice (GET/PUT /api/extensions/configurations/{token}):
# a well-known token, like the developer tokens, so a configuration page can be tried at once.
CONFIGURATION_TOKEN = "config-token"
DAY = 86400  # (integers: the API sends durations as integers)
HOUR = 3600
PNG = b"\x89PNG\r\n\x1a\n fake image"


def models_lock_extensions(operations: Collection[str] | None) -> bool:
    """Whether the fake models lock extensions (the built-in ones and fake-dice) for a document
    with these operations: it does for a document with the Extensions API. An older one describes
    extensions differently: there the seed locks have none and the operations acting on a lock's
    extensions answer their generated example."""
    return operations is None or any(key.startswith("partner_extensions.") for key in operations)


def seed(state: State, operations: Collection[str] | None = None) -> dict[str, str]:
    """Create the standard seed world; returns the ids by name (also kept in ``state.seed_ids``).

    ``operations`` (stable keys; default: all) is what the served document describes: without the
    Extensions API there is no partner extension ``fake-dice`` and no lock extension at all (no
    sessions, no extension log entry, no built-in extension on wes's locks), without shared-lock
    favorites kim has none.
    """
    partner = models_lock_extensions(operations)
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
        fullLocation="Lyon, Auvergne-Rhone-Alpes, France",
        gender="Female",
        online=True,
    )
    wendy = ids["wendy"] = state.add_user(
        "wendy",
        role="wearer",
        age=29,
        location="Berlin",
        gender="Female",
        sexualOrientation="Bisexual",
        discordId="100000000000000029",
        discordUsername="wendy_locked",
        online=True,
    )
    walt = ids["walt"] = state.add_user(
        "walt",
        role="wearer",
        age=41,
        location="Toronto",
        gender="Male",
        sexualOrientation="Straight",
        lastSeen=5400,
    )
    wes = ids["wes"] = state.add_user(
        "wes", role="switch", age=35, location="Melbourne", gender="non-binary", isNewMember=True, online=True
    )
    sam = ids["sam"] = state.add_user("sam", role="keyholder", location="Austin", gender="", lastSeen=86400)

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
        unsplashPhoto=_photo("kim-weekly", "Ana Lens"),
    )
    ids["sharedLock"] = kim_weekly
    ids["samPublicSharedLock"] = state.add_shared_lock(
        sam,
        "Sam's public challenge",
        minDuration=DAY,
        maxDuration=2 * DAY,
        isPublic=True,
        tags=["challenge"],
        maxLimitDuration=3 * DAY,
        calculatedMaxLimitDuration=3 * DAY,
        unsplashPhoto=_photo("sam-challenge", "Ben Shutter"),
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
    # (wendy may offer her self-lock to a keyholder: it has an offerToken)
    ids["wendySelfLock"] = state.add_lock(
        wendy, title="Weekend self-lock", duration=2 * DAY, started_ago=DAY, allow_session_offer=True
    )
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
        kim, title="Test lock", duration=3600, started_ago=7200, is_test_lock=True, allow_session_offer=False
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
    ids["message"] = state.messages[conv].items[0]["_id"]

    # troll wrote to wendy, who ignored the conversation; kim blocked troll
    troll = ids["troll"] = state.add_user("troll", role="unspecified", description="", isNewMember=True)
    conv4 = ids["trollConversation"] = state.add_conversation(
        [troll, wendy], status="ignored", created=now - _dt.timedelta(days=2)
    )
    state.add_message(conv4, troll, "hey", created=now - _dt.timedelta(days=2))
    state.blocks[kim].append(troll)

    # session offers: wendy offered her self-lock to kim (pending); sam refused it last week
    offer_lock = state.locks[ids["wendySelfLock"]]
    ids["offerToken"] = offer_lock["offerToken"]
    ids["rejectedOffer"] = state.add_offer(
        offer_lock["_id"], sam, status="rejected", created=now - _dt.timedelta(days=7)
    )
    ids["offer"] = state.add_offer(offer_lock["_id"], kim, created=now - _dt.timedelta(hours=3))

    # files: an image kim uploaded, and the upload token she attaches it with
    ids["fileKey"] = state.add_file(kim, PNG, "collar.png", "image/png", "messaging")
    ids["attachmentsToken"] = state.add_attachment_token(kim, [ids["fileKey"]], "messaging")

    if partner:
        extension = state.extensions[ids["extension"]]
        extension["defaultConfig"] = {"sides": 6}
        ids["configurationToken"] = state.add_partner_configuration(
            extension, kim, "keyholder", {"sides": 6}, token=CONFIGURATION_TOKEN
        )
        _seed_builtin_extensions(state, ids)
    state.seed_ids.update(ids)
    return ids


def _photo(photo_id: str, name: str) -> dict[str, str]:
    return {
        "id": photo_id,
        "username": name.lower().replace(" ", ""),
        "name": name,
        "url": f"https://images.unsplash.com/photo-{photo_id}?w=1080",
    }


def _seed_builtin_extensions(state: State, ids: dict[str, str]) -> None:
    """wes's two locks with Chaster's own extensions: a game night held by kim, tasks held by sam."""
    kim, wes, sam, walt, wendy = ids["kim"], ids["wes"], ids["sam"], ids["walt"], ids["wendy"]
    now = state.now()
    game = ids["wesGameLock"] = state.add_lock(
        wes,
        keyholder=kim,
        title="Game night",
        duration=2 * DAY,
        started_ago=6 * HOUR,
        extensions=[
            {"slug": "dice", "config": {"multiplier": 1800}, "mode": "non_cumulative", "regularity": HOUR},
            {
                "slug": "wheel-of-fortune",
                "config": {
                    "segments": [
                        {"type": "add-time", "text": "", "duration": HOUR},
                        {"type": "remove-time", "text": "", "duration": 30 * 60},
                        {"type": "text", "text": "Ten push-ups", "duration": 0},
                        {"type": "add-remove-time", "text": "", "duration": 2 * HOUR},
                    ]
                },
                "mode": "cumulative",
                "regularity": 2 * HOUR,
                "nbActionsRemaining": 2,
            },
            {
                "slug": "link",
                "config": {
                    "timeToAdd": HOUR,
                    "timeToRemove": 30 * 60,
                    "enableRandom": True,
                    "nbVisits": 0,
                    "limitToLoggedUsers": True,
                },
                "mode": "unlimited",
                "regularity": HOUR,
            },
            {
                "slug": "pillory",
                "config": {"timeToAdd": 15 * 60, "limitToLoggedUsers": True},
                "mode": "unlimited",
                "regularity": HOUR,
            },
            {"slug": "guess-timer", "config": {}, "mode": "non_cumulative", "regularity": 4 * HOUR},
        ],
    )
    lock = state.locks[game]
    _dice, _wheel, link, pillory, _guess = lock["extensions"]
    ids["wesDice"], ids["wesWheel"], ids["wesLink"], ids["wesPillory"], ids["wesGuessTimer"] = (
        p["_id"] for p in lock["extensions"]
    )
    state.add_log(
        game,
        "dice_rolled",
        "Dice rolled",
        role="user",
        user=wes,
        extension="dice",
        payload={"adminDice": 5, "playerDice": 3, "duration": 3600},
        created=now - 2 * _dt.timedelta(hours=2),
    )
    lock["endDate"] += _dt.timedelta(hours=1)
    link["linkVotes"][walt] = now - _dt.timedelta(hours=5)
    state.add_log(
        game,
        "link_time_changed",
        "A visitor voted",
        role="extension",
        extension="link",
        payload={"duration": 3600},
        created=now - _dt.timedelta(hours=5),
    )
    # kim put wes in the pillory an hour ago, for two hours; wendy voted
    pillory["pillories"].append(
        {
            "_id": state.new_id(),
            "reason": "Late check-in",
            "createdAt": now - _dt.timedelta(hours=1),
            "voteEndsAt": now + _dt.timedelta(hours=1),
            "voters": [wendy],
            "totalDurationAdded": 15 * 60,
        }
    )
    state.add_log(
        game,
        "pillory_in",
        "Entered the pillory",
        role="keyholder",
        user=kim,
        extension="pillory",
        payload={"reason": "Late check-in", "duration": 7200},
        created=now - _dt.timedelta(hours=1),
    )

    tasks = ids["wesTasksLock"] = state.add_lock(
        wes,
        keyholder=sam,
        title="Tasks with Sam",
        duration=5 * DAY,
        started_ago=3 * DAY,
        extensions=[
            {
                "slug": "tasks",
                "config": {
                    "tasks": [
                        {"task": "Clean the kitchen", "points": 5},
                        {"task": "20 minutes of stretching", "points": 3},
                    ],
                    "voteEnabled": False,
                    "voteDuration": HOUR,
                    "preventWearerFromAssigningTasks": False,
                    "actionsOnAbandonedTask": [{"name": "add_time", "params": HOUR}],
                },
                "mode": "non_cumulative",
                "regularity": 6 * HOUR,
            },
            {
                "slug": "temporary-opening",
                "config": {"openingTime": 900, "penaltyTime": 12 * HOUR, "allowOnlyKeyholderToOpen": False},
                "mode": "non_cumulative",
                "regularity": 2 * DAY,
                "nbActionsRemaining": 0,
            },
            {
                "slug": "verification-picture",
                "config": {
                    "visibility": "keyholder",
                    "peerVerification": {"enabled": True, "punishments": []},
                },
                "mode": "non_cumulative",
                "regularity": DAY,
            },
            {
                "slug": "penalty",
                "config": {
                    "penalties": [
                        {
                            "prefix": "default",
                            "name": "verification_picture",
                            "params": {"nbActions": 1, "frequency": DAY},
                            "punishments": [{"name": "add_time", "params": 2 * HOUR}],
                        }
                    ]
                },
                "mode": "unlimited",
                "regularity": HOUR,
            },
        ],
    )
    lock = state.locks[tasks]
    task_party, opening, verification, _penalty = lock["extensions"]
    ids["wesTasks"], ids["wesOpening"], ids["wesVerification"], ids["wesPenalty"] = (
        p["_id"] for p in lock["extensions"]
    )
    task_party["userData"]["currentTask"] = {
        "task": "Write a diary page",
        "points": 2,
        "assignedAt": iso(now - _dt.timedelta(hours=2)),
    }
    # a verification picture yesterday (peer verified), and sam asked for a new one
    key = state.add_file(wes, PNG, "verification.png", "image/png", "verification-picture")
    submitted = iso(now - _dt.timedelta(days=1))
    peer = state.new_id()
    verification["pictures"].append(
        {
            "verificationCode": "271828",
            "peerVerificationId": peer,
            "imageKey": key,
            "submittedAt": submitted,
            "votes": {"_id": peer, "status": "verified", "verifiedVotes": 12, "rejectedVotes": 1},
        }
    )
    lock["lastVerificationPicture"] = {
        "imageKey": key,
        "submittedAt": submitted,
        "verificationCode": "271828",
        "filename": "verification.png",
        "peerVerificationId": peer,
    }
    state.add_log(
        tasks,
        "verification_picture_submitted",
        "Verification picture submitted",
        role="user",
        user=wes,
        extension="verification-picture",
        payload={"imageKey": key},
        created=now - _dt.timedelta(days=1),
    )
    ids["verificationImageKey"] = key
    verification["userData"]["pendingRequest"] = {
        "verificationCode": "482913",
        "requestedAt": iso(now - _dt.timedelta(minutes=30)),
    }
    # wes opened the lock five minutes ago for hygiene (the combination is revealed until relocked)
    entry = state.add_log(
        tasks,
        "temporary_opening_opened",
        "Hygiene opening started",
        role="user",
        user=wes,
        extension="temporary-opening",
        created=now - _dt.timedelta(minutes=5),
    )
    opening["opening"] = {
        "openedAt": now - _dt.timedelta(minutes=5),
        "combination": lock["combination"],
        "logId": entry["_id"],
    }
    opening["openings"][entry["_id"]] = lock["combination"]
    ids["wesOpeningLog"] = entry["_id"]
    ids["wesCombination"] = state.add_combination(wes, "8642")


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
    "sessionRequestId": "offer",
    "offerToken": "offerToken",
    "fileKey": "fileKey",
}
_WES_GAME = {"lockId": "wesGameLock", "extensionId": "wesDice"}
# Per operation: path params / body fields that must point at specific seed objects.
_OVERRIDES: dict[str, dict[str, Any]] = {
    "locks.combination": {"path": {"lockId": "wesLock"}},
    "locks.archive": {"path": {"lockId": "kimUnlockedLock"}},
    "locks.archive_keyholder": {"path": {"lockId": "wesLock"}},
    "locks.trust_keyholder": {"path": {"lockId": "wendyLock"}, "user": "wendy"},
    "lock_creation.create_lock_from_shared_lock": {
        "path": {"sharedLockId": "samPublicSharedLock"},
        "body": {"combinationId": "kimCombination"},
    },
    "partner_extensions.get_sessions": {"body": {"extensionSlug": "extensionSlug", "status": "all"}},
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
    # (an example's partnerConfigurationToken or attachments token would be refused: use real ones)
    "lock_creation.create": {
        "body": {
            "combinationId": "kimCombination",
            "minDuration": 3600,
            "maxDuration": 7200,
            "extensions": [
                {"slug": "@dice", "config": {"multiplier": 600}, "mode": "@unlimited", "regularity": 3600}
            ],
        }
    },
    "lock_creation.set_lock_extensions": {
        "body": {
            "extensions": [
                {"slug": "@dice", "config": {"multiplier": 600}, "mode": "@unlimited", "regularity": 3600}
            ]
        }
    },
    "shared_locks.set_shared_lock_extensions": {
        "body": {
            "extensions": [
                {"slug": "@link", "config": {"timeToAdd": 3600}, "mode": "@unlimited", "regularity": 3600}
            ]
        }
    },
    "messaging.send_message": {"body": {"attachments": "attachmentsToken"}},
    "messaging.create_conversation": {
        "body": {"users": ["wes"], "type": "private", "attachments": "attachmentsToken"}
    },
    "partner_extensions.get_configuration": {"path": {"token": "configurationToken"}},
    "partner_extensions.update_configuration": {"path": {"token": "configurationToken"}},
    "session_offer.create_keyholding_offer": {
        "path": {"lockId": "wendySelfLock"},
        "body": {"keyholder": "@sam"},
        "user": "wendy",
    },
    "session_offer.get_offer_request_status": {"path": {"lockId": "wendySelfLock"}, "user": "wendy"},
    "session_offer.archive_keyholding_offer": {"user": "wendy"},
    "session_offer.validate_offer_request": {"body": {"accept": True}},
    "session_offer.accept_keyholding_request": {"user": "sam"},
    "blocks.block_user": {"body": {"targetUserId": "wes"}},
    "messaging.find_ignored_users": {"user": "wendy"},
    # (setters whose example would change nothing)
    "locks.set_freeze": {"body": {"isFrozen": True}},
    "messaging.set_conversation_status": {"body": {"status": "@ignored"}},
    "partner_extensions.set_data": {"body": {"data": {"rolls": [4]}}},
    "shared_locks.remove_favorite": {"path": {"sharedLockId": "samPublicSharedLock"}},
    "blocks.unblock_user": {"body": {"targetUserId": "troll"}},
    "users.get_user_by_discord_id": {"path": {"discordId": "@100000000000000029"}},
    "users.search_by_username": {"body": {"search": "@we"}},
    "users.search_users": {
        "body": {"criteria": {}, "limit": 10},
        "drop": ["lastId", "lastAccessForUserList"],
    },
    "public_locks.search": {"body": {"criteria": {}, "limit": 10}, "drop": ["lastId", "cursor"]},
    "shared_locks.find_suggested_tags": {"body": {"text": "@A weekly challenge for the weekend"}},
    "reports.create_report": {"body": {"target": {"type": "@message", "messageId": "message"}}},
    "locks.trigger_action": {
        "path": _WES_GAME,
        "body": {"action": "@submit", "payload": {}},
        "user": "wes",
    },
    "locks.get_lock_info_from_extension": {"path": _WES_GAME},
    "extensions_penalties.find": {
        "path": {"lockId": "wesTasksLock", "extensionId": "wesPenalty"},
        "user": "wes",
    },
    "extensions_temporary_opening.get_combination": {"path": {"lockId": "wesTasksLock"}, "user": "wes"},
    "extensions_temporary_opening.set_combination": {
        "path": {"lockId": "wesTasksLock"},
        "body": {"combinationId": "wesCombination"},
        "user": "wes",
    },
    "extensions_temporary_opening.get_combination_from_history_entry": {
        "path": {"lockId": "wesTasksLock", "actionLogId": "wesOpeningLog"},
        "user": "wes",
    },
    "extensions_verification_picture.get_verification_pictures": {
        "path": {"lockId": "wesTasksLock"},
        "user": "wes",
    },
    "extensions_verification_picture.submit_picture": {"path": {"lockId": "wesTasksLock"}, "user": "wes"},
}


_MISSING: Any = object()


def _resolve(value: Any, ids: dict[str, str]) -> Any:
    """A seed id for a seed name, ``"@text"`` for the literal ``text``, in lists and objects too."""
    if isinstance(value, str):
        if value.startswith("@"):
            return value[1:]
        return ids.get(value, value)
    if isinstance(value, list):
        return [_resolve(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: _resolve(v, ids) for k, v in value.items()}
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
                    before = body.get(key, _MISSING)
                    body[key] = _resolve(value, ids)
                    if validator.errors(op.body_schema, body):  # an older document's schema differs
                        if before is _MISSING:
                            del body[key]
                        else:
                            body[key] = before
            request["json"] = body
    return request
