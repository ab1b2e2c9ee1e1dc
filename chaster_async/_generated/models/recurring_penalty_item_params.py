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

from ..models.recurring_penalty_item_params_frequency import RecurringPenaltyItemParamsFrequency
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.regularity_rule import RegularityRule

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, RegularityRule
    from ..models.regularity_rule import RegularityRule

    _resolved = True


@_attrs_define
class RecurringPenaltyItemParams(SpecModel):
    """Schema ``RecurringPenaltyItemParams``.

    Attributes:
        nb_actions (float): Number of actions required
        frequency (RecurringPenaltyItemParamsFrequency): Frequency in seconds
        regularity_rule (RegularityRule | Unset):
    """

    nb_actions: float
    frequency: RecurringPenaltyItemParamsFrequency
    regularity_rule: RegularityRule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("frequency", "regularity_rule")
    _required_keys = ("nbActions", "frequency")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.nb_actions, Unset):
            _out["nbActions"] = self.nb_actions
        if not isinstance(self.frequency, Unset):
            _out["frequency"] = _json_value(self.frequency)
        if not isinstance(self.regularity_rule, Unset):
            _out["regularityRule"] = _json_value(self.regularity_rule)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> RecurringPenaltyItemParams:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"RecurringPenaltyItemParams needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> RecurringPenaltyItemParams:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _RecurringPenaltyItemParamsFromJson.__new__(_RecurringPenaltyItemParamsFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("nbActions", UNSET)
        if _v is UNSET:
            _o.nb_actions = UNSET
            _dev.append(_Deviation("nb_actions", "missing", "nbActions"))
        elif _v is None:
            _o.nb_actions = None
            _dev.append(_Deviation("nb_actions", "null", "nbActions"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_actions = _v
        else:
            _o.nb_actions = _v
            _dev.append(_Deviation("nb_actions", "invalid", "nbActions"))
        _v = _d.pop("frequency", UNSET)
        if _v is UNSET:
            _o.frequency = UNSET
            _dev.append(_Deviation("frequency", "missing", "frequency"))
        elif _v is None:
            _o.frequency = None
            _dev.append(_Deviation("frequency", "null", "frequency"))
        else:
            try:
                _o.frequency = RecurringPenaltyItemParamsFrequency._value2member_map_.get(
                    _v
                ) or RecurringPenaltyItemParamsFrequency(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.frequency = _v
                _dev.append(_Deviation("frequency", "invalid", "frequency"))
        _v = _d.pop("regularityRule", UNSET)
        if _v is UNSET:
            _o.regularity_rule = UNSET
        elif _v is None:
            _o.regularity_rule = None
            _dev.append(_Deviation("regularity_rule", "null", "regularityRule"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.regularity_rule = RegularityRule._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.regularity_rule = _v
                _dev.append(_Deviation("regularity_rule", "invalid", "regularityRule"))
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


class _RecurringPenaltyItemParamsFromJson(PendingModel, RecurringPenaltyItemParams):
    """A RecurringPenaltyItemParams from ``from_dict`` whose JSON is read on first use (then it is a plain RecurringPenaltyItemParams)."""

    __slots__ = ()
    _model = RecurringPenaltyItemParams


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_RecurringPenaltyItemParamsFromJson.__name__ = _RecurringPenaltyItemParamsFromJson.__qualname__ = (
    "RecurringPenaltyItemParams"
)
