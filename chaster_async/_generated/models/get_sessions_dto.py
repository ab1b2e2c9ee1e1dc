from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.get_sessions_dto_status import GetSessionsDtoStatus
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class GetSessionsDto(SpecModel):
    """Schema ``GetSessionsDto``.

    Attributes:
        status (GetSessionsDtoStatus):
        extension_slug (str): The extension slug. This field is required.
        limit (float): Limit of extension sessions to return. Default is 15.
        pagination_last_id (str | Unset): Offset lastId, used for pagination. If provided, all extension sessions after
            this id will be returned.
    """

    status: GetSessionsDtoStatus
    extension_slug: str
    limit: float
    pagination_last_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("status",)
    _required_keys = ("status", "extensionSlug", "limit")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.extension_slug, Unset):
            _out["extensionSlug"] = self.extension_slug
        if not isinstance(self.limit, Unset):
            _out["limit"] = self.limit
        if not isinstance(self.pagination_last_id, Unset):
            _out["paginationLastId"] = self.pagination_last_id
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetSessionsDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GetSessionsDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetSessionsDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetSessionsDtoFromJson.__new__(_GetSessionsDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = GetSessionsDtoStatus._value2member_map_.get(_v) or GetSessionsDtoStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
        _v = _d.pop("extensionSlug", UNSET)
        if _v is UNSET:
            _o.extension_slug = UNSET
            _dev.append(_Deviation("extension_slug", "missing", "extensionSlug"))
        elif _v is None:
            _o.extension_slug = None
            _dev.append(_Deviation("extension_slug", "null", "extensionSlug"))
        elif _v.__class__ is str:
            _o.extension_slug = _v
        else:
            _o.extension_slug = _v
            _dev.append(_Deviation("extension_slug", "invalid", "extensionSlug"))
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
        _v = _d.pop("paginationLastId", UNSET)
        if _v is UNSET:
            _o.pagination_last_id = UNSET
        elif _v is None:
            _o.pagination_last_id = None
            _dev.append(_Deviation("pagination_last_id", "null", "paginationLastId"))
        elif _v.__class__ is str:
            _o.pagination_last_id = _v
        else:
            _o.pagination_last_id = _v
            _dev.append(_Deviation("pagination_last_id", "invalid", "paginationLastId"))
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


class _GetSessionsDtoFromJson(PendingModel, GetSessionsDto):
    """A GetSessionsDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetSessionsDto)."""

    __slots__ = ()
    _model = GetSessionsDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetSessionsDtoFromJson.__name__ = _GetSessionsDtoFromJson.__qualname__ = "GetSessionsDto"
