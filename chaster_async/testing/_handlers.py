"""Stateful handlers, keyed by stable operation key ("tag.name"). Operations without one answer a
generated example. More handlers live in _community.py (session offers, partner configurations,
blocks, files, profile, search) and _lock_extensions.py (the built-in extensions' actions)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from ._catalogue import BUILTIN_EXTENSIONS
from ._errors import ApiError, not_found
from ._state import iso, pages, parse_iso

if TYPE_CHECKING:
    from ._auth import Token
    from ._server import FakeChaster
    from ._spec import Operation
    from ._state import State

__all__ = ["HANDLERS", "Ctx", "Handler", "Reply"]


@dataclass
class Ctx:
    """What a handler gets: the parsed, validated request and who makes it."""

    fake: FakeChaster
    op: Operation
    request: web.Request
    user: str | None
    token: Token | None
    params: dict[str, str]
    query: dict[str, Any]
    body: Any

    @property
    def state(self) -> State:
        return self.fake.state

    def me(self) -> str:
        if self.user is None:
            raise ApiError(401, "Unauthorized")
        return self.user


@dataclass
class Reply:
    body: Any = None
    status: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[Ctx], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        for op_id in operation_ids:
            HANDLERS[op_id] = fn
        return fn

    return register


def _limit(value: Any, default: int, maximum: int = 100) -> int:
    if value is None:
        return default
    return max(1, min(int(value), maximum))


def _td(seconds: float) -> _dt.timedelta:
    return _dt.timedelta(seconds=seconds)


# -- users --------------------------------------------------------------------------------------
@handles("profile.me")
async def me(ctx: Ctx) -> Any:
    return ctx.state.current_user(ctx.me())


@handles("profile.get_user")
async def get_user(ctx: Ctx) -> Any:
    return ctx.state.user_public(ctx.state.user_by_name(ctx.params["username"])["_id"])


@handles("profile.get_user_by_id")
async def get_user_by_id(ctx: Ctx) -> Any:
    return ctx.state.user_public(ctx.params["userId"])


# -- combinations ---------------------------------------------------------------------------------
@handles("combinations.create_code")
async def create_code(ctx: Ctx) -> Any:
    return {"combinationId": ctx.state.add_combination(ctx.me(), ctx.body["code"])}


@handles("combinations.upload_image")
async def upload_image(ctx: Ctx) -> Any:
    return {"combinationId": ctx.state.add_combination(ctx.me(), "", "image")}


# -- locks -----------------------------------------------------------------------------------------
@handles("locks.find_all")
async def locks_find_all(ctx: Ctx) -> Any:
    me_ = ctx.me()
    status = ctx.query.get("status") or "active"
    out = []
    for lid, lock in ctx.state.locks.items():
        if lock["user"] != me_ or lock["deletedAt"] is not None:
            continue
        archived = lock["archivedAt"] is not None
        if (status == "active" and archived) or (status == "archived" and not archived):
            continue
        out.append(ctx.state.lock_public(lid, me_))
    return out


@handles("locks.search")
async def locks_search(ctx: Ctx) -> Any:
    me_ = ctx.me()
    body = ctx.body or {}
    limit = _limit(body.get("limit"), 15)
    archived = bool(body.get("filterByArchivedLocks"))
    ids = sorted(
        (
            lid
            for lid, lock in ctx.state.locks.items()
            if lock["user"] == me_ and (lock["archivedAt"] is not None) == archived
        ),
        reverse=True,
    )
    cursor = body.get("cursor")
    if cursor:
        ids = [i for i in ids if i < cursor]
    page = ids[:limit]
    out: dict[str, Any] = {
        "hasMore": len(ids) > limit,
        "results": [ctx.state.lock_public(i, me_) for i in page],
        "count": len(ids),
    }
    if page:
        out["cursor"] = page[-1]
    return out


@handles("locks.get_user_locks")
async def get_user_locks(ctx: Ctx) -> Any:
    ctx.state.user(ctx.params["userId"])
    return [
        ctx.state.lock_public(lid, ctx.user)
        for lid, lock in ctx.state.locks.items()
        if lock["user"] == ctx.params["userId"] and lock["archivedAt"] is None and lock["deletedAt"] is None
    ]


def _duration(min_d: float, max_d: float, salt: int) -> float:
    if max_d < min_d:
        raise ApiError(400, ["maxDuration must be greater than or equal to minDuration"])
    if max_d == min_d:
        return min_d
    return min_d + (salt * 7919) % int(max_d - min_d + 1)


@handles("lock_creation.create")
async def lock_create(ctx: Ctx) -> Any:
    me_ = ctx.me()
    b = ctx.body
    ctx.state.take_combination(me_, b["combinationId"])
    lid = ctx.state.add_lock(
        me_,
        combination=b["combinationId"],
        title="Self-lock",
        duration=_duration(b["minDuration"], b["maxDuration"], len(ctx.state.locks)),
        started_ago=0,
        display_remaining_time=b["displayRemainingTime"],
        hide_time_logs=b["hideTimeLogs"],
        is_test_lock=bool(b.get("isTestLock")),  # (0.11.2's CreateLockDto has no isTestLock)
        max_limit_duration=b["maxLimitDuration"] if b["limitLockTime"] else None,
        allow_session_offer=bool(b["allowSessionOffer"]),
    )
    for ext in b["extensions"]:
        ctx.state.add_lock_extension(lid, ext)
    return {"lockId": lid}


@handles("lock_creation.create_lock_from_shared_lock")
async def lock_from_shared_lock(ctx: Ctx) -> Any:
    me_ = ctx.me()
    shared = ctx.state.shared_lock(ctx.params["sharedLockId"])
    if shared["archivedAt"] is not None:
        raise not_found("Shared lock")
    if shared["password"] and ctx.body.get("password") != shared["password"]:
        raise ApiError(403, "Invalid password")
    ctx.state.take_combination(me_, ctx.body["combinationId"])
    lid = ctx.state.add_lock(
        me_,
        combination=ctx.body["combinationId"],
        keyholder=shared["user"],
        shared_lock=shared["_id"],
        title=shared["name"],
        duration=_duration(shared["minDuration"], shared["maxDuration"], len(ctx.state.locks)),
        started_ago=0,
        display_remaining_time=shared["displayRemainingTime"],
        hide_time_logs=shared["hideTimeLogs"],
        is_test_lock=bool(ctx.body.get("isTestLock")),
        max_limit_duration=shared["maxLimitDuration"] if shared["limitLockTime"] else None,
        allow_session_offer=False,
    )
    for ext in shared["extensions"]:
        ctx.state.add_lock_extension(lid, ext)
    return {"lockId": lid}


@handles("locks.find_one")
async def lock_find_one(ctx: Ctx) -> Any:
    ctx.state.lock(ctx.params["lockId"], ctx.me())
    return ctx.state.lock_public(ctx.params["lockId"], ctx.me())


@handles("locks.get_lock_history")
async def lock_history(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    body = ctx.body or {}
    timeline = ctx.state.history[lock["_id"]]
    ext = body.get("extension")
    keep = (lambda e: e.get("extension") == ext) if ext else None
    results, more = timeline.page(body.get("lastId"), _limit(body.get("limit"), 25))
    if keep is not None:
        results, more = timeline.page(body.get("lastId"), _limit(body.get("limit"), 25), keep)
        count = sum(1 for e in timeline.items if keep(e))
    else:
        count = len(timeline)
    return {"results": [ctx.state.log_public(e) for e in results], "count": count, "hasMore": more}


def _actor_role(ctx: Ctx, lock: dict[str, Any]) -> str:
    return "keyholder" if ctx.user == lock["keyholder"] else "user"


def _require_locked(lock: dict[str, Any]) -> None:
    if lock["status"] != "locked":
        raise ApiError(400, "The lock is not locked")


def add_time(ctx: Ctx, lock: dict[str, Any], seconds: float, **log: Any) -> dict[str, Any]:
    lock["endDate"] = lock["endDate"] + _td(seconds)
    lock["maxDate"] = max(lock["maxDate"], lock["endDate"])
    ctx.state.touch(lock)
    title = "Time added" if seconds >= 0 else "Time removed"
    return ctx.state.add_log(lock["_id"], "time_changed", title, payload={"duration": seconds}, **log)


def set_frozen(ctx: Ctx, lock: dict[str, Any], frozen: bool, **log: Any) -> dict[str, Any] | None:
    now = ctx.state.now()
    if frozen == (lock["frozenAt"] is not None):
        return None
    if frozen:
        lock["frozenAt"] = now
        entry = ctx.state.add_log(lock["_id"], "lock_frozen", "The lock was frozen", **log)
    else:
        lock["endDate"] = lock["endDate"] + (now - lock["frozenAt"])
        lock["frozenAt"] = None
        entry = ctx.state.add_log(lock["_id"], "lock_unfrozen", "The lock was unfrozen", **log)
    ctx.state.touch(lock)
    return entry


@handles("locks.update_time")
async def update_time(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    _require_locked(lock)
    duration = ctx.body["duration"]
    role = _actor_role(ctx, lock)
    if role != "keyholder" and duration < 0:
        raise ApiError(400, "You cannot remove time from your own lock")
    add_time(ctx, lock, duration, role=role, user=ctx.user)


@handles("locks.set_freeze")
async def set_freeze(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    _require_locked(lock)
    if ctx.user != lock["keyholder"]:
        raise ApiError(403, "Only the keyholder can freeze this lock")
    set_frozen(ctx, lock, ctx.body["isFrozen"], role="keyholder", user=ctx.user)


@handles("locks.set_settings")
async def set_settings(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    if lock["keyholder"] not in (None, ctx.user):
        raise ApiError(403, "Only the keyholder can change the settings of this lock")
    changed = {k: v for k, v in (ctx.body or {}).items() if k in ("displayRemainingTime", "hideTimeLogs")}
    lock.update(changed)
    ctx.state.touch(lock)
    ctx.state.add_log(
        lock["_id"],
        "lock_settings_updated",
        "Settings updated",
        payload=changed,
        role=_actor_role(ctx, lock),
        user=ctx.user,
    )


@handles("locks.set_max_limit_date")
async def set_max_limit_date(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    if ctx.body.get("disableMaxLimitDate"):  # (0.11.2 could only increase it)
        lock["maxLimitDate"] = None
        lock["limitLockTime"] = False
    else:
        new = parse_iso(ctx.body["maxLimitDate"])
        if lock["maxLimitDate"] is not None and new < lock["maxLimitDate"]:
            raise ApiError(400, "The max limit date can only be increased")
        lock["maxLimitDate"] = new
        lock["limitLockTime"] = True
    ctx.state.touch(lock)
    ctx.state.add_log(
        lock["_id"],
        "max_limit_date_increased",
        "Max limit date updated",
        payload=dict(ctx.body),
        role=_actor_role(ctx, lock),
        user=ctx.user,
    )


@handles("locks.trust_keyholder")
async def trust_keyholder(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    if ctx.user != lock["user"]:
        raise ApiError(403, "Only the wearer can trust the keyholder")
    lock["trusted"] = True
    ctx.state.add_log(lock["_id"], "keyholder_trusted", "The keyholder is trusted", user=ctx.user)


@handles("locks.set_as_test_lock")
async def set_as_test_lock(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    lock["isTestLock"] = True
    ctx.state.touch(lock)


@handles("locks.convert_to_self_lock")
async def convert_to_self_lock(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    lock["keyholder"] = None
    ctx.state.touch(lock)
    ctx.state.add_log(lock["_id"], "converted_to_self_lock", "Converted to a self-lock", user=ctx.user)


@handles("locks.unlock")
async def unlock(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    _require_locked(lock)
    is_keyholder = ctx.user == lock["keyholder"]
    if not is_keyholder and not ctx.state.can_be_unlocked(lock):
        raise ApiError(400, "You cannot unlock this lock yet")
    now = ctx.state.now()
    if lock["frozenAt"] is not None:
        lock["frozenAt"] = None
    lock["status"] = "unlocked"
    lock["unlockedAt"] = now
    lock["offerToken"] = None
    ctx.state.touch(lock)
    ctx.state.add_log(
        lock["_id"], "unlocked", "The lock was unlocked", role=_actor_role(ctx, lock), user=ctx.user
    )


def _drop_sessions(ctx: Ctx, lock: dict[str, Any]) -> None:
    for party in list(lock["extensions"]):
        if party.get("sessionId"):
            ctx.state.remove_lock_extension(lock["_id"], party)


@handles("locks.archive")
async def lock_archive(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    if ctx.user != lock["user"]:
        raise ApiError(403, "Only the wearer can archive this lock")
    if lock["status"] == "locked":
        raise ApiError(400, "You cannot archive a lock that is still locked")
    lock["archivedAt"] = ctx.state.now()
    _drop_sessions(ctx, lock)
    ctx.state.touch(lock)


@handles("locks.archive_keyholder")
async def lock_archive_keyholder(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me(), keyholder_only=True)
    if lock["status"] == "locked":
        raise ApiError(400, "You cannot archive a lock that is still locked")
    lock["keyholderArchivedAt"] = ctx.state.now()
    ctx.state.touch(lock)


@handles("locks.combination")
async def lock_combination(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    if lock["status"] == "locked":
        raise ApiError(400, "The lock is not unlocked yet")
    return ctx.state.combination_public(lock["combination"])


@handles("lock_creation.set_lock_extensions")
async def set_lock_extensions(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    wanted = {e["slug"]: e for e in ctx.body["extensions"]}
    for party in list(lock["extensions"]):
        if party["slug"] not in wanted:
            ctx.state.remove_lock_extension(lock["_id"], party)
        else:
            new = wanted.pop(party["slug"])
            party.update(config=dict(new["config"]), mode=new["mode"], regularity=new["regularity"])
    for ext in wanted.values():
        ctx.state.add_lock_extension(lock["_id"], ext)
    ctx.state.touch(lock)
    ctx.state.add_log(
        lock["_id"],
        "extensions_updated",
        "Extensions updated",
        payload={"extensions": [e["slug"] for e in ctx.body["extensions"]]},
        role=_actor_role(ctx, lock),
        user=ctx.user,
    )


# -- keyholder --------------------------------------------------------------------------------
@handles("keyholder.search_locks")
async def keyholder_search(ctx: Ctx) -> Any:
    me_ = ctx.me()
    body = ctx.body or {}
    status = body.get("status")
    search = (body.get("search") or "").lower()
    limit = _limit(body.get("limit"), 15)
    page = max(0, int(body.get("page") or 0))
    shared_ids = set(((body.get("criteria") or {}).get("sharedLocks") or {}).get("sharedLockIds") or [])
    matched = []
    for lid in sorted(ctx.state.locks, reverse=True):
        lock = ctx.state.locks[lid]
        if lock["keyholder"] != me_ or lock["deletedAt"] is not None:
            continue
        archived = lock["keyholderArchivedAt"] is not None
        if status == "archived":
            if not archived:
                continue
        elif archived or (status and lock["status"] != status):
            continue
        if shared_ids and lock["sharedLock"] not in shared_ids:
            continue
        if (
            search
            and search not in ctx.state.users[lock["user"]]["username"].lower()
            and (search not in lock["title"].lower())
        ):
            continue
        matched.append(lid)
    window = matched[page * limit : (page + 1) * limit]
    return {
        "pages": pages(len(matched), limit),
        "total": len(matched),
        "locks": [ctx.state.lock_public(lid, me_) for lid in window],
    }


# -- shared locks --------------------------------------------------------------------------------
_SHARED_FIELDS = (
    "minDuration",
    "maxDuration",
    "maxLimitDuration",
    "minDate",
    "maxDate",
    "maxLimitDate",
    "displayRemainingTime",
    "limitLockTime",
    "isPublic",
    "maxLockedUsers",
    "password",
    "requireContact",
    "name",
    "description",
    "hideTimeLogs",
    "isFindom",
    "tags",
)


@handles("shared_locks.find_all", "shared_locks.deprecated_find_all")
async def shared_locks_find_all(ctx: Ctx) -> Any:
    me_ = ctx.me()
    archived = ctx.query.get("status") == "archived"
    return [
        ctx.state.shared_lock_public(sid, me_)
        for sid, rec in ctx.state.shared_locks.items()
        if rec["user"] == me_ and rec["deletedAt"] is None and (rec["archivedAt"] is not None) == archived
    ]


def unsplash_photo(photo_id: str | None) -> dict[str, str] | None:
    """The Unsplash photo a shared lock shows for ``photoId`` (none for an empty one)."""
    if not photo_id:
        return None
    return {
        "id": photo_id,
        "username": "fake-photographer",
        "name": "Fake Photographer",
        "url": f"https://images.unsplash.com/photo-{photo_id}?w=1080",
    }


def _shared_fields(body: dict[str, Any]) -> dict[str, Any]:
    fields = {k: body[k] for k in _SHARED_FIELDS if k in body}
    if "photoId" in body:
        fields["unsplashPhoto"] = unsplash_photo(body["photoId"])
    return fields


@handles("shared_locks.create", "shared_locks.deprecated_create")
async def shared_lock_create(ctx: Ctx) -> Any:
    fields = _shared_fields(ctx.body)
    if fields["maxDuration"] < fields["minDuration"]:
        raise ApiError(400, ["maxDuration must be greater than or equal to minDuration"])
    sid = ctx.state.add_shared_lock(ctx.me(), **fields)
    now = iso(ctx.state.now())
    ctx.state.shared_locks[sid].update(createdAt=now, updatedAt=now, lastSavedAt=now)
    return {"id": sid}


@handles("shared_locks.find_one", "shared_locks.deprecated_find_one")
async def shared_lock_find_one(ctx: Ctx) -> Any:
    ctx.state.shared_lock(ctx.params["sharedLockId"], ctx.me())
    return ctx.state.shared_lock_public(ctx.params["sharedLockId"], ctx.me())


@handles("shared_locks.update", "shared_locks.deprecated_update")
async def shared_lock_update(ctx: Ctx) -> Any:
    rec = ctx.state.shared_lock(ctx.params["sharedLockId"], ctx.me())
    rec.update(_shared_fields(ctx.body))
    now = iso(ctx.state.now())
    rec.update(updatedAt=now, lastSavedAt=now)


def extension_configs(ctx: Ctx, wanted: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A shared lock's extensions from LockExtensionConfigDto items (a partner configuration token
    brings the configuration its page saved)."""
    out = []
    for ext in wanted:
        config = dict(ext["config"])
        token = ext.get("partnerConfigurationToken")
        if token:
            saved = ctx.state.partner_configurations.get(token)
            if saved is None or saved["extensionSlug"] != ext["slug"]:
                raise ApiError(400, "Invalid partner configuration token")
            config = dict(saved["config"])
        out.append(
            {"slug": ext["slug"], "config": config, "mode": ext["mode"], "regularity": ext["regularity"]}
        )
    return out


@handles("shared_locks.set_shared_lock_extensions")
async def set_shared_lock_extensions(ctx: Ctx) -> Any:
    rec = ctx.state.shared_lock(ctx.params["sharedLockId"], ctx.me())
    rec["extensions"] = extension_configs(ctx, ctx.body["extensions"])
    now = iso(ctx.state.now())
    rec.update(updatedAt=now, lastSavedAt=now)


@handles("shared_locks.archive")
async def shared_lock_archive(ctx: Ctx) -> Any:
    rec = ctx.state.shared_lock(ctx.params["sharedLockId"], ctx.me())
    rec["archivedAt"] = iso(ctx.state.now())


@handles("public_locks.find_one")
async def public_lock_find_one(ctx: Ctx) -> Any:
    rec = ctx.state.shared_lock(ctx.params["sharedLockId"])
    return ctx.state.public_lock(rec["_id"], "PublicLockForPublic")


@handles("shared_locks.is_favorite")
async def is_favorite(ctx: Ctx) -> Any:
    ctx.state.shared_lock(ctx.params["sharedLockId"])
    return {"favorite": ctx.params["sharedLockId"] in ctx.state.favorites[ctx.me()]}


@handles("shared_locks.set_favorite")
async def set_favorite(ctx: Ctx) -> Any:
    ctx.state.shared_lock(ctx.params["sharedLockId"])
    ctx.state.favorites[ctx.me()].add(ctx.params["sharedLockId"])


@handles("shared_locks.remove_favorite")
async def remove_favorite(ctx: Ctx) -> Any:
    ctx.state.favorites[ctx.me()].discard(ctx.params["sharedLockId"])


@handles("shared_locks.get_favorite_shared_locks")
async def favorite_shared_locks(ctx: Ctx) -> Any:
    ids = sorted(ctx.state.favorites[ctx.me()], reverse=True)
    last = ctx.body.get("lastId")
    if last:
        ids = [i for i in ids if i < last]
    limit = _limit(ctx.body.get("limit"), 15)
    page = ids[:limit]
    results = [ctx.state.public_lock(sid, "PublicLockForSearch") for sid in page]
    return {
        "results": results,
        "lastId": page[-1] if page else "",
        "hasMore": len(ids) > limit,
        "count": len(ids),
    }


# -- conversations --------------------------------------------------------------------------
@handles("messaging.get_conversations")
async def get_conversations(ctx: Ctx) -> Any:
    me_ = ctx.me()
    status = ctx.query.get("status")
    convs = [
        c
        for c in ctx.state.conversations.values()
        if me_ in c["users"] and (not status or c["status"] == status)
    ]
    convs.sort(key=lambda c: (c["lastMessageAt"], c["_id"]), reverse=True)
    total = len(convs)
    offset = ctx.query.get("offset")
    if offset:
        cut = parse_iso(offset)
        convs = [c for c in convs if c["lastMessageAt"] < cut]
    limit = _limit(ctx.query.get("limit"), 50)
    return {
        "results": [ctx.state.conversation_public(c["_id"], me_) for c in convs[:limit]],
        "count": total,
        "hasMore": len(convs) > limit,
    }


@handles("messaging.create_conversation")
async def create_conversation(ctx: Ctx) -> Any:
    me_ = ctx.me()
    others = [u for u in ctx.body["users"] if u != me_]
    for uid in others:
        ctx.state.user(uid)
    if not others:
        raise ApiError(400, ["users must contain at least 1 other user"])
    for uid in others:
        if not ctx.state.can_interact(me_, uid):
            raise ApiError(403, "You cannot interact with this user")
    attachments = _attachments(ctx, ctx.body.get("attachments"))
    users = [me_, *others]
    existing = None
    if ctx.body["type"] == "private" and len(users) == 2:
        existing = next(
            (
                c
                for c in ctx.state.conversations.values()
                if c["type"] == "private" and set(c["users"]) == set(users)
            ),
            None,
        )
    cid = existing["_id"] if existing else ctx.state.add_conversation(users, status="pending")
    ctx.state.add_message(cid, me_, ctx.body["message"], nonce=ctx.body.get("nonce"), attachments=attachments)
    return ctx.state.conversation_public(cid, me_)


@handles("messaging.get_conversation")
async def get_conversation(ctx: Ctx) -> Any:
    ctx.state.conversation(ctx.params["conversationId"], ctx.me())
    return ctx.state.conversation_public(ctx.params["conversationId"], ctx.me())


@handles("messaging.get_conversation_by_user_id")
async def get_conversation_by_user(ctx: Ctx) -> Any:
    me_ = ctx.me()
    pair = {me_, ctx.params["userId"]}
    for c in ctx.state.conversations.values():
        if c["type"] == "private" and set(c["users"]) == pair:
            return ctx.state.conversation_public(c["_id"], me_)
    raise not_found("Conversation")


def file_url(ctx: Ctx, key: str) -> str:
    """Where the fake serves a stored file (GET, no token needed, like a signed URL)."""
    return f"{ctx.request.url.origin()}/fake-files/{key}"


def _attachments(ctx: Ctx, token: str | None) -> list[dict[str, Any]]:
    """The files an upload token (POST /files/upload) stands for; a token of someone else, an
    expired or unknown one is refused."""
    if not token:
        return []
    record = ctx.state.attachments.get(token)
    if record is None or record["user"] != ctx.me() or record["expiresAt"] <= ctx.state.now():
        raise ApiError(400, "Invalid attachments token")
    return [{"url": file_url(ctx, key)} for key in record["files"]]


@handles("messaging.send_message")
async def send_message(ctx: Ctx) -> Any:
    conv = ctx.state.conversation(ctx.params["conversationId"], ctx.me())
    if conv["type"] == "private" and not all(ctx.state.can_interact(ctx.me(), u) for u in conv["users"]):
        raise ApiError(403, "You cannot interact with this user")
    attachments = _attachments(ctx, ctx.body.get("attachments"))
    return ctx.state.add_message(
        ctx.params["conversationId"],
        ctx.me(),
        ctx.body["message"],
        nonce=ctx.body.get("nonce"),
        attachments=attachments,
    )


@handles("messaging.get_messages")
async def get_messages(ctx: Ctx) -> Any:
    ctx.state.conversation(ctx.params["conversationId"], ctx.me())
    timeline = ctx.state.messages[ctx.params["conversationId"]]
    results, more = timeline.page(ctx.query.get("lastId"), _limit(ctx.query.get("limit"), 25))
    return {"results": [dict(m) for m in results], "count": len(timeline), "hasMore": more}


@handles("messaging.set_conversation_status")
async def set_conversation_status(ctx: Ctx) -> Any:
    conv = ctx.state.conversation(ctx.params["conversationId"], ctx.me())
    conv["status"] = ctx.body["status"]


@handles("messaging.set_conversation_unread")
async def set_conversation_unread(ctx: Ctx) -> Any:
    conv = ctx.state.conversation(ctx.params["conversationId"], ctx.me())
    conv["unread"][ctx.me()] = ctx.body["unread"]


# -- extensions API (partner) ---------------------------------------------------------------------
@handles("partner_extensions.find_all")
async def partner_extensions(ctx: Ctx) -> Any:
    return [ctx.state.extension_public(e) for e, r in ctx.state.extensions.items() if r["_owner"] == ctx.me()]


@handles("partner_extensions.find_one")
async def partner_extension(ctx: Ctx) -> Any:
    rec = ctx.state.extensions.get(ctx.params["extensionId"])
    if rec is None or rec["_owner"] != ctx.me():
        raise not_found("Extension")
    return ctx.state.extension_public(rec["_id"])


@handles("partner_extensions.create")
async def partner_extension_create(ctx: Ctx) -> Any:
    name = ctx.body["displayName"]
    slug = "-".join(name.lower().split()) or "extension"
    if ctx.state.extension_by_slug(slug) or slug in BUILTIN_EXTENSIONS:
        slug = f"{slug}-{len(ctx.state.extensions)}"
    eid = ctx.state.add_extension(ctx.me(), slug, name)
    return ctx.state.extension_public(eid)


@handles("partner_extensions.update")
async def partner_extension_update(ctx: Ctx) -> Any:
    rec = ctx.state.extensions.get(ctx.params["extensionId"])
    if rec is None or rec["_owner"] != ctx.me():
        raise not_found("Extension")
    rec.update({k: v for k, v in ctx.body.items() if k in rec and k not in ("_id", "slug")})


@handles("partner_extensions.delete")
async def partner_extension_delete(ctx: Ctx) -> Any:
    rec = ctx.state.extensions.get(ctx.params["extensionId"])
    if rec is None or rec["_owner"] != ctx.me():
        raise not_found("Extension")
    # its sessions end with it (no webhook: there is nobody left to receive one)
    for session in ctx.state.sessions.values():
        if session["extension"] == rec["_id"]:
            session["deleted"] = True
    for token, conf in list(ctx.state.partner_configurations.items()):
        if conf["extensionSlug"] == rec["slug"]:
            del ctx.state.partner_configurations[token]
    del ctx.state.extensions[rec["_id"]]


def _session(ctx: Ctx) -> dict[str, Any]:
    return ctx.state.session(ctx.params["sessionId"], ctx.me())


def _emit_updated(ctx: Ctx, sid: str) -> None:
    ctx.state.emit("extension_session.updated", ctx.state.session_event_data(sid))


@handles("partner_extensions.get_sessions")
async def get_sessions(ctx: Ctx) -> Any:
    me_ = ctx.me()
    body = ctx.body
    ext = ctx.state.extension_by_slug(body["extensionSlug"])
    if ext is None or ext["_owner"] != me_:
        return {"count": 0, "hasMore": False, "results": []}
    status = body["status"]
    limit = _limit(body.get("limit"), 15)
    last = body.get("paginationLastId")
    matched = []
    for sid in ctx.state.session_ids:
        if last and sid <= last:
            continue
        session = ctx.state.sessions[sid]
        if session["deleted"] or session["extension"] != ext["_id"]:
            continue
        if status != "all" and ctx.state.locks[session["lock"]]["status"] != status:
            continue
        matched.append(sid)
        if len(matched) > limit:
            break
    page = matched[:limit]
    return {
        "count": len(page),
        "hasMore": len(matched) > limit,
        "results": [ctx.state.session_public(sid, with_pagination=True) for sid in page],
    }


@handles("partner_extensions.get_extension_session")
async def get_extension_session(ctx: Ctx) -> Any:
    return {"session": ctx.state.session_public(_session(ctx)["sessionId"])}


@handles("partner_extensions.patch_extension_session")
async def patch_extension_session(ctx: Ctx) -> Any:
    session = _session(ctx)
    body = ctx.body or {}
    if "config" in body:
        session["party"]["config"] = body["config"]
    if "metadata" in body:
        session["metadata"] = body["metadata"]
    if "data" in body:
        session["data"] = body["data"]
    session["party"]["updatedAt"] = iso(ctx.state.now())
    _emit_updated(ctx, session["sessionId"])


@handles("partner_extensions.set_data")
async def set_session_data(ctx: Ctx) -> Any:
    session = _session(ctx)
    session["data"] = ctx.body["data"]
    _emit_updated(ctx, session["sessionId"])


@handles("partner_extensions.set_metadata")
async def set_session_metadata(ctx: Ctx) -> Any:
    session = _session(ctx)
    session["metadata"] = ctx.body["metadata"]
    _emit_updated(ctx, session["sessionId"])


def _emit_log(ctx: Ctx, session: dict[str, Any], entry: dict[str, Any]) -> None:
    ctx.state.emit(
        "action_log.created", {"sessionId": session["sessionId"], "actionLog": ctx.state.log_public(entry)}
    )


@handles("partner_extensions.do_action")
async def do_action(ctx: Ctx) -> Any:
    session = _session(ctx)
    lock = ctx.state.locks[session["lock"]]
    _require_locked(lock)
    action = ctx.body["action"]
    name, params = action["name"], action.get("params")
    log: dict[str, Any] = {"role": "extension", "extension": session["party"]["slug"]}
    entry: dict[str, Any] | None
    if name == "add_time":
        entry = add_time(ctx, lock, params, **log)
    elif name == "remove_time":
        entry = add_time(ctx, lock, -params, **log)
    elif name in ("freeze", "unfreeze", "toggle_freeze"):
        frozen = {"freeze": True, "unfreeze": False}.get(name, lock["frozenAt"] is None)
        entry = set_frozen(ctx, lock, frozen, **log)
    else:  # pillory
        entry = ctx.state.add_log(
            lock["_id"], "pillory_in", "Sent to the pillory", payload=dict(params or {}), **log
        )
    if entry is not None:
        _emit_log(ctx, session, entry)


@handles("partner_extensions.get_logs")
async def get_logs(ctx: Ctx) -> Any:
    session = _session(ctx)
    timeline = ctx.state.history[session["lock"]]
    slug = session["party"]["slug"]
    keep = (lambda e: e.get("extension") == slug) if ctx.body.get("showOnlyExtensionActions") else None
    results, more = timeline.page(ctx.body.get("lastId"), _limit(ctx.body.get("limit"), 25), keep)
    count = len(timeline) if keep is None else sum(1 for e in timeline.items if keep(e))
    return {"results": [ctx.state.log_public(e) for e in results], "count": count, "hasMore": more}


@handles("partner_extensions.log_custom_action")
async def log_custom_action(ctx: Ctx) -> Any:
    session = _session(ctx)
    b = ctx.body
    entry = ctx.state.add_log(
        session["lock"],
        "custom",
        b["title"],
        description=b["description"],
        role=b.get("role", "extension"),
        extension=session["party"]["slug"],
        icon=b.get("icon", "puzzle-piece"),
        color=b.get("color"),
    )
    _emit_log(ctx, session, entry)


@handles("partner_extensions.get_regular_actions")
async def get_regular_actions(ctx: Ctx) -> Any:
    return ctx.state.regular_actions_public(_session(ctx))


@handles("partner_extensions.submit_regular_action")
async def submit_regular_action(ctx: Ctx) -> Any:
    session = _session(ctx)
    info = ctx.state.regular_actions_public(session)
    if info["mode"] != "unlimited":
        if session["nbActionsRemaining"] <= 0:
            info.pop("actions")
            raise ApiError(422, "No action remaining", **info)
        session["nbActionsRemaining"] -= 1
    session["actions"].append({"date": iso(ctx.state.now()), "payload": ctx.body["payload"]})
    return ctx.state.regular_actions_public(session)


@handles("partner_extensions.get_session_auth")
async def get_session_auth(ctx: Ctx) -> Any:
    token = ctx.params["token"]
    for sid, session in ctx.state.sessions.items():
        if session["mainToken"] == token and not session["deleted"]:
            lock = ctx.state.locks[session["lock"]]
            viewer = lock["user"]
            return {
                "role": "wearer",
                "session": ctx.state.session_public(sid),
                "lockForUser": ctx.state.lock_public(lock["_id"], viewer),
                "userId": viewer,
            }
    raise not_found("Session")
