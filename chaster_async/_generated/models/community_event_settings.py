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
    from ..models.community_event_tier import CommunityEventTier

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, CommunityEventTier
    from ..models.community_event_tier import CommunityEventTier

    _resolved = True


@_attrs_define
class CommunityEventSettings(SpecModel):
    """Schema ``CommunityEventSettings``.

    Attributes:
        enabled (bool): Whether the community event is enabled
        slug (str): The community event slug
        name (str): The community event name
        color (str): The community event color
        light_color (str): The community event light color
        icon (str): The community event icon
        tiers (list[CommunityEventTier]): The community event tiers
    """

    enabled: bool
    slug: str
    name: str
    color: str
    light_color: str
    icon: str
    tiers: list[CommunityEventTier]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("tiers",)
    _required_keys = ("enabled", "slug", "name", "color", "lightColor", "icon", "tiers")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.enabled, Unset):
            _out["enabled"] = self.enabled
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.color, Unset):
            _out["color"] = self.color
        if not isinstance(self.light_color, Unset):
            _out["lightColor"] = self.light_color
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.tiers, Unset):
            _out["tiers"] = _json_value(self.tiers)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CommunityEventSettings:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityEventSettings needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CommunityEventSettings:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CommunityEventSettingsFromJson.__new__(_CommunityEventSettingsFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("enabled", UNSET)
        if _v is UNSET:
            _o.enabled = UNSET
            _dev.append(_Deviation("enabled", "missing", "enabled"))
        elif _v is None:
            _o.enabled = None
            _dev.append(_Deviation("enabled", "null", "enabled"))
        elif _v.__class__ is bool:
            _o.enabled = _v
        else:
            _o.enabled = _v
            _dev.append(_Deviation("enabled", "invalid", "enabled"))
        _v = _d.pop("slug", UNSET)
        if _v is UNSET:
            _o.slug = UNSET
            _dev.append(_Deviation("slug", "missing", "slug"))
        elif _v is None:
            _o.slug = None
            _dev.append(_Deviation("slug", "null", "slug"))
        elif _v.__class__ is str:
            _o.slug = _v
        else:
            _o.slug = _v
            _dev.append(_Deviation("slug", "invalid", "slug"))
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
        _v = _d.pop("color", UNSET)
        if _v is UNSET:
            _o.color = UNSET
            _dev.append(_Deviation("color", "missing", "color"))
        elif _v is None:
            _o.color = None
            _dev.append(_Deviation("color", "null", "color"))
        elif _v.__class__ is str:
            _o.color = _v
        else:
            _o.color = _v
            _dev.append(_Deviation("color", "invalid", "color"))
        _v = _d.pop("lightColor", UNSET)
        if _v is UNSET:
            _o.light_color = UNSET
            _dev.append(_Deviation("light_color", "missing", "lightColor"))
        elif _v is None:
            _o.light_color = None
            _dev.append(_Deviation("light_color", "null", "lightColor"))
        elif _v.__class__ is str:
            _o.light_color = _v
        else:
            _o.light_color = _v
            _dev.append(_Deviation("light_color", "invalid", "lightColor"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            _o.icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        elif _v.__class__ is str:
            _o.icon = _v
        else:
            _o.icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
        _v = _d.pop("tiers", UNSET)
        if _v is UNSET:
            _o.tiers = UNSET
            _dev.append(_Deviation("tiers", "missing", "tiers"))
        elif _v is None:
            _o.tiers = None
            _dev.append(_Deviation("tiers", "null", "tiers"))
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
                        _dev.append(_Deviation(f"tiers[{len(_list1)}]", "null", f"tiers[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = CommunityEventTier._from_json(_item0)
                    _list1.append(_value2)
                _o.tiers = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.tiers = _v
                _dev.append(_Deviation("tiers", "invalid", "tiers"))
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


class _CommunityEventSettingsFromJson(PendingModel, CommunityEventSettings):
    """A CommunityEventSettings from ``from_dict`` whose JSON is read on first use (then it is a plain CommunityEventSettings)."""

    __slots__ = ()
    _model = CommunityEventSettings


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CommunityEventSettingsFromJson.__name__ = _CommunityEventSettingsFromJson.__qualname__ = (
    "CommunityEventSettings"
)
