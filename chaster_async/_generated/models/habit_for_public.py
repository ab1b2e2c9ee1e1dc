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
    from ..models.habit_for_public_extension import HabitForPublicExtension
    from ..models.lock_action import LockAction
    from ..models.recurring_penalty_item_params import RecurringPenaltyItemParams
    from ..models.time_limit_penalty_item_params import TimeLimitPenaltyItemParams

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        HabitForPublicExtension, \
        LockAction, \
        RecurringPenaltyItemParams, \
        TimeLimitPenaltyItemParams
    from ..models.habit_for_public_extension import HabitForPublicExtension
    from ..models.lock_action import LockAction
    from ..models.recurring_penalty_item_params import RecurringPenaltyItemParams
    from ..models.time_limit_penalty_item_params import TimeLimitPenaltyItemParams

    _resolved = True


@_attrs_define
class HabitForPublic(SpecModel):
    """Schema ``HabitForPublic``.

    Attributes:
        habit_name (str): The name of the habit
        label (str): The label of the habit
        extension (HabitForPublicExtension):
        params_text (str): The text requesting the required number of actions or limited time  Example: Number of dice
            rolls required
        punishment_text (str): The text indicating the punishments  Example: Penalty for not rolling the dice in time
        recurring_params (None | RecurringPenaltyItemParams): The configuration for the recurring action
        time_limit_params (None | TimeLimitPenaltyItemParams): The configuration for the time limit action
        punishments (list[LockAction]): The list of punishments applied if the habit is not completed
    """

    habit_name: str
    label: str
    extension: HabitForPublicExtension
    params_text: str
    punishment_text: str
    recurring_params: None | RecurringPenaltyItemParams
    time_limit_params: None | TimeLimitPenaltyItemParams
    punishments: list[LockAction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("extension", "recurring_params", "time_limit_params", "punishments")
    _required_keys = (
        "habitName",
        "label",
        "extension",
        "paramsText",
        "punishmentText",
        "recurringParams",
        "timeLimitParams",
        "punishments",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.habit_name, Unset):
            _out["habitName"] = self.habit_name
        if not isinstance(self.label, Unset):
            _out["label"] = self.label
        if not isinstance(self.extension, Unset):
            _out["extension"] = _json_value(self.extension)
        if not isinstance(self.params_text, Unset):
            _out["paramsText"] = self.params_text
        if not isinstance(self.punishment_text, Unset):
            _out["punishmentText"] = self.punishment_text
        if not isinstance(self.recurring_params, Unset):
            _out["recurringParams"] = _json_value(self.recurring_params)
        if not isinstance(self.time_limit_params, Unset):
            _out["timeLimitParams"] = _json_value(self.time_limit_params)
        if not isinstance(self.punishments, Unset):
            _out["punishments"] = _json_value(self.punishments)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> HabitForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"HabitForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> HabitForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _HabitForPublicFromJson.__new__(_HabitForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("habitName", UNSET)
        if _v is UNSET:
            _o.habit_name = UNSET
            _dev.append(_Deviation("habit_name", "missing", "habitName"))
        elif _v is None:
            _o.habit_name = None
            _dev.append(_Deviation("habit_name", "null", "habitName"))
        elif _v.__class__ is str:
            _o.habit_name = _v
        else:
            _o.habit_name = _v
            _dev.append(_Deviation("habit_name", "invalid", "habitName"))
        _v = _d.pop("label", UNSET)
        if _v is UNSET:
            _o.label = UNSET
            _dev.append(_Deviation("label", "missing", "label"))
        elif _v is None:
            _o.label = None
            _dev.append(_Deviation("label", "null", "label"))
        elif _v.__class__ is str:
            _o.label = _v
        else:
            _o.label = _v
            _dev.append(_Deviation("label", "invalid", "label"))
        _v = _d.pop("extension", UNSET)
        if _v is UNSET:
            _o.extension = UNSET
            _dev.append(_Deviation("extension", "missing", "extension"))
        elif _v is None:
            _o.extension = None
            _dev.append(_Deviation("extension", "null", "extension"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.extension = HabitForPublicExtension._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.extension = _v
                _dev.append(_Deviation("extension", "invalid", "extension"))
        _v = _d.pop("paramsText", UNSET)
        if _v is UNSET:
            _o.params_text = UNSET
            _dev.append(_Deviation("params_text", "missing", "paramsText"))
        elif _v is None:
            _o.params_text = None
            _dev.append(_Deviation("params_text", "null", "paramsText"))
        elif _v.__class__ is str:
            _o.params_text = _v
        else:
            _o.params_text = _v
            _dev.append(_Deviation("params_text", "invalid", "paramsText"))
        _v = _d.pop("punishmentText", UNSET)
        if _v is UNSET:
            _o.punishment_text = UNSET
            _dev.append(_Deviation("punishment_text", "missing", "punishmentText"))
        elif _v is None:
            _o.punishment_text = None
            _dev.append(_Deviation("punishment_text", "null", "punishmentText"))
        elif _v.__class__ is str:
            _o.punishment_text = _v
        else:
            _o.punishment_text = _v
            _dev.append(_Deviation("punishment_text", "invalid", "punishmentText"))
        _v = _d.pop("recurringParams", UNSET)
        if _v is UNSET:
            _o.recurring_params = UNSET
            _dev.append(_Deviation("recurring_params", "missing", "recurringParams"))
        elif _v is None:
            _o.recurring_params = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.recurring_params = RecurringPenaltyItemParams._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.recurring_params = _v
                _dev.append(_Deviation("recurring_params", "invalid", "recurringParams"))
        _v = _d.pop("timeLimitParams", UNSET)
        if _v is UNSET:
            _o.time_limit_params = UNSET
            _dev.append(_Deviation("time_limit_params", "missing", "timeLimitParams"))
        elif _v is None:
            _o.time_limit_params = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.time_limit_params = TimeLimitPenaltyItemParams._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.time_limit_params = _v
                _dev.append(_Deviation("time_limit_params", "invalid", "timeLimitParams"))
        _v = _d.pop("punishments", UNSET)
        if _v is UNSET:
            _o.punishments = UNSET
            _dev.append(_Deviation("punishments", "missing", "punishments"))
        elif _v is None:
            _o.punishments = None
            _dev.append(_Deviation("punishments", "null", "punishments"))
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
                            _Deviation(f"punishments[{len(_list1)}]", "null", f"punishments[{len(_list1)}]")
                        )
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = LockAction._from_json(_item0)
                    _list1.append(_value2)
                _o.punishments = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.punishments = _v
                _dev.append(_Deviation("punishments", "invalid", "punishments"))
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


class _HabitForPublicFromJson(PendingModel, HabitForPublic):
    """A HabitForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain HabitForPublic)."""

    __slots__ = ()
    _model = HabitForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_HabitForPublicFromJson.__name__ = _HabitForPublicFromJson.__qualname__ = "HabitForPublic"
