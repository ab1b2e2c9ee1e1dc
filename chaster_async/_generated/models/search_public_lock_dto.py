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
    from ..models.search_public_lock_criteria import SearchPublicLockCriteria

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, SearchPublicLockCriteria
    from ..models.search_public_lock_criteria import SearchPublicLockCriteria

    _resolved = True


@_attrs_define
class SearchPublicLockDto(SpecModel):
    """Schema ``SearchPublicLockDto``.

    Attributes:
        criteria (SearchPublicLockCriteria):
        limit (float):
        last_id (None | str | Unset): Last id of the last result This field is deprecated, use cursor instead
        cursor (str | Unset): Cursor for pagination Use the cursor provided in the last result to get the next page of
            results
    """

    criteria: SearchPublicLockCriteria
    limit: float
    last_id: None | str | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("criteria",)
    _required_keys = ("criteria", "limit")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.criteria, Unset):
            _out["criteria"] = _json_value(self.criteria)
        if not isinstance(self.limit, Unset):
            _out["limit"] = self.limit
        if not isinstance(self.last_id, Unset):
            _out["lastId"] = self.last_id
        if not isinstance(self.cursor, Unset):
            _out["cursor"] = self.cursor
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SearchPublicLockDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchPublicLockDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SearchPublicLockDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SearchPublicLockDtoFromJson.__new__(_SearchPublicLockDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("criteria", UNSET)
        if _v is UNSET:
            _o.criteria = UNSET
            _dev.append(_Deviation("criteria", "missing", "criteria"))
        elif _v is None:
            _o.criteria = None
            _dev.append(_Deviation("criteria", "null", "criteria"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.criteria = SearchPublicLockCriteria._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.criteria = _v
                _dev.append(_Deviation("criteria", "invalid", "criteria"))
        _v = _d.pop("limit", UNSET)
        if _v is UNSET:
            _o.limit = UNSET
            _dev.append(_Deviation("limit", "missing", "limit"))
        elif _v is None:
            _o.limit = None
            _dev.append(_Deviation("limit", "null", "limit"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.limit = _v
        else:
            _o.limit = _v
            _dev.append(_Deviation("limit", "invalid", "limit"))
        _v = _d.pop("lastId", UNSET)
        if _v is UNSET:
            _o.last_id = UNSET
        elif _v is None:
            _o.last_id = None
        elif _v.__class__ is str:
            _o.last_id = _v
        else:
            _o.last_id = _v
            _dev.append(_Deviation("last_id", "invalid", "lastId"))
        _v = _d.pop("cursor", UNSET)
        if _v is UNSET:
            _o.cursor = UNSET
        elif _v is None:
            _o.cursor = None
            _dev.append(_Deviation("cursor", "null", "cursor"))
        elif _v.__class__ is str:
            _o.cursor = _v
        else:
            _o.cursor = _v
            _dev.append(_Deviation("cursor", "invalid", "cursor"))
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


class _SearchPublicLockDtoFromJson(PendingModel, SearchPublicLockDto):
    """A SearchPublicLockDto from ``from_dict`` whose JSON is read on first use (then it is a plain SearchPublicLockDto)."""

    __slots__ = ()
    _model = SearchPublicLockDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SearchPublicLockDtoFromJson.__name__ = _SearchPublicLockDtoFromJson.__qualname__ = "SearchPublicLockDto"
