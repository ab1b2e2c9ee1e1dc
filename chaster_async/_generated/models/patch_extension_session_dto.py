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
    _nested_fields = ("config", "metadata", "data")

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PatchExtensionSessionDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PatchExtensionSessionDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PatchExtensionSessionDtoFromJson.__new__(_PatchExtensionSessionDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("config", UNSET)
        if _v is UNSET:
            _o.config = UNSET
        elif _v is None:
            _o.config = None
            _dev.append(_Deviation("config", "null", "config"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.config = PatchExtensionSessionDtoConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("metadata", UNSET)
        if _v is UNSET:
            _o.metadata = UNSET
        elif _v is None:
            _o.metadata = None
            _dev.append(_Deviation("metadata", "null", "metadata"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.metadata = PartnerMetadata._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.metadata = _v
                _dev.append(_Deviation("metadata", "invalid", "metadata"))
        _v = _d.pop("data", UNSET)
        if _v is UNSET:
            _o.data = UNSET
        elif _v is None:
            _o.data = None
            _dev.append(_Deviation("data", "null", "data"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.data = PatchExtensionSessionDtoData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.data = _v
                _dev.append(_Deviation("data", "invalid", "data"))
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


class _PatchExtensionSessionDtoFromJson(PendingModel, PatchExtensionSessionDto):
    """A PatchExtensionSessionDto from ``from_dict`` whose JSON is read on first use (then it is a plain PatchExtensionSessionDto)."""

    __slots__ = ()
    _model = PatchExtensionSessionDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PatchExtensionSessionDtoFromJson.__name__ = _PatchExtensionSessionDtoFromJson.__qualname__ = (
    "PatchExtensionSessionDto"
)
