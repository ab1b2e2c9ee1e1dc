from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number
from chaster_async._runtime import json_value as _json_value

from ..models.lock_extension_config_dto_mode import LockExtensionConfigDtoMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lock_extension_config_dto_config import LockExtensionConfigDtoConfig

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, LockExtensionConfigDtoConfig
    from ..models.lock_extension_config_dto_config import LockExtensionConfigDtoConfig

    _resolved = True


@_attrs_define
class LockExtensionConfigDto(SpecModel):
    """Schema ``LockExtensionConfigDto``.

    Attributes:
        slug (str): The extension slug.
        config (LockExtensionConfigDtoConfig): The extension configuration.
        mode (LockExtensionConfigDtoMode):
        regularity (float):
        partner_configuration_token (str | Unset):
    """

    slug: str
    config: LockExtensionConfigDtoConfig
    mode: LockExtensionConfigDtoMode
    regularity: float
    partner_configuration_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.config, Unset):
            _out["config"] = _json_value(self.config)
        if not isinstance(self.mode, Unset):
            _out["mode"] = _json_value(self.mode)
        if not isinstance(self.regularity, Unset):
            _out["regularity"] = self.regularity
        if not isinstance(self.partner_configuration_token, Unset):
            _out["partnerConfigurationToken"] = self.partner_configuration_token
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LockExtensionConfigDto:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("slug", UNSET)
        if _v is UNSET:
            slug = UNSET
            _dev.append(_Deviation("slug", "missing", "slug"))
        elif _v is None:
            slug = None
            _dev.append(_Deviation("slug", "null", "slug"))
        elif _v.__class__ is str:
            slug = _v
        else:
            slug = _v
            _dev.append(_Deviation("slug", "invalid", "slug"))
        _v = _d.pop("config", UNSET)
        if _v is UNSET:
            config = UNSET
            _dev.append(_Deviation("config", "missing", "config"))
        elif _v is None:
            config = None
            _dev.append(_Deviation("config", "null", "config"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                config = LockExtensionConfigDtoConfig.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("mode", UNSET)
        if _v is UNSET:
            mode = UNSET
            _dev.append(_Deviation("mode", "missing", "mode"))
        elif _v is None:
            mode = None
            _dev.append(_Deviation("mode", "null", "mode"))
        else:
            try:
                mode = LockExtensionConfigDtoMode(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                mode = _v
                _dev.append(_Deviation("mode", "invalid", "mode"))
        _v = _d.pop("regularity", UNSET)
        if _v is UNSET:
            regularity = UNSET
            _dev.append(_Deviation("regularity", "missing", "regularity"))
        elif _v is None:
            regularity = None
            _dev.append(_Deviation("regularity", "null", "regularity"))
        elif _is_number(_v):
            regularity = _v
        else:
            regularity = _v
            _dev.append(_Deviation("regularity", "invalid", "regularity"))
        _v = _d.pop("partnerConfigurationToken", UNSET)
        if _v is UNSET:
            partner_configuration_token = UNSET
        elif _v is None:
            partner_configuration_token = None
            _dev.append(_Deviation("partner_configuration_token", "null", "partnerConfigurationToken"))
        elif _v.__class__ is str:
            partner_configuration_token = _v
        else:
            partner_configuration_token = _v
            _dev.append(_Deviation("partner_configuration_token", "invalid", "partnerConfigurationToken"))
        _obj = cls(
            slug=slug,
            config=config,
            mode=mode,
            regularity=regularity,
            partner_configuration_token=partner_configuration_token,
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
