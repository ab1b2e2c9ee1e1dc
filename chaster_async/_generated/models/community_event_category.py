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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.community_event_action import CommunityEventAction

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, CommunityEventAction
    from ..models.community_event_action import CommunityEventAction

    _resolved = True


@_attrs_define
class CommunityEventCategory(SpecModel):
    """Schema ``CommunityEventCategory``.

    Attributes:
        name (str):
        title (str):
        max_points (float | None):
        actions (list[CommunityEventAction]):
        hidden (bool | Unset):
    """

    name: str
    title: str
    max_points: float | None
    actions: list[CommunityEventAction]
    hidden: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("actions",)
    _required_keys = ("name", "title", "maxPoints", "actions")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.max_points, Unset):
            _out["maxPoints"] = self.max_points
        if not isinstance(self.actions, Unset):
            _out["actions"] = _json_value(self.actions)
        if not isinstance(self.hidden, Unset):
            _out["hidden"] = self.hidden
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CommunityEventCategory:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CommunityEventCategory needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CommunityEventCategory:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CommunityEventCategoryFromJson.__new__(_CommunityEventCategoryFromJson)
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
        _v = _d.pop("maxPoints", UNSET)
        if _v is UNSET:
            _o.max_points = UNSET
            _dev.append(_Deviation("max_points", "missing", "maxPoints"))
        elif _v is None:
            _o.max_points = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_points = _v
        else:
            _o.max_points = _v
            _dev.append(_Deviation("max_points", "invalid", "maxPoints"))
        _v = _d.pop("actions", UNSET)
        if _v is UNSET:
            _o.actions = UNSET
            _dev.append(_Deviation("actions", "missing", "actions"))
        elif _v is None:
            _o.actions = None
            _dev.append(_Deviation("actions", "null", "actions"))
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
                        _dev.append(_Deviation(f"actions[{len(_list1)}]", "null", f"actions[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = CommunityEventAction._from_json(_item0)
                    _list1.append(_value2)
                _o.actions = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.actions = _v
                _dev.append(_Deviation("actions", "invalid", "actions"))
        _v = _d.pop("hidden", UNSET)
        if _v is UNSET:
            _o.hidden = UNSET
        elif _v is None:
            _o.hidden = None
            _dev.append(_Deviation("hidden", "null", "hidden"))
        elif _v.__class__ is bool:
            _o.hidden = _v
        else:
            _o.hidden = _v
            _dev.append(_Deviation("hidden", "invalid", "hidden"))
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


class _CommunityEventCategoryFromJson(PendingModel, CommunityEventCategory):
    """A CommunityEventCategory from ``from_dict`` whose JSON is read on first use (then it is a plain CommunityEventCategory)."""

    __slots__ = ()
    _model = CommunityEventCategory


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CommunityEventCategoryFromJson.__name__ = _CommunityEventCategoryFromJson.__qualname__ = (
    "CommunityEventCategory"
)
