from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

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
    _nested_fields = ("interval_type",)
    _required_keys = ("intervalType", "interval")

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RegularityRule needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> RegularityRule:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _RegularityRuleFromJson.__new__(_RegularityRuleFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("intervalType", UNSET)
        if _v is UNSET:
            _o.interval_type = UNSET
            _dev.append(_Deviation("interval_type", "missing", "intervalType"))
        elif _v is None:
            _o.interval_type = None
            _dev.append(_Deviation("interval_type", "null", "intervalType"))
        else:
            try:
                _o.interval_type = RegularityRuleIntervalTypeEnum._value2member_map_.get(
                    _v
                ) or RegularityRuleIntervalTypeEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.interval_type = _v
                _dev.append(_Deviation("interval_type", "invalid", "intervalType"))
        _v = _d.pop("interval", UNSET)
        if _v is UNSET:
            _o.interval = UNSET
            _dev.append(_Deviation("interval", "missing", "interval"))
        elif _v is None:
            _o.interval = None
            _dev.append(_Deviation("interval", "null", "interval"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.interval = _v
        else:
            _o.interval = _v
            _dev.append(_Deviation("interval", "invalid", "interval"))
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


class _RegularityRuleFromJson(PendingModel, RegularityRule):
    """A RegularityRule from ``from_dict`` whose JSON is read on first use (then it is a plain RegularityRule)."""

    __slots__ = ()
    _model = RegularityRule


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_RegularityRuleFromJson.__name__ = _RegularityRuleFromJson.__qualname__ = "RegularityRule"
