"""What Chaster itself provides and FakeChaster serves as fixed data: the built-in extensions, the
shared-lock tags and the penalty types (their slugs, modes and configuration keys as the Chaster
documentation and the live payloads in tests/data/captured name them)."""

from __future__ import annotations

from typing import Any

__all__ = ["BUILTIN_EXTENSIONS", "PENALTY_TYPES", "TAGS", "human_duration"]

_ALL_MODES = ["cumulative", "non_cumulative", "unlimited"]

# slug -> what GET /extensions tells about it (ExtensionForPublic) and its defaults.
BUILTIN_EXTENSIONS: dict[str, dict[str, Any]] = {
    "link": {
        "displayName": "Share links",
        "subtitle": "Visitors add or remove time",
        "summary": "Share a link: each visitor votes to add or remove time.",
        "icon": "link",
        "availableModes": ["unlimited"],
        "defaultConfig": {
            "timeToAdd": 3600,
            "timeToRemove": 3600,
            "enableRandom": True,
            "nbVisits": 0,
            "limitToLoggedUsers": True,
        },
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "pillory": {
        "displayName": "Pillory",
        "subtitle": "The community votes to add time",
        "summary": "The keyholder puts the wearer in the pillory; every vote adds time.",
        "icon": "gavel",
        "availableModes": ["unlimited"],
        "defaultConfig": {"timeToAdd": 3600, "limitToLoggedUsers": True},
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "dice": {
        "displayName": "Dice",
        "subtitle": "Roll the dice against the bot",
        "summary": "The wearer and a bot each roll a die; the difference times the multiplier is added or removed.",
        "icon": "dice",
        "availableModes": _ALL_MODES,
        "defaultConfig": {"multiplier": 3600},
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "wheel-of-fortune": {
        "displayName": "Wheel of Fortune",
        "subtitle": "Spin the wheel",
        "summary": "The wearer spins a wheel whose segments add or remove time, freeze the lock, ...",
        "icon": "dharmachakra",
        "availableModes": _ALL_MODES,
        "defaultConfig": {"segments": [], "regularityMode": "non_cumulative"},
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "tasks": {
        "displayName": "Tasks",
        "subtitle": "Complete tasks",
        "summary": "Tasks are assigned to the wearer, who completes or abandons them.",
        "icon": "tasks",
        "availableModes": _ALL_MODES,
        "defaultConfig": {
            "tasks": [],
            "voteEnabled": False,
            "voteDuration": 3600,
            "preventWearerFromAssigningTasks": False,
            "actionsOnAbandonedTask": [],
        },
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "temporary-opening": {
        "displayName": "Hygiene opening",
        "subtitle": "Unlock for a short time",
        "summary": "The wearer opens the lock for a while and relocks with a new combination.",
        "icon": "soap",
        "availableModes": ["cumulative", "non_cumulative"],
        "defaultConfig": {"openingTime": 900, "penaltyTime": 43200, "allowOnlyKeyholderToOpen": False},
        "defaultRegularity": 172800,
        "hasActions": True,
    },
    "verification-picture": {
        "displayName": "Verification picture",
        "subtitle": "Prove you are locked",
        "summary": "The wearer sends a picture with a verification code when asked.",
        "icon": "camera",
        "availableModes": _ALL_MODES,
        "defaultConfig": {
            "visibility": "keyholder",
            "peerVerification": {"enabled": False, "punishments": []},
        },
        "defaultRegularity": 86400,
        "hasActions": True,
    },
    "penalty": {
        "displayName": "Penalties",
        "subtitle": "Habits with penalties",
        "summary": "Habits the wearer must keep, with a punishment for each period missed.",
        "icon": "exclamation-triangle",
        "availableModes": ["unlimited"],
        "defaultConfig": {"penalties": []},
        "defaultRegularity": 3600,
        "hasActions": False,
    },
    "guess-timer": {
        "displayName": "Guess the Timer",
        "subtitle": "Guess when the lock can be unlocked",
        "summary": "The remaining time is hidden; the wearer tries to unlock when they think it is up.",
        "icon": "stopwatch",
        "availableModes": _ALL_MODES,
        "defaultConfig": {"minRandomTime": 3600, "maxRandomTime": 7200},
        "defaultRegularity": 3600,
        "hasActions": True,
    },
    "random-events": {
        "displayName": "Random events",
        "subtitle": "Surprises during the lock",
        "summary": "Random events add time, freeze the lock or put the wearer in the pillory.",
        "icon": "random",
        "availableModes": ["unlimited"],
        "defaultConfig": {"difficulty": "normal", "actions": []},
        "defaultRegularity": 3600,
        "hasActions": False,
    },
}

# The tag catalogue of GET /shared-lock-tags (tags a shared lock uses are added to it).
TAGS = (
    "Beginner",
    "Challenge",
    "Chastity Month",
    "Denial",
    "Game",
    "Locktober",
    "Long term",
    "Luck",
    "Punishment",
    "Task",
    "Training",
    "Weekend",
    "Weekly",
)

# GET /extensions/penalty/penalties: the habits a penalty can watch (name -> label).
PENALTY_TYPES: dict[str, str] = {
    "verification_picture": "Submit a verification picture",
    "tasks": "Complete tasks",
    "dice": "Roll the dice",
    "wheel_of_fortune": "Spin the wheel of fortune",
}


def human_duration(seconds: float) -> str:
    """``3600`` -> ``"1 hour"``, ``5400`` -> ``"1 hour 30 minutes"`` (what Chaster's texts say)."""
    total = abs(int(seconds))
    parts = []
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        count, total = divmod(total, size)
        if count:
            parts.append(f"{count} {unit}{'s' if count > 1 else ''}")
    return " ".join(parts[:2]) or "0 seconds"
