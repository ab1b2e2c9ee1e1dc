from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class ActionType(SpecModel):
    """Schema ``ActionType``.

    Attributes:
        type_ (str):
        icon (None | str):
        color (None | str):
        title_template (None | str):
        description_template (None | str):
    """

    type_: str
    icon: None | str
    color: None | str
    title_template: None | str
    description_template: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("type", "icon", "color", "titleTemplate", "descriptionTemplate")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            _out["type"] = self.type_
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.color, Unset):
            _out["color"] = self.color
        if not isinstance(self.title_template, Unset):
            _out["titleTemplate"] = self.title_template
        if not isinstance(self.description_template, Unset):
            _out["descriptionTemplate"] = self.description_template
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ActionType:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ActionType needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ActionType:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ActionTypeFromJson.__new__(_ActionTypeFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        elif _v.__class__ is str:
            _o.type_ = _v
        else:
            _o.type_ = _v
            _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            _o.icon = None
        elif _v.__class__ is str:
            _o.icon = _v
        else:
            _o.icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
        _v = _d.pop("color", UNSET)
        if _v is UNSET:
            _o.color = UNSET
            _dev.append(_Deviation("color", "missing", "color"))
        elif _v is None:
            _o.color = None
        elif _v.__class__ is str:
            _o.color = _v
        else:
            _o.color = _v
            _dev.append(_Deviation("color", "invalid", "color"))
        _v = _d.pop("titleTemplate", UNSET)
        if _v is UNSET:
            _o.title_template = UNSET
            _dev.append(_Deviation("title_template", "missing", "titleTemplate"))
        elif _v is None:
            _o.title_template = None
        elif _v.__class__ is str:
            _o.title_template = _v
        else:
            _o.title_template = _v
            _dev.append(_Deviation("title_template", "invalid", "titleTemplate"))
        _v = _d.pop("descriptionTemplate", UNSET)
        if _v is UNSET:
            _o.description_template = UNSET
            _dev.append(_Deviation("description_template", "missing", "descriptionTemplate"))
        elif _v is None:
            _o.description_template = None
        elif _v.__class__ is str:
            _o.description_template = _v
        else:
            _o.description_template = _v
            _dev.append(_Deviation("description_template", "invalid", "descriptionTemplate"))
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


class _ActionTypeFromJson(PendingModel, ActionType):
    """A ActionType from ``from_dict`` whose JSON is read on first use (then it is a plain ActionType)."""

    __slots__ = ()
    _model = ActionType


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ActionTypeFromJson.__name__ = _ActionTypeFromJson.__qualname__ = "ActionType"
