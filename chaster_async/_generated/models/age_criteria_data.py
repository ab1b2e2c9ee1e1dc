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
class AgeCriteriaData(SpecModel):
    """Schema ``AgeCriteriaData``.

    Attributes:
        min_age (float): Min age should be greater than 18.
        max_age (float): Max age should be less than 65. If max age is 65, it means that the user is 65 or older.
    """

    min_age: float
    max_age: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.min_age, Unset):
            _out["minAge"] = self.min_age
        if not isinstance(self.max_age, Unset):
            _out["maxAge"] = self.max_age
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AgeCriteriaData:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("minAge", UNSET)
        if _v is UNSET:
            min_age = UNSET
            _dev.append(_Deviation("min_age", "missing", "minAge"))
        elif _v is None:
            min_age = None
            _dev.append(_Deviation("min_age", "null", "minAge"))
        elif _is_number(_v):
            min_age = _v
        else:
            min_age = _v
            _dev.append(_Deviation("min_age", "invalid", "minAge"))
        _v = _d.pop("maxAge", UNSET)
        if _v is UNSET:
            max_age = UNSET
            _dev.append(_Deviation("max_age", "missing", "maxAge"))
        elif _v is None:
            max_age = None
            _dev.append(_Deviation("max_age", "null", "maxAge"))
        elif _is_number(_v):
            max_age = _v
        else:
            max_age = _v
            _dev.append(_Deviation("max_age", "invalid", "maxAge"))
        _obj = cls(
            min_age=min_age,
            max_age=max_age,
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
