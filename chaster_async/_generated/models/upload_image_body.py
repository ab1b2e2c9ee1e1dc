from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import json_value as _json_value

from ..types import UNSET, File, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class UploadImageBody(SpecModel):
    """Schema ``UploadImageBody``.

    Attributes:
        file (File): The combination image
        enable_manual_check (bool | Unset): Enables the manual combination image check, for Premium users.
    """

    file: File
    enable_manual_check: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.file, Unset):
            _out["file"] = _json_value(self.file)
        if not isinstance(self.enable_manual_check, Unset):
            _out["enableManualCheck"] = self.enable_manual_check
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UploadImageBody:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("file", UNSET)
        if _v is UNSET:
            file = UNSET
            _dev.append(_Deviation("file", "missing", "file"))
        elif _v is None:
            file = None
            _dev.append(_Deviation("file", "null", "file"))
        else:
            try:
                file = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                file = _v
                _dev.append(_Deviation("file", "invalid", "file"))
        _v = _d.pop("enableManualCheck", UNSET)
        if _v is UNSET:
            enable_manual_check = UNSET
        elif _v is None:
            enable_manual_check = None
            _dev.append(_Deviation("enable_manual_check", "null", "enableManualCheck"))
        elif _v.__class__ is bool:
            enable_manual_check = _v
        else:
            enable_manual_check = _v
            _dev.append(_Deviation("enable_manual_check", "invalid", "enableManualCheck"))
        _obj = cls(
            file=file,
            enable_manual_check=enable_manual_check,
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
