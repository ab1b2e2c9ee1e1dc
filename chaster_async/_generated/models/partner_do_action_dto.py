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
class PartnerDoActionDto(SpecModel):
    """Schema ``PartnerDoActionDto``.

    Attributes:
        action (AddTimeLockActionModel | FreezeLockActionModel | PilloryLockActionModel | RemoveTimeLockActionModel |
            ToggleFreezeLockActionModel | UnfreezeLockActionModel):
    """

    action: (
        AddTimeLockActionModel
        | FreezeLockActionModel
        | PilloryLockActionModel
        | RemoveTimeLockActionModel
        | ToggleFreezeLockActionModel
        | UnfreezeLockActionModel
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("action",)
    _required_keys = ("action",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.action, Unset):
            _out["action"] = _json_value(self.action)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerDoActionDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PartnerDoActionDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerDoActionDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerDoActionDtoFromJson.__new__(_PartnerDoActionDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("action", UNSET)
        if _v is UNSET:
            _o.action = UNSET
            _dev.append(_Deviation("action", "missing", "action"))
        elif _v is None:
            _o.action = None
            _dev.append(_Deviation("action", "null", "action"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _tag0 = _v.get("name")
                if _tag0 == "add_time":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = AddTimeLockActionModel._from_json(_v)
                elif _tag0 == "remove_time":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = RemoveTimeLockActionModel._from_json(_v)
                elif _tag0 == "freeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = FreezeLockActionModel._from_json(_v)
                elif _tag0 == "unfreeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = UnfreezeLockActionModel._from_json(_v)
                elif _tag0 == "toggle_freeze":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = ToggleFreezeLockActionModel._from_json(_v)
                elif _tag0 == "pillory":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.action = PilloryLockActionModel._from_json(_v)
                else:
                    raise ValueError("unknown name: " + repr(_tag0)[:40])
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.action = _v
                _dev.append(_Deviation("action", "invalid", "action"))
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


class _PartnerDoActionDtoFromJson(PendingModel, PartnerDoActionDto):
    """A PartnerDoActionDto from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerDoActionDto)."""

    __slots__ = ()
    _model = PartnerDoActionDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerDoActionDtoFromJson.__name__ = _PartnerDoActionDtoFromJson.__qualname__ = "PartnerDoActionDto"
