"""Realistic Chaster payloads for the benchmarks: every field filled, nested objects, real dates.

Deterministic (seeded): the same bytes on every run, so figures compare like with like.
``locks_for_public(20)`` is the answer of ``GET /locks``; ``keyholder_search_page(500)`` the
answer of ``POST /keyholder/locks/search``. Both follow the schemas of ``openapi.json``
(``LockForPublic``, ``LockForKeyholder``, ``KeyholderSearchLocksRepDto``).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

__all__ = ["encode", "keyholder_search_page", "lock", "locks_for_public", "user"]

_EPOCH = dt.datetime(2024, 3, 1, 9, 0, 0, tzinfo=dt.UTC)

_NAMES = [
    "LockedLeo",
    "kh_mistress_ava",
    "caged_for_charity",
    "sir-keys-a-lot",
    "Quiet.Quinn",
    "ChastityChad",
    "luna_keeps",
    "tim_the_tamed",
    "Marguerite",
    "boundBenji",
]
_CITIES = [
    ("Berlin", "Berlin, Germany"),
    ("Lyon", "Lyon, Auvergne-Rhone-Alpes, France"),
    ("Austin", "Austin, Texas, United States"),
    ("Leeds", "Leeds, England, United Kingdom"),
    ("Osaka", "Osaka, Japan"),
    ("", ""),
]
_EXTENSIONS = [
    (
        "dice",
        "Dice",
        "Roll the dice to add or remove time",
        "dice-six",
        {"minRandomTime": 3600, "maxRandomTime": 21600},
    ),
    (
        "wheel-of-fortune",
        "Wheel of fortune",
        "Spin the wheel",
        "dharmachakra",
        {
            "segments": [
                {"type": "add-time", "text": "", "duration": 3600},
                {"type": "remove-time", "text": "", "duration": 1800},
                {"type": "freeze", "text": "", "duration": 0},
                {"type": "text", "text": "Cold shower", "duration": 0},
            ]
        },
    ),
    (
        "verification-picture",
        "Verification picture",
        "Verify your lock with a picture",
        "camera",
        {"visibility": "keyholder", "peerVerification": {"enabled": True, "punishments": []}},
    ),
    (
        "tasks",
        "Tasks",
        "Complete tasks assigned by your keyholder",
        "tasks",
        {
            "tasks": [{"task": "20 push-ups", "points": 2}, {"task": "Write a diary entry", "points": 1}],
            "voteEnabled": True,
            "voteDuration": 43200,
            "startVoteAfterLastVote": False,
            "enablePoints": True,
            "pointsRequired": 10,
            "allowWearerToEditTasks": False,
        },
    ),
    (
        "link",
        "Share links",
        "Visitors can add or remove time",
        "link",
        {
            "timeToAdd": 3600,
            "timeToRemove": 3600,
            "enableRandom": True,
            "nbVisits": 10,
            "limitToLoggedUsers": True,
        },
    ),
]
_TAGS = ["beginner", "long-term", "findom-free", "tasks", "random", "weekend", "hardcore"]
_FEATURES = ["partner_extensions", "push_notifications", "block_users", "discord_notifications"]


def _iso(moment: dt.datetime) -> str:
    """Chaster's date format: UTC, milliseconds, a ``Z``."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _oid(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(24))


def user(rng: random.Random) -> dict[str, Any]:
    """A ``UserForPublic``."""
    name = rng.choice(_NAMES) + str(rng.randint(1, 999))
    city, full = rng.choice(_CITIES)
    joined = _EPOCH - dt.timedelta(days=rng.randint(30, 1500), seconds=rng.randint(0, 86400))
    discord = rng.random() < 0.5
    return {
        "_id": _oid(rng),
        "username": name,
        "isPremium": rng.random() < 0.3,
        "description": f"Hi, I'm {name}. Into long-term locks and fair keyholders. DMs open.",
        "location": city,
        "gender": rng.choice(["Male", "Female", "Non-binary", ""]),
        "age": rng.choice([None, 24, 31, 38, 45]),
        "isFindom": rng.random() < 0.1,
        "avatarUrl": f"https://cdn.chaster.app/avatars/{_oid(rng)}.jpg",
        "online": rng.random() < 0.4,
        "lastSeen": rng.randint(0, 90000),
        "isAdmin": False,
        "isTeamMember": False,
        "isModerator": rng.random() < 0.02,
        "metadata": {
            "locktober2020Points": rng.randint(0, 40),
            "locktober2021Points": rng.randint(0, 40),
            "chastityMonth2022Points": rng.randint(0, 40),
            "locktober2022Points": rng.randint(0, 40),
            "locktober2023Points": rng.randint(0, 40),
            "locktober2024Points": rng.randint(0, 40),
        },
        "fullLocation": full,
        "discordId": str(rng.randint(10**17, 10**18)) if discord else None,
        "discordUsername": f"{name.lower()}#0" if discord else None,
        "isDisabled": False,
        "isSuspended": False,
        "joinedAt": _iso(joined),
        "isNewMember": False,
        "isSuspendedOrDisabled": False,
        "sexualOrientation": rng.choice(["Straight", "Gay", "Bisexual", "Unspecified"]),
        "role": rng.choice(["keyholder", "wearer", "switch"]),
        "features": rng.sample(_FEATURES, 2),
    }


def _extension_party(rng: random.Random, index: int, created: dt.datetime) -> dict[str, Any]:
    slug, name, subtitle, icon, config = _EXTENSIONS[index % len(_EXTENSIONS)]
    return {
        "slug": slug,
        "config": config,
        "_id": _oid(rng),
        "displayName": name,
        "summary": f"{name}: every {rng.choice([1, 2, 6, 12, 24])} hours",
        "subtitle": subtitle,
        "icon": icon,
        "mode": rng.choice(["cumulative", "non_cumulative", "unlimited"]),
        "userData": {"nbActions": rng.randint(0, 50), "lastActionAt": _iso(created + dt.timedelta(hours=5))},
        "regularity": rng.choice([3600, 21600, 86400]),
        "nbActionsRemaining": rng.randint(0, 3),
        "nextActionDate": _iso(created + dt.timedelta(days=1)),
        "isPartner": False,
        "textConfig": f"{name} enabled",
        "createdAt": _iso(created),
        "updatedAt": _iso(created + dt.timedelta(hours=rng.randint(1, 48))),
    }


def _shared_lock(rng: random.Random, created: dt.datetime) -> dict[str, Any]:
    return {
        "_id": _oid(rng),
        "durationMode": "duration",
        "reasonForPublicHide": "other",
        "minDuration": 86400,
        "maxDuration": 604800,
        "calculatedMaxLimitDuration": 1209600,
        "user": user(rng),
        "unsplashPhoto": {
            "id": "x" + _oid(rng)[:10],
            "username": "unsplash_photographer",
            "name": "A. Photographer",
            "url": "https://images.unsplash.com/photo-1520975916090-3105956dac38",
        },
        "extensions": [
            {
                "slug": slug,
                "config": config,
                "mode": "cumulative",
                "name": name,
                "textConfig": subtitle,
                "regularity": 3600,
            }
            for slug, name, subtitle, _icon, config in _EXTENSIONS[:3]
        ],
        "createdAt": _iso(created - dt.timedelta(days=40)),
        "updatedAt": _iso(created - dt.timedelta(days=3)),
        "deletedAt": None,
        "archivedAt": None,
        "requirePassword": False,
        "password": None,
        "maxLimitDuration": 1209600,
        "minDate": _iso(created + dt.timedelta(days=1)),
        "maxDate": _iso(created + dt.timedelta(days=7)),
        "maxLimitDate": _iso(created + dt.timedelta(days=14)),
        "displayRemainingTime": True,
        "limitLockTime": True,
        "maxLockedUsers": 25,
        "isPublic": True,
        "requireContact": False,
        "name": "One week of dice and tasks",
        "description": "A week-long lock with dice every six hours and daily tasks. Be good.",
        "tags": rng.sample(_TAGS, 3),
        "hideTimeLogs": False,
        "isFindom": False,
        "lastSavedAt": _iso(created - dt.timedelta(days=3)),
    }


def lock(rng: random.Random, index: int, *, role: str = "wearer") -> dict[str, Any]:
    """A ``LockForPublic`` (also a valid ``LockForKeyholder``: they share every field)."""
    created = _EPOCH + dt.timedelta(
        days=index % 60, minutes=rng.randint(0, 1440), milliseconds=rng.randint(0, 999)
    )
    unlocked = index % 4 == 3
    end = created + dt.timedelta(seconds=rng.randint(86400, 1209600))
    return {
        "_id": _oid(rng),
        "status": "unlocked" if unlocked else "locked",
        "keyholderUnavailable": rng.choice(["inactive", "suspended", "disabled"]),
        "endDate": _iso(end),
        "title": rng.choice(["Self-lock", "Weekly challenge", "Locktober warm-up", "Keyholder's choice"]),
        "totalDuration": rng.randint(3600, 3_000_000),
        "user": user(rng),
        "keyholder": user(rng),
        "sharedLock": _shared_lock(rng, created),
        "isAllowedToViewTime": rng.random() < 0.5,
        "canBeUnlocked": unlocked,
        "canBeUnlockedByMaxLimitDate": False,
        "isFrozen": index % 5 == 0,
        "role": role,
        "extensions": [_extension_party(rng, index + k, created) for k in range(3)],
        "combination": _oid(rng),
        "availableHomeActions": [
            {
                "extensionPartyId": _oid(rng),
                "slug": "tasks",
                "title": "Tasks",
                "description": "Check your tasks",
                "icon": "tasks",
                "badge": "1",
            },
        ],
        "reasonsPreventingUnlocking": [
            {"reason": "The timer is still running", "icon": "clock"},
            {"reason": "A task is pending", "icon": "tasks"},
        ],
        "extensionsAllowUnlocking": not unlocked,
        "lastVerificationPicture": {
            "imageKey": f"verification-pictures/{_oid(rng)}.jpg",
            "submittedAt": _iso(created + dt.timedelta(days=1, hours=2)),
            "verificationCode": f"{rng.randint(100000, 999999)}",
            "filename": "IMG_2024.jpg",
            "peerVerificationId": _oid(rng),
        },
        "createdAt": _iso(created),
        "updatedAt": _iso(created + dt.timedelta(hours=rng.randint(1, 300))),
        "startDate": _iso(created),
        "minDate": _iso(created + dt.timedelta(days=1)),
        "maxDate": _iso(created + dt.timedelta(days=7)),
        "maxLimitDate": _iso(created + dt.timedelta(days=14)),
        "displayRemainingTime": True,
        "limitLockTime": True,
        "deletedAt": None,
        "unlockedAt": _iso(end) if unlocked else None,
        "archivedAt": None,
        "frozenAt": _iso(created + dt.timedelta(days=2)) if index % 5 == 0 else None,
        "keyholderArchivedAt": None,
        "allowSessionOffer": True,
        "isTestLock": False,
        "offerToken": _oid(rng),
        "hideTimeLogs": index % 3 == 0,
        "trusted": index % 2 == 0,
    }


def locks_for_public(count: int = 20, *, seed: int = 1) -> list[dict[str, Any]]:
    """The answer of ``GET /locks``: a list of ``LockForPublic``."""
    rng = random.Random(seed)
    return [lock(rng, i) for i in range(count)]


def keyholder_search_page(count: int = 500, *, seed: int = 2) -> dict[str, Any]:
    """The answer of ``POST /keyholder/locks/search``: a ``KeyholderSearchLocksRepDto``."""
    rng = random.Random(seed)
    return {
        "pages": 3,
        "total": count * 3 - 17,
        "locks": [lock(rng, i, role="keyholder") for i in range(count)],
    }


def encode(payload: Any) -> bytes:
    """Compact JSON, as the API sends it."""
    return json.dumps(payload, separators=(",", ":")).encode()
