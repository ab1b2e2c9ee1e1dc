from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class GetUserAchievementsResponseDto(SpecModel):
    """Schema ``GetUserAchievementsResponseDto``.

    Attributes:
        slug (str):
        granted (bool):
        progress (float | None):
        total (float | None):
        granted_at (None | str):
        name (str):
        description (str):
        category (str):
        progress_enabled (bool):
        hide_if_not_granted (bool):
    """

    slug: str
    granted: bool
    progress: float | None
    total: float | None
    granted_at: None | str
    name: str
    description: str
    category: str
    progress_enabled: bool
    hide_if_not_granted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.granted, Unset):
            _out["granted"] = self.granted
        if not isinstance(self.progress, Unset):
            _out["progress"] = self.progress
        if not isinstance(self.total, Unset):
            _out["total"] = self.total
        if not isinstance(self.granted_at, Unset):
            _out["grantedAt"] = self.granted_at
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.category, Unset):
            _out["category"] = self.category
        if not isinstance(self.progress_enabled, Unset):
            _out["progressEnabled"] = self.progress_enabled
        if not isinstance(self.hide_if_not_granted, Unset):
            _out["hideIfNotGranted"] = self.hide_if_not_granted
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetUserAchievementsResponseDto:
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
        _v = _d.pop("granted", UNSET)
        if _v is UNSET:
            granted = UNSET
            _dev.append(_Deviation("granted", "missing", "granted"))
        elif _v is None:
            granted = None
            _dev.append(_Deviation("granted", "null", "granted"))
        elif _v.__class__ is bool:
            granted = _v
        else:
            granted = _v
            _dev.append(_Deviation("granted", "invalid", "granted"))
        _v = _d.pop("progress", UNSET)
        if _v is UNSET:
            progress = UNSET
            _dev.append(_Deviation("progress", "missing", "progress"))
        elif _v is None:
            progress = None
        elif _is_number(_v):
            progress = _v
        else:
            progress = _v
            _dev.append(_Deviation("progress", "invalid", "progress"))
        _v = _d.pop("total", UNSET)
        if _v is UNSET:
            total = UNSET
            _dev.append(_Deviation("total", "missing", "total"))
        elif _v is None:
            total = None
        elif _is_number(_v):
            total = _v
        else:
            total = _v
            _dev.append(_Deviation("total", "invalid", "total"))
        _v = _d.pop("grantedAt", UNSET)
        if _v is UNSET:
            granted_at = UNSET
            _dev.append(_Deviation("granted_at", "missing", "grantedAt"))
        elif _v is None:
            granted_at = None
        elif _v.__class__ is str:
            granted_at = _v
        else:
            granted_at = _v
            _dev.append(_Deviation("granted_at", "invalid", "grantedAt"))
        _v = _d.pop("name", UNSET)
        if _v is UNSET:
            name = UNSET
            _dev.append(_Deviation("name", "missing", "name"))
        elif _v is None:
            name = None
            _dev.append(_Deviation("name", "null", "name"))
        elif _v.__class__ is str:
            name = _v
        else:
            name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            description = _v
        else:
            description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("category", UNSET)
        if _v is UNSET:
            category = UNSET
            _dev.append(_Deviation("category", "missing", "category"))
        elif _v is None:
            category = None
            _dev.append(_Deviation("category", "null", "category"))
        elif _v.__class__ is str:
            category = _v
        else:
            category = _v
            _dev.append(_Deviation("category", "invalid", "category"))
        _v = _d.pop("progressEnabled", UNSET)
        if _v is UNSET:
            progress_enabled = UNSET
            _dev.append(_Deviation("progress_enabled", "missing", "progressEnabled"))
        elif _v is None:
            progress_enabled = None
            _dev.append(_Deviation("progress_enabled", "null", "progressEnabled"))
        elif _v.__class__ is bool:
            progress_enabled = _v
        else:
            progress_enabled = _v
            _dev.append(_Deviation("progress_enabled", "invalid", "progressEnabled"))
        _v = _d.pop("hideIfNotGranted", UNSET)
        if _v is UNSET:
            hide_if_not_granted = UNSET
            _dev.append(_Deviation("hide_if_not_granted", "missing", "hideIfNotGranted"))
        elif _v is None:
            hide_if_not_granted = None
            _dev.append(_Deviation("hide_if_not_granted", "null", "hideIfNotGranted"))
        elif _v.__class__ is bool:
            hide_if_not_granted = _v
        else:
            hide_if_not_granted = _v
            _dev.append(_Deviation("hide_if_not_granted", "invalid", "hideIfNotGranted"))
        _obj = cls(
            slug=slug,
            granted=granted,
            progress=progress,
            total=total,
            granted_at=granted_at,
            name=name,
            description=description,
            category=category,
            progress_enabled=progress_enabled,
            hide_if_not_granted=hide_if_not_granted,
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
