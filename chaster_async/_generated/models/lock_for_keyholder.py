from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

from ..models.keyholder_unavailable_enum import KeyholderUnavailableEnum
from ..models.lock_for_keyholder_role import LockForKeyholderRole
from ..models.lock_status_enum import LockStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extension_home_action_with_party_id import ExtensionHomeActionWithPartyId
    from ..models.extension_party_for_public import ExtensionPartyForPublic
    from ..models.reason_preventing_unlocking import ReasonPreventingUnlocking
    from ..models.shared_lock_for_public import SharedLockForPublic
    from ..models.user_for_public import UserForPublic
    from ..models.verification_picture_item import VerificationPictureItem

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        ExtensionHomeActionWithPartyId, \
        ExtensionPartyForPublic, \
        ReasonPreventingUnlocking, \
        SharedLockForPublic, \
        UserForPublic, \
        VerificationPictureItem
    from ..models.extension_home_action_with_party_id import ExtensionHomeActionWithPartyId
    from ..models.extension_party_for_public import ExtensionPartyForPublic
    from ..models.reason_preventing_unlocking import ReasonPreventingUnlocking
    from ..models.shared_lock_for_public import SharedLockForPublic
    from ..models.user_for_public import UserForPublic
    from ..models.verification_picture_item import VerificationPictureItem

    _resolved = True


@_attrs_define
class LockForKeyholder(SpecModel):
    """Schema ``LockForKeyholder``.

    Attributes:
        status (LockStatusEnum):
        start_date (datetime.datetime): The start date
        min_date (datetime.datetime): The minimum initial date configured at creation
        max_date (datetime.datetime): The maximum initial date configured at creation
        max_limit_date (datetime.datetime | None): The maximum date of the lock  After this date, the wearer can release
            themself regardless of the timer or extension restrictions.
        display_remaining_time (bool): Whether the remaining time is displayed to the wearer
        limit_lock_time (bool): Whether the lock is limited in duration
        deleted_at (datetime.datetime | None): Deleted at
        unlocked_at (datetime.datetime | None): Unlocked at
        archived_at (datetime.datetime | None): Archived at
        frozen_at (datetime.datetime | None): Frozen at
        keyholder_archived_at (datetime.datetime | None): Keyholder archived at
        allow_session_offer (bool): Whether the lock allows session offers
        is_test_lock (bool): Whether the lock is a test lock and counts in the user stats
        offer_token (None | str): The offer token
        hide_time_logs (bool): True if the time information should be hidden from the history
        trusted (bool): Whether the keyholder is trusted
        id (str): The lock id
        end_date (datetime.datetime | None): The end date
        title (str): The lock title
        total_duration (float): The total duration, since the creation of the lock
        user (UserForPublic):
        keyholder (None | UserForPublic): The keyholder
        shared_lock (None | SharedLockForPublic): The shared lock
        is_allowed_to_view_time (bool): Whether the wearer is allowed to view the remaining time
        can_be_unlocked (bool): Whether the lock can be unlocked
        can_be_unlocked_by_max_limit_date (bool): Whether the lock can be unlocked because the max limit date has been
            reached
        is_frozen (bool): Whether the lock is frozen
        role (LockForKeyholderRole): The user role
        extensions (list[ExtensionPartyForPublic]): The extensions
        combination (str): The combination
        reasons_preventing_unlocking (list[ReasonPreventingUnlocking]): Reasons preventing unlocking
        extensions_allow_unlocking (bool): Whether the extensions allow unlocking
        last_verification_picture (None | VerificationPictureItem): The last verification picture
        created_at (datetime.datetime): Created at
        updated_at (datetime.datetime): Updated at
        keyholder_unavailable (KeyholderUnavailableEnum | Unset):
        available_home_actions (list[ExtensionHomeActionWithPartyId] | Unset): List of home actions Only available for
            the wearer
    """

    status: LockStatusEnum
    start_date: datetime.datetime
    min_date: datetime.datetime
    max_date: datetime.datetime
    max_limit_date: datetime.datetime | None
    display_remaining_time: bool
    limit_lock_time: bool
    deleted_at: datetime.datetime | None
    unlocked_at: datetime.datetime | None
    archived_at: datetime.datetime | None
    frozen_at: datetime.datetime | None
    keyholder_archived_at: datetime.datetime | None
    allow_session_offer: bool
    is_test_lock: bool
    offer_token: None | str
    hide_time_logs: bool
    trusted: bool
    id: str
    end_date: datetime.datetime | None
    title: str
    total_duration: float
    user: UserForPublic
    keyholder: None | UserForPublic
    shared_lock: None | SharedLockForPublic
    is_allowed_to_view_time: bool
    can_be_unlocked: bool
    can_be_unlocked_by_max_limit_date: bool
    is_frozen: bool
    role: LockForKeyholderRole
    extensions: list[ExtensionPartyForPublic]
    combination: str
    reasons_preventing_unlocking: list[ReasonPreventingUnlocking]
    extensions_allow_unlocking: bool
    last_verification_picture: None | VerificationPictureItem
    created_at: datetime.datetime
    updated_at: datetime.datetime
    keyholder_unavailable: KeyholderUnavailableEnum | Unset = UNSET
    available_home_actions: list[ExtensionHomeActionWithPartyId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = (
        "status",
        "user",
        "keyholder",
        "shared_lock",
        "role",
        "extensions",
        "reasons_preventing_unlocking",
        "last_verification_picture",
        "keyholder_unavailable",
        "available_home_actions",
    )
    _required_keys = (
        "status",
        "startDate",
        "minDate",
        "maxDate",
        "maxLimitDate",
        "displayRemainingTime",
        "limitLockTime",
        "deletedAt",
        "unlockedAt",
        "archivedAt",
        "frozenAt",
        "keyholderArchivedAt",
        "allowSessionOffer",
        "isTestLock",
        "offerToken",
        "hideTimeLogs",
        "trusted",
        "_id",
        "endDate",
        "title",
        "totalDuration",
        "user",
        "keyholder",
        "sharedLock",
        "isAllowedToViewTime",
        "canBeUnlocked",
        "canBeUnlockedByMaxLimitDate",
        "isFrozen",
        "role",
        "extensions",
        "combination",
        "reasonsPreventingUnlocking",
        "extensionsAllowUnlocking",
        "lastVerificationPicture",
        "createdAt",
        "updatedAt",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.start_date, Unset):
            _out["startDate"] = _json_value(self.start_date)
        if not isinstance(self.min_date, Unset):
            _out["minDate"] = _json_value(self.min_date)
        if not isinstance(self.max_date, Unset):
            _out["maxDate"] = _json_value(self.max_date)
        if not isinstance(self.max_limit_date, Unset):
            _out["maxLimitDate"] = _json_value(self.max_limit_date)
        if not isinstance(self.display_remaining_time, Unset):
            _out["displayRemainingTime"] = self.display_remaining_time
        if not isinstance(self.limit_lock_time, Unset):
            _out["limitLockTime"] = self.limit_lock_time
        if not isinstance(self.deleted_at, Unset):
            _out["deletedAt"] = _json_value(self.deleted_at)
        if not isinstance(self.unlocked_at, Unset):
            _out["unlockedAt"] = _json_value(self.unlocked_at)
        if not isinstance(self.archived_at, Unset):
            _out["archivedAt"] = _json_value(self.archived_at)
        if not isinstance(self.frozen_at, Unset):
            _out["frozenAt"] = _json_value(self.frozen_at)
        if not isinstance(self.keyholder_archived_at, Unset):
            _out["keyholderArchivedAt"] = _json_value(self.keyholder_archived_at)
        if not isinstance(self.allow_session_offer, Unset):
            _out["allowSessionOffer"] = self.allow_session_offer
        if not isinstance(self.is_test_lock, Unset):
            _out["isTestLock"] = self.is_test_lock
        if not isinstance(self.offer_token, Unset):
            _out["offerToken"] = self.offer_token
        if not isinstance(self.hide_time_logs, Unset):
            _out["hideTimeLogs"] = self.hide_time_logs
        if not isinstance(self.trusted, Unset):
            _out["trusted"] = self.trusted
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.end_date, Unset):
            _out["endDate"] = _json_value(self.end_date)
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.total_duration, Unset):
            _out["totalDuration"] = self.total_duration
        if not isinstance(self.user, Unset):
            _out["user"] = _json_value(self.user)
        if not isinstance(self.keyholder, Unset):
            _out["keyholder"] = _json_value(self.keyholder)
        if not isinstance(self.shared_lock, Unset):
            _out["sharedLock"] = _json_value(self.shared_lock)
        if not isinstance(self.is_allowed_to_view_time, Unset):
            _out["isAllowedToViewTime"] = self.is_allowed_to_view_time
        if not isinstance(self.can_be_unlocked, Unset):
            _out["canBeUnlocked"] = self.can_be_unlocked
        if not isinstance(self.can_be_unlocked_by_max_limit_date, Unset):
            _out["canBeUnlockedByMaxLimitDate"] = self.can_be_unlocked_by_max_limit_date
        if not isinstance(self.is_frozen, Unset):
            _out["isFrozen"] = self.is_frozen
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.extensions, Unset):
            _out["extensions"] = _json_value(self.extensions)
        if not isinstance(self.combination, Unset):
            _out["combination"] = self.combination
        if not isinstance(self.reasons_preventing_unlocking, Unset):
            _out["reasonsPreventingUnlocking"] = _json_value(self.reasons_preventing_unlocking)
        if not isinstance(self.extensions_allow_unlocking, Unset):
            _out["extensionsAllowUnlocking"] = self.extensions_allow_unlocking
        if not isinstance(self.last_verification_picture, Unset):
            _out["lastVerificationPicture"] = _json_value(self.last_verification_picture)
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = _json_value(self.updated_at)
        if not isinstance(self.keyholder_unavailable, Unset):
            _out["keyholderUnavailable"] = _json_value(self.keyholder_unavailable)
        if not isinstance(self.available_home_actions, Unset):
            _out["availableHomeActions"] = _json_value(self.available_home_actions)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LockForKeyholder:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"LockForKeyholder needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> LockForKeyholder:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _LockForKeyholderFromJson.__new__(_LockForKeyholderFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = LockStatusEnum._value2member_map_.get(_v) or LockStatusEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
        _v = _d.pop("startDate", UNSET)
        if _v is UNSET:
            _o.start_date = UNSET
            _dev.append(_Deviation("start_date", "missing", "startDate"))
        elif _v is None:
            _o.start_date = None
            _dev.append(_Deviation("start_date", "null", "startDate"))
        else:
            try:
                _o.start_date = datetime.datetime.fromisoformat(_v)
                if _o.start_date.tzinfo is None:
                    _o.start_date = _o.start_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.start_date = _v
                _dev.append(_Deviation("start_date", "invalid", "startDate"))
        _v = _d.pop("minDate", UNSET)
        if _v is UNSET:
            _o.min_date = UNSET
            _dev.append(_Deviation("min_date", "missing", "minDate"))
        elif _v is None:
            _o.min_date = None
            _dev.append(_Deviation("min_date", "null", "minDate"))
        else:
            try:
                _o.min_date = datetime.datetime.fromisoformat(_v)
                if _o.min_date.tzinfo is None:
                    _o.min_date = _o.min_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.min_date = _v
                _dev.append(_Deviation("min_date", "invalid", "minDate"))
        _v = _d.pop("maxDate", UNSET)
        if _v is UNSET:
            _o.max_date = UNSET
            _dev.append(_Deviation("max_date", "missing", "maxDate"))
        elif _v is None:
            _o.max_date = None
            _dev.append(_Deviation("max_date", "null", "maxDate"))
        else:
            try:
                _o.max_date = datetime.datetime.fromisoformat(_v)
                if _o.max_date.tzinfo is None:
                    _o.max_date = _o.max_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.max_date = _v
                _dev.append(_Deviation("max_date", "invalid", "maxDate"))
        _v = _d.pop("maxLimitDate", UNSET)
        if _v is UNSET:
            _o.max_limit_date = UNSET
            _dev.append(_Deviation("max_limit_date", "missing", "maxLimitDate"))
        elif _v is None:
            _o.max_limit_date = None
        else:
            try:
                _o.max_limit_date = datetime.datetime.fromisoformat(_v)
                if _o.max_limit_date.tzinfo is None:
                    _o.max_limit_date = _o.max_limit_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.max_limit_date = _v
                _dev.append(_Deviation("max_limit_date", "invalid", "maxLimitDate"))
        _v = _d.pop("displayRemainingTime", UNSET)
        if _v is UNSET:
            _o.display_remaining_time = UNSET
            _dev.append(_Deviation("display_remaining_time", "missing", "displayRemainingTime"))
        elif _v is None:
            _o.display_remaining_time = None
            _dev.append(_Deviation("display_remaining_time", "null", "displayRemainingTime"))
        elif _v.__class__ is bool:
            _o.display_remaining_time = _v
        else:
            _o.display_remaining_time = _v
            _dev.append(_Deviation("display_remaining_time", "invalid", "displayRemainingTime"))
        _v = _d.pop("limitLockTime", UNSET)
        if _v is UNSET:
            _o.limit_lock_time = UNSET
            _dev.append(_Deviation("limit_lock_time", "missing", "limitLockTime"))
        elif _v is None:
            _o.limit_lock_time = None
            _dev.append(_Deviation("limit_lock_time", "null", "limitLockTime"))
        elif _v.__class__ is bool:
            _o.limit_lock_time = _v
        else:
            _o.limit_lock_time = _v
            _dev.append(_Deviation("limit_lock_time", "invalid", "limitLockTime"))
        _v = _d.pop("deletedAt", UNSET)
        if _v is UNSET:
            _o.deleted_at = UNSET
            _dev.append(_Deviation("deleted_at", "missing", "deletedAt"))
        elif _v is None:
            _o.deleted_at = None
        else:
            try:
                _o.deleted_at = datetime.datetime.fromisoformat(_v)
                if _o.deleted_at.tzinfo is None:
                    _o.deleted_at = _o.deleted_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.deleted_at = _v
                _dev.append(_Deviation("deleted_at", "invalid", "deletedAt"))
        _v = _d.pop("unlockedAt", UNSET)
        if _v is UNSET:
            _o.unlocked_at = UNSET
            _dev.append(_Deviation("unlocked_at", "missing", "unlockedAt"))
        elif _v is None:
            _o.unlocked_at = None
        else:
            try:
                _o.unlocked_at = datetime.datetime.fromisoformat(_v)
                if _o.unlocked_at.tzinfo is None:
                    _o.unlocked_at = _o.unlocked_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.unlocked_at = _v
                _dev.append(_Deviation("unlocked_at", "invalid", "unlockedAt"))
        _v = _d.pop("archivedAt", UNSET)
        if _v is UNSET:
            _o.archived_at = UNSET
            _dev.append(_Deviation("archived_at", "missing", "archivedAt"))
        elif _v is None:
            _o.archived_at = None
        else:
            try:
                _o.archived_at = datetime.datetime.fromisoformat(_v)
                if _o.archived_at.tzinfo is None:
                    _o.archived_at = _o.archived_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.archived_at = _v
                _dev.append(_Deviation("archived_at", "invalid", "archivedAt"))
        _v = _d.pop("frozenAt", UNSET)
        if _v is UNSET:
            _o.frozen_at = UNSET
            _dev.append(_Deviation("frozen_at", "missing", "frozenAt"))
        elif _v is None:
            _o.frozen_at = None
        else:
            try:
                _o.frozen_at = datetime.datetime.fromisoformat(_v)
                if _o.frozen_at.tzinfo is None:
                    _o.frozen_at = _o.frozen_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.frozen_at = _v
                _dev.append(_Deviation("frozen_at", "invalid", "frozenAt"))
        _v = _d.pop("keyholderArchivedAt", UNSET)
        if _v is UNSET:
            _o.keyholder_archived_at = UNSET
            _dev.append(_Deviation("keyholder_archived_at", "missing", "keyholderArchivedAt"))
        elif _v is None:
            _o.keyholder_archived_at = None
        else:
            try:
                _o.keyholder_archived_at = datetime.datetime.fromisoformat(_v)
                if _o.keyholder_archived_at.tzinfo is None:
                    _o.keyholder_archived_at = _o.keyholder_archived_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.keyholder_archived_at = _v
                _dev.append(_Deviation("keyholder_archived_at", "invalid", "keyholderArchivedAt"))
        _v = _d.pop("allowSessionOffer", UNSET)
        if _v is UNSET:
            _o.allow_session_offer = UNSET
            _dev.append(_Deviation("allow_session_offer", "missing", "allowSessionOffer"))
        elif _v is None:
            _o.allow_session_offer = None
            _dev.append(_Deviation("allow_session_offer", "null", "allowSessionOffer"))
        elif _v.__class__ is bool:
            _o.allow_session_offer = _v
        else:
            _o.allow_session_offer = _v
            _dev.append(_Deviation("allow_session_offer", "invalid", "allowSessionOffer"))
        _v = _d.pop("isTestLock", UNSET)
        if _v is UNSET:
            _o.is_test_lock = UNSET
            _dev.append(_Deviation("is_test_lock", "missing", "isTestLock"))
        elif _v is None:
            _o.is_test_lock = None
            _dev.append(_Deviation("is_test_lock", "null", "isTestLock"))
        elif _v.__class__ is bool:
            _o.is_test_lock = _v
        else:
            _o.is_test_lock = _v
            _dev.append(_Deviation("is_test_lock", "invalid", "isTestLock"))
        _v = _d.pop("offerToken", UNSET)
        if _v is UNSET:
            _o.offer_token = UNSET
            _dev.append(_Deviation("offer_token", "missing", "offerToken"))
        elif _v is None:
            _o.offer_token = None
        elif _v.__class__ is str:
            _o.offer_token = _v
        else:
            _o.offer_token = _v
            _dev.append(_Deviation("offer_token", "invalid", "offerToken"))
        _v = _d.pop("hideTimeLogs", UNSET)
        if _v is UNSET:
            _o.hide_time_logs = UNSET
            _dev.append(_Deviation("hide_time_logs", "missing", "hideTimeLogs"))
        elif _v is None:
            _o.hide_time_logs = None
            _dev.append(_Deviation("hide_time_logs", "null", "hideTimeLogs"))
        elif _v.__class__ is bool:
            _o.hide_time_logs = _v
        else:
            _o.hide_time_logs = _v
            _dev.append(_Deviation("hide_time_logs", "invalid", "hideTimeLogs"))
        _v = _d.pop("trusted", UNSET)
        if _v is UNSET:
            _o.trusted = UNSET
            _dev.append(_Deviation("trusted", "missing", "trusted"))
        elif _v is None:
            _o.trusted = None
            _dev.append(_Deviation("trusted", "null", "trusted"))
        elif _v.__class__ is bool:
            _o.trusted = _v
        else:
            _o.trusted = _v
            _dev.append(_Deviation("trusted", "invalid", "trusted"))
        _v = _d.pop("_id", UNSET)
        if _v is UNSET:
            _o.id = UNSET
            _dev.append(_Deviation("id", "missing", "_id"))
        elif _v is None:
            _o.id = None
            _dev.append(_Deviation("id", "null", "_id"))
        elif _v.__class__ is str:
            _o.id = _v
        else:
            _o.id = _v
            _dev.append(_Deviation("id", "invalid", "_id"))
        _v = _d.pop("endDate", UNSET)
        if _v is UNSET:
            _o.end_date = UNSET
            _dev.append(_Deviation("end_date", "missing", "endDate"))
        elif _v is None:
            _o.end_date = None
        else:
            try:
                _o.end_date = datetime.datetime.fromisoformat(_v)
                if _o.end_date.tzinfo is None:
                    _o.end_date = _o.end_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.end_date = _v
                _dev.append(_Deviation("end_date", "invalid", "endDate"))
        _v = _d.pop("title", UNSET)
        if _v is UNSET:
            _o.title = UNSET
            _dev.append(_Deviation("title", "missing", "title"))
        elif _v is None:
            _o.title = None
            _dev.append(_Deviation("title", "null", "title"))
        elif _v.__class__ is str:
            _o.title = _v
        else:
            _o.title = _v
            _dev.append(_Deviation("title", "invalid", "title"))
        _v = _d.pop("totalDuration", UNSET)
        if _v is UNSET:
            _o.total_duration = UNSET
            _dev.append(_Deviation("total_duration", "missing", "totalDuration"))
        elif _v is None:
            _o.total_duration = None
            _dev.append(_Deviation("total_duration", "null", "totalDuration"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total_duration = _v
        else:
            _o.total_duration = _v
            _dev.append(_Deviation("total_duration", "invalid", "totalDuration"))
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
            _dev.append(_Deviation("user", "missing", "user"))
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.user = UserForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.user = _v
                _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("keyholder", UNSET)
        if _v is UNSET:
            _o.keyholder = UNSET
            _dev.append(_Deviation("keyholder", "missing", "keyholder"))
        elif _v is None:
            _o.keyholder = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.keyholder = UserForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.keyholder = _v
                _dev.append(_Deviation("keyholder", "invalid", "keyholder"))
        _v = _d.pop("sharedLock", UNSET)
        if _v is UNSET:
            _o.shared_lock = UNSET
            _dev.append(_Deviation("shared_lock", "missing", "sharedLock"))
        elif _v is None:
            _o.shared_lock = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.shared_lock = SharedLockForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.shared_lock = _v
                _dev.append(_Deviation("shared_lock", "invalid", "sharedLock"))
        _v = _d.pop("isAllowedToViewTime", UNSET)
        if _v is UNSET:
            _o.is_allowed_to_view_time = UNSET
            _dev.append(_Deviation("is_allowed_to_view_time", "missing", "isAllowedToViewTime"))
        elif _v is None:
            _o.is_allowed_to_view_time = None
            _dev.append(_Deviation("is_allowed_to_view_time", "null", "isAllowedToViewTime"))
        elif _v.__class__ is bool:
            _o.is_allowed_to_view_time = _v
        else:
            _o.is_allowed_to_view_time = _v
            _dev.append(_Deviation("is_allowed_to_view_time", "invalid", "isAllowedToViewTime"))
        _v = _d.pop("canBeUnlocked", UNSET)
        if _v is UNSET:
            _o.can_be_unlocked = UNSET
            _dev.append(_Deviation("can_be_unlocked", "missing", "canBeUnlocked"))
        elif _v is None:
            _o.can_be_unlocked = None
            _dev.append(_Deviation("can_be_unlocked", "null", "canBeUnlocked"))
        elif _v.__class__ is bool:
            _o.can_be_unlocked = _v
        else:
            _o.can_be_unlocked = _v
            _dev.append(_Deviation("can_be_unlocked", "invalid", "canBeUnlocked"))
        _v = _d.pop("canBeUnlockedByMaxLimitDate", UNSET)
        if _v is UNSET:
            _o.can_be_unlocked_by_max_limit_date = UNSET
            _dev.append(
                _Deviation("can_be_unlocked_by_max_limit_date", "missing", "canBeUnlockedByMaxLimitDate")
            )
        elif _v is None:
            _o.can_be_unlocked_by_max_limit_date = None
            _dev.append(
                _Deviation("can_be_unlocked_by_max_limit_date", "null", "canBeUnlockedByMaxLimitDate")
            )
        elif _v.__class__ is bool:
            _o.can_be_unlocked_by_max_limit_date = _v
        else:
            _o.can_be_unlocked_by_max_limit_date = _v
            _dev.append(
                _Deviation("can_be_unlocked_by_max_limit_date", "invalid", "canBeUnlockedByMaxLimitDate")
            )
        _v = _d.pop("isFrozen", UNSET)
        if _v is UNSET:
            _o.is_frozen = UNSET
            _dev.append(_Deviation("is_frozen", "missing", "isFrozen"))
        elif _v is None:
            _o.is_frozen = None
            _dev.append(_Deviation("is_frozen", "null", "isFrozen"))
        elif _v.__class__ is bool:
            _o.is_frozen = _v
        else:
            _o.is_frozen = _v
            _dev.append(_Deviation("is_frozen", "invalid", "isFrozen"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                _o.role = LockForKeyholderRole._value2member_map_.get(_v) or LockForKeyholderRole(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("extensions", UNSET)
        if _v is UNSET:
            _o.extensions = UNSET
            _dev.append(_Deviation("extensions", "missing", "extensions"))
        elif _v is None:
            _o.extensions = None
            _dev.append(_Deviation("extensions", "null", "extensions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list1: list[Any] = []
                _value2: Any
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                        _dev.append(
                            _Deviation(f"extensions[{len(_list1)}]", "null", f"extensions[{len(_list1)}]")
                        )
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = ExtensionPartyForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.extensions = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.extensions = _v
                _dev.append(_Deviation("extensions", "invalid", "extensions"))
        _v = _d.pop("combination", UNSET)
        if _v is UNSET:
            _o.combination = UNSET
            _dev.append(_Deviation("combination", "missing", "combination"))
        elif _v is None:
            _o.combination = None
            _dev.append(_Deviation("combination", "null", "combination"))
        elif _v.__class__ is str:
            _o.combination = _v
        else:
            _o.combination = _v
            _dev.append(_Deviation("combination", "invalid", "combination"))
        _v = _d.pop("reasonsPreventingUnlocking", UNSET)
        if _v is UNSET:
            _o.reasons_preventing_unlocking = UNSET
            _dev.append(_Deviation("reasons_preventing_unlocking", "missing", "reasonsPreventingUnlocking"))
        elif _v is None:
            _o.reasons_preventing_unlocking = None
            _dev.append(_Deviation("reasons_preventing_unlocking", "null", "reasonsPreventingUnlocking"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list4: list[Any] = []
                _value5: Any
                for _item3 in _v:
                    if _item3 is None:
                        _value5 = None
                        _dev.append(
                            _Deviation(
                                f"reasons_preventing_unlocking[{len(_list4)}]",
                                "null",
                                f"reasonsPreventingUnlocking[{len(_list4)}]",
                            )
                        )
                    else:
                        if not isinstance(_item3, dict):
                            raise _expected("an object", _item3)
                        _value5 = ReasonPreventingUnlocking._from_json(_item3)
                    _list4.append(_value5)
                _o.reasons_preventing_unlocking = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.reasons_preventing_unlocking = _v
                _dev.append(
                    _Deviation("reasons_preventing_unlocking", "invalid", "reasonsPreventingUnlocking")
                )
        _v = _d.pop("extensionsAllowUnlocking", UNSET)
        if _v is UNSET:
            _o.extensions_allow_unlocking = UNSET
            _dev.append(_Deviation("extensions_allow_unlocking", "missing", "extensionsAllowUnlocking"))
        elif _v is None:
            _o.extensions_allow_unlocking = None
            _dev.append(_Deviation("extensions_allow_unlocking", "null", "extensionsAllowUnlocking"))
        elif _v.__class__ is bool:
            _o.extensions_allow_unlocking = _v
        else:
            _o.extensions_allow_unlocking = _v
            _dev.append(_Deviation("extensions_allow_unlocking", "invalid", "extensionsAllowUnlocking"))
        _v = _d.pop("lastVerificationPicture", UNSET)
        if _v is UNSET:
            _o.last_verification_picture = UNSET
            _dev.append(_Deviation("last_verification_picture", "missing", "lastVerificationPicture"))
        elif _v is None:
            _o.last_verification_picture = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.last_verification_picture = VerificationPictureItem._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.last_verification_picture = _v
                _dev.append(_Deviation("last_verification_picture", "invalid", "lastVerificationPicture"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        else:
            try:
                _o.created_at = datetime.datetime.fromisoformat(_v)
                if _o.created_at.tzinfo is None:
                    _o.created_at = _o.created_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.created_at = _v
                _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("updatedAt", UNSET)
        if _v is UNSET:
            _o.updated_at = UNSET
            _dev.append(_Deviation("updated_at", "missing", "updatedAt"))
        elif _v is None:
            _o.updated_at = None
            _dev.append(_Deviation("updated_at", "null", "updatedAt"))
        else:
            try:
                _o.updated_at = datetime.datetime.fromisoformat(_v)
                if _o.updated_at.tzinfo is None:
                    _o.updated_at = _o.updated_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.updated_at = _v
                _dev.append(_Deviation("updated_at", "invalid", "updatedAt"))
        _v = _d.pop("keyholderUnavailable", UNSET)
        if _v is UNSET:
            _o.keyholder_unavailable = UNSET
        elif _v is None:
            _o.keyholder_unavailable = None
            _dev.append(_Deviation("keyholder_unavailable", "null", "keyholderUnavailable"))
        else:
            try:
                _o.keyholder_unavailable = KeyholderUnavailableEnum._value2member_map_.get(
                    _v
                ) or KeyholderUnavailableEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.keyholder_unavailable = _v
                _dev.append(_Deviation("keyholder_unavailable", "invalid", "keyholderUnavailable"))
        _v = _d.pop("availableHomeActions", UNSET)
        if _v is UNSET:
            _o.available_home_actions = UNSET
        elif _v is None:
            _o.available_home_actions = None
            _dev.append(_Deviation("available_home_actions", "null", "availableHomeActions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list7: list[Any] = []
                _value8: Any
                for _item6 in _v:
                    if _item6 is None:
                        _value8 = None
                        _dev.append(
                            _Deviation(
                                f"available_home_actions[{len(_list7)}]",
                                "null",
                                f"availableHomeActions[{len(_list7)}]",
                            )
                        )
                    else:
                        if not isinstance(_item6, dict):
                            raise _expected("an object", _item6)
                        _value8 = ExtensionHomeActionWithPartyId._from_json(_item6)
                    _list7.append(_value8)
                _o.available_home_actions = _list7
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.available_home_actions = _v
                _dev.append(_Deviation("available_home_actions", "invalid", "availableHomeActions"))
        _o.additional_properties = _d
        _o._deviations = tuple(_dev)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _LockForKeyholderFromJson(PendingModel, LockForKeyholder):
    """A LockForKeyholder from ``from_dict`` whose JSON is read on first use (then it is a plain LockForKeyholder)."""

    __slots__ = ()
    _model = LockForKeyholder


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_LockForKeyholderFromJson.__name__ = _LockForKeyholderFromJson.__qualname__ = "LockForKeyholder"
