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
    from ..models.add_time_lock_action_model import AddTimeLockActionModel
    from ..models.freeze_lock_action_model import FreezeLockActionModel
    from ..models.pillory_lock_action_model import PilloryLockActionModel
    from ..models.remove_time_lock_action_model import RemoveTimeLockActionModel
    from ..models.toggle_freeze_lock_action_model import ToggleFreezeLockActionModel
    from ..models.unfreeze_lock_action_model import UnfreezeLockActionModel

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        AddTimeLockActionModel, \
        FreezeLockActionModel, \
        PilloryLockActionModel, \
        RemoveTimeLockActionModel, \
        ToggleFreezeLockActionModel, \
        UnfreezeLockActionModel
    from ..models.add_time_lock_action_model import AddTimeLockActionModel
    from ..models.freeze_lock_action_model import FreezeLockActionModel
    from ..models.pillory_lock_action_model import PilloryLockActionModel
    from ..models.remove_time_lock_action_model import RemoveTimeLockActionModel
    from ..models.toggle_freeze_lock_action_model import ToggleFreezeLockActionModel
    from ..models.unfreeze_lock_action_model import UnfreezeLockActionModel

    _resolved = True


@_attrs_define
class LockAction(SpecModel):
    """Schema ``LockAction``.

    Attributes:
        params (AddTimeLockActionModel | FreezeLockActionModel | PilloryLockActionModel | RemoveTimeLockActionModel |
            ToggleFreezeLockActionModel | UnfreezeLockActionModel): Parameters
        name (str): The action name
    """

    params: (
        AddTimeLockActionModel
        | FreezeLockActionModel
        | PilloryLockActionModel
        | RemoveTimeLockActionModel
        | ToggleFreezeLockActionModel
        | UnfreezeLockActionModel
    )
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("params",)
    _required_keys = ("params", "name")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.params, Unset):
            _out["params"] = _json_value(self.params)
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LockAction:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"LockAction needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> LockAction:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _LockActionFromJson.__new__(_LockActionFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("params", UNSET)
        if _v is UNSET:
            _o.params = UNSET
            _dev.append(_Deviation("params", "missing", "params"))
        elif _v is None:
            _o.params = None
            _dev.append(_Deviation("params", "null", "params"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _tag0 = _v.get("name")
                if _tag0 == "add_time":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = AddTimeLockActionModel._from_json(_v)
                elif _tag0 == "remove_time":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = RemoveTimeLockActionModel._from_json(_v)
                elif _tag0 == "freeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = FreezeLockActionModel._from_json(_v)
                elif _tag0 == "unfreeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = UnfreezeLockActionModel._from_json(_v)
                elif _tag0 == "toggle_freeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = ToggleFreezeLockActionModel._from_json(_v)
                elif _tag0 == "pillory":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.params = PilloryLockActionModel._from_json(_v)
                else:
                    raise ValueError("unknown name: " + repr(_tag0)[:40])
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.params = _v
                _dev.append(_Deviation("params", "invalid", "params"))
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


class _LockActionFromJson(PendingModel, LockAction):
    """A LockAction from ``from_dict`` whose JSON is read on first use (then it is a plain LockAction)."""

    __slots__ = ()
    _model = LockAction


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_LockActionFromJson.__name__ = _LockActionFromJson.__qualname__ = "LockAction"
