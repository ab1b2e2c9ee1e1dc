from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.add_time_lock_action_model_name import AddTimeLockActionModelName

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class AddTimeLockActionModel(SpecModel):
    """Schema ``AddTimeLockActionModel``.

    Attributes:
        name (AddTimeLockActionModelName): Add time to a lock
        params (float): The amount of time to add, in seconds
    """

    name: AddTimeLockActionModelName
    params: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("name",)
    _required_keys = ("name", "params")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            _out["name"] = _json_value(self.name)
        if not isinstance(self.params, Unset):
            _out["params"] = self.params
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AddTimeLockActionModel:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"AddTimeLockActionModel needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> AddTimeLockActionModel:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _AddTimeLockActionModelFromJson.__new__(_AddTimeLockActionModelFromJson)
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
        else:
            try:
                _o.name = AddTimeLockActionModelName._value2member_map_.get(_v) or AddTimeLockActionModelName(
                    _v
                )
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.name = _v
                _dev.append(_Deviation("name", "invalid", "name"))
        _v = _d.pop("params", UNSET)
        if _v is UNSET:
            _o.params = UNSET
            _dev.append(_Deviation("params", "missing", "params"))
        elif _v is None:
            _o.params = None
            _dev.append(_Deviation("params", "null", "params"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.params = _v
        else:
            _o.params = _v
            _dev.append(_Deviation("params", "invalid", "params"))
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


class _AddTimeLockActionModelFromJson(PendingModel, AddTimeLockActionModel):
    """A AddTimeLockActionModel from ``from_dict`` whose JSON is read on first use (then it is a plain AddTimeLockActionModel)."""

    __slots__ = ()
    _model = AddTimeLockActionModel


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_AddTimeLockActionModelFromJson.__name__ = _AddTimeLockActionModelFromJson.__qualname__ = (
    "AddTimeLockActionModel"
)
