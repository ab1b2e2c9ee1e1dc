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
class GetFavoriteSharedLocksDto(SpecModel):
    """Schema ``GetFavoriteSharedLocksDto``.

    Attributes:
        limit (float):
        last_id (None | str | Unset):
    """

    limit: float
    last_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("limit",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.limit, Unset):
            _out["limit"] = self.limit
        if not isinstance(self.last_id, Unset):
            _out["lastId"] = self.last_id
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetFavoriteSharedLocksDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GetFavoriteSharedLocksDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetFavoriteSharedLocksDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetFavoriteSharedLocksDtoFromJson.__new__(_GetFavoriteSharedLocksDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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


class _GetFavoriteSharedLocksDtoFromJson(PendingModel, GetFavoriteSharedLocksDto):
    """A GetFavoriteSharedLocksDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetFavoriteSharedLocksDto)."""

    __slots__ = ()
    _model = GetFavoriteSharedLocksDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetFavoriteSharedLocksDtoFromJson.__name__ = _GetFavoriteSharedLocksDtoFromJson.__qualname__ = (
    "GetFavoriteSharedLocksDto"
)
