from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

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
    _nested_fields = ()
    _required_keys = ("name", "title", "description", "points")

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityEventAction needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CommunityEventAction:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CommunityEventActionFromJson.__new__(_CommunityEventActionFromJson)
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
        elif _v.__class__ is str:
            _o.name = _v
        else:
            _o.name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
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
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("points", UNSET)
        if _v is UNSET:
            _o.points = UNSET
            _dev.append(_Deviation("points", "missing", "points"))
        elif _v is None:
            _o.points = None
            _dev.append(_Deviation("points", "null", "points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.points = _v
        else:
            _o.points = _v
            _dev.append(_Deviation("points", "invalid", "points"))
        _v = _d.pop("maxPerPeriod", UNSET)
        if _v is UNSET:
            _o.max_per_period = UNSET
        elif _v is None:
            _o.max_per_period = None
            _dev.append(_Deviation("max_per_period", "null", "maxPerPeriod"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_per_period = _v
        else:
            _o.max_per_period = _v
            _dev.append(_Deviation("max_per_period", "invalid", "maxPerPeriod"))
        _v = _d.pop("group", UNSET)
        if _v is UNSET:
            _o.group = UNSET
        elif _v is None:
            _o.group = None
            _dev.append(_Deviation("group", "null", "group"))
        elif _v.__class__ is str:
            _o.group = _v
        else:
            _o.group = _v
            _dev.append(_Deviation("group", "invalid", "group"))
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


class _CommunityEventActionFromJson(PendingModel, CommunityEventAction):
    """A CommunityEventAction from ``from_dict`` whose JSON is read on first use (then it is a plain CommunityEventAction)."""

    __slots__ = ()
    _model = CommunityEventAction


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CommunityEventActionFromJson.__name__ = _CommunityEventActionFromJson.__qualname__ = "CommunityEventAction"
