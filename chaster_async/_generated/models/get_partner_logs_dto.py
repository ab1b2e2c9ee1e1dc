from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number
from chaster_async._runtime import json_value as _json_value

from ..models.lock_role_enum import LockRoleEnum
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class GetPartnerLogsDto(SpecModel):
    """Schema ``GetPartnerLogsDto``.

    Attributes:
        role (LockRoleEnum):
        limit (float | Unset): Limit of action logs to return. Default is 15.
        last_id (str | Unset): Offset lastId, used for pagination. If provided, all logs after this id will be returned.
        show_only_extension_actions (bool | Unset): If true, only action logs from your extension will be returned.
    """

    role: LockRoleEnum
    limit: float | Unset = UNSET
    last_id: str | Unset = UNSET
    show_only_extension_actions: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.limit, Unset):
            _out["limit"] = self.limit
        if not isinstance(self.last_id, Unset):
            _out["lastId"] = self.last_id
        if not isinstance(self.show_only_extension_actions, Unset):
            _out["showOnlyExtensionActions"] = self.show_only_extension_actions
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPartnerLogsDto:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                role = LockRoleEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("limit", UNSET)
        if _v is UNSET:
            limit = UNSET
        elif _v is None:
            limit = None
            _dev.append(_Deviation("limit", "null", "limit"))
        elif _is_number(_v):
            limit = _v
        else:
            limit = _v
            _dev.append(_Deviation("limit", "invalid", "limit"))
        _v = _d.pop("lastId", UNSET)
        if _v is UNSET:
            last_id = UNSET
        elif _v is None:
            last_id = None
            _dev.append(_Deviation("last_id", "null", "lastId"))
        elif _v.__class__ is str:
            last_id = _v
        else:
            last_id = _v
            _dev.append(_Deviation("last_id", "invalid", "lastId"))
        _v = _d.pop("showOnlyExtensionActions", UNSET)
        if _v is UNSET:
            show_only_extension_actions = UNSET
        elif _v is None:
            show_only_extension_actions = None
            _dev.append(_Deviation("show_only_extension_actions", "null", "showOnlyExtensionActions"))
        elif _v.__class__ is bool:
            show_only_extension_actions = _v
        else:
            show_only_extension_actions = _v
            _dev.append(_Deviation("show_only_extension_actions", "invalid", "showOnlyExtensionActions"))
        _obj = cls(
            role=role,
            limit=limit,
            last_id=last_id,
            show_only_extension_actions=show_only_extension_actions,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
