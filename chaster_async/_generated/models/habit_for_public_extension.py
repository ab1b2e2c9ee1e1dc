from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class HabitForPublicExtension(SpecModel):
    """Schema ``HabitForPublicExtension``.

    Attributes:
        slug (str): The slug of the extension
        display_name (str): The name of the extension
        icon (str): The icon of the extension
    """

    slug: str
    display_name: str
    icon: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> HabitForPublicExtension:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("slug", UNSET)
        if _v is UNSET:
            slug = UNSET
            _dev.append(_Deviation("slug", "missing", "slug"))
        elif _v is None:
            slug = None
            _dev.append(_Deviation("slug", "null", "slug"))
        elif _v.__class__ is str:
            slug = _v
        else:
            slug = _v
            _dev.append(_Deviation("slug", "invalid", "slug"))
        _v = _d.pop("displayName", UNSET)
        if _v is UNSET:
            display_name = UNSET
            _dev.append(_Deviation("display_name", "missing", "displayName"))
        elif _v is None:
            display_name = None
            _dev.append(_Deviation("display_name", "null", "displayName"))
        elif _v.__class__ is str:
            display_name = _v
        else:
            display_name = _v
            _dev.append(_Deviation("display_name", "invalid", "displayName"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        elif _v.__class__ is str:
            icon = _v
        else:
            icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
        _obj = cls(
            slug=slug,
            display_name=display_name,
            icon=icon,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
