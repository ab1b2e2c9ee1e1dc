from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import json_value as _json_value

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partner_metadata import PartnerMetadata
    from ..models.patch_extension_session_dto_config import PatchExtensionSessionDtoConfig
    from ..models.patch_extension_session_dto_data import PatchExtensionSessionDtoData

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, PartnerMetadata, PatchExtensionSessionDtoConfig, PatchExtensionSessionDtoData
    from ..models.partner_metadata import PartnerMetadata
    from ..models.patch_extension_session_dto_config import PatchExtensionSessionDtoConfig
    from ..models.patch_extension_session_dto_data import PatchExtensionSessionDtoData

    _resolved = True


@_attrs_define
class PatchExtensionSessionDto(SpecModel):
    """Schema ``PatchExtensionSessionDto``.

    Attributes:
        config (PatchExtensionSessionDtoConfig | Unset): The extension configuration.
        metadata (PartnerMetadata | Unset):
        data (PatchExtensionSessionDtoData | Unset): Data stored for this session, in a key-value format.
    """

    config: PatchExtensionSessionDtoConfig | Unset = UNSET
    metadata: PartnerMetadata | Unset = UNSET
    data: PatchExtensionSessionDtoData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.config, Unset):
            _out["config"] = _json_value(self.config)
        if not isinstance(self.metadata, Unset):
            _out["metadata"] = _json_value(self.metadata)
        if not isinstance(self.data, Unset):
            _out["data"] = _json_value(self.data)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PatchExtensionSessionDto:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("config", UNSET)
        if _v is UNSET:
            config = UNSET
        elif _v is None:
            config = None
            _dev.append(_Deviation("config", "null", "config"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                config = PatchExtensionSessionDtoConfig.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("metadata", UNSET)
        if _v is UNSET:
            metadata = UNSET
        elif _v is None:
            metadata = None
            _dev.append(_Deviation("metadata", "null", "metadata"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                metadata = PartnerMetadata.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                metadata = _v
                _dev.append(_Deviation("metadata", "invalid", "metadata"))
        _v = _d.pop("data", UNSET)
        if _v is UNSET:
            data = UNSET
        elif _v is None:
            data = None
            _dev.append(_Deviation("data", "null", "data"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                data = PatchExtensionSessionDtoData.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                data = _v
                _dev.append(_Deviation("data", "invalid", "data"))
        _obj = cls(
            config=config,
            metadata=metadata,
            data=data,
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
