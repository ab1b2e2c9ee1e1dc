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
    _nested_fields = ()
    _required_keys = (
        "slug",
        "granted",
        "progress",
        "total",
        "grantedAt",
        "name",
        "description",
        "category",
        "progressEnabled",
        "hideIfNotGranted",
    )

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"GetUserAchievementsResponseDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetUserAchievementsResponseDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetUserAchievementsResponseDtoFromJson.__new__(_GetUserAchievementsResponseDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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
        _v = _d.pop("granted", UNSET)
        if _v is UNSET:
            _o.granted = UNSET
            _dev.append(_Deviation("granted", "missing", "granted"))
        elif _v is None:
            _o.granted = None
            _dev.append(_Deviation("granted", "null", "granted"))
        elif _v.__class__ is bool:
            _o.granted = _v
        else:
            _o.granted = _v
            _dev.append(_Deviation("granted", "invalid", "granted"))
        _v = _d.pop("progress", UNSET)
        if _v is UNSET:
            _o.progress = UNSET
            _dev.append(_Deviation("progress", "missing", "progress"))
        elif _v is None:
            _o.progress = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.progress = _v
        else:
            _o.progress = _v
            _dev.append(_Deviation("progress", "invalid", "progress"))
        _v = _d.pop("total", UNSET)
        if _v is UNSET:
            _o.total = UNSET
            _dev.append(_Deviation("total", "missing", "total"))
        elif _v is None:
            _o.total = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total = _v
        else:
            _o.total = _v
            _dev.append(_Deviation("total", "invalid", "total"))
        _v = _d.pop("grantedAt", UNSET)
        if _v is UNSET:
            _o.granted_at = UNSET
            _dev.append(_Deviation("granted_at", "missing", "grantedAt"))
        elif _v is None:
            _o.granted_at = None
        elif _v.__class__ is str:
            _o.granted_at = _v
        else:
            _o.granted_at = _v
            _dev.append(_Deviation("granted_at", "invalid", "grantedAt"))
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
        _v = _d.pop("category", UNSET)
        if _v is UNSET:
            _o.category = UNSET
            _dev.append(_Deviation("category", "missing", "category"))
        elif _v is None:
            _o.category = None
            _dev.append(_Deviation("category", "null", "category"))
        elif _v.__class__ is str:
            _o.category = _v
        else:
            _o.category = _v
            _dev.append(_Deviation("category", "invalid", "category"))
        _v = _d.pop("progressEnabled", UNSET)
        if _v is UNSET:
            _o.progress_enabled = UNSET
            _dev.append(_Deviation("progress_enabled", "missing", "progressEnabled"))
        elif _v is None:
            _o.progress_enabled = None
            _dev.append(_Deviation("progress_enabled", "null", "progressEnabled"))
        elif _v.__class__ is bool:
            _o.progress_enabled = _v
        else:
            _o.progress_enabled = _v
            _dev.append(_Deviation("progress_enabled", "invalid", "progressEnabled"))
        _v = _d.pop("hideIfNotGranted", UNSET)
        if _v is UNSET:
            _o.hide_if_not_granted = UNSET
            _dev.append(_Deviation("hide_if_not_granted", "missing", "hideIfNotGranted"))
        elif _v is None:
            _o.hide_if_not_granted = None
            _dev.append(_Deviation("hide_if_not_granted", "null", "hideIfNotGranted"))
        elif _v.__class__ is bool:
            _o.hide_if_not_granted = _v
        else:
            _o.hide_if_not_granted = _v
            _dev.append(_Deviation("hide_if_not_granted", "invalid", "hideIfNotGranted"))
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


class _GetUserAchievementsResponseDtoFromJson(PendingModel, GetUserAchievementsResponseDto):
    """A GetUserAchievementsResponseDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetUserAchievementsResponseDto)."""

    __slots__ = ()
    _model = GetUserAchievementsResponseDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetUserAchievementsResponseDtoFromJson.__name__ = _GetUserAchievementsResponseDtoFromJson.__qualname__ = (
    "GetUserAchievementsResponseDto"
)
