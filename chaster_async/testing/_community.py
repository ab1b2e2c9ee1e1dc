"""Stateful handlers around people and things shared between them: session offers (keyholding
requests), partner configurations, blocks, files, profiles, user and public lock search, explore
categories, tags, reports and the extension list."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from ._catalogue import BUILTIN_EXTENSIONS, TAGS
from ._errors import ApiError, not_found
from ._handlers import Ctx, Reply, file_url, handles
from ._spec import object_id
from ._state import iso

__all__: list[str] = []


def _limit(value: Any, default: int, maximum: int = 100) -> int:
    if value is None:
        return default
    return max(1, min(int(value), maximum))


# -- session offers (keyholding requests) ---------------------------------------------------------
def _offer(ctx: Ctx) -> dict[str, Any]:
    offer = ctx.state.offers.get(ctx.params["sessionRequestId"])
    if offer is None:
        raise not_found("Keyholding offer")
    return offer


def become_keyholder(ctx: Ctx, lock: dict[str, Any], keyholder: str, accepted: str | None = None) -> None:
    """``keyholder`` holds ``lock`` from now on: its share link (offerToken) is spent and the
    other pending offers of the lock (all but ``accepted``) are archived."""
    if lock["status"] != "locked" or lock["archivedAt"] is not None:
        raise ApiError(400, "The lock is not locked")
    if lock["keyholder"] is not None:
        raise ApiError(400, "This lock already has a keyholder")
    if keyholder == lock["user"]:
        raise ApiError(400, "You cannot be the keyholder of your own lock")
    now = ctx.state.now()
    lock["keyholder"] = keyholder
    lock["offerToken"] = None
    lock["trusted"] = False
    ctx.state.touch(lock)
    for offer in ctx.state.offers.values():
        if (
            offer["lock"] == lock["_id"]
            and offer["_id"] != accepted
            and offer["status"] == "pending"
            and offer["archivedAt"] is None
        ):
            offer["archivedAt"] = offer["updatedAt"] = now
    ctx.state.add_log(
        lock["_id"],
        "session_offer_accepted",
        "Keyholding request accepted",
        role="keyholder",
        user=keyholder,
    )


@handles("session_offer.create_keyholding_offer")
async def create_keyholding_offer(ctx: Ctx) -> Any:
    me = ctx.me()
    lock = ctx.state.lock(ctx.params["lockId"], me)
    if lock["user"] != me:
        raise ApiError(403, "Only the wearer can offer this lock")
    if lock["status"] != "locked" or lock["archivedAt"] is not None:
        raise ApiError(400, "The lock is not locked")
    if lock["keyholder"] is not None:
        raise ApiError(400, "This lock already has a keyholder")
    if not lock["allowSessionOffer"]:
        raise ApiError(400, "Session offers are not enabled on this lock")
    keyholder = ctx.state.find_user(ctx.body["keyholder"])["_id"]
    if keyholder == me:
        raise ApiError(400, "You cannot be the keyholder of your own lock")
    if not ctx.state.can_interact(me, keyholder):
        raise ApiError(403, "You cannot interact with this user")
    for offer in ctx.state.offers.values():
        if (
            offer["lock"] == lock["_id"]
            and offer["keyholder"] == keyholder
            and offer["status"] == "pending"
            and offer["archivedAt"] is None
        ):
            raise ApiError(400, "A keyholding offer to this user is already pending")
    ctx.state.add_offer(lock["_id"], keyholder)


@handles("session_offer.get_offer_request_status")
async def get_offer_request_status(ctx: Ctx) -> Any:
    lock = ctx.state.lock(ctx.params["lockId"], ctx.me())
    offers = [o for o in ctx.state.offers.values() if o["lock"] == lock["_id"]]
    return [ctx.state.offer_public(o) for o in sorted(offers, key=lambda o: o["_id"], reverse=True)]


@handles("session_offer.get_keyholder_requests")
async def get_keyholder_requests(ctx: Ctx) -> Any:
    me = ctx.me()
    offers = [
        o
        for o in ctx.state.offers.values()
        if o["keyholder"] == me and o["status"] == "pending" and o["archivedAt"] is None
    ]
    return [ctx.state.offer_for_keyholder(o) for o in sorted(offers, key=lambda o: o["_id"], reverse=True)]


@handles("session_offer.validate_offer_request")
async def validate_offer_request(ctx: Ctx) -> Any:
    offer = _offer(ctx)
    if offer["keyholder"] != ctx.me():
        raise not_found("Keyholding offer")
    if offer["archivedAt"] is not None:
        raise ApiError(400, "This keyholding offer is archived")
    if offer["status"] != "pending":
        raise ApiError(400, "This keyholding offer was already answered")
    lock = ctx.state.locks[offer["lock"]]
    if ctx.body["accept"]:
        become_keyholder(ctx, lock, offer["keyholder"], accepted=offer["_id"])
        offer["status"] = "accepted"
    else:
        offer["status"] = "rejected"
    offer["validatedAt"] = offer["updatedAt"] = ctx.state.now()


@handles("session_offer.archive_keyholding_offer")
async def archive_keyholding_offer(ctx: Ctx) -> Any:
    offer = _offer(ctx)
    lock = ctx.state.locks[offer["lock"]]
    if ctx.me() not in (lock["user"], offer["keyholder"]):
        raise not_found("Keyholding offer")
    if offer["archivedAt"] is not None:
        raise ApiError(400, "This keyholding offer is already archived")
    offer["archivedAt"] = offer["updatedAt"] = ctx.state.now()


def _offered_lock(ctx: Ctx) -> dict[str, Any]:
    token = ctx.params["offerToken"]
    for lock in ctx.state.locks.values():
        if lock["offerToken"] == token and lock["deletedAt"] is None:
            return lock
    raise not_found("Keyholding request")


@handles("session_offer.get_lock_keyholding_request")
async def get_lock_keyholding_request(ctx: Ctx) -> Any:
    return ctx.state.lock_public(_offered_lock(ctx)["_id"], ctx.me())


@handles("session_offer.accept_keyholding_request")
async def accept_keyholding_request(ctx: Ctx) -> Any:
    become_keyholder(ctx, _offered_lock(ctx), ctx.me())


# -- partner configurations -----------------------------------------------------------------------
def _partner_extension(ctx: Ctx, key: str = "partnerExtensionId") -> dict[str, Any]:
    ext = ctx.state.extensions.get(ctx.params[key])
    if ext is None:
        raise not_found("Extension")
    return ext


@handles("partner_configurations.create_partner_configuration")
async def create_partner_configuration(ctx: Ctx) -> Any:
    ext = _partner_extension(ctx)
    config = dict(ext.get("defaultConfig") or {})
    return {"token": ctx.state.add_partner_configuration(ext, ctx.me(), ctx.body["role"], config)}


@handles("partner_configurations.create_shared_lock_partner_configuration")
async def create_shared_lock_partner_configuration(ctx: Ctx) -> Any:
    shared = ctx.state.shared_lock(ctx.params["sharedLockId"], ctx.me())
    ext = _partner_extension(ctx)
    current = next((e for e in shared["extensions"] if e["slug"] == ext["slug"]), None)
    config = dict(current["config"] if current else ext.get("defaultConfig") or {})
    return {"token": ctx.state.add_partner_configuration(ext, ctx.me(), "keyholder", config)}


@handles("partner_configurations.create_lock_partner_configuration")
async def create_lock_partner_configuration(ctx: Ctx) -> Any:
    me = ctx.me()
    lock = ctx.state.lock(ctx.params["lockId"], me)
    ext = _partner_extension(ctx)
    party = next((p for p in lock["extensions"] if p["slug"] == ext["slug"]), None)
    config = dict(party["config"] if party else ext.get("defaultConfig") or {})
    role = "keyholder" if me == lock["keyholder"] else "wearer"
    session = party.get("sessionId") if party else None
    return {"token": ctx.state.add_partner_configuration(ext, me, role, config, session_id=session)}


def _configuration(ctx: Ctx) -> dict[str, Any]:
    """A configuration of one of the caller's extensions, by token (404 for any other token)."""
    conf = ctx.state.partner_configurations.get(ctx.params["token"])
    ext = ctx.state.extension_by_slug(conf["extensionSlug"]) if conf else None
    if conf is None or ext is None or ext["_owner"] != ctx.me():
        raise not_found("Configuration")
    return conf


@handles("partner_extensions.get_configuration")
async def get_configuration(ctx: Ctx) -> Any:
    return ctx.state.partner_configuration_public(_configuration(ctx))


@handles("partner_extensions.update_configuration")
async def update_configuration(ctx: Ctx) -> Any:
    conf = _configuration(ctx)
    conf["config"] = dict(ctx.body["config"])
    return ctx.state.partner_configuration_public(conf)


# -- blocks -----------------------------------------------------------------------------------------
def _block_interaction(ctx: Ctx, me: str | None, other: str) -> dict[str, bool]:
    by_me = me is not None and other in ctx.state.blocks.get(me, ())
    by_other = me is not None and me in ctx.state.blocks.get(other, ())
    return {
        "blockedByActionUser": by_me,
        "blockedByOtherUser": by_other,
        "canInteract": not (by_me or by_other),
    }


@handles("blocks.find_blocks")
async def find_blocks(ctx: Ctx) -> Any:
    return {
        "results": [
            {
                "_id": uid,
                "username": ctx.state.users[uid]["username"],
                "avatarUrl": ctx.state.users[uid]["avatarUrl"],
            }
            for uid in ctx.state.blocks.get(ctx.me(), [])
        ]
    }


@handles("blocks.block_user")
async def block_user(ctx: Ctx) -> Any:
    me = ctx.me()
    target = ctx.state.user(ctx.body["targetUserId"])["_id"]
    if target == me:
        raise ApiError(400, "You cannot block yourself")
    blocked = ctx.state.blocks.setdefault(me, [])
    if target in blocked:
        raise ApiError(400, "This user is already blocked")
    blocked.append(target)


@handles("blocks.unblock_user")
async def unblock_user(ctx: Ctx) -> Any:
    blocked = ctx.state.blocks.setdefault(ctx.me(), [])
    if ctx.body["targetUserId"] not in blocked:
        raise not_found("Block")
    blocked.remove(ctx.body["targetUserId"])


@handles("blocks.get_block_interaction")
async def get_block_interaction(ctx: Ctx) -> Any:
    target = ctx.state.user(ctx.params["targetUserId"])["_id"]
    return _block_interaction(ctx, ctx.me(), target)


# -- files ------------------------------------------------------------------------------------------
@handles("files.upload_files")
async def upload_files(ctx: Ctx) -> Any:
    me = ctx.me()
    form = await ctx.request.post()
    keys = []
    for field in form.getall("files", []):
        if not isinstance(field, web.FileField):
            raise ApiError(400, ["files must be files"])
        data = field.file.read()
        keys.append(
            ctx.state.add_file(me, data, field.filename, field.content_type, str(form.get("type", "")))
        )
    if not keys:
        raise ApiError(400, ["files should not be empty"])
    return {"token": ctx.state.add_attachment_token(me, keys, str(form.get("type", "")))}


@handles("files.get_file_from_key")
async def get_file_from_key(ctx: Ctx) -> Any:
    if ctx.params["fileKey"] not in ctx.state.files:
        raise not_found("File")
    return {"url": file_url(ctx, ctx.params["fileKey"])}


# -- profile ----------------------------------------------------------------------------------------
@handles("profile.get_updated_profile")
async def get_updated_profile(ctx: Ctx) -> Any:
    me = ctx.me()
    out: dict[str, Any] = ctx.state.validator.example("CurrentUserForProfileSettings")
    current = ctx.state.current_user(me)
    out.update({k: v for k, v in current.items() if k in out})
    user = ctx.state.users[me]
    genders = ctx.state.validator.schemas.get("GenderEnum", {}).get("enum", [])
    if user["gender"].lower() in genders:  # (the settings spell genders in lower case)
        out["gender"] = user["gender"].lower()
    out.update(sexualOrientation=user["sexualOrientation"], canEditUsername=False)
    return out


@handles("profile.get_user_profile")
async def get_user_profile(ctx: Ctx) -> Any:
    user = ctx.state.user_by_name(ctx.params["username"])
    uid = user["_id"]
    shared = [
        ctx.state.public_lock(sid, "PublicLockForProfilePage")
        for sid, rec in ctx.state.shared_locks.items()
        if rec["user"] == uid and rec["isPublic"] and rec["deletedAt"] is None and rec["archivedAt"] is None
    ]
    return {
        "user": ctx.state.user_public(uid),
        "stats": ctx.state.user_stats(uid),
        "achievements": [],
        "sharedLocks": shared,
        "chastikeyStats": None,
        "blockInteraction": _block_interaction(ctx, ctx.user, uid),
    }


@handles("profile.get_user_badge_count")
async def get_user_badge_count(ctx: Ctx) -> Any:
    me = ctx.me()
    mine = [c for c in ctx.state.conversations.values() if me in c["users"]]
    return {
        "pendingMessages": sum(1 for c in mine if c["status"] == "pending" and c["unread"].get(me)),
        "unreadMessages": sum(1 for c in mine if c["status"] == "approved" and c["unread"].get(me)),
        "keyholdingRequests": sum(
            1
            for o in ctx.state.offers.values()
            if o["keyholder"] == me and o["status"] == "pending" and o["archivedAt"] is None
        ),
    }


@handles("messaging.find_ignored_users")
async def find_ignored_users(ctx: Ctx) -> Any:
    me = ctx.me()
    results = []
    for conv in ctx.state.conversations.values():
        if me not in conv["users"] or conv["status"] != "ignored":
            continue
        for uid in conv["users"]:
            if uid != me:
                user = ctx.state.users[uid]
                results.append(
                    {
                        "_id": uid,
                        "username": user["username"],
                        "avatarUrl": user["avatarUrl"],
                        "conversationId": conv["_id"],
                    }
                )
    return {"results": results}


# -- users ------------------------------------------------------------------------------------------
@handles("users.get_user_by_discord_id")
async def get_user_by_discord_id(ctx: Ctx) -> Any:
    for uid, user in ctx.state.users.items():
        if user["discordId"] and user["discordId"] == ctx.params["discordId"]:
            return ctx.state.user_public(uid)
    raise not_found("User")


@handles("users.search_by_username")
async def search_by_username(ctx: Ctx) -> Any:
    text = ctx.body["search"].lower()
    found = sorted(
        (
            u
            for u in ctx.state.users.values()
            if text and text in u["username"].lower() and not u["isDisabled"]
        ),
        key=lambda u: u["username"].lower(),
    )
    return [ctx.state.user_public(u["_id"]) for u in found[:10]]


def _user_matches(user: dict[str, Any], criteria: dict[str, Any]) -> bool:
    genders = criteria.get("genders") or []
    if genders and user["gender"].lower() not in {g.lower() for g in genders}:
        return False
    orientations = criteria.get("sexualOrientations") or []
    if orientations and user["sexualOrientation"] not in orientations:
        return False
    age = criteria.get("age")
    if age:  # a max age of 65 means "65 or older"
        if user["age"] is None or user["age"] < age["minAge"]:
            return False
        if age["maxAge"] < 65 and user["age"] > age["maxAge"]:
            return False
    role = criteria.get("role")
    wanted = {r for r in ("wearer", "keyholder") if role and role.get(r)}
    if wanted and user["role"] not in {*wanted, "switch"}:  # a switch is both
        return False
    if criteria.get("isFindom") is not None and user["isFindom"] != criteria["isFindom"]:
        return False
    return not (criteria.get("isActive") and not user["online"])


@handles("users.search_users")
async def search_users(ctx: Ctx) -> Any:
    me = ctx.me()
    body = ctx.body
    criteria = body.get("criteria") or {}
    ids = sorted(
        (
            uid
            for uid, user in ctx.state.users.items()
            if uid != me and not user["isSuspendedOrDisabled"] and _user_matches(user, criteria)
        ),
        reverse=True,
    )
    count = len(ids)
    last = body.get("lastId")
    if last:
        ids = [i for i in ids if i < last]
    limit = _limit(body.get("limit"), 15)
    page = ids[:limit]
    return {
        "count": count,
        "hasMore": len(ids) > limit,
        "results": [ctx.state.user_public(uid) for uid in page],
        "lastAccessForUserList": body.get("lastAccessForUserList") or iso(ctx.state.now()),
    }


# -- public locks, explore, tags --------------------------------------------------------------------
def _public_ids(ctx: Ctx) -> list[str]:
    return sorted(
        (
            sid
            for sid, rec in ctx.state.shared_locks.items()
            if rec["isPublic"] and rec["deletedAt"] is None and rec["archivedAt"] is None
        ),
        reverse=True,
    )


def _shared_matches(ctx: Ctx, rec: dict[str, Any], criteria: dict[str, Any]) -> bool:
    duration = criteria.get("duration")
    if duration and not (
        rec["minDuration"] >= duration["minDuration"] and rec["maxDuration"] <= duration["maxDuration"]
    ):
        return False
    limit = criteria.get("maxLimitDuration")
    if (
        limit
        and rec["maxLimitDuration"] is not None
        and not (limit["minDuration"] <= rec["maxLimitDuration"] <= limit["maxDuration"])
    ):
        return False
    extensions = criteria.get("extensions")
    if extensions:
        slugs = {e["slug"] for e in rec["extensions"]}
        wanted = set(extensions.get("extensions") or [])
        if wanted and not (wanted <= slugs if extensions.get("all") else wanted & slugs):
            return False
        if slugs & set(extensions.get("excludedExtensions") or []):
            return False
    findom = criteria.get("isFindom")
    if findom and rec["isFindom"] != findom["isFindom"]:
        return False
    tags = {t.lower() for t in criteria.get("tags") or []}
    have = {t.lower() for t in rec["tags"]}
    if tags and not (tags <= have if criteria.get("matchAllTags") else tags & have):
        return False
    text = (criteria.get("search") or "").lower()
    if text and text not in rec["name"].lower() and text not in rec["description"].lower():
        return False
    user = criteria.get("user")
    return not (user and not _user_matches(ctx.state.users[rec["user"]], user))


@handles("public_locks.search")
async def public_locks_search(ctx: Ctx) -> Any:
    body = ctx.body
    criteria = body.get("criteria") or {}
    ids = [sid for sid in _public_ids(ctx) if _shared_matches(ctx, ctx.state.shared_locks[sid], criteria)]
    count = len(ids)
    after = body.get("cursor") or body.get("lastId")
    if after:
        ids = [i for i in ids if i < after]
    limit = _limit(body.get("limit"), 15)
    page = ids[:limit]
    out: dict[str, Any] = {
        "count": count,
        "hasMore": len(ids) > limit,
        "results": [ctx.state.public_lock(sid, "PublicLockForSearch") for sid in page],
    }
    if page:
        out["cursor"] = page[-1]
    return out


@handles("public_locks.find_all")
async def explore_categories(ctx: Ctx) -> Any:
    ids = _public_ids(ctx)
    with_photo = [sid for sid in ids if ctx.state.shared_locks[sid]["unsplashPhoto"]]
    categories = [
        ("featured", "Featured locks", "Locks picked for the explore page", True, with_photo[:6]),
        ("last_created", "Community locks", "Locks created by the community", False, ids[:6]),
    ]
    return [
        {
            "_id": object_id(f"explore:{kind}"),
            "locks": [ctx.state.public_lock(sid, "PublicLockForSearch") for sid in locks],
            "description": description,
            "featured": featured,
            "nbItems": len(locks),
            "order": order,
            "title": title,
            "type": kind,
            "filter": None,
        }
        for order, (kind, title, description, featured, locks) in enumerate(categories, 1)
    ]


@handles("public_locks.get_shared_lock_image")
async def get_shared_lock_image(ctx: Ctx) -> Any:
    rec = ctx.state.shared_lock(ctx.params["sharedLockId"])
    if not rec["isPublic"] and rec["user"] != ctx.user:
        raise not_found("Shared lock")
    return Reply(None)


def _all_tags(ctx: Ctx) -> list[str]:
    used = {t for rec in ctx.state.shared_locks.values() if rec["deletedAt"] is None for t in rec["tags"]}
    known = {t.lower() for t in TAGS}
    return sorted([*TAGS, *(t for t in used if t.lower() not in known)], key=str.lower)


@handles("shared_locks.find_all_tags")
async def find_all_tags(ctx: Ctx) -> Any:
    return [{"name": name} for name in _all_tags(ctx)]


@handles("shared_locks.find_suggested_tags")
async def find_suggested_tags(ctx: Ctx) -> Any:
    text = ctx.body["text"].lower()
    return [{"name": name} for name in _all_tags(ctx) if name.lower() in text]


# -- reports ----------------------------------------------------------------------------------------
@handles("reports.create_report")
async def create_report(ctx: Ctx) -> Any:
    target = ctx.body["target"]
    kind = target.get("type")
    if kind == "user":
        ctx.state.user(target["userId"])
    elif kind == "shared_lock":
        ctx.state.shared_lock(target["sharedLockId"])
    elif kind == "message":
        if not any(m["_id"] == target["messageId"] for t in ctx.state.messages.values() for m in t.items):
            raise not_found("Message")
    else:  # posts: the fake has none
        raise not_found("Post")
    ctx.state.reports.append(
        {
            "user": ctx.me(),
            "target": dict(target),
            "reason": ctx.body["reason"],
            "message": ctx.body.get("message"),
            "createdAt": iso(ctx.state.now()),
        }
    )


# -- the extension list -----------------------------------------------------------------------------
@handles("extensions.get_extensions")
async def get_extensions(ctx: Ctx) -> Any:
    me = ctx.user
    out = []
    for slug, meta in BUILTIN_EXTENSIONS.items():
        out.append(
            {
                "availableModes": list(meta["availableModes"]),
                "defaultConfig": dict(meta["defaultConfig"]),
                "partnerExtensionId": None,
                "configIframeUrl": None,
                "isTesting": False,
                "isPartner": False,
                "isDevelopedByCommunity": False,
                "owner": None,
                "subtitle": meta["subtitle"],
                "summary": meta["summary"],
                "displayName": meta["displayName"],
                "icon": meta["icon"],
                "slug": slug,
                "defaultRegularity": meta["defaultRegularity"],
                "isEnabled": True,
                "isPremium": False,
                "isFeatured": slug in ("dice", "wheel-of-fortune", "tasks"),
                "isCountedInExtensionsLimit": True,
                "hasActions": meta["hasActions"],
            }
        )
    for eid, ext in ctx.state.extensions.items():
        if not ext["isEnabled"] or (ext["isTesting"] and ext["_owner"] != me):
            continue
        out.append(
            {
                "availableModes": list(ext["availableModes"]),
                "defaultConfig": dict(ext.get("defaultConfig") or {}),
                "partnerExtensionId": eid,
                "configIframeUrl": ext.get("configIframeUrl"),
                "isTesting": ext["isTesting"],
                "isPartner": True,
                "isDevelopedByCommunity": ext["isDevelopedByCommunity"],
                "owner": {"username": ctx.state.users[ext["_owner"]]["username"]},
                "subtitle": ext["subtitle"],
                "summary": ext["summary"],
                "displayName": ext["displayName"],
                "icon": ext["icon"],
                "slug": ext["slug"],
                "defaultRegularity": ext["defaultRegularity"],
                "isEnabled": ext["isEnabled"],
                "isPremium": ext["isPremium"],
                "isFeatured": ext["isFeatured"],
                "isCountedInExtensionsLimit": ext["isCountedInExtensionsLimit"],
                "hasActions": ext["hasActions"],
            }
        )
    return out
