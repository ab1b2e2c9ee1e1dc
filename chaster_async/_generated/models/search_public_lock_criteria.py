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
    from ..models.duration_criteria_data import DurationCriteriaData
    from ..models.extension_criteria_data import ExtensionCriteriaData
    from ..models.is_findom_criteria_data import IsFindomCriteriaData
    from ..models.search_users_criteria import SearchUsersCriteria

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, DurationCriteriaData, ExtensionCriteriaData, IsFindomCriteriaData, SearchUsersCriteria
    from ..models.duration_criteria_data import DurationCriteriaData
    from ..models.extension_criteria_data import ExtensionCriteriaData
    from ..models.is_findom_criteria_data import IsFindomCriteriaData
    from ..models.search_users_criteria import SearchUsersCriteria

    _resolved = True


@_attrs_define
class SearchPublicLockCriteria(SpecModel):
    """Schema ``SearchPublicLockCriteria``.

    Attributes:
        duration (DurationCriteriaData | Unset):
        max_limit_duration (DurationCriteriaData | Unset):
        extensions (ExtensionCriteriaData | Unset):
        is_findom (IsFindomCriteriaData | Unset):
        user (SearchUsersCriteria | Unset):
        tags (list[str] | Unset): Search locks by tags
        match_all_tags (bool | Unset): Whether to match all tags If true, return locks that contain all the tags If
            false, return locks that contain at least one of the tags
        search (str | Unset): Search locks by name or description
    """

    duration: DurationCriteriaData | Unset = UNSET
    max_limit_duration: DurationCriteriaData | Unset = UNSET
    extensions: ExtensionCriteriaData | Unset = UNSET
    is_findom: IsFindomCriteriaData | Unset = UNSET
    user: SearchUsersCriteria | Unset = UNSET
    tags: list[str] | Unset = UNSET
    match_all_tags: bool | Unset = UNSET
    search: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("duration", "max_limit_duration", "extensions", "is_findom", "user")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.duration, Unset):
            _out["duration"] = _json_value(self.duration)
        if not isinstance(self.max_limit_duration, Unset):
            _out["maxLimitDuration"] = _json_value(self.max_limit_duration)
        if not isinstance(self.extensions, Unset):
            _out["extensions"] = _json_value(self.extensions)
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = _json_value(self.is_findom)
        if not isinstance(self.user, Unset):
            _out["user"] = _json_value(self.user)
        if not isinstance(self.tags, Unset):
            _out["tags"] = _json_value(self.tags)
        if not isinstance(self.match_all_tags, Unset):
            _out["matchAllTags"] = self.match_all_tags
        if not isinstance(self.search, Unset):
            _out["search"] = self.search
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SearchPublicLockCriteria:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchPublicLockCriteria needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SearchPublicLockCriteria:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SearchPublicLockCriteriaFromJson.__new__(_SearchPublicLockCriteriaFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("duration", UNSET)
        if _v is UNSET:
            _o.duration = UNSET
        elif _v is None:
            _o.duration = None
            _dev.append(_Deviation("duration", "null", "duration"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.duration = DurationCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.duration = _v
                _dev.append(_Deviation("duration", "invalid", "duration"))
        _v = _d.pop("maxLimitDuration", UNSET)
        if _v is UNSET:
            _o.max_limit_duration = UNSET
        elif _v is None:
            _o.max_limit_duration = None
            _dev.append(_Deviation("max_limit_duration", "null", "maxLimitDuration"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.max_limit_duration = DurationCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.max_limit_duration = _v
                _dev.append(_Deviation("max_limit_duration", "invalid", "maxLimitDuration"))
        _v = _d.pop("extensions", UNSET)
        if _v is UNSET:
            _o.extensions = UNSET
        elif _v is None:
            _o.extensions = None
            _dev.append(_Deviation("extensions", "null", "extensions"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.extensions = ExtensionCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.extensions = _v
                _dev.append(_Deviation("extensions", "invalid", "extensions"))
        _v = _d.pop("isFindom", UNSET)
        if _v is UNSET:
            _o.is_findom = UNSET
        elif _v is None:
            _o.is_findom = None
            _dev.append(_Deviation("is_findom", "null", "isFindom"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.is_findom = IsFindomCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.is_findom = _v
                _dev.append(_Deviation("is_findom", "invalid", "isFindom"))
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.user = SearchUsersCriteria._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.user = _v
                _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("tags", UNSET)
        if _v is UNSET:
            _o.tags = UNSET
        elif _v is None:
            _o.tags = None
            _dev.append(_Deviation("tags", "null", "tags"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _nulls1 = False
                for _item0 in _v:
                    if not (_item0.__class__ is str):
                        if _item0 is not None:
                            raise _expected("a string", _item0)
                        _nulls1 = True
                if _nulls1:
                    for _index2, _item0 in enumerate(_v):
                        if _item0 is None:
                            _dev.append(_Deviation(f"tags[{_index2}]", "null", f"tags[{_index2}]"))
                _o.tags = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.tags = _v
                _dev.append(_Deviation("tags", "invalid", "tags"))
        _v = _d.pop("matchAllTags", UNSET)
        if _v is UNSET:
            _o.match_all_tags = UNSET
        elif _v is None:
            _o.match_all_tags = None
            _dev.append(_Deviation("match_all_tags", "null", "matchAllTags"))
        elif _v.__class__ is bool:
            _o.match_all_tags = _v
        else:
            _o.match_all_tags = _v
            _dev.append(_Deviation("match_all_tags", "invalid", "matchAllTags"))
        _v = _d.pop("search", UNSET)
        if _v is UNSET:
            _o.search = UNSET
        elif _v is None:
            _o.search = None
            _dev.append(_Deviation("search", "null", "search"))
        elif _v.__class__ is str:
            _o.search = _v
        else:
            _o.search = _v
            _dev.append(_Deviation("search", "invalid", "search"))
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


class _SearchPublicLockCriteriaFromJson(PendingModel, SearchPublicLockCriteria):
    """A SearchPublicLockCriteria from ``from_dict`` whose JSON is read on first use (then it is a plain SearchPublicLockCriteria)."""

    __slots__ = ()
    _model = SearchPublicLockCriteria


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SearchPublicLockCriteriaFromJson.__name__ = _SearchPublicLockCriteriaFromJson.__qualname__ = (
    "SearchPublicLockCriteria"
)
