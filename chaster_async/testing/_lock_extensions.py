"""Chaster's own (built-in) extensions on a lock: what their actions do and answer.

``POST /locks/{lockId}/extensions/{extensionId}/action`` answers per extension and action with
the shapes of the live answers (tests/data/captured, generator/overlay.json
``extension-action-responses``); the history entries use Chaster's action-log types
(docs.chaster.app, "Action Logs"). An action on a lock without that extension is refused (404),
an action the extension does not have is a 400.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from ._catalogue import PENALTY_TYPES, human_duration
from ._errors import ApiError, not_found
from ._handlers import Ctx, handles, set_frozen
from ._spec import object_id
from ._state import iso

__all__ = ["LOCK_EXTENSION_KEYS"]

# The operations modelled here: served only with a document whose lock extensions the fake
# models (see _seed.models_lock_extensions); otherwise they answer their generated example.
LOCK_EXTENSION_KEYS = frozenset(
    {
        "locks.trigger_action",
        "locks.get_lock_info_from_extension",
        "extensions_penalties.find",
        "extensions_temporary_opening.get_combination",
        "extensions_temporary_opening.set_combination",
        "extensions_temporary_opening.get_combination_from_history_entry",
        "extensions_verification_picture.get_verification_pictures",
        "extensions_verification_picture.submit_picture",
    }
)
VOTE_INTERVAL = _dt.timedelta(days=1)  # share links: one vote per visitor and day


def _conf(party: dict[str, Any], key: str, default: Any) -> Any:
    value = party["config"].get(key)
    return default if value is None else value


def change_time(ctx: Ctx, lock: dict[str, Any], seconds: int) -> None:
    """Move the lock's end date (no history entry: the extension's own entry tells)."""
    lock["endDate"] = lock["endDate"] + _dt.timedelta(seconds=seconds)
    lock["maxDate"] = max(lock["maxDate"], lock["endDate"])
    ctx.state.touch(lock)


def _locked(lock: dict[str, Any]) -> None:
    if lock["status"] != "locked":
        raise ApiError(400, "The lock is not locked")


def _wearer(ctx: Ctx, lock: dict[str, Any]) -> None:
    if ctx.user != lock["user"]:
        raise ApiError(403, "Only the wearer can do this")


def _keyholder(ctx: Ctx, lock: dict[str, Any]) -> None:
    if ctx.user is None or ctx.user != lock["keyholder"]:
        raise ApiError(403, "Only the keyholder can do this")


def _member(ctx: Ctx, lock: dict[str, Any]) -> None:
    if ctx.user not in (lock["user"], lock["keyholder"]):
        raise not_found("Lock")


def use_regular_action(ctx: Ctx, party: dict[str, Any]) -> None:
    """Spend one of the party's regular actions (unlimited mode: none needed)."""
    ctx.state.refresh_party_actions(party)
    if party["mode"] == "unlimited":
        return
    if party["nbActionsRemaining"] <= 0:
        raise ApiError(400, "No action remaining", nextActionDate=iso(party["nextActionDate"]))
    party["nbActionsRemaining"] -= 1
    party["updatedAt"] = iso(ctx.state.now())


def _log(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], type_: str, title: str, **kw: Any) -> Any:
    role = kw.pop("role", "keyholder" if ctx.user == lock["keyholder"] else "user")
    return ctx.state.add_log(
        lock["_id"], type_, title, role=role, user=ctx.user, extension=party["slug"], **kw
    )


# -- dice ---------------------------------------------------------------------------------------
async def _dice(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any) -> Any:
    if action != "submit":
        raise _unknown(action, party)
    _wearer(ctx, lock)
    _locked(lock)
    use_regular_action(ctx, party)
    admin, player = ctx.state.rng.randint(1, 6), ctx.state.rng.randint(1, 6)
    duration = (admin - player) * int(_conf(party, "multiplier", 3600))
    if duration:
        change_time(ctx, lock, duration)
    result = {"adminDice": admin, "playerDice": player, "duration": duration}
    _log(ctx, lock, party, "dice_rolled", "Dice rolled", payload=dict(result), icon="dice")
    return result


# -- wheel of fortune ---------------------------------------------------------------------------------
def pillory(ctx: Ctx, lock: dict[str, Any], seconds: int, reason: str) -> dict[str, Any] | None:
    """Put the wearer in the pillory (the lock's pillory extension; none: nothing happens)."""
    party = next((p for p in lock["extensions"] if p["slug"] == "pillory" and "pillories" in p), None)
    if party is None:
        return None
    now = ctx.state.now()
    period = {
        "_id": ctx.state.new_id(),
        "reason": reason,
        "createdAt": now,
        "voteEndsAt": now + _dt.timedelta(seconds=seconds),
        "voters": [],
        "totalDurationAdded": 0,
    }
    party["pillories"].append(period)
    _log(
        ctx, lock, party, "pillory_in", "Entered the pillory", payload={"reason": reason, "duration": seconds}
    )
    return period


async def _wheel(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any) -> Any:
    if action != "submit":
        raise _unknown(action, party)
    _wearer(ctx, lock)
    _locked(lock)
    segments = _conf(party, "segments", [])
    if not segments:
        raise ApiError(400, "The wheel has no segment")
    use_regular_action(ctx, party)
    index = ctx.state.rng.randrange(len(segments))
    raw = segments[index]
    kind, seconds = str(raw.get("type", "text")), int(raw.get("duration") or 0)
    segment: dict[str, Any] = {"type": kind, "text": str(raw.get("text") or ""), "duration": seconds}
    if kind == "add-remove-time":
        kind = ctx.state.rng.choice(("add-time", "remove-time"))
    if kind == "add-time":
        change_time(ctx, lock, seconds)
        text = f"Added {human_duration(seconds)}"
    elif kind == "remove-time":
        change_time(ctx, lock, -seconds)
        text = f"Removed {human_duration(seconds)}"
    elif kind == "set-freeze":
        set_frozen(ctx, lock, True, role="extension", extension=party["slug"])
        text = "The lock is frozen"
    elif kind == "set-unfreeze":
        set_frozen(ctx, lock, False, role="extension", extension=party["slug"])
        text = "The lock is unfrozen"
    elif kind == "pillory":
        pillory(ctx, lock, seconds, "Wheel of Fortune")
        text = f"Sent to the pillory for {human_duration(seconds)}"
    else:
        text = segment["text"]
    _log(ctx, lock, party, "wheel_of_fortune_turned", "The wheel was turned", payload={"segment": segment})
    return {"index": index, "action": {"segment": segment}, "text": text}


# -- share links --------------------------------------------------------------------------------------
async def _link(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any) -> Any:
    me = ctx.me()
    votes: dict[str, _dt.datetime] = party["linkVotes"]
    can_vote = me != lock["user"] and (me not in votes or votes[me] + VOTE_INTERVAL <= ctx.state.now())
    if action == "getLink":
        _member(ctx, lock)
        return {"link": f"https://chaster.app/sessions/{party['linkToken']}"}
    if action == "getInfo":
        return {
            "lockId": lock["_id"],
            "extensionId": party["_id"],
            "votes": len(votes),
            "minVotes": int(_conf(party, "nbVisits", 0)),
            "canVote": can_vote,
        }
    if action != "vote":
        raise _unknown(action, party)
    if payload.get("sessionId") != party["linkToken"]:
        raise not_found("Share link")
    _locked(lock)
    if me == lock["user"]:
        raise ApiError(400, "You cannot vote for your own lock")
    if not can_vote:
        raise ApiError(400, "You already voted for this lock today")
    choice = payload.get("action")
    if choice == "random":
        if not _conf(party, "enableRandom", True):
            raise ApiError(400, "Random votes are not enabled")
        choice = ctx.state.rng.choice(("add", "remove"))
    if choice == "add":
        duration = int(_conf(party, "timeToAdd", 3600))
    elif choice == "remove":
        duration = -int(_conf(party, "timeToRemove", 3600))
    else:
        raise ApiError(400, ["action must be one of the following values: add, remove, random"])
    change_time(ctx, lock, duration)
    votes[me] = ctx.state.now()
    _log(
        ctx,
        lock,
        party,
        "link_time_changed",
        "A visitor voted",
        role="extension",
        payload={"duration": duration},
    )
    return {"duration": duration}


# -- pillory --------------------------------------------------------------------------------------------
def _active(ctx: Ctx, party: dict[str, Any]) -> list[dict[str, Any]]:
    now = ctx.state.now()
    return [p for p in party["pillories"] if p["voteEndsAt"] > now]


async def _pillory(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any) -> Any:
    me = ctx.me()
    if action == "submit":
        _keyholder(ctx, lock)
        _locked(lock)
        seconds = payload.get("duration")
        if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds <= 0:
            raise ApiError(400, ["duration must be a positive number"])
        pillory(ctx, lock, int(seconds), str(payload.get("reason") or ""))
        return {}
    if action == "getStatus":
        return {
            "votes": [
                {
                    "_id": p["_id"],
                    "nbVotes": len(p["voters"]),
                    "totalDurationAdded": p["totalDurationAdded"],
                    "voteEndsAt": iso(p["voteEndsAt"]),
                    "canVote": me != lock["user"] and me not in p["voters"],
                    "reason": p["reason"],
                    "createdAt": iso(p["createdAt"]),
                }
                for p in _active(ctx, party)
            ]
        }
    if action != "vote":
        raise _unknown(action, party)
    active = _active(ctx, party)
    wanted = payload.get("pilloryId")
    period = (
        next((p for p in active if p["_id"] == wanted), None) if wanted else (active[-1] if active else None)
    )
    if period is None:
        raise ApiError(400, "The wearer is not in the pillory")
    if me == lock["user"]:
        raise ApiError(400, "You cannot vote for your own lock")
    if me in period["voters"]:
        raise ApiError(400, "You already voted")
    duration = int(_conf(party, "timeToAdd", 3600))
    change_time(ctx, lock, duration)
    period["voters"].append(me)
    period["totalDurationAdded"] += duration
    _log(ctx, lock, party, "time_changed", "Pillory vote", role="extension", payload={"duration": duration})
    return {"duration": duration}


# -- tasks ----------------------------------------------------------------------------------------------
def _task(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("task"), str) or not raw["task"]:
        raise ApiError(400, ["task.task should not be empty"])
    points = raw.get("points") or 0
    return {"task": raw["task"], "points": int(points) if isinstance(points, int | float) else 0}


def _assign(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], task: dict[str, Any], title: str) -> None:
    party["userData"]["currentTask"] = {**task, "assignedAt": iso(ctx.state.now())}
    _log(ctx, lock, party, "tasks_task_assigned", title, payload={"task": task})


def punish(ctx: Ctx, lock: dict[str, Any], actions: list[Any], reason: str) -> None:
    """Apply LockAction-style punishments ({name, params}): add/remove time, freeze, pillory."""
    for item in actions:
        if not isinstance(item, dict):
            continue
        name, params = item.get("name"), item.get("params")
        if name == "add_time" and isinstance(params, int | float):
            change_time(ctx, lock, int(params))
            ctx.state.add_log(
                lock["_id"], "time_changed", "Time added", role="extension", payload={"duration": int(params)}
            )
        elif name == "remove_time" and isinstance(params, int | float):
            change_time(ctx, lock, -int(params))
            ctx.state.add_log(
                lock["_id"],
                "time_changed",
                "Time removed",
                role="extension",
                payload={"duration": -int(params)},
            )
        elif name in ("freeze", "unfreeze", "toggle_freeze"):
            frozen = {"freeze": True, "unfreeze": False}.get(name, lock["frozenAt"] is None)
            set_frozen(ctx, lock, frozen, role="extension")
        elif name == "pillory" and isinstance(params, dict):
            pillory(ctx, lock, int(params.get("duration") or 3600), reason)


async def _tasks(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any) -> Any:
    _member(ctx, lock)
    _locked(lock)
    data = party["userData"]
    if action == "submit":
        _wearer(ctx, lock)
        if data.get("currentTask"):
            raise ApiError(400, "A task is already assigned")
        tasks = _conf(party, "tasks", [])
        if not tasks:
            raise ApiError(400, "There is no task to assign")
        use_regular_action(ctx, party)
        task = _task(ctx.state.rng.choice(tasks))
        if payload.get("requestVote"):  # the community vote is decided at once
            _log(ctx, lock, party, "tasks_vote_ended", "The vote for a task ended", payload={"task": task})
        _assign(ctx, lock, party, task, "A task was assigned")
        return {}
    if action == "assignTask":
        if ctx.user == lock["user"] and _conf(party, "preventWearerFromAssigningTasks", False):
            raise ApiError(403, "Only the keyholder can assign tasks")
        if data.get("currentTask"):
            raise ApiError(400, "A task is already assigned")
        _assign(ctx, lock, party, _task(payload.get("task")), "A task was assigned")
        return {}
    if action == "completeTask":
        task = data.get("currentTask")
        if not task:
            raise ApiError(400, "No task is assigned")
        done = bool(payload.get("isCompleted"))
        data["currentTask"] = None
        if done:
            data["points"] = int(data.get("points") or 0) + int(task.get("points") or 0)
            _log(ctx, lock, party, "tasks_task_completed", "Task completed", payload={"task": task})
        else:
            _log(ctx, lock, party, "tasks_task_failed", "Task failed", payload={"task": task})
            punish(ctx, lock, _conf(party, "actionsOnAbandonedTask", []), "Task abandoned")
        return {}
    raise _unknown(action, party)


# -- temporary (hygiene) opening ----------------------------------------------------------------------
def _open(ctx: Ctx, lock: dict[str, Any], party: dict[str, Any]) -> Any:
    _locked(lock)
    if party["opening"] is not None:
        raise ApiError(400, "The lock is already temporarily opened")
    entry = _log(ctx, lock, party, "temporary_opening_opened", "Hygiene opening started")
    party["opening"] = {
        "openedAt": ctx.state.now(),
        "combination": lock["combination"],
        "logId": entry["_id"],
    }
    party["openings"][entry["_id"]] = lock["combination"]
    ctx.state.touch(lock)
    return {}


async def _temporary_opening(
    ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any
) -> Any:
    if action == "submit":
        _wearer(ctx, lock)
        if _conf(party, "allowOnlyKeyholderToOpen", False):
            raise ApiError(403, "Only the keyholder can open this lock")
        if party["opening"] is not None:
            raise ApiError(400, "The lock is already temporarily opened")
        use_regular_action(ctx, party)
        return _open(ctx, lock, party)
    if action == "keyholderOpen":
        _keyholder(ctx, lock)
        return _open(ctx, lock, party)
    raise _unknown(action, party)


def _opening_party(ctx: Ctx) -> tuple[dict[str, Any], dict[str, Any]]:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    party = ctx.state.party_by_slug(lock, "temporary-opening")
    return lock, party


@handles("extensions_temporary_opening.get_combination")
async def temporary_opening_combination(ctx: Ctx) -> Any:
    _, party = _opening_party(ctx)
    if party["opening"] is None:
        raise ApiError(400, "The lock is not temporarily opened")
    return ctx.state.combination_public(party["opening"]["combination"])


@handles("extensions_temporary_opening.set_combination")
async def temporary_opening_relock(ctx: Ctx) -> Any:
    lock, party = _opening_party(ctx)
    _wearer(ctx, lock)
    opening = party["opening"]
    if opening is None:
        raise ApiError(400, "The lock is not temporarily opened")
    cid = ctx.body["combinationId"]
    ctx.state.take_combination(ctx.me(), cid)
    lock["combination"] = cid
    ctx.state.combinations[cid]["usedBy"] = lock["_id"]
    party["opening"] = None
    late = ctx.state.now() - opening["openedAt"] > _dt.timedelta(
        seconds=int(_conf(party, "openingTime", 900))
    )
    if late:
        penalty = int(_conf(party, "penaltyTime", 43200))
        change_time(ctx, lock, penalty)
        _log(ctx, lock, party, "temporary_opening_locked_late", "Relocked late", payload={"penalty": penalty})
    else:
        _log(ctx, lock, party, "temporary_opening_locked", "Relocked")
    ctx.state.touch(lock)


@handles("extensions_temporary_opening.get_combination_from_history_entry")
async def temporary_opening_history_combination(ctx: Ctx) -> Any:
    _, party = _opening_party(ctx)
    cid = party["openings"].get(ctx.params["actionLogId"])
    if cid is None:
        raise not_found("Action log")
    return ctx.state.combination_public(cid)


# -- verification picture -------------------------------------------------------------------------------
async def _verification(
    ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any
) -> Any:
    if action != "createVerificationRequest":
        raise _unknown(action, party)
    _member(ctx, lock)
    _locked(lock)
    if party["userData"].get("pendingRequest"):
        raise ApiError(400, "A verification picture is already requested")
    code = f"{ctx.state.rng.randrange(10**6):06d}"
    party["userData"]["pendingRequest"] = {"verificationCode": code, "requestedAt": iso(ctx.state.now())}
    return {}


def add_picture(
    ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], key: str, code: str, filename: str | None
) -> dict[str, Any]:
    """Record a verification picture (with its peer verification when the config enables it)."""
    now = ctx.state.now()
    peer = bool((_conf(party, "peerVerification", {}) or {}).get("enabled"))
    peer_id = ctx.state.new_id() if peer else None
    entry = {
        "verificationCode": code,
        "peerVerificationId": peer_id,
        "imageKey": key,
        "submittedAt": iso(now),
        "votes": {"_id": peer_id, "status": "ongoing", "verifiedVotes": 0, "rejectedVotes": 0}
        if peer
        else None,
    }
    party["pictures"].append(entry)
    last: dict[str, Any] = {"imageKey": key, "submittedAt": iso(now), "verificationCode": code}
    if filename:
        last["filename"] = filename
    if peer_id:
        last["peerVerificationId"] = peer_id
    lock["lastVerificationPicture"] = last
    return entry


@handles("extensions_verification_picture.submit_picture")
async def submit_picture(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    party = ctx.state.party_by_slug(lock, "verification-picture")
    _wearer(ctx, lock)
    pending = party["userData"].get("pendingRequest")
    if not pending:
        raise ApiError(400, "There is no verification picture request")
    data, filename, content_type = b"", None, None
    if ctx.request.content_type.startswith("multipart/"):
        form = await ctx.request.post()
        field = form.get("file")
        if isinstance(field, web.FileField):
            data, filename, content_type = field.file.read(), field.filename, field.content_type
    key = ctx.state.add_file(
        ctx.me(), data, filename or "verification.jpg", content_type or "image/jpeg", "verification-picture"
    )
    add_picture(ctx, lock, party, key, pending["verificationCode"], filename)
    party["userData"]["pendingRequest"] = None
    _log(
        ctx,
        lock,
        party,
        "verification_picture_submitted",
        "Verification picture submitted",
        payload={"imageKey": key},
    )
    ctx.state.touch(lock)


@handles("extensions_verification_picture.get_verification_pictures")
async def get_verification_pictures(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    pictures = [pic for p in lock["extensions"] for pic in p.get("pictures", ())]
    return [dict(pic, votes=dict(pic["votes"]) if pic["votes"] else None) for pic in reversed(pictures)]


# -- guess the timer ----------------------------------------------------------------------------------
async def _guess_timer(
    ctx: Ctx, lock: dict[str, Any], party: dict[str, Any], action: str, payload: Any
) -> Any:
    if action != "submit":
        raise _unknown(action, party)
    _wearer(ctx, lock)
    _locked(lock)
    use_regular_action(ctx, party)
    can = lock["endDate"] <= ctx.state.now()
    if can:
        _log(ctx, lock, party, "timer_guessed", "The timer was guessed")
    return {"canBeUnlocked": can}


# -- penalties ------------------------------------------------------------------------------------------
_HABIT_SLUGS = {"verification_picture": "verification-picture", "wheel_of_fortune": "wheel-of-fortune"}


@handles("extensions_penalties.find")
async def penalty_session(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    party = ctx.state.party(lock, ctx.params["extensionId"])
    if party["slug"] != "penalty":
        raise not_found("Penalty session")
    now = ctx.state.now()
    habits, periods = [], []
    for item in _conf(party, "penalties", []):
        name = str(item.get("name", ""))
        params = item.get("params") or {}
        nb, frequency = int(params.get("nbActions", 1)), max(60, int(params.get("frequency", 86400)))
        actions = [{"params": p} for p in item.get("punishments", []) if isinstance(p, dict)]
        actions = (
            [a for a in actions if ctx.state.validator.is_valid("LockAction", a)]
            if "LockAction" in ctx.state.validator.schemas
            else []
        )
        slug = _HABIT_SLUGS.get(name, name)
        habits.append(
            {
                "habitName": name,
                "label": PENALTY_TYPES.get(name, name),
                "extension": {
                    "slug": slug,
                    "displayName": slug.replace("-", " ").title(),
                    "icon": "exclamation-triangle",
                },
                "paramsText": f"{nb} action(s) every {human_duration(frequency)}",
                "punishmentText": f"{len(actions)} punishment(s)",
                "recurringParams": {"nbActions": nb, "frequency": frequency},
                "timeLimitParams": None,
                "punishments": actions,
            }
        )
        elapsed = max(0, int((now - lock["startDate"]).total_seconds()))
        start = lock["startDate"] + _dt.timedelta(seconds=elapsed // frequency * frequency)
        end = start + _dt.timedelta(seconds=frequency)
        done = sum(
            1
            for entry in ctx.state.history[lock["_id"]].items
            if entry.get("extension") == slug and iso(start) <= entry["createdAt"] < iso(end)
        )
        periods.append(
            {
                "status": "ongoing",
                "_id": object_id(f"{party['_id']}:{name}:{iso(start)}"),
                "startsAt": iso(start),
                "endsAt": iso(end),
                "habitName": name,
                "nbActionsDone": done,
                "nbActionsRequired": nb,
                "punishments": actions,
            }
        )
    return {"habits": habits, "penaltyPeriods": periods}


# -- the action endpoint ----------------------------------------------------------------------------
Action = Callable[[Ctx, dict[str, Any], dict[str, Any], str, Any], Awaitable[Any]]
ACTIONS: dict[str, Action] = {
    "dice": _dice,
    "wheel-of-fortune": _wheel,
    "link": _link,
    "pillory": _pillory,
    "tasks": _tasks,
    "temporary-opening": _temporary_opening,
    "verification-picture": _verification,
    "guess-timer": _guess_timer,
}
# actions visitors (neither wearer nor keyholder) may trigger
_VISITOR_ACTIONS = {("link", "vote"), ("link", "getInfo"), ("pillory", "vote"), ("pillory", "getStatus")}


def _unknown(action: str, party: dict[str, Any]) -> ApiError:
    return ApiError(400, f"Unknown action {action!r} for the extension {party['slug']}")


@handles("locks.trigger_action")
async def trigger_action(ctx: Ctx) -> Any:
    me = ctx.me()
    lock = ctx.state.lock(ctx.params["lockId"])
    party = ctx.state.party(lock, ctx.params["extensionId"])
    action, payload = ctx.body["action"], ctx.body.get("payload") or {}
    if (party["slug"], action) not in _VISITOR_ACTIONS and me not in (lock["user"], lock["keyholder"]):
        raise not_found("Lock")
    if party.get("sessionId") or "linkVotes" not in party:
        raise ApiError(400, "A partner extension acts through the Extensions API")
    handler = ACTIONS.get(party["slug"])
    if handler is None:
        raise _unknown(action, party)
    return await handler(ctx, lock, party, action, payload)


@handles("locks.get_lock_info_from_extension")
async def get_lock_info_from_extension(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    party = ctx.state.party(lock, ctx.params["extensionId"])
    return {
        "extension": ctx.state.extension_party_public(party),
        "lock": ctx.state.lock_public(lock["_id"], ctx.me()),
    }
