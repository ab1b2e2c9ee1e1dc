from __future__ import annotations

import datetime
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
    from ..models.user_for_public import UserForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, UserForPublic
    from ..models.user_for_public import UserForPublic

    _resolved = True


@_attrs_define
class SearchUsersRepDto(SpecModel):
    """Schema ``SearchUsersRepDto``.

    Attributes:
        count (float): Number of users matching the criteria
        has_more (bool): Whether there are more results
        results (list[UserForPublic]):
        last_access_for_user_list (datetime.datetime | Unset): Pass it back with lastId to get the next page
    """

    count: float
    has_more: bool
    results: list[UserForPublic]
    last_access_for_user_list: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("results",)
    _required_keys = ("count", "hasMore", "results")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.count, Unset):
            _out["count"] = self.count
        if not isinstance(self.has_more, Unset):
            _out["hasMore"] = self.has_more
        if not isinstance(self.results, Unset):
            _out["results"] = _json_value(self.results)
        if not isinstance(self.last_access_for_user_list, Unset):
            _out["lastAccessForUserList"] = _json_value(self.last_access_for_user_list)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SearchUsersRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchUsersRepDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SearchUsersRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SearchUsersRepDtoFromJson.__new__(_SearchUsersRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("count", UNSET)
        if _v is UNSET:
            _o.count = UNSET
            _dev.append(_Deviation("count", "missing", "count"))
        elif _v is None:
            _o.count = None
            _dev.append(_Deviation("count", "null", "count"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.count = _v
        else:
            _o.count = _v
            _dev.append(_Deviation("count", "invalid", "count"))
        _v = _d.pop("hasMore", UNSET)
        if _v is UNSET:
            _o.has_more = UNSET
            _dev.append(_Deviation("has_more", "missing", "hasMore"))
        elif _v is None:
            _o.has_more = None
            _dev.append(_Deviation("has_more", "null", "hasMore"))
        elif _v.__class__ is bool:
            _o.has_more = _v
        else:
            _o.has_more = _v
            _dev.append(_Deviation("has_more", "invalid", "hasMore"))
        _v = _d.pop("results", UNSET)
        if _v is UNSET:
            _o.results = UNSET
            _dev.append(_Deviation("results", "missing", "results"))
        elif _v is None:
            _o.results = None
            _dev.append(_Deviation("results", "null", "results"))
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
                        _dev.append(_Deviation(f"results[{len(_list1)}]", "null", f"results[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = UserForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.results = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.results = _v
                _dev.append(_Deviation("results", "invalid", "results"))
        _v = _d.pop("lastAccessForUserList", UNSET)
        if _v is UNSET:
            _o.last_access_for_user_list = UNSET
        elif _v is None:
            _o.last_access_for_user_list = None
            _dev.append(_Deviation("last_access_for_user_list", "null", "lastAccessForUserList"))
        else:
            try:
                _o.last_access_for_user_list = datetime.datetime.fromisoformat(_v)
                if _o.last_access_for_user_list.tzinfo is None:
                    _o.last_access_for_user_list = _o.last_access_for_user_list.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.last_access_for_user_list = _v
                _dev.append(_Deviation("last_access_for_user_list", "invalid", "lastAccessForUserList"))
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


class _SearchUsersRepDtoFromJson(PendingModel, SearchUsersRepDto):
    """A SearchUsersRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain SearchUsersRepDto)."""

    __slots__ = ()
    _model = SearchUsersRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SearchUsersRepDtoFromJson.__name__ = _SearchUsersRepDtoFromJson.__qualname__ = "SearchUsersRepDto"
