"""The in-memory store behind :class:`~chaster_async.testing.FakeChaster`.

Records are plain dicts kept close to the public schemas; ``*_public`` methods render them for a given
viewer. Everything lives on one :class:`State` instance (no module-level state).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import math
import time
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ._errors import ApiError, not_found

if TYPE_CHECKING:
    from ._spec import SchemaValidator

__all__ = ["Clock", "State", "Timeline", "iso", "parse_iso"]

UTC = _dt.UTC


class Clock:
    """Wall clock plus an adjustable offset, so tests can jump forward (token expiry, regular actions)."""

    def __init__(self) -> None:
        self.offset = 0.0

    def time(self) -> float:
        return time.time() + self.offset

    def now(self) -> _dt.datetime:
        return _dt.datetime.fromtimestamp(self.time(), UTC)

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def iso(value: _dt.datetime | None) -> str | None:
    """JavaScript-style ISO string: ``2024-03-01T12:00:00.000Z``."""
    if value is None:
        return None
    value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def parse_iso(value: str) -> _dt.datetime:
    parsed = _dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


class Timeline:
    """An append-only list ordered by (monotonic) id, paged newest-first with a ``lastId`` cursor."""

    def __init__(self) -> None:
        self.items: list[dict[str, Any]] = []
        self.ids: list[str] = []

    def append(self, item: dict[str, Any]) -> None:
        if self.ids and item["_id"] < self.ids[-1]:
            pos = bisect.bisect(self.ids, item["_id"])
            self.ids.insert(pos, item["_id"])
            self.items.insert(pos, item)
        else:
            self.ids.append(item["_id"])
            self.items.append(item)

    def __len__(self) -> int:
        return len(self.items)

    def page(
        self, last_id: str | None, limit: int, keep: Callable[[dict[str, Any]], bool] | None = None
    ) -> tuple[list[dict[str, Any]], bool]:
        """Items older than ``last_id`` (newest first), at most ``limit``; and whether more remain."""
        end = bisect.bisect_left(self.ids, last_id) if last_id else len(self.ids)
        out: list[dict[str, Any]] = []
        i = end - 1
        while i >= 0 and len(out) < limit:
            if keep is None or keep(self.items[i]):
                out.append(self.items[i])
            i -= 1
        if keep is None:
            more = i >= 0
        else:
            more = any(keep(self.items[j]) for j in range(i, -1, -1))
        return out, more


class State:
    """All fake data of one FakeChaster instance."""

    def __init__(self, validator: SchemaValidator, clock: Clock) -> None:
        self.validator = validator
        self.clock = clock
        self._counter = 0
        self.users: dict[str, dict[str, Any]] = {}
        self.private: dict[str, dict[str, Any]] = {}  # email etc. for CurrentUser
        self.combinations: dict[str, dict[str, Any]] = {}
        self.locks: dict[str, dict[str, Any]] = {}
        self.history: dict[str, Timeline] = {}
        self.shared_locks: dict[str, dict[str, Any]] = {}
        self.favorites: dict[str, set[str]] = {}
        self.conversations: dict[str, dict[str, Any]] = {}
        self.messages: dict[str, Timeline] = {}
        self.extensions: dict[str, dict[str, Any]] = {}  # partner extensions by _id
        self.sessions: dict[str, dict[str, Any]] = {}  # extension sessions by sessionId
        self.session_ids: list[str] = []  # sorted, for paginationLastId
        self.partner_configurations: dict[str, dict[str, Any]] = {}
        self.seed_ids: dict[str, str] = {}
        # set by FakeChaster: called with (event, data) for extension webhooks
        self.emit: Callable[[str, dict[str, Any]], None] = lambda event, data: None

    # -- ids & time -------------------------------------------------------------------------
    def new_id(self) -> str:
        """Deterministic, increasing 24-hex ObjectId-like ids."""
        self._counter += 1
        n = self._counter
        return f"{0x65E1F000 + n:08x}c4a57e0f2b{n:06x}"

    def now(self) -> _dt.datetime:
        return self.clock.now()

    # -- users ------------------------------------------------------------------------------
    def add_user(self, username: str, **fields: Any) -> str:
        uid = fields.pop("_id", None) or self.new_id()
        user: dict[str, Any] = self.validator.example("UserForPublic")
        user.update(
            _id=uid,
            username=username,
            sexualOrientation="Unspecified",
            role="unspecified",
            features=[],
            isPremium=False,
            description="",
            location="",
            gender="Unspecified",
            age=None,
            isFindom=False,
            avatarUrl=f"https://api.chaster.app/avatars/{username}.png",
            online=False,
            lastSeen=None,
            isAdmin=False,
            isTeamMember=False,
            isModerator=False,
            metadata={k: 0 for k in user["metadata"]},
            fullLocation="",
            discordId=None,
            discordUsername=None,
            isDisabled=False,
            isSuspended=False,
            joinedAt=iso(self.now() - _dt.timedelta(days=400)),
            isNewMember=False,
            isSuspendedOrDisabled=False,
        )
        private = {"email": fields.pop("email", f"{username}@example.com"), "isDeveloper": False}
        private["isDeveloper"] = fields.pop("isDeveloper", False)
        user.update(fields)
        self.users[uid] = user
        self.private[uid] = private
        self.favorites[uid] = set()
        return uid

    def user(self, uid: str) -> dict[str, Any]:
        try:
            return self.users[uid]
        except KeyError:
            raise not_found("User") from None

    def user_by_name(self, username: str) -> dict[str, Any]:
        for user in self.users.values():
            if user["username"].lower() == username.lower():
                return user
        raise not_found("User")

    def user_public(self, uid: str) -> dict[str, Any]:
        return dict(self.user(uid))

    def current_user(self, uid: str) -> dict[str, Any]:
        user = self.user(uid)
        out: dict[str, Any] = self.validator.example("CurrentUser")
        out.update(
            _id=uid,
            username=user["username"],
            avatarUrl=user["avatarUrl"],
            isPremium=user["isPremium"],
            features=user["features"],
            role=user["role"],
            email=self.private[uid]["email"],
            isDeveloper=self.private[uid]["isDeveloper"],
            keycloakId=str(uuid.UUID(bytes=bytes.fromhex(uid + "00000000"))),
            description=user["description"],
            location=user["location"],
            timezone="Europe/Paris",
            birthDate=None,
            subscriptionEnd=None,
            customSubscriptionEnd=None,
            discordId=user["discordId"],
            discordUsername=user["discordUsername"],
            country=None,
            region=None,
            emailVerified=True,
            isFindom=user["isFindom"],
            isModerator=False,
            isAdmin=False,
            isTeamMember=False,
            metadata=user["metadata"],
        )
        return out

    # -- combinations -----------------------------------------------------------------------
    def add_combination(self, owner: str, code: str, type_: str = "code") -> str:
        cid = self.new_id()
        now = iso(self.now())
        self.combinations[cid] = {
            "_id": cid,
            "user": owner,
            "checkStatus": "verified",
            "type": type_,
            "code": code,
            "createdAt": now,
            "updatedAt": now,
            "enableManualCheck": False,
            "usedBy": None,
        }
        return cid

    def combination_public(self, cid: str) -> dict[str, Any]:
        combo = self.combinations[cid]
        out = {k: v for k, v in combo.items() if k != "usedBy"}
        if combo["type"] == "image":
            out["imageFullUrl"] = f"https://api.chaster.app/combinations/{cid}.jpg"
            out.pop("code", None)
        return out

    def take_combination(self, owner: str, cid: str) -> None:
        combo = self.combinations.get(cid)
        if combo is None or combo["user"] != owner:
            raise ApiError(400, "Combination not found")
        if combo["usedBy"]:
            raise ApiError(400, "This combination is already used by another lock")

    # -- locks ------------------------------------------------------------------------------
    def add_lock(
        self,
        user: str,
        *,
        combination: str | None = None,
        keyholder: str | None = None,
        shared_lock: str | None = None,
        title: str = "Self-lock",
        duration: float = 86400,
        started_ago: float = 3600,
        status: str = "locked",
        frozen: bool = False,
        display_remaining_time: bool = True,
        hide_time_logs: bool = False,
        is_test_lock: bool = False,
        max_limit_duration: float | None = None,
        extensions: Iterable[dict[str, Any]] = (),
        archived: bool = False,
        log: bool = True,
    ) -> str:
        """Create a lock (and its 'locked' history entry); returns its id."""
        now = self.now()
        start = now - _dt.timedelta(seconds=started_ago)
        if combination is None:
            combination = self.add_combination(user, f"{self._counter:04d}")
        lid = self.new_id()
        self.combinations[combination]["usedBy"] = lid
        end = start + _dt.timedelta(seconds=duration)
        lock: dict[str, Any] = {
            "_id": lid,
            "user": user,
            "keyholder": keyholder,
            "sharedLock": shared_lock,
            "title": title,
            "status": status,
            "combination": combination,
            "startDate": start,
            "endDate": end,
            "minDate": end,
            "maxDate": end,
            "maxLimitDate": start + _dt.timedelta(seconds=max_limit_duration) if max_limit_duration else None,
            "displayRemainingTime": display_remaining_time,
            "limitLockTime": max_limit_duration is not None,
            "hideTimeLogs": hide_time_logs,
            "isTestLock": is_test_lock,
            "allowSessionOffer": keyholder is None,
            "trusted": False,
            "frozenAt": now if frozen else None,
            "unlockedAt": now if status == "unlocked" else None,
            "archivedAt": now if archived else None,
            "keyholderArchivedAt": None,
            "deletedAt": None,
            "offerToken": None,
            "extensions": [],
            "createdAt": start,
            "updatedAt": now,
        }
        self.locks[lid] = lock
        self.history[lid] = Timeline()
        if log:
            self.add_log(lid, "locked", "Lock started", role="user", user=user, created=start)
        for ext in extensions:
            self.add_lock_extension(lid, ext, emit=False)
        return lid

    def lock(self, lid: str, viewer: str | None = None, *, keyholder_only: bool = False) -> dict[str, Any]:
        lock = self.locks.get(lid)
        if lock is None or lock["deletedAt"] is not None:
            raise not_found("Lock")
        if viewer is not None and viewer not in (lock["user"], lock["keyholder"]):
            raise not_found("Lock")
        if keyholder_only and viewer != lock["keyholder"]:
            raise ApiError(403, "You are not the keyholder of this lock")
        return lock

    def role(self, lock: dict[str, Any], viewer: str | None) -> str:
        if viewer is not None and viewer == lock["user"]:
            return "wearer"
        if viewer is not None and viewer == lock["keyholder"]:
            return "keyholder"
        return "visitor"

    def can_be_unlocked(self, lock: dict[str, Any]) -> bool:
        if lock["status"] != "locked" or lock["frozenAt"] is not None:
            return False
        return bool(lock["endDate"] is None or lock["endDate"] <= self.now())

    def lock_public(self, lid: str, viewer: str | None, *, with_shared_lock: bool = True) -> dict[str, Any]:
        lock = self.locks[lid]
        role = self.role(lock, viewer)
        now = self.now()
        can_view = bool(lock["displayRemainingTime"] or role == "keyholder")
        max_limit_reached = lock["maxLimitDate"] is not None and lock["maxLimitDate"] <= now
        out: dict[str, Any] = {
            "status": lock["status"],
            "_id": lid,
            "endDate": iso(lock["endDate"]) if can_view else None,
            "title": lock["title"],
            "totalDuration": int(((lock["unlockedAt"] or now) - lock["startDate"]).total_seconds() * 1000),
            "user": self.user_public(lock["user"]),
            "keyholder": self.user_public(lock["keyholder"]) if lock["keyholder"] else None,
            "sharedLock": (
                self.shared_lock_public(lock["sharedLock"], viewer, with_locks=False)
                if lock["sharedLock"] and with_shared_lock
                else None
            ),
            "isAllowedToViewTime": can_view,
            "canBeUnlocked": self.can_be_unlocked(lock),
            "canBeUnlockedByMaxLimitDate": max_limit_reached,
            "isFrozen": lock["frozenAt"] is not None,
            "role": role,
            "extensions": [self.extension_party_public(e) for e in lock["extensions"]],
            "combination": lock["combination"],
            "availableHomeActions": [],
            "reasonsPreventingUnlocking": [],
            "extensionsAllowUnlocking": True,
            "lastVerificationPicture": None,
        }
        for key in ("createdAt", "updatedAt", "startDate", "minDate", "maxDate"):
            out[key] = iso(lock[key])
        for key in (
            "maxLimitDate",
            "deletedAt",
            "unlockedAt",
            "archivedAt",
            "frozenAt",
            "keyholderArchivedAt",
        ):
            out[key] = iso(lock[key])
        for key in (
            "displayRemainingTime",
            "limitLockTime",
            "allowSessionOffer",
            "isTestLock",
            "offerToken",
            "hideTimeLogs",
            "trusted",
        ):
            out[key] = lock[key]
        return out

    def touch(self, lock: dict[str, Any]) -> None:
        lock["updatedAt"] = self.now()

    # -- history ----------------------------------------------------------------------------
    def add_log(
        self,
        lid: str,
        type_: str,
        title: str,
        *,
        role: str = "user",
        user: str | None = None,
        payload: dict[str, Any] | None = None,
        description: str = "",
        extension: str | None = None,
        icon: str | None = None,
        color: str | None = None,
        created: _dt.datetime | None = None,
    ) -> dict[str, Any]:
        entry: dict[str, Any] = {
            "_id": self.new_id(),
            "type": type_,
            "payload": payload or {},
            "lock": lid,
            "role": role,
            "title": title,
            "description": description,
            "color": color,
            "createdAt": iso(created or self.now()),
            "icon": icon,
            "prefix": "",
        }
        if extension:
            entry["extension"] = extension
        if user:
            entry["user"] = user
        self.history[lid].append(entry)
        return entry

    def log_public(self, entry: dict[str, Any]) -> dict[str, Any]:
        out = dict(entry)
        if "user" in out:
            out["user"] = self.user_public(out["user"])
        return out

    # -- shared locks -----------------------------------------------------------------------
    def add_shared_lock(self, owner: str, name: str, **fields: Any) -> str:
        sid = self.new_id()
        now = self.now()
        record: dict[str, Any] = {
            "_id": sid,
            "user": owner,
            "name": name,
            "description": fields.pop("description", f"{name}: a shared lock for testing"),
            "minDuration": 3600,
            "maxDuration": 86400,
            "calculatedMaxLimitDuration": None,
            "maxLimitDuration": None,
            "minDate": None,
            "maxDate": None,
            "maxLimitDate": None,
            "displayRemainingTime": True,
            "limitLockTime": False,
            "maxLockedUsers": None,
            "isPublic": False,
            "requireContact": False,
            "password": None,
            "hideTimeLogs": False,
            "isFindom": False,
            "tags": [],
            "extensions": [],
            "durationMode": "duration",
            "reasonForPublicHide": None,
            "createdAt": iso(now - _dt.timedelta(days=30)),
            "updatedAt": iso(now - _dt.timedelta(days=30)),
            "deletedAt": None,
            "archivedAt": None,
            "lastSavedAt": iso(now - _dt.timedelta(days=30)),
        }
        record.update(fields)
        self.shared_locks[sid] = record
        return sid

    def shared_lock(self, sid: str, owner: str | None = None) -> dict[str, Any]:
        record = self.shared_locks.get(sid)
        if record is None or record["deletedAt"] is not None or (owner and record["user"] != owner):
            raise not_found("Shared lock")
        return record

    def shared_lock_public(self, sid: str, viewer: str | None, *, with_locks: bool = True) -> dict[str, Any]:
        record = self.shared_locks[sid]
        out = {k: v for k, v in record.items() if k != "password"}
        reasons = self.validator.schemas.get("SharedLockReasonForPublicHideEnum", {}).get("enum")
        if out["reasonForPublicHide"] is None and reasons:  # (an older document has no such enum)
            out["reasonForPublicHide"] = reasons[0]
        out["user"] = self.user_public(record["user"])
        out["unsplashPhoto"] = None
        out["requirePassword"] = bool(record["password"])
        out["password"] = record["password"] if viewer == record["user"] else None
        out["extensions"] = [self.extension_config_public(e) for e in record["extensions"]]
        if with_locks and viewer == record["user"]:
            out["locks"] = [
                self.lock_public(lid, viewer, with_shared_lock=False)
                for lid, lock in self.locks.items()
                if lock["sharedLock"] == sid and lock["deletedAt"] is None
            ]
        return out

    def extension_config_public(self, config: dict[str, Any]) -> dict[str, Any]:
        ext = self.extension_by_slug(config["slug"])
        return {
            "slug": config["slug"],
            "config": dict(config.get("config") or {}),
            "mode": config.get("mode", "unlimited"),
            "name": ext["displayName"] if ext else config["slug"].replace("-", " ").title(),
            "textConfig": "",
            "regularity": config.get("regularity", 3600),
        }

    # -- conversations ----------------------------------------------------------------------
    def add_conversation(
        self, users: list[str], *, status: str = "approved", created: _dt.datetime | None = None
    ) -> str:
        cid = self.new_id()
        when = created or self.now()
        self.conversations[cid] = {
            "_id": cid,
            "users": list(users),
            "status": status,
            "type": "private" if len(users) == 2 else "group",
            "createdAt": when,
            "lastMessageAt": when,
            "lastMessage": None,
            "unread": {u: False for u in users},
        }
        self.messages[cid] = Timeline()
        return cid

    def conversation(self, cid: str, viewer: str) -> dict[str, Any]:
        conv = self.conversations.get(cid)
        if conv is None or viewer not in conv["users"]:
            raise not_found("Conversation")
        return conv

    def add_message(
        self,
        cid: str,
        sender: str,
        text: str,
        *,
        nonce: str | None = None,
        created: _dt.datetime | None = None,
    ) -> dict[str, Any]:
        conv = self.conversations[cid]
        when = created or self.now()
        msg: dict[str, Any] = {
            "_id": self.new_id(),
            "user": sender,
            "attachments": [],
            "conversation": cid,
            "createdAt": iso(when),
            "updatedAt": iso(when),
            "type": "message",
            "message": text,
        }
        if nonce:
            msg["nonce"] = nonce
        self.messages[cid].append(msg)
        if when >= conv["lastMessageAt"] or conv["lastMessage"] is None:
            conv["lastMessageAt"] = when
            conv["lastMessage"] = {"_id": msg["_id"], "message": text}
        for u in conv["users"]:
            conv["unread"][u] = u != sender
        return msg

    def conversation_public(self, cid: str, viewer: str) -> dict[str, Any]:
        conv = self.conversations[cid]
        out: dict[str, Any] = {
            "_id": cid,
            "users": [self.user_public(u) for u in conv["users"]],
            "unread": conv["unread"].get(viewer, False),
            "status": conv["status"],
            "createdAt": iso(conv["createdAt"]),
            "lastMessageAt": iso(conv["lastMessageAt"]),
            "isMember": viewer in conv["users"],
            "isSenderBanned": False,
            "type": conv["type"],
        }
        if conv["lastMessage"]:
            out["lastMessage"] = dict(conv["lastMessage"])
        return out

    # -- partner extensions & sessions ------------------------------------------------------
    def add_extension(self, owner: str, slug: str, display_name: str, **fields: Any) -> str:
        eid = self.new_id()
        record: dict[str, Any] = self.validator.example("PartnerExtensionForDashboard")
        record.update(
            _id=eid,
            slug=slug,
            displayName=display_name,
            summary=f"{display_name} (FakeChaster extension)",
            subtitle="A partner extension for testing",
            icon="dice",
            availableModes=["cumulative", "non_cumulative", "unlimited"],
            defaultRegularity=3600,
            isEnabled=True,
            isPremium=False,
            isTesting=True,
            isFeatured=False,
            isDevelopedByCommunity=True,
            isCountedInExtensionsLimit=True,
            hasActions=True,
            configIframeUrl=f"https://example.com/{slug}/config",
            mainIframeUrl=f"https://example.com/{slug}/main",
            webhookUrl="",
            webhookUsername="",
            webhookPassword="",
        )
        if "owner" in record:
            record["owner"] = owner
        record.update(fields)
        record["_owner"] = owner
        self.extensions[eid] = record
        return eid

    def extension_by_slug(self, slug: str) -> dict[str, Any] | None:
        for ext in self.extensions.values():
            if ext["slug"] == slug:
                return ext
        return None

    def extension_public(self, eid: str) -> dict[str, Any]:
        return {k: v for k, v in self.extensions[eid].items() if k != "_owner"}

    def add_lock_extension(self, lid: str, config: dict[str, Any], *, emit: bool = True) -> dict[str, Any]:
        """Attach an extension to a lock; partner extensions get a session (and a created webhook)."""
        lock = self.locks[lid]
        now = iso(self.now())
        party: dict[str, Any] = {
            "_id": self.new_id(),
            "slug": config["slug"],
            "config": dict(config.get("config") or {}),
            "mode": config.get("mode", "unlimited"),
            "regularity": config.get("regularity", 3600),
            "userData": {},
            "createdAt": now,
            "updatedAt": now,
            "sessionId": None,
        }
        lock["extensions"].append(party)
        ext = self.extension_by_slug(config["slug"])
        if ext is not None:
            sid = self.new_id()
            mode = party["mode"]
            next_date = self.now() + _dt.timedelta(seconds=party["regularity"])
            session = {
                "sessionId": sid,
                "party": party,
                "lock": lid,
                "extension": ext["_id"],
                "data": dict(config.get("data") or {}),
                "metadata": {"reasonsPreventingUnlocking": [], "homeActions": []},
                "nbActionsRemaining": config.get("nbActionsRemaining", 0 if mode == "unlimited" else 1),
                "nextActionDate": None if mode == "unlimited" else next_date,
                "actions": [],
                "mainToken": f"main-{sid}",
                "deleted": False,
            }
            party["sessionId"] = sid
            self.sessions[sid] = session
            bisect.insort(self.session_ids, sid)
            if emit:
                self.emit("extension_session.created", self.session_event_data(sid))
        return party

    def remove_lock_extension(self, lid: str, party: dict[str, Any]) -> None:
        lock = self.locks[lid]
        lock["extensions"].remove(party)
        sid = party.get("sessionId")
        if sid and sid in self.sessions:
            data = self.session_deleted_data(sid)
            self.sessions[sid]["deleted"] = True
            self.emit("extension_session.deleted", data)

    def extension_party_public(self, party: dict[str, Any]) -> dict[str, Any]:
        ext = self.extension_by_slug(party["slug"])
        session = self.sessions.get(party["sessionId"]) if party.get("sessionId") else None
        if session is not None:
            self.refresh_actions(session)
        out = {
            "slug": party["slug"],
            "config": party["config"],
            "_id": party["_id"],
            "displayName": ext["displayName"] if ext else party["slug"].replace("-", " ").title(),
            "summary": ext["summary"] if ext else "",
            "subtitle": ext["subtitle"] if ext else "",
            "icon": ext["icon"] if ext else "puzzle-piece",
            "mode": party["mode"],
            "userData": party["userData"],
            "regularity": party["regularity"],
            "nbActionsRemaining": session["nbActionsRemaining"] if session else 0,
            "nextActionDate": iso(session["nextActionDate"]) if session else None,
            "isPartner": ext is not None,
            "textConfig": "",
            "createdAt": party["createdAt"],
            "updatedAt": party["updatedAt"],
        }
        return out

    def session(self, sid: str, developer: str | None = None) -> dict[str, Any]:
        session = self.sessions.get(sid)
        if session is None or session["deleted"]:
            raise not_found("Session")
        if developer is not None and self.extensions[session["extension"]]["_owner"] != developer:
            raise not_found("Session")
        return session

    def refresh_actions(self, session: dict[str, Any]) -> None:
        """Grant regular actions whose time has come (cumulative adds up, non-cumulative caps at 1)."""
        party = session["party"]
        if party["mode"] == "unlimited" or session["nextActionDate"] is None:
            return
        now = self.now()
        step = _dt.timedelta(seconds=max(1, party["regularity"]))
        while session["nextActionDate"] <= now:
            if party["mode"] == "cumulative":
                session["nbActionsRemaining"] += 1
            else:
                session["nbActionsRemaining"] = 1
            session["nextActionDate"] += step

    def session_public(self, sid: str, *, with_pagination: bool = False) -> dict[str, Any]:
        session = self.sessions[sid]
        lock = self.locks[session["lock"]]
        out = self.extension_party_public(session["party"])
        out.update(
            sessionId=sid,
            data=session["data"],
            metadata=session["metadata"],
            lock=self.lock_public(session["lock"], lock["keyholder"] or lock["user"]),
        )
        if with_pagination:
            out["paginationId"] = sid
        return out

    def session_event_data(self, sid: str) -> dict[str, Any]:
        session = self.sessions[sid]
        return {
            "session": self.session_public(sid),
            "extension": {"slug": self.extensions[session["extension"]]["slug"]},
        }

    def session_deleted_data(self, sid: str) -> dict[str, Any]:
        session = self.sessions[sid]
        lock = self.locks[session["lock"]]
        return {
            "session": {"sessionId": sid, "lock": self.lock_public(session["lock"], lock["keyholder"])},
            "extension": {"slug": self.extensions[session["extension"]]["slug"]},
        }

    def regular_actions_public(self, session: dict[str, Any]) -> dict[str, Any]:
        self.refresh_actions(session)
        party = session["party"]
        return {
            "actions": [{"date": a["date"], "payload": a["payload"]} for a in session["actions"]],
            "nbActionsRemaining": session["nbActionsRemaining"],
            "nextActionDate": iso(session["nextActionDate"]),
            "regularity": party["regularity"],
            "mode": party["mode"],
        }


def pages(total: int, limit: int) -> int:
    return math.ceil(total / limit) if limit else 0
