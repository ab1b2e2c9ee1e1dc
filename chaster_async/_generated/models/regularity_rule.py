from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number
from chaster_async._runtime import json_value as _json_value

from ..models.regularity_rule_interval_type_enum import RegularityRuleIntervalTypeEnum

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class RegularityRule(SpecModel):
    """Schema ``RegularityRule``.

    Attributes:
        interval_type (RegularityRuleIntervalTypeEnum):
        interval (float): The interval for the regularity rule, in the unit defined by `intervalType`
    """

    interval_type: RegularityRuleIntervalTypeEnum
    interval: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.interval_type, Unset):
            _out["intervalType"] = _json_value(self.interval_type)
        if not isinstance(self.interval, Unset):
            _out["interval"] = self.interval
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> RegularityRule:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("intervalType", UNSET)
        if _v is UNSET:
            interval_type = UNSET
            _dev.append(_Deviation("interval_type", "missing", "intervalType"))
        elif _v is None:
            interval_type = None
            _dev.append(_Deviation("interval_type", "null", "intervalType"))
        else:
            try:
                interval_type = RegularityRuleIntervalTypeEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                interval_type = _v
                _dev.append(_Deviation("interval_type", "invalid", "intervalType"))
        _v = _d.pop("interval", UNSET)
        if _v is UNSET:
            interval = UNSET
            _dev.append(_Deviation("interval", "missing", "interval"))
        elif _v is None:
            interval = None
            _dev.append(_Deviation("interval", "null", "interval"))
        elif _is_number(_v):
            interval = _v
        else:
            interval = _v
            _dev.append(_Deviation("interval", "invalid", "interval"))
        _obj = cls(
            interval_type=interval_type,
            interval=interval,
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
