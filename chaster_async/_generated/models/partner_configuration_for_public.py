from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import json_value as _json_value
from chaster_async._runtime import parse_datetime as _parse_datetime

from ..models.partner_configuration_role_enum import PartnerConfigurationRoleEnum

if TYPE_CHECKING:
    from ..models.partner_configuration_for_public_config import PartnerConfigurationForPublicConfig

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, PartnerConfigurationForPublicConfig
    from ..models.partner_configuration_for_public_config import PartnerConfigurationForPublicConfig

    _resolved = True


@_attrs_define
class PartnerConfigurationForPublic(SpecModel):
    """Schema ``PartnerConfigurationForPublic``.

    Attributes:
        config (PartnerConfigurationForPublicConfig): The configuration object
        role (PartnerConfigurationRoleEnum):
        user (str): The user who created the configuration
        session_id (None | str): If provided, the user is editing a configuration for an existing extension session.
            This is the session ID.
        extension_slug (str): The extension slug
        created_at (datetime.datetime): Created at
    """

    config: PartnerConfigurationForPublicConfig
    role: PartnerConfigurationRoleEnum
    user: str
    session_id: None | str
    extension_slug: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.config, Unset):
            _out["config"] = _json_value(self.config)
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.user, Unset):
            _out["user"] = self.user
        if not isinstance(self.session_id, Unset):
            _out["sessionId"] = self.session_id
        if not isinstance(self.extension_slug, Unset):
            _out["extensionSlug"] = self.extension_slug
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerConfigurationForPublic:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
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
                config = PartnerConfigurationForPublicConfig.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                role = PartnerConfigurationRoleEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            user = UNSET
            _dev.append(_Deviation("user", "missing", "user"))
        elif _v is None:
            user = None
            _dev.append(_Deviation("user", "null", "user"))
        elif _v.__class__ is str:
            user = _v
        else:
            user = _v
            _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("sessionId", UNSET)
        if _v is UNSET:
            session_id = UNSET
            _dev.append(_Deviation("session_id", "missing", "sessionId"))
        elif _v is None:
            session_id = None
        elif _v.__class__ is str:
            session_id = _v
        else:
            session_id = _v
            _dev.append(_Deviation("session_id", "invalid", "sessionId"))
        _v = _d.pop("extensionSlug", UNSET)
        if _v is UNSET:
            extension_slug = UNSET
            _dev.append(_Deviation("extension_slug", "missing", "extensionSlug"))
        elif _v is None:
            extension_slug = None
            _dev.append(_Deviation("extension_slug", "null", "extensionSlug"))
        elif _v.__class__ is str:
            extension_slug = _v
        else:
            extension_slug = _v
            _dev.append(_Deviation("extension_slug", "invalid", "extensionSlug"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        else:
            try:
                created_at = _parse_datetime(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                created_at = _v
                _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _obj = cls(
            config=config,
            role=role,
            user=user,
            session_id=session_id,
            extension_slug=extension_slug,
            created_at=created_at,
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
