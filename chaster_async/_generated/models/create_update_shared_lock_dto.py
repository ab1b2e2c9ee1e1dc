from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class CreateUpdateSharedLockDto(SpecModel):
    """Schema ``CreateUpdateSharedLockDto``.

    Attributes:
        min_duration (float): The minimum duration, in seconds
        max_duration (float): The maximum duration, in seconds
        max_limit_duration (float | None): The maximum duration of the lock, in seconds  After this duration, the wearer
            can release themself regardless of the timer or extension restrictions.
        min_date (datetime.datetime | None): The minimum date
        max_date (datetime.datetime | None): The maximum date
        max_limit_date (datetime.datetime | None): The maximum date of the lock  After this date, the wearer can release
            themself regardless of the timer or extension restrictions.
        display_remaining_time (bool): Whether the remaining time should be displayed to the wearer
        limit_lock_time (bool): Whether the lock is limited in time
        is_public (bool): Whether the lock is public
        max_locked_users (float | None): The number of maximum locked users for this shared lock
        password (None | str): An optional password
        require_contact (bool): Whether the shared lock requires contact from wearer  Displayed for information purposes
            only on the lock page
        name (str): The name
        description (str): The description
        photo_id (str): The Unsplash photo id
        hide_time_logs (bool): Whether the time information should be hidden from the history
        is_findom (bool): Whether the lock is a findom lock
        tags (list[str] | Unset): Tags
    """

    min_duration: float
    max_duration: float
    max_limit_duration: float | None
    min_date: datetime.datetime | None
    max_date: datetime.datetime | None
    max_limit_date: datetime.datetime | None
    display_remaining_time: bool
    limit_lock_time: bool
    is_public: bool
    max_locked_users: float | None
    password: None | str
    require_contact: bool
    name: str
    description: str
    photo_id: str
    hide_time_logs: bool
    is_findom: bool
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
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
        "photoId",
        "hideTimeLogs",
        "isFindom",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.min_duration, Unset):
            _out["minDuration"] = self.min_duration
        if not isinstance(self.max_duration, Unset):
            _out["maxDuration"] = self.max_duration
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
        if not isinstance(self.is_public, Unset):
            _out["isPublic"] = self.is_public
        if not isinstance(self.max_locked_users, Unset):
            _out["maxLockedUsers"] = self.max_locked_users
        if not isinstance(self.password, Unset):
            _out["password"] = self.password
        if not isinstance(self.require_contact, Unset):
            _out["requireContact"] = self.require_contact
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.photo_id, Unset):
            _out["photoId"] = self.photo_id
        if not isinstance(self.hide_time_logs, Unset):
            _out["hideTimeLogs"] = self.hide_time_logs
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = self.is_findom
        if not isinstance(self.tags, Unset):
            _out["tags"] = _json_value(self.tags)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreateUpdateSharedLockDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreateUpdateSharedLockDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreateUpdateSharedLockDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreateUpdateSharedLockDtoFromJson.__new__(_CreateUpdateSharedLockDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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
        _v = _d.pop("photoId", UNSET)
        if _v is UNSET:
            _o.photo_id = UNSET
            _dev.append(_Deviation("photo_id", "missing", "photoId"))
        elif _v is None:
            _o.photo_id = None
            _dev.append(_Deviation("photo_id", "null", "photoId"))
        elif _v.__class__ is str:
            _o.photo_id = _v
        else:
            _o.photo_id = _v
            _dev.append(_Deviation("photo_id", "invalid", "photoId"))
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
        _v = _d.pop("tags", UNSET)
        if _v is UNSET:
            _o.tags = UNSET
        elif _v is None:
            _o.tags = None
            _dev.append(_Deviation("tags", "null", "tags"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _nulls1 = False
                for _item0 in _v:
                    if not (_item0.__class__ is str):
                        if _item0 is not None:
                            raise _expected("a string", _item0)
                        _nulls1 = True
                if _nulls1:
                    for _index2, _item0 in enumerate(_v):
                        if _item0 is None:
                            _dev.append(_Deviation(f"tags[{_index2}]", "null", f"tags[{_index2}]"))
                _o.tags = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.tags = _v
                _dev.append(_Deviation("tags", "invalid", "tags"))
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


class _CreateUpdateSharedLockDtoFromJson(PendingModel, CreateUpdateSharedLockDto):
    """A CreateUpdateSharedLockDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreateUpdateSharedLockDto)."""

    __slots__ = ()
    _model = CreateUpdateSharedLockDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreateUpdateSharedLockDtoFromJson.__name__ = _CreateUpdateSharedLockDtoFromJson.__qualname__ = (
    "CreateUpdateSharedLockDto"
)
