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
    from ..models.habit_for_public import HabitForPublic
    from ..models.penalty_period_for_public import PenaltyPeriodForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, HabitForPublic, PenaltyPeriodForPublic
    from ..models.habit_for_public import HabitForPublic
    from ..models.penalty_period_for_public import PenaltyPeriodForPublic

    _resolved = True


@_attrs_define
class PenaltySessionForPublic(SpecModel):
    """Schema ``PenaltySessionForPublic``.

    Attributes:
        habits (list[HabitForPublic]):
        penalty_periods (list[PenaltyPeriodForPublic]):
    """

    habits: list[HabitForPublic]
    penalty_periods: list[PenaltyPeriodForPublic]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("habits", "penalty_periods")
    _required_keys = ("habits", "penaltyPeriods")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.habits, Unset):
            _out["habits"] = _json_value(self.habits)
        if not isinstance(self.penalty_periods, Unset):
            _out["penaltyPeriods"] = _json_value(self.penalty_periods)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PenaltySessionForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PenaltySessionForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PenaltySessionForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PenaltySessionForPublicFromJson.__new__(_PenaltySessionForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("habits", UNSET)
        if _v is UNSET:
            _o.habits = UNSET
            _dev.append(_Deviation("habits", "missing", "habits"))
        elif _v is None:
            _o.habits = None
            _dev.append(_Deviation("habits", "null", "habits"))
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
                        _dev.append(_Deviation(f"habits[{len(_list1)}]", "null", f"habits[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = HabitForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.habits = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.habits = _v
                _dev.append(_Deviation("habits", "invalid", "habits"))
        _v = _d.pop("penaltyPeriods", UNSET)
        if _v is UNSET:
            _o.penalty_periods = UNSET
            _dev.append(_Deviation("penalty_periods", "missing", "penaltyPeriods"))
        elif _v is None:
            _o.penalty_periods = None
            _dev.append(_Deviation("penalty_periods", "null", "penaltyPeriods"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list4: list[Any] = []
                _value5: Any
                for _item3 in _v:
                    if _item3 is None:
                        _value5 = None
                        _dev.append(
                            _Deviation(
                                f"penalty_periods[{len(_list4)}]", "null", f"penaltyPeriods[{len(_list4)}]"
                            )
                        )
                    else:
                        if not isinstance(_item3, dict):
                            raise _expected("an object", _item3)
                        _value5 = PenaltyPeriodForPublic._from_json(_item3)
                    _list4.append(_value5)
                _o.penalty_periods = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.penalty_periods = _v
                _dev.append(_Deviation("penalty_periods", "invalid", "penaltyPeriods"))
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


class _PenaltySessionForPublicFromJson(PendingModel, PenaltySessionForPublic):
    """A PenaltySessionForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain PenaltySessionForPublic)."""

    __slots__ = ()
    _model = PenaltySessionForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PenaltySessionForPublicFromJson.__name__ = _PenaltySessionForPublicFromJson.__qualname__ = (
    "PenaltySessionForPublic"
)
