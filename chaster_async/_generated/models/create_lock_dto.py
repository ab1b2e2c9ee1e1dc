from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

if TYPE_CHECKING:
    from ..models.lock_extension_config_dto import LockExtensionConfigDto

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, LockExtensionConfigDto
    from ..models.lock_extension_config_dto import LockExtensionConfigDto

    _resolved = True


@_attrs_define
class CreateLockDto(SpecModel):
    """Schema ``CreateLockDto``.

    Attributes:
        min_duration (float): Min duration in seconds
        max_duration (float): Max duration in seconds
        max_limit_duration (float | None): Max limit duration in seconds
        display_remaining_time (bool): True if the user can view the remaining time
        limit_lock_time (bool): True if the lock is limited in duration
        combination_id (str): The combination id  A combination object can be created by using the combination
            endpoints.
        extensions (list[LockExtensionConfigDto]):
        allow_session_offer (bool): True if the wearer can offer the lock to a keyholder
        is_test_lock (bool): Whether the lock is a test lock and counts in the user stats
        hide_time_logs (bool): True if the time information should be hidden from the history
    """

    min_duration: float
    max_duration: float
    max_limit_duration: float | None
    display_remaining_time: bool
    limit_lock_time: bool
    combination_id: str
    extensions: list[LockExtensionConfigDto]
    allow_session_offer: bool
    is_test_lock: bool
    hide_time_logs: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("extensions",)
    _required_keys = (
        "minDuration",
        "maxDuration",
        "maxLimitDuration",
        "displayRemainingTime",
        "limitLockTime",
        "combinationId",
        "extensions",
        "allowSessionOffer",
        "isTestLock",
        "hideTimeLogs",
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
        if not isinstance(self.display_remaining_time, Unset):
            _out["displayRemainingTime"] = self.display_remaining_time
        if not isinstance(self.limit_lock_time, Unset):
            _out["limitLockTime"] = self.limit_lock_time
        if not isinstance(self.combination_id, Unset):
            _out["combinationId"] = self.combination_id
        if not isinstance(self.extensions, Unset):
            _out["extensions"] = _json_value(self.extensions)
        if not isinstance(self.allow_session_offer, Unset):
            _out["allowSessionOffer"] = self.allow_session_offer
        if not isinstance(self.is_test_lock, Unset):
            _out["isTestLock"] = self.is_test_lock
        if not isinstance(self.hide_time_logs, Unset):
            _out["hideTimeLogs"] = self.hide_time_logs
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreateLockDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreateLockDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreateLockDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreateLockDtoFromJson.__new__(_CreateLockDtoFromJson)
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
        _v = _d.pop("combinationId", UNSET)
        if _v is UNSET:
            _o.combination_id = UNSET
            _dev.append(_Deviation("combination_id", "missing", "combinationId"))
        elif _v is None:
            _o.combination_id = None
            _dev.append(_Deviation("combination_id", "null", "combinationId"))
        elif _v.__class__ is str:
            _o.combination_id = _v
        else:
            _o.combination_id = _v
            _dev.append(_Deviation("combination_id", "invalid", "combinationId"))
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
                        _value2 = LockExtensionConfigDto._from_json(_item0)
                    _list1.append(_value2)
                _o.extensions = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.extensions = _v
                _dev.append(_Deviation("extensions", "invalid", "extensions"))
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


class _CreateLockDtoFromJson(PendingModel, CreateLockDto):
    """A CreateLockDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreateLockDto)."""

    __slots__ = ()
    _model = CreateLockDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreateLockDtoFromJson.__name__ = _CreateLockDtoFromJson.__qualname__ = "CreateLockDto"
