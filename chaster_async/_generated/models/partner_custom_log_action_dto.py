from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.action_log_role_enum import ActionLogRoleEnum
from ..models.partner_custom_log_action_dto_icon import PartnerCustomLogActionDtoIcon
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class PartnerCustomLogActionDto(SpecModel):
    """Schema ``PartnerCustomLogActionDto``.

    Attributes:
        title (str): The log action title
        description (str): The log action description
        role (ActionLogRoleEnum | Unset):
        icon (PartnerCustomLogActionDtoIcon | Unset): The FontAwesome icon, without the `fa-` prefix.  The icon must be
            part of the FontAwesome v5 regular icons: https://fontawesome.com/v5/search?o=r&s=regular
        color (None | str | Unset): The color of the log action.
    """

    title: str
    description: str
    role: ActionLogRoleEnum | Unset = UNSET
    icon: PartnerCustomLogActionDtoIcon | Unset = UNSET
    color: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("role", "icon")
    _required_keys = ("title", "description")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.icon, Unset):
            _out["icon"] = _json_value(self.icon)
        if not isinstance(self.color, Unset):
            _out["color"] = self.color
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerCustomLogActionDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PartnerCustomLogActionDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerCustomLogActionDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerCustomLogActionDtoFromJson.__new__(_PartnerCustomLogActionDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("title", UNSET)
        if _v is UNSET:
            _o.title = UNSET
            _dev.append(_Deviation("title", "missing", "title"))
        elif _v is None:
            _o.title = None
            _dev.append(_Deviation("title", "null", "title"))
        elif _v.__class__ is str:
            _o.title = _v
        else:
            _o.title = _v
            _dev.append(_Deviation("title", "invalid", "title"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            _o.description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            _o.description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                _o.role = ActionLogRoleEnum._value2member_map_.get(_v) or ActionLogRoleEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
        elif _v is None:
            _o.icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        else:
            try:
                _o.icon = PartnerCustomLogActionDtoIcon._value2member_map_.get(
                    _v
                ) or PartnerCustomLogActionDtoIcon(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.icon = _v
                _dev.append(_Deviation("icon", "invalid", "icon"))
        _v = _d.pop("color", UNSET)
        if _v is UNSET:
            _o.color = UNSET
        elif _v is None:
            _o.color = None
        elif _v.__class__ is str:
            _o.color = _v
        else:
            _o.color = _v
            _dev.append(_Deviation("color", "invalid", "color"))
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


class _PartnerCustomLogActionDtoFromJson(PendingModel, PartnerCustomLogActionDto):
    """A PartnerCustomLogActionDto from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerCustomLogActionDto)."""

    __slots__ = ()
    _model = PartnerCustomLogActionDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerCustomLogActionDtoFromJson.__name__ = _PartnerCustomLogActionDtoFromJson.__qualname__ = (
    "PartnerCustomLogActionDto"
)
