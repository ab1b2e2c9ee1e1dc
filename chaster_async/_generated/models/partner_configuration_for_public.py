from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

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
    _nested_fields = ("config", "role")
    _required_keys = ("config", "role", "user", "sessionId", "extensionSlug", "createdAt")

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PartnerConfigurationForPublic needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerConfigurationForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerConfigurationForPublicFromJson.__new__(_PartnerConfigurationForPublicFromJson)
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
            _dev.append(_Deviation("config", "missing", "config"))
        elif _v is None:
            _o.config = None
            _dev.append(_Deviation("config", "null", "config"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.config = PartnerConfigurationForPublicConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                _o.role = PartnerConfigurationRoleEnum._value2member_map_.get(
                    _v
                ) or PartnerConfigurationRoleEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
            _dev.append(_Deviation("user", "missing", "user"))
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        elif _v.__class__ is str:
            _o.user = _v
        else:
            _o.user = _v
            _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("sessionId", UNSET)
        if _v is UNSET:
            _o.session_id = UNSET
            _dev.append(_Deviation("session_id", "missing", "sessionId"))
        elif _v is None:
            _o.session_id = None
        elif _v.__class__ is str:
            _o.session_id = _v
        else:
            _o.session_id = _v
            _dev.append(_Deviation("session_id", "invalid", "sessionId"))
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
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        else:
            try:
                _o.created_at = datetime.datetime.fromisoformat(_v)
                if _o.created_at.tzinfo is None:
                    _o.created_at = _o.created_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.created_at = _v
                _dev.append(_Deviation("created_at", "invalid", "createdAt"))
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


class _PartnerConfigurationForPublicFromJson(PendingModel, PartnerConfigurationForPublic):
    """A PartnerConfigurationForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerConfigurationForPublic)."""

    __slots__ = ()
    _model = PartnerConfigurationForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerConfigurationForPublicFromJson.__name__ = _PartnerConfigurationForPublicFromJson.__qualname__ = (
    "PartnerConfigurationForPublic"
)
