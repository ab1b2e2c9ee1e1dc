from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class SetLockSettingsDto(SpecModel):
    """Schema ``SetLockSettingsDto``.

    Attributes:
        display_remaining_time (bool | Unset): Whether the remaining time is displayed to the wearer
        hide_time_logs (bool | Unset): Whether the time information should be hidden from the history
    """

    display_remaining_time: bool | Unset = UNSET
    hide_time_logs: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.display_remaining_time, Unset):
            _out["displayRemainingTime"] = self.display_remaining_time
        if not isinstance(self.hide_time_logs, Unset):
            _out["hideTimeLogs"] = self.hide_time_logs
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetLockSettingsDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SetLockSettingsDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SetLockSettingsDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SetLockSettingsDtoFromJson.__new__(_SetLockSettingsDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("displayRemainingTime", UNSET)
        if _v is UNSET:
            _o.display_remaining_time = UNSET
        elif _v is None:
            _o.display_remaining_time = None
            _dev.append(_Deviation("display_remaining_time", "null", "displayRemainingTime"))
        elif _v.__class__ is bool:
            _o.display_remaining_time = _v
        else:
            _o.display_remaining_time = _v
            _dev.append(_Deviation("display_remaining_time", "invalid", "displayRemainingTime"))
        _v = _d.pop("hideTimeLogs", UNSET)
        if _v is UNSET:
            _o.hide_time_logs = UNSET
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


class _SetLockSettingsDtoFromJson(PendingModel, SetLockSettingsDto):
    """A SetLockSettingsDto from ``from_dict`` whose JSON is read on first use (then it is a plain SetLockSettingsDto)."""

    __slots__ = ()
    _model = SetLockSettingsDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SetLockSettingsDtoFromJson.__name__ = _SetLockSettingsDtoFromJson.__qualname__ = "SetLockSettingsDto"
