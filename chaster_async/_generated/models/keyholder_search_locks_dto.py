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

from ..models.keyholder_search_locks_dto_status import KeyholderSearchLocksDtoStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.keyholder_search_locks_criteria import KeyholderSearchLocksCriteria

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, KeyholderSearchLocksCriteria
    from ..models.keyholder_search_locks_criteria import KeyholderSearchLocksCriteria

    _resolved = True


@_attrs_define
class KeyholderSearchLocksDto(SpecModel):
    """Schema ``KeyholderSearchLocksDto``.

    Attributes:
        criteria (KeyholderSearchLocksCriteria | Unset):
        status (KeyholderSearchLocksDtoStatus | Unset): Filter by lock status
        search (str | Unset): Search by username of shared lock name Min. 2 characters
        page (float | Unset): Page number (starts with 0)
        limit (float | Unset): Number of items returned
    """

    criteria: KeyholderSearchLocksCriteria | Unset = UNSET
    status: KeyholderSearchLocksDtoStatus | Unset = UNSET
    search: str | Unset = UNSET
    page: float | Unset = UNSET
    limit: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("criteria", "status")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.criteria, Unset):
            _out["criteria"] = _json_value(self.criteria)
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.search, Unset):
            _out["search"] = self.search
        if not isinstance(self.page, Unset):
            _out["page"] = self.page
        if not isinstance(self.limit, Unset):
            _out["limit"] = self.limit
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> KeyholderSearchLocksDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"KeyholderSearchLocksDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> KeyholderSearchLocksDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _KeyholderSearchLocksDtoFromJson.__new__(_KeyholderSearchLocksDtoFromJson)
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
        elif _v is None:
            _o.criteria = None
            _dev.append(_Deviation("criteria", "null", "criteria"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.criteria = KeyholderSearchLocksCriteria._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.criteria = _v
                _dev.append(_Deviation("criteria", "invalid", "criteria"))
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = KeyholderSearchLocksDtoStatus._value2member_map_.get(
                    _v
                ) or KeyholderSearchLocksDtoStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
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
        _v = _d.pop("page", UNSET)
        if _v is UNSET:
            _o.page = UNSET
        elif _v is None:
            _o.page = None
            _dev.append(_Deviation("page", "null", "page"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.page = _v
        else:
            _o.page = _v
            _dev.append(_Deviation("page", "invalid", "page"))
        _v = _d.pop("limit", UNSET)
        if _v is UNSET:
            _o.limit = UNSET
        elif _v is None:
            _o.limit = None
            _dev.append(_Deviation("limit", "null", "limit"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.limit = _v
        else:
            _o.limit = _v
            _dev.append(_Deviation("limit", "invalid", "limit"))
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


class _KeyholderSearchLocksDtoFromJson(PendingModel, KeyholderSearchLocksDto):
    """A KeyholderSearchLocksDto from ``from_dict`` whose JSON is read on first use (then it is a plain KeyholderSearchLocksDto)."""

    __slots__ = ()
    _model = KeyholderSearchLocksDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_KeyholderSearchLocksDtoFromJson.__name__ = _KeyholderSearchLocksDtoFromJson.__qualname__ = (
    "KeyholderSearchLocksDto"
)
