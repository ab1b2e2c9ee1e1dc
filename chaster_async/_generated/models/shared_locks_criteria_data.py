from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class SharedLocksCriteriaData(SpecModel):
    """Schema ``SharedLocksCriteriaData``.

    Attributes:
        shared_lock_ids (list[str] | Unset): An array of shared locks ids
        include_keyholder_locks (bool | Unset): Whether the request includes locks created by wearers
    """

    shared_lock_ids: list[str] | Unset = UNSET
    include_keyholder_locks: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.shared_lock_ids, Unset):
            _out["sharedLockIds"] = _json_value(self.shared_lock_ids)
        if not isinstance(self.include_keyholder_locks, Unset):
            _out["includeKeyholderLocks"] = self.include_keyholder_locks
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SharedLocksCriteriaData:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SharedLocksCriteriaData needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SharedLocksCriteriaData:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SharedLocksCriteriaDataFromJson.__new__(_SharedLocksCriteriaDataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("sharedLockIds", UNSET)
        if _v is UNSET:
            _o.shared_lock_ids = UNSET
        elif _v is None:
            _o.shared_lock_ids = None
            _dev.append(_Deviation("shared_lock_ids", "null", "sharedLockIds"))
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
                            _dev.append(
                                _Deviation(f"shared_lock_ids[{_index2}]", "null", f"sharedLockIds[{_index2}]")
                            )
                _o.shared_lock_ids = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.shared_lock_ids = _v
                _dev.append(_Deviation("shared_lock_ids", "invalid", "sharedLockIds"))
        _v = _d.pop("includeKeyholderLocks", UNSET)
        if _v is UNSET:
            _o.include_keyholder_locks = UNSET
        elif _v is None:
            _o.include_keyholder_locks = None
            _dev.append(_Deviation("include_keyholder_locks", "null", "includeKeyholderLocks"))
        elif _v.__class__ is bool:
            _o.include_keyholder_locks = _v
        else:
            _o.include_keyholder_locks = _v
            _dev.append(_Deviation("include_keyholder_locks", "invalid", "includeKeyholderLocks"))
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


class _SharedLocksCriteriaDataFromJson(PendingModel, SharedLocksCriteriaData):
    """A SharedLocksCriteriaData from ``from_dict`` whose JSON is read on first use (then it is a plain SharedLocksCriteriaData)."""

    __slots__ = ()
    _model = SharedLocksCriteriaData


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SharedLocksCriteriaDataFromJson.__name__ = _SharedLocksCriteriaDataFromJson.__qualname__ = (
    "SharedLocksCriteriaData"
)
