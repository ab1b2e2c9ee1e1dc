from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.punishable_action_model_type import PunishableActionModelType
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class PunishableActionModel(SpecModel):
    """Schema ``PunishableActionModel``.

    Attributes:
        name (str): The punishable action name
        label (str): The punishable action label
        type_ (PunishableActionModelType): The punishble action type: Recurring or TimeLimit
        params_text (str | Unset): The text requesting the required number of actions or limited time  Example: Number
            of dice rolls required
        punishment_text (str | Unset): The text indicating the punishments  Example: Penalty for not rolling the dice in
            time
        action_type (str | Unset): The action type counted when the Recurring type if selected. Defaults to `"submit"`.
    """

    name: str
    label: str
    type_: PunishableActionModelType
    params_text: str | Unset = UNSET
    punishment_text: str | Unset = UNSET
    action_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("type_",)
    _required_keys = ("name", "label", "type")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.label, Unset):
            _out["label"] = self.label
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.params_text, Unset):
            _out["paramsText"] = self.params_text
        if not isinstance(self.punishment_text, Unset):
            _out["punishmentText"] = self.punishment_text
        if not isinstance(self.action_type, Unset):
            _out["actionType"] = self.action_type
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PunishableActionModel:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PunishableActionModel needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PunishableActionModel:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PunishableActionModelFromJson.__new__(_PunishableActionModelFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("name", UNSET)
        if _v is UNSET:
            _o.name = UNSET
            _dev.append(_Deviation("name", "missing", "name"))
        elif _v is None:
            _o.name = None
            _dev.append(_Deviation("name", "null", "name"))
        elif _v.__class__ is str:
            _o.name = _v
        else:
            _o.name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
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
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = PunishableActionModelType._value2member_map_.get(_v) or PunishableActionModelType(
                    _v
                )
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("paramsText", UNSET)
        if _v is UNSET:
            _o.params_text = UNSET
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
        elif _v is None:
            _o.punishment_text = None
            _dev.append(_Deviation("punishment_text", "null", "punishmentText"))
        elif _v.__class__ is str:
            _o.punishment_text = _v
        else:
            _o.punishment_text = _v
            _dev.append(_Deviation("punishment_text", "invalid", "punishmentText"))
        _v = _d.pop("actionType", UNSET)
        if _v is UNSET:
            _o.action_type = UNSET
        elif _v is None:
            _o.action_type = None
            _dev.append(_Deviation("action_type", "null", "actionType"))
        elif _v.__class__ is str:
            _o.action_type = _v
        else:
            _o.action_type = _v
            _dev.append(_Deviation("action_type", "invalid", "actionType"))
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


class _PunishableActionModelFromJson(PendingModel, PunishableActionModel):
    """A PunishableActionModel from ``from_dict`` whose JSON is read on first use (then it is a plain PunishableActionModel)."""

    __slots__ = ()
    _model = PunishableActionModel


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PunishableActionModelFromJson.__name__ = _PunishableActionModelFromJson.__qualname__ = (
    "PunishableActionModel"
)
