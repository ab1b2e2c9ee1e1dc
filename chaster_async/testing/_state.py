"""The in-memory store behind :class:`~chaster_async.testing.FakeChaster`.

Records are plain dicts kept close to the public schemas; ``*_public`` methods render them for a given
viewer. Everything lives on one :class:`State` instance (no module-level state).
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import math
import random
import time
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from ._catalogue import BUILTIN_EXTENSIONS
from ._errors import ApiError, not_found

if TYPE_CHECKING:
    from ._spec import SchemaValidator

__all__ = ["Clock", "State", "Timeline", "iso", "parse_iso"]

UTC = _dt.UTC


class Clock:
    """Wall clock plus an adjustable offset, so tests can jump forward (token expiry, regular actions).

    ``freeze()`` stops it (at the current time, or ``at``): every answer is then reproducible to
    the millisecond; ``advance()`` still moves a frozen clock, ``unfreeze()`` lets it run again.
    """

    def __init__(self) -> None:
        self.offset = 0.0
        self.frozen: float | None = None

    def time(self) -> float:
        if self.frozen is not None:
            return self.frozen + self.offset
        return time.time() + self.offset

    def freeze(self, at: float | None = None) -> None:
        """Stop the clock at ``at`` (a Unix time; default: now)."""
        self.frozen = (self.time() if at is None else at) - self.offset

    def unfreeze(self) -> None:
        if self.frozen is not None:
            self.offset += self.frozen - time.time()
            self.frozen = None

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
        self.partner_configurations: dict[str, dict[str, Any]] = {}  # by token
        self.offers: dict[str, dict[str, Any]] = {}  # keyholding offers (session offers) by _id
        self.blocks: dict[str, list[str]] = {}  # user id -> the users they blocked, in order
        self.files: dict[str, dict[str, Any]] = {}  # stored files by key
        self.attachments: dict[str, dict[str, Any]] = {}  # upload (attachment) tokens
        self.reports: list[dict[str, Any]] = []
        self.seed_ids: dict[str, str] = {}
        # dice, wheels and random task picks: deterministic per instance
        self.rng = random.Random(20240101)
        # set by FakeChaster: called with (event, data) for extension webhooks
        self.emit: Callable[[str, dict[str, Any]], None] = lambda event, data: None

    # -- ids & time -------------------------------------------------------------------------
    def new_id(self) -> str:
        """Deterministic, increasing 24-hex ObjectId-like ids."""
        self._counter += 1
        n = self._counter
        return f"{0x65E1F000 + n:08x}c4a57e0f2b{n:06x}"

    def new_token(self, kind: str) -> str:
        """A deterministic, unguessable-looking token (offer tokens, configuration tokens, ...)."""
        self._counter += 1
        return hashlib.sha256(f"{kind}:{self._counter}".encode()).hexdigest()[:32]

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
        self.blocks[uid] = []
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

    def find_user(self, ref: str) -> dict[str, Any]:
        """A user by id or username (404 otherwise)."""
        if ref in self.users:
            return self.users[ref]
        return self.user_by_name(ref)

    def can_interact(self, a: str, b: str) -> bool:
        """Neither of the two blocked the other."""
        return b not in self.blocks.get(a, ()) and a not in self.blocks.get(b, ())

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
        allow_session_offer: bool | None = None,
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
            "allowSessionOffer": keyholder is None if allow_session_offer is None else allow_session_offer,
            "trusted": False,
            "frozenAt": now if frozen else None,
            "unlockedAt": now if status == "unlocked" else None,
            "archivedAt": now if archived else None,
            "keyholderArchivedAt": None,
            "deletedAt": None,
            "offerToken": None,
            "extensions": [],
            "lastVerificationPicture": None,
            "createdAt": start,
            "updatedAt": now,
        }
        # a lock the wearer may offer has a share link (offerToken) until it has a keyholder
        if lock["allowSessionOffer"] and keyholder is None and status == "locked" and not archived:
            lock["offerToken"] = self.new_token("offer")
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
        if self.reasons_preventing_unlocking(lock):
            return False
        return bool(lock["endDate"] is None or lock["endDate"] <= self.now())

    def reasons_preventing_unlocking(self, lock: dict[str, Any]) -> list[dict[str, str]]:
        """What the lock's extensions still ask for (share links short of their votes, an
        ongoing hygiene opening)."""
        reasons = []
        for party in lock["extensions"]:
            if party.get("sessionId") or "linkVotes" not in party:
                continue  # a partner extension says so in its session metadata
            if party["slug"] == "link":
                needed = int(party["config"].get("nbVisits") or 0)
                if len(party["linkVotes"]) < needed:
                    reasons.append(
                        {
                            "reason": f"{needed - len(party['linkVotes'])} share link vote(s) needed",
                            "icon": "link",
                        }
                    )
            elif party["slug"] == "temporary-opening" and party["opening"] is not None:
                reasons.append({"reason": "The lock is temporarily opened", "icon": "soap"})
        return reasons

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
            "reasonsPreventingUnlocking": self.reasons_preventing_unlocking(lock),
            "extensionsAllowUnlocking": not self.reasons_preventing_unlocking(lock),
            "lastVerificationPicture": (
                dict(lock["lastVerificationPicture"]) if lock["lastVerificationPicture"] else None
            ),
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
            "unsplashPhoto": None,
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
        out["unsplashPhoto"] = dict(record["unsplashPhoto"]) if record["unsplashPhoto"] else None
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

    def public_lock(self, sid: str, schema: str) -> dict[str, Any]:
        """A shared lock as the public pages show it (``PublicLockForPublic``, ``PublicLockForSearch``,
        ``PublicLockForProfilePage``): no password, no locks, with its join rules."""
        out: dict[str, Any] = self.validator.example(schema)
        public = self.shared_lock_public(sid, None, with_locks=False)
        out.update({k: v for k, v in public.items() if k in out})
        if "locks" in out:
            out["locks"] = []
        record = self.shared_locks[sid]
        if "joinRules" in out:
            wearing = sum(
                1
                for lock in self.locks.values()
                if lock["sharedLock"] == sid and lock["status"] == "locked" and lock["deletedAt"] is None
            )
            full = record["maxLockedUsers"] is not None and wearing >= record["maxLockedUsers"]
            out["joinRules"] = {
                "canBeJoined": record["archivedAt"] is None and not full,
                "containsPremiumExtension": False,
                "exceedsExtensionLimit": False,
                "oneOfExtensionsDisabled": False,
            }
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

    # -- session offers ---------------------------------------------------------------------
    def add_offer(
        self, lid: str, keyholder: str, *, status: str = "pending", created: _dt.datetime | None = None
    ) -> str:
        """A keyholding offer (session offer) of a lock's wearer to ``keyholder``."""
        oid = self.new_id()
        when = created or self.now()
        self.offers[oid] = {
            "_id": oid,
            "lock": lid,
            "keyholder": keyholder,
            "status": status,
            "validatedAt": None if status == "pending" else when,
            "archivedAt": None,
            "createdAt": when,
            "updatedAt": when,
        }
        return oid

    def offer_public(self, offer: dict[str, Any]) -> dict[str, Any]:
        """SessionOfferRequestForPublic: what the wearer sees of an offer they made."""
        return {
            "_id": offer["_id"],
            "lock": offer["lock"],
            "keyholder": self.user_public(offer["keyholder"]),
            "status": offer["status"],
            "validatedAt": iso(offer["validatedAt"]),
            "archivedAt": iso(offer["archivedAt"]),
            "createdAt": iso(offer["createdAt"]),
            "updatedAt": iso(offer["updatedAt"]),
        }

    def offer_for_keyholder(self, offer: dict[str, Any]) -> dict[str, Any]:
        """SessionOfferRequestForKeyholder: an offer as the keyholder it is made to sees it."""
        out: dict[str, Any] = {
            "_id": offer["_id"],
            "keyholder": offer["keyholder"],
            "lock": self.lock_public(offer["lock"], offer["keyholder"]),
            "status": offer["status"],
            "createdAt": iso(offer["createdAt"]),
            "updatedAt": iso(offer["updatedAt"]),
        }
        for key in ("validatedAt", "archivedAt"):  # (not nullable there: absent until set)
            if offer[key] is not None:
                out[key] = iso(offer[key])
        return out

    # -- partner configurations -------------------------------------------------------------
    def add_partner_configuration(
        self,
        ext: dict[str, Any],
        user: str,
        role: str,
        config: dict[str, Any],
        *,
        session_id: str | None = None,
        token: str | None = None,
    ) -> str:
        """A configuration of a partner extension being edited (its page reads and saves it by token)."""
        token = token or self.new_token("configuration")
        self.partner_configurations[token] = {
            "token": token,
            "config": dict(config),
            "role": role,
            "user": user,
            "sessionId": session_id,
            "extensionSlug": ext["slug"],
            "createdAt": iso(self.now()),
        }
        return token

    def partner_configuration_public(self, conf: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in conf.items() if k != "token"}

    # -- files ------------------------------------------------------------------------------
    def add_file(
        self, owner: str, data: bytes, filename: str | None, content_type: str | None, kind: str
    ) -> str:
        """Store a file; returns its key (GET /files/{fileKey})."""
        key = self.new_token("file")
        self.files[key] = {
            "key": key,
            "user": owner,
            "data": bytes(data),
            "filename": filename or "file",
            "contentType": content_type or "application/octet-stream",
            "type": kind,
            "createdAt": iso(self.now()),
        }
        return key

    def add_attachment_token(self, owner: str, keys: list[str], kind: str) -> str:
        """The token POST /files/upload answers: its owner attaches the files with it for a day."""
        token = self.new_token("attachments")
        self.attachments[token] = {
            "user": owner,
            "files": list(keys),
            "type": kind,
            "expiresAt": self.now() + _dt.timedelta(days=1),
        }
        return token

    # -- statistics -------------------------------------------------------------------------
    def user_stats(self, uid: str) -> dict[str, int]:
        """UserStatsForPublic from the user's locks (durations in seconds)."""
        now = self.now()
        worn = [lk for lk in self.locks.values() if lk["user"] == uid and lk["deletedAt"] is None]
        durations = [int(((lk["unlockedAt"] or now) - lk["startDate"]).total_seconds()) for lk in worn]
        return {
            "nbStartedLocks": len(worn),
            "nbEndedLocks": sum(1 for lk in worn if lk["status"] != "locked"),
            "totalTimeLocked": sum(durations),
            "maxTimeLocked": max(durations, default=0),
            "keyholderNbLocks": sum(
                1 for lk in self.locks.values() if lk["keyholder"] == uid and lk["deletedAt"] is None
            ),
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
        attachments: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        conv = self.conversations[cid]
        when = created or self.now()
        msg: dict[str, Any] = {
            "_id": self.new_id(),
            "user": sender,
            "attachments": list(attachments or []),
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
        settings = dict(config.get("config") or {})
        token = config.get("partnerConfigurationToken")
        if token:  # the configuration a partner extension's page saved for this lock
            saved = self.partner_configurations.get(token)
            if saved is None or saved["extensionSlug"] != config["slug"]:
                raise ApiError(400, "Invalid partner configuration token")
            settings = dict(saved["config"])
        ext = self.extension_by_slug(config["slug"])
        party: dict[str, Any] = {
            "_id": self.new_id(),
            "slug": config["slug"],
            "config": settings,
            "mode": config.get("mode", "unlimited"),
            "regularity": config.get("regularity", 3600),
            "userData": {},
            "createdAt": now,
            "updatedAt": now,
            "sessionId": None,
        }
        if ext is None:
            self._init_builtin_party(party, config)
        lock["extensions"].append(party)
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

    def _init_builtin_party(self, party: dict[str, Any], config: dict[str, Any]) -> None:
        """What a built-in extension keeps on the lock: its regular actions and its own state."""
        unlimited = party["mode"] == "unlimited"
        party["nbActionsRemaining"] = -1 if unlimited else int(config.get("nbActionsRemaining", 1))
        party["nextActionDate"] = (
            None if unlimited else self.now() + _dt.timedelta(seconds=max(1, party["regularity"]))
        )
        party["linkToken"] = self.new_token("link") if party["slug"] == "link" else None
        party["linkVotes"] = {}  # share links: voter (user id) -> when
        party["pillories"] = []  # pillory: the pillory periods, newest last
        party["opening"] = None  # temporary opening: the ongoing one
        party["openings"] = {}  # temporary opening: history entry id -> combination id revealed
        party["pictures"] = []  # verification picture: submissions, oldest first
        if party["slug"] == "tasks":
            party["userData"] = {"currentTask": None, "points": 0}
        elif party["slug"] == "verification-picture":
            party["userData"] = {"pendingRequest": None}

    def party(self, lock: dict[str, Any], party_id: str) -> dict[str, Any]:
        """One of the lock's extensions by its _id (404 otherwise)."""
        parties: list[dict[str, Any]] = lock["extensions"]
        for party in parties:
            if party["_id"] == party_id:
                return party
        raise not_found("Extension")

    def party_by_slug(self, lock: dict[str, Any], slug: str) -> dict[str, Any]:
        """The lock's extension ``slug`` (404 when the lock has none)."""
        parties: list[dict[str, Any]] = lock["extensions"]
        for party in parties:
            if party["slug"] == slug:
                return party
        raise not_found("Extension")

    def refresh_party_actions(self, party: dict[str, Any]) -> None:
        """A built-in extension's regular actions whose time has come (as refresh_actions)."""
        if party.get("sessionId") or party["mode"] == "unlimited" or party.get("nextActionDate") is None:
            return
        now = self.now()
        step = _dt.timedelta(seconds=max(1, party["regularity"]))
        while party["nextActionDate"] <= now:
            if party["mode"] == "cumulative":
                party["nbActionsRemaining"] += 1
            else:
                party["nbActionsRemaining"] = 1
            party["nextActionDate"] += step

    def remove_lock_extension(self, lid: str, party: dict[str, Any]) -> None:
        lock = self.locks[lid]
        lock["extensions"].remove(party)
        sid = party.get("sessionId")
        if sid and sid in self.sessions and not self.sessions[sid]["deleted"]:
            data = self.session_deleted_data(sid)
            self.sessions[sid]["deleted"] = True
            self.emit("extension_session.deleted", data)

    def extension_party_public(self, party: dict[str, Any]) -> dict[str, Any]:
        ext = self.extension_by_slug(party["slug"])
        session = self.sessions.get(party["sessionId"]) if party.get("sessionId") else None
        if session is not None:
            self.refresh_actions(session)
        else:
            self.refresh_party_actions(party)
        builtin = BUILTIN_EXTENSIONS.get(party["slug"]) if ext is None else None
        if session is not None:
            remaining, next_date = session["nbActionsRemaining"], iso(session["nextActionDate"])
        elif "nbActionsRemaining" in party:
            remaining, next_date = party["nbActionsRemaining"], iso(party["nextActionDate"])
        else:
            remaining, next_date = 0, None
        out = {
            "slug": party["slug"],
            "config": party["config"],
            "_id": party["_id"],
            "displayName": (ext or builtin or {}).get("displayName", party["slug"].replace("-", " ").title()),
            "summary": (ext or builtin or {}).get("summary", ""),
            "subtitle": (ext or builtin or {}).get("subtitle", ""),
            "icon": (ext or builtin or {}).get("icon", "puzzle-piece"),
            "mode": party["mode"],
            "userData": party["userData"],
            "regularity": party["regularity"],
            "nbActionsRemaining": remaining,
            "nextActionDate": next_date,
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
