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

from ..models.shared_lock_duration_mode_enum import SharedLockDurationModeEnum
from ..models.shared_lock_reason_for_public_hide_enum import SharedLockReasonForPublicHideEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extension_config_for_public import ExtensionConfigForPublic
    from ..models.lock_for_public import LockForPublic
    from ..models.unsplash_photo import UnsplashPhoto
    from ..models.user_for_public import UserForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionConfigForPublic, LockForPublic, UnsplashPhoto, UserForPublic
    from ..models.extension_config_for_public import ExtensionConfigForPublic
    from ..models.lock_for_public import LockForPublic
    from ..models.unsplash_photo import UnsplashPhoto
    from ..models.user_for_public import UserForPublic

    _resolved = True


@_attrs_define
class SharedLockForPublic(SpecModel):
    """Schema ``SharedLockForPublic``.

    Attributes:
        duration_mode (SharedLockDurationModeEnum):
        reason_for_public_hide (SharedLockReasonForPublicHideEnum):
        id (str): The shared lock id
        min_duration (float): The minimum duration, in seconds
        max_duration (float): The maximum duration, in seconds
        calculated_max_limit_duration (float | None): The calculated max limit duration
        user (UserForPublic):
        unsplash_photo (None | UnsplashPhoto): The Unsplash photo
        extensions (list[ExtensionConfigForPublic]): Extension configurations
        created_at (str): Created at
        updated_at (None | str): Updated at
        deleted_at (None | str): Deleted at
        archived_at (None | str): Archived at
        require_password (bool): Whether the lock requires a password
        password (None | str): Password
        max_limit_duration (float | None): The maximum duration of the lock, in seconds  After this duration, the wearer
            can release themself regardless of the timer or extension restrictions.
        min_date (datetime.datetime | None): The minimum date
        max_date (datetime.datetime | None): The maximum date
        max_limit_date (datetime.datetime | None): The maximum date of the lock  After this date, the wearer can release
            themself regardless of the timer or extension restrictions.
        display_remaining_time (bool): Whether the remaining time should be displayed to the wearer
        limit_lock_time (bool): Whether the lock is limited in time
        max_locked_users (float | None): The number of maximum locked users for this shared lock
        is_public (bool): Whether the lock is public
        require_contact (bool): Whether the shared lock requires contact from wearer  Displayed for information purposes
            only on the lock page
        name (str): The name
        description (str): The description
        tags (list[str]): The tags
        hide_time_logs (bool): Whether the time information should be hidden from the history
        is_findom (bool): Whether the lock is findom
        last_saved_at (datetime.datetime): Last saved at
        locks (list[LockForPublic] | Unset): List of locks  Only returned in shared locks endpoints
    """

    duration_mode: SharedLockDurationModeEnum
    reason_for_public_hide: SharedLockReasonForPublicHideEnum
    id: str
    min_duration: float
    max_duration: float
    calculated_max_limit_duration: float | None
    user: UserForPublic
    unsplash_photo: None | UnsplashPhoto
    extensions: list[ExtensionConfigForPublic]
    created_at: str
    updated_at: None | str
    deleted_at: None | str
    archived_at: None | str
    require_password: bool
    password: None | str
    max_limit_duration: float | None
    min_date: datetime.datetime | None
    max_date: datetime.datetime | None
    max_limit_date: datetime.datetime | None
    display_remaining_time: bool
    limit_lock_time: bool
    max_locked_users: float | None
    is_public: bool
    require_contact: bool
    name: str
    description: str
    tags: list[str]
    hide_time_logs: bool
    is_findom: bool
    last_saved_at: datetime.datetime
    locks: list[LockForPublic] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = (
        "duration_mode",
        "reason_for_public_hide",
        "user",
        "unsplash_photo",
        "extensions",
        "locks",
    )
    _required_keys = (
        "durationMode",
        "reasonForPublicHide",
        "_id",
        "minDuration",
        "maxDuration",
        "calculatedMaxLimitDuration",
        "user",
        "unsplashPhoto",
        "extensions",
        "createdAt",
        "updatedAt",
        "deletedAt",
        "archivedAt",
        "requirePassword",
        "password",
        "maxLimitDuration",
        "minDate",
        "maxDate",
        "maxLimitDate",
        "displayRemainingTime",
        "limitLockTime",
        "maxLockedUsers",
        "isPublic",
        "requireContact",
        "name",
        "description",
        "tags",
        "hideTimeLogs",
        "isFindom",
        "lastSavedAt",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.duration_mode, Unset):
            _out["durationMode"] = _json_value(self.duration_mode)
        if not isinstance(self.reason_for_public_hide, Unset):
            _out["reasonForPublicHide"] = _json_value(self.reason_for_public_hide)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.min_duration, Unset):
            _out["minDuration"] = self.min_duration
        if not isinstance(self.max_duration, Unset):
            _out["maxDuration"] = self.max_duration
        if not isinstance(self.calculated_max_limit_duration, Unset):
            _out["calculatedMaxLimitDuration"] = self.calculated_max_limit_duration
        if not isinstance(self.user, Unset):
            _out["user"] = _json_value(self.user)
        if not isinstance(self.unsplash_photo, Unset):
            _out["unsplashPhoto"] = _json_value(self.unsplash_photo)
        if not isinstance(self.extensions, Unset):
            _out["extensions"] = _json_value(self.extensions)
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = self.created_at
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = self.updated_at
        if not isinstance(self.deleted_at, Unset):
            _out["deletedAt"] = self.deleted_at
        if not isinstance(self.archived_at, Unset):
            _out["archivedAt"] = self.archived_at
        if not isinstance(self.require_password, Unset):
            _out["requirePassword"] = self.require_password
        if not isinstance(self.password, Unset):
            _out["password"] = self.password
        if not isinstance(self.max_limit_duration, Unset):
            _out["maxLimitDuration"] = self.max_limit_duration
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
        if not isinstance(self.max_locked_users, Unset):
            _out["maxLockedUsers"] = self.max_locked_users
        if not isinstance(self.is_public, Unset):
            _out["isPublic"] = self.is_public
        if not isinstance(self.require_contact, Unset):
            _out["requireContact"] = self.require_contact
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.tags, Unset):
            _out["tags"] = _json_value(self.tags)
        if not isinstance(self.hide_time_logs, Unset):
            _out["hideTimeLogs"] = self.hide_time_logs
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = self.is_findom
        if not isinstance(self.last_saved_at, Unset):
            _out["lastSavedAt"] = _json_value(self.last_saved_at)
        if not isinstance(self.locks, Unset):
            _out["locks"] = _json_value(self.locks)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SharedLockForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SharedLockForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SharedLockForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SharedLockForPublicFromJson.__new__(_SharedLockForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("durationMode", UNSET)
        if _v is UNSET:
            _o.duration_mode = UNSET
            _dev.append(_Deviation("duration_mode", "missing", "durationMode"))
        elif _v is None:
            _o.duration_mode = None
            _dev.append(_Deviation("duration_mode", "null", "durationMode"))
        else:
            try:
                _o.duration_mode = SharedLockDurationModeEnum._value2member_map_.get(
                    _v
                ) or SharedLockDurationModeEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.duration_mode = _v
                _dev.append(_Deviation("duration_mode", "invalid", "durationMode"))
        _v = _d.pop("reasonForPublicHide", UNSET)
        if _v is UNSET:
            _o.reason_for_public_hide = UNSET
            _dev.append(_Deviation("reason_for_public_hide", "missing", "reasonForPublicHide"))
        elif _v is None:
            _o.reason_for_public_hide = None
            _dev.append(_Deviation("reason_for_public_hide", "null", "reasonForPublicHide"))
        else:
            try:
                _o.reason_for_public_hide = SharedLockReasonForPublicHideEnum._value2member_map_.get(
                    _v
                ) or SharedLockReasonForPublicHideEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.reason_for_public_hide = _v
                _dev.append(_Deviation("reason_for_public_hide", "invalid", "reasonForPublicHide"))
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
        _v = _d.pop("minDuration", UNSET)
        if _v is UNSET:
            _o.min_duration = UNSET
            _dev.append(_Deviation("min_duration", "missing", "minDuration"))
        elif _v is None:
            _o.min_duration = None
            _dev.append(_Deviation("min_duration", "null", "minDuration"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.min_duration = _v
        else:
            _o.min_duration = _v
            _dev.append(_Deviation("min_duration", "invalid", "minDuration"))
        _v = _d.pop("maxDuration", UNSET)
        if _v is UNSET:
            _o.max_duration = UNSET
            _dev.append(_Deviation("max_duration", "missing", "maxDuration"))
        elif _v is None:
            _o.max_duration = None
            _dev.append(_Deviation("max_duration", "null", "maxDuration"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_duration = _v
        else:
            _o.max_duration = _v
            _dev.append(_Deviation("max_duration", "invalid", "maxDuration"))
        _v = _d.pop("calculatedMaxLimitDuration", UNSET)
        if _v is UNSET:
            _o.calculated_max_limit_duration = UNSET
            _dev.append(_Deviation("calculated_max_limit_duration", "missing", "calculatedMaxLimitDuration"))
        elif _v is None:
            _o.calculated_max_limit_duration = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.calculated_max_limit_duration = _v
        else:
            _o.calculated_max_limit_duration = _v
            _dev.append(_Deviation("calculated_max_limit_duration", "invalid", "calculatedMaxLimitDuration"))
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
        _v = _d.pop("unsplashPhoto", UNSET)
        if _v is UNSET:
            _o.unsplash_photo = UNSET
            _dev.append(_Deviation("unsplash_photo", "missing", "unsplashPhoto"))
        elif _v is None:
            _o.unsplash_photo = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.unsplash_photo = UnsplashPhoto._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.unsplash_photo = _v
                _dev.append(_Deviation("unsplash_photo", "invalid", "unsplashPhoto"))
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
                        _value2 = ExtensionConfigForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.extensions = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.extensions = _v
                _dev.append(_Deviation("extensions", "invalid", "extensions"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        elif _v.__class__ is str:
            _o.created_at = _v
        else:
            _o.created_at = _v
            _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("updatedAt", UNSET)
        if _v is UNSET:
            _o.updated_at = UNSET
            _dev.append(_Deviation("updated_at", "missing", "updatedAt"))
        elif _v is None:
            _o.updated_at = None
        elif _v.__class__ is str:
            _o.updated_at = _v
        else:
            _o.updated_at = _v
            _dev.append(_Deviation("updated_at", "invalid", "updatedAt"))
        _v = _d.pop("deletedAt", UNSET)
        if _v is UNSET:
            _o.deleted_at = UNSET
            _dev.append(_Deviation("deleted_at", "missing", "deletedAt"))
        elif _v is None:
            _o.deleted_at = None
        elif _v.__class__ is str:
            _o.deleted_at = _v
        else:
            _o.deleted_at = _v
            _dev.append(_Deviation("deleted_at", "invalid", "deletedAt"))
        _v = _d.pop("archivedAt", UNSET)
        if _v is UNSET:
            _o.archived_at = UNSET
            _dev.append(_Deviation("archived_at", "missing", "archivedAt"))
        elif _v is None:
            _o.archived_at = None
        elif _v.__class__ is str:
            _o.archived_at = _v
        else:
            _o.archived_at = _v
            _dev.append(_Deviation("archived_at", "invalid", "archivedAt"))
        _v = _d.pop("requirePassword", UNSET)
        if _v is UNSET:
            _o.require_password = UNSET
            _dev.append(_Deviation("require_password", "missing", "requirePassword"))
        elif _v is None:
            _o.require_password = None
            _dev.append(_Deviation("require_password", "null", "requirePassword"))
        elif _v.__class__ is bool:
            _o.require_password = _v
        else:
            _o.require_password = _v
            _dev.append(_Deviation("require_password", "invalid", "requirePassword"))
        _v = _d.pop("password", UNSET)
        if _v is UNSET:
            _o.password = UNSET
            _dev.append(_Deviation("password", "missing", "password"))
        elif _v is None:
            _o.password = None
        elif _v.__class__ is str:
            _o.password = _v
        else:
            _o.password = _v
            _dev.append(_Deviation("password", "invalid", "password"))
        _v = _d.pop("maxLimitDuration", UNSET)
        if _v is UNSET:
            _o.max_limit_duration = UNSET
            _dev.append(_Deviation("max_limit_duration", "missing", "maxLimitDuration"))
        elif _v is None:
            _o.max_limit_duration = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_limit_duration = _v
        else:
            _o.max_limit_duration = _v
            _dev.append(_Deviation("max_limit_duration", "invalid", "maxLimitDuration"))
        _v = _d.pop("minDate", UNSET)
        if _v is UNSET:
            _o.min_date = UNSET
            _dev.append(_Deviation("min_date", "missing", "minDate"))
        elif _v is None:
            _o.min_date = None
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
        _v = _d.pop("maxLockedUsers", UNSET)
        if _v is UNSET:
            _o.max_locked_users = UNSET
            _dev.append(_Deviation("max_locked_users", "missing", "maxLockedUsers"))
        elif _v is None:
            _o.max_locked_users = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_locked_users = _v
        else:
            _o.max_locked_users = _v
            _dev.append(_Deviation("max_locked_users", "invalid", "maxLockedUsers"))
        _v = _d.pop("isPublic", UNSET)
        if _v is UNSET:
            _o.is_public = UNSET
            _dev.append(_Deviation("is_public", "missing", "isPublic"))
        elif _v is None:
            _o.is_public = None
            _dev.append(_Deviation("is_public", "null", "isPublic"))
        elif _v.__class__ is bool:
            _o.is_public = _v
        else:
            _o.is_public = _v
            _dev.append(_Deviation("is_public", "invalid", "isPublic"))
        _v = _d.pop("requireContact", UNSET)
        if _v is UNSET:
            _o.require_contact = UNSET
            _dev.append(_Deviation("require_contact", "missing", "requireContact"))
        elif _v is None:
            _o.require_contact = None
            _dev.append(_Deviation("require_contact", "null", "requireContact"))
        elif _v.__class__ is bool:
            _o.require_contact = _v
        else:
            _o.require_contact = _v
            _dev.append(_Deviation("require_contact", "invalid", "requireContact"))
        _v = _d.pop("name", UNSET)
        if _v is UNSET:
            _o.name = UNSET
            _dev.append(_Deviation("name", "missing", "name"))
        elif _v is None:
            _o.name = None
            _dev.append(_Deviation("name", "null", "name"))
        elif _v.__class__ is str:
            _o.name = _v
        else:
            _o.name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            _o.description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            _o.description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("tags", UNSET)
        if _v is UNSET:
            _o.tags = UNSET
            _dev.append(_Deviation("tags", "missing", "tags"))
        elif _v is None:
            _o.tags = None
            _dev.append(_Deviation("tags", "null", "tags"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _nulls4 = False
                for _item3 in _v:
                    if not (_item3.__class__ is str):
                        if _item3 is not None:
                            raise _expected("a string", _item3)
                        _nulls4 = True
                if _nulls4:
                    for _index5, _item3 in enumerate(_v):
                        if _item3 is None:
                            _dev.append(_Deviation(f"tags[{_index5}]", "null", f"tags[{_index5}]"))
                _o.tags = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.tags = _v
                _dev.append(_Deviation("tags", "invalid", "tags"))
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
        _v = _d.pop("isFindom", UNSET)
        if _v is UNSET:
            _o.is_findom = UNSET
            _dev.append(_Deviation("is_findom", "missing", "isFindom"))
        elif _v is None:
            _o.is_findom = None
            _dev.append(_Deviation("is_findom", "null", "isFindom"))
        elif _v.__class__ is bool:
            _o.is_findom = _v
        else:
            _o.is_findom = _v
            _dev.append(_Deviation("is_findom", "invalid", "isFindom"))
        _v = _d.pop("lastSavedAt", UNSET)
        if _v is UNSET:
            _o.last_saved_at = UNSET
            _dev.append(_Deviation("last_saved_at", "missing", "lastSavedAt"))
        elif _v is None:
            _o.last_saved_at = None
            _dev.append(_Deviation("last_saved_at", "null", "lastSavedAt"))
        else:
            try:
                _o.last_saved_at = datetime.datetime.fromisoformat(_v)
                if _o.last_saved_at.tzinfo is None:
                    _o.last_saved_at = _o.last_saved_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.last_saved_at = _v
                _dev.append(_Deviation("last_saved_at", "invalid", "lastSavedAt"))
        _v = _d.pop("locks", UNSET)
        if _v is UNSET:
            _o.locks = UNSET
        elif _v is None:
            _o.locks = None
            _dev.append(_Deviation("locks", "null", "locks"))
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
                        _dev.append(_Deviation(f"locks[{len(_list7)}]", "null", f"locks[{len(_list7)}]"))
                    else:
                        if not isinstance(_item6, dict):
                            raise _expected("an object", _item6)
                        _value8 = LockForPublic._from_json(_item6)
                    _list7.append(_value8)
                _o.locks = _list7
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.locks = _v
                _dev.append(_Deviation("locks", "invalid", "locks"))
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


class _SharedLockForPublicFromJson(PendingModel, SharedLockForPublic):
    """A SharedLockForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain SharedLockForPublic)."""

    __slots__ = ()
    _model = SharedLockForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SharedLockForPublicFromJson.__name__ = _SharedLockForPublicFromJson.__qualname__ = "SharedLockForPublic"
