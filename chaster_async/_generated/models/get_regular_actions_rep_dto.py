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

from ..models.get_regular_actions_rep_dto_mode import GetRegularActionsRepDtoMode

if TYPE_CHECKING:
    from ..models.regular_action_for_partner import RegularActionForPartner

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, RegularActionForPartner
    from ..models.regular_action_for_partner import RegularActionForPartner

    _resolved = True


@_attrs_define
class GetRegularActionsRepDto(SpecModel):
    """Schema ``GetRegularActionsRepDto``.

    Attributes:
        actions (list[RegularActionForPartner]): The list of previous submitted regular actions.
        nb_actions_remaining (float): The number of regular actions remaining. If the mode is Unlimited, it returns -1.
            Use it to display the number of actions remaining to the user, and know when the user can perform a regular
            action. If the value is 0, the user cannot perform a regular action.
        next_action_date (None | str): The date when the next regular action can be performed.  Use it to compare the
            current date with the next action date to know when the user can perform a regular action. If the value is null,
            the user can perform a regular action. If the mode is Unlimited, it always returns null.
        regularity (float): The regularity displayed in the configuration, if the user chooses the cumulative or non-
            cumulative mode. If you enable only Unlimited mode, you don't need to fill this parameter.
        mode (GetRegularActionsRepDtoMode): An extension can offer different modes, depending on the way it works and
            the actions to be performed. An action is a user interaction, for example in Chaster extensions, spinning the
            wheel of fortune, assigning a task, or checking in. The frequency of the actions can be defined and limited
            according to the mode chosen by the user among the modes offered by the extension.  More information:
            https://docs.chaster.app/api/extensions-api/configuration#available-modes
    """

    actions: list[RegularActionForPartner]
    nb_actions_remaining: float
    next_action_date: None | str
    regularity: float
    mode: GetRegularActionsRepDtoMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("actions", "mode")
    _required_keys = ("actions", "nbActionsRemaining", "nextActionDate", "regularity", "mode")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.actions, Unset):
            _out["actions"] = _json_value(self.actions)
        if not isinstance(self.nb_actions_remaining, Unset):
            _out["nbActionsRemaining"] = self.nb_actions_remaining
        if not isinstance(self.next_action_date, Unset):
            _out["nextActionDate"] = self.next_action_date
        if not isinstance(self.regularity, Unset):
            _out["regularity"] = self.regularity
        if not isinstance(self.mode, Unset):
            _out["mode"] = _json_value(self.mode)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetRegularActionsRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GetRegularActionsRepDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetRegularActionsRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetRegularActionsRepDtoFromJson.__new__(_GetRegularActionsRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("actions", UNSET)
        if _v is UNSET:
            _o.actions = UNSET
            _dev.append(_Deviation("actions", "missing", "actions"))
        elif _v is None:
            _o.actions = None
            _dev.append(_Deviation("actions", "null", "actions"))
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
                        _dev.append(_Deviation(f"actions[{len(_list1)}]", "null", f"actions[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = RegularActionForPartner._from_json(_item0)
                    _list1.append(_value2)
                _o.actions = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.actions = _v
                _dev.append(_Deviation("actions", "invalid", "actions"))
        _v = _d.pop("nbActionsRemaining", UNSET)
        if _v is UNSET:
            _o.nb_actions_remaining = UNSET
            _dev.append(_Deviation("nb_actions_remaining", "missing", "nbActionsRemaining"))
        elif _v is None:
            _o.nb_actions_remaining = None
            _dev.append(_Deviation("nb_actions_remaining", "null", "nbActionsRemaining"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_actions_remaining = _v
        else:
            _o.nb_actions_remaining = _v
            _dev.append(_Deviation("nb_actions_remaining", "invalid", "nbActionsRemaining"))
        _v = _d.pop("nextActionDate", UNSET)
        if _v is UNSET:
            _o.next_action_date = UNSET
            _dev.append(_Deviation("next_action_date", "missing", "nextActionDate"))
        elif _v is None:
            _o.next_action_date = None
        elif _v.__class__ is str:
            _o.next_action_date = _v
        else:
            _o.next_action_date = _v
            _dev.append(_Deviation("next_action_date", "invalid", "nextActionDate"))
        _v = _d.pop("regularity", UNSET)
        if _v is UNSET:
            _o.regularity = UNSET
            _dev.append(_Deviation("regularity", "missing", "regularity"))
        elif _v is None:
            _o.regularity = None
            _dev.append(_Deviation("regularity", "null", "regularity"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.regularity = _v
        else:
            _o.regularity = _v
            _dev.append(_Deviation("regularity", "invalid", "regularity"))
        _v = _d.pop("mode", UNSET)
        if _v is UNSET:
            _o.mode = UNSET
            _dev.append(_Deviation("mode", "missing", "mode"))
        elif _v is None:
            _o.mode = None
            _dev.append(_Deviation("mode", "null", "mode"))
        else:
            try:
                _o.mode = GetRegularActionsRepDtoMode._value2member_map_.get(
                    _v
                ) or GetRegularActionsRepDtoMode(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.mode = _v
                _dev.append(_Deviation("mode", "invalid", "mode"))
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


class _GetRegularActionsRepDtoFromJson(PendingModel, GetRegularActionsRepDto):
    """A GetRegularActionsRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetRegularActionsRepDto)."""

    __slots__ = ()
    _model = GetRegularActionsRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetRegularActionsRepDtoFromJson.__name__ = _GetRegularActionsRepDtoFromJson.__qualname__ = (
    "GetRegularActionsRepDto"
)
