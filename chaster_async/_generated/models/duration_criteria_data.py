from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class DurationCriteriaData(SpecModel):
    """Schema ``DurationCriteriaData``.

    Attributes:
        min_duration (float):
        max_duration (float):
    """

    min_duration: float
    max_duration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.min_duration, Unset):
            _out["minDuration"] = self.min_duration
        if not isinstance(self.max_duration, Unset):
            _out["maxDuration"] = self.max_duration
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DurationCriteriaData:
        """Read a JSON object leniently (on first field access): see ``deviations()``."""
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(f"DurationCriteriaData needs a JSON object, not {type(src_dict).__name__}")
        _obj = cls.__new__(cls)
        _obj._raw = dict(src_dict)
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
