from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class CommunityEventAction(SpecModel):
    """Schema ``CommunityEventAction``.

    Attributes:
        name (str):
        title (str):
        description (None | str):
        points (float):
        max_per_period (float | Unset):
        group (str | Unset):
    """

    name: str
    title: str
    description: None | str
    points: float
    max_per_period: float | Unset = UNSET
    group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.points, Unset):
            _out["points"] = self.points
        if not isinstance(self.max_per_period, Unset):
            _out["maxPerPeriod"] = self.max_per_period
        if not isinstance(self.group, Unset):
            _out["group"] = self.group
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CommunityEventAction:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
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
        _v = _d.pop("title", UNSET)
        if _v is UNSET:
            title = UNSET
            _dev.append(_Deviation("title", "missing", "title"))
        elif _v is None:
            title = None
            _dev.append(_Deviation("title", "null", "title"))
        elif _v.__class__ is str:
            title = _v
        else:
            title = _v
            _dev.append(_Deviation("title", "invalid", "title"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            description = None
        elif _v.__class__ is str:
            description = _v
        else:
            description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("points", UNSET)
        if _v is UNSET:
            points = UNSET
            _dev.append(_Deviation("points", "missing", "points"))
        elif _v is None:
            points = None
            _dev.append(_Deviation("points", "null", "points"))
        elif _is_number(_v):
            points = _v
        else:
            points = _v
            _dev.append(_Deviation("points", "invalid", "points"))
        _v = _d.pop("maxPerPeriod", UNSET)
        if _v is UNSET:
            max_per_period = UNSET
        elif _v is None:
            max_per_period = None
            _dev.append(_Deviation("max_per_period", "null", "maxPerPeriod"))
        elif _is_number(_v):
            max_per_period = _v
        else:
            max_per_period = _v
            _dev.append(_Deviation("max_per_period", "invalid", "maxPerPeriod"))
        _v = _d.pop("group", UNSET)
        if _v is UNSET:
            group = UNSET
        elif _v is None:
            group = None
            _dev.append(_Deviation("group", "null", "group"))
        elif _v.__class__ is str:
            group = _v
        else:
            group = _v
            _dev.append(_Deviation("group", "invalid", "group"))
        _obj = cls(
            name=name,
            title=title,
            description=description,
            points=points,
            max_per_period=max_per_period,
            group=group,
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
