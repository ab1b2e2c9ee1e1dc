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
class CreateLockFromSharedLockDto(SpecModel):
    """Schema ``CreateLockFromSharedLockDto``.

    Attributes:
        combination_id (str): The combination id
        is_test_lock (bool | Unset): Whether the lock is a test lock and counts in the user stats Only available if the
            shared lock allows test locks
        password (None | str | Unset): The shared lock password, if needed
    """

    combination_id: str
    is_test_lock: bool | Unset = UNSET
    password: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("combinationId",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.combination_id, Unset):
            _out["combinationId"] = self.combination_id
        if not isinstance(self.is_test_lock, Unset):
            _out["isTestLock"] = self.is_test_lock
        if not isinstance(self.password, Unset):
            _out["password"] = self.password
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreateLockFromSharedLockDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreateLockFromSharedLockDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreateLockFromSharedLockDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreateLockFromSharedLockDtoFromJson.__new__(_CreateLockFromSharedLockDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("combinationId", UNSET)
        if _v is UNSET:
            _o.combination_id = UNSET
            _dev.append(_Deviation("combination_id", "missing", "combinationId"))
        elif _v is None:
            _o.combination_id = None
            _dev.append(_Deviation("combination_id", "null", "combinationId"))
        elif _v.__class__ is str:
            _o.combination_id = _v
        else:
            _o.combination_id = _v
            _dev.append(_Deviation("combination_id", "invalid", "combinationId"))
        _v = _d.pop("isTestLock", UNSET)
        if _v is UNSET:
            _o.is_test_lock = UNSET
        elif _v is None:
            _o.is_test_lock = None
            _dev.append(_Deviation("is_test_lock", "null", "isTestLock"))
        elif _v.__class__ is bool:
            _o.is_test_lock = _v
        else:
            _o.is_test_lock = _v
            _dev.append(_Deviation("is_test_lock", "invalid", "isTestLock"))
        _v = _d.pop("password", UNSET)
        if _v is UNSET:
            _o.password = UNSET
        elif _v is None:
            _o.password = None
        elif _v.__class__ is str:
            _o.password = _v
        else:
            _o.password = _v
            _dev.append(_Deviation("password", "invalid", "password"))
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


class _CreateLockFromSharedLockDtoFromJson(PendingModel, CreateLockFromSharedLockDto):
    """A CreateLockFromSharedLockDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreateLockFromSharedLockDto)."""

    __slots__ = ()
    _model = CreateLockFromSharedLockDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreateLockFromSharedLockDtoFromJson.__name__ = _CreateLockFromSharedLockDtoFromJson.__qualname__ = (
    "CreateLockFromSharedLockDto"
)
