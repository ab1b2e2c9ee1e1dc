from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number

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
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("minDuration", UNSET)
        if _v is UNSET:
            min_duration = UNSET
            _dev.append(_Deviation("min_duration", "missing", "minDuration"))
        elif _v is None:
            min_duration = None
            _dev.append(_Deviation("min_duration", "null", "minDuration"))
        elif _is_number(_v):
            min_duration = _v
        else:
            min_duration = _v
            _dev.append(_Deviation("min_duration", "invalid", "minDuration"))
        _v = _d.pop("maxDuration", UNSET)
        if _v is UNSET:
            max_duration = UNSET
            _dev.append(_Deviation("max_duration", "missing", "maxDuration"))
        elif _v is None:
            max_duration = None
            _dev.append(_Deviation("max_duration", "null", "maxDuration"))
        elif _is_number(_v):
            max_duration = _v
        else:
            max_duration = _v
            _dev.append(_Deviation("max_duration", "invalid", "maxDuration"))
        _obj = cls(
            min_duration=min_duration,
            max_duration=max_duration,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
