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

if TYPE_CHECKING:
    from ..models.keycloak_global_config import KeycloakGlobalConfig

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, KeycloakGlobalConfig
    from ..models.keycloak_global_config import KeycloakGlobalConfig

    _resolved = True


@_attrs_define
class GlobalConfig(SpecModel):
    """Schema ``GlobalConfig``.

    Attributes:
        api_url (str):
        keycloak (KeycloakGlobalConfig | None):
    """

    api_url: str
    keycloak: KeycloakGlobalConfig | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("keycloak",)
    _required_keys = ("apiUrl", "keycloak")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.api_url, Unset):
            _out["apiUrl"] = self.api_url
        if not isinstance(self.keycloak, Unset):
            _out["keycloak"] = _json_value(self.keycloak)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GlobalConfig:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GlobalConfig needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GlobalConfig:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GlobalConfigFromJson.__new__(_GlobalConfigFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("apiUrl", UNSET)
        if _v is UNSET:
            _o.api_url = UNSET
            _dev.append(_Deviation("api_url", "missing", "apiUrl"))
        elif _v is None:
            _o.api_url = None
            _dev.append(_Deviation("api_url", "null", "apiUrl"))
        elif _v.__class__ is str:
            _o.api_url = _v
        else:
            _o.api_url = _v
            _dev.append(_Deviation("api_url", "invalid", "apiUrl"))
        _v = _d.pop("keycloak", UNSET)
        if _v is UNSET:
            _o.keycloak = UNSET
            _dev.append(_Deviation("keycloak", "missing", "keycloak"))
        elif _v is None:
            _o.keycloak = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.keycloak = KeycloakGlobalConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.keycloak = _v
                _dev.append(_Deviation("keycloak", "invalid", "keycloak"))
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


class _GlobalConfigFromJson(PendingModel, GlobalConfig):
    """A GlobalConfig from ``from_dict`` whose JSON is read on first use (then it is a plain GlobalConfig)."""

    __slots__ = ()
    _model = GlobalConfig


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GlobalConfigFromJson.__name__ = _GlobalConfigFromJson.__qualname__ = "GlobalConfig"
