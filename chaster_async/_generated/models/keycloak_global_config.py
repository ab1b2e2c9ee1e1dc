from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class KeycloakGlobalConfig(SpecModel):
    """Schema ``KeycloakGlobalConfig``.

    Attributes:
        client_id (str):
        realm (str):
        url (str):
    """

    client_id: str
    realm: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("clientId", "realm", "url")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.client_id, Unset):
            _out["clientId"] = self.client_id
        if not isinstance(self.realm, Unset):
            _out["realm"] = self.realm
        if not isinstance(self.url, Unset):
            _out["url"] = self.url
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> KeycloakGlobalConfig:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"KeycloakGlobalConfig needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> KeycloakGlobalConfig:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _KeycloakGlobalConfigFromJson.__new__(_KeycloakGlobalConfigFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("clientId", UNSET)
        if _v is UNSET:
            _o.client_id = UNSET
            _dev.append(_Deviation("client_id", "missing", "clientId"))
        elif _v is None:
            _o.client_id = None
            _dev.append(_Deviation("client_id", "null", "clientId"))
        elif _v.__class__ is str:
            _o.client_id = _v
        else:
            _o.client_id = _v
            _dev.append(_Deviation("client_id", "invalid", "clientId"))
        _v = _d.pop("realm", UNSET)
        if _v is UNSET:
            _o.realm = UNSET
            _dev.append(_Deviation("realm", "missing", "realm"))
        elif _v is None:
            _o.realm = None
            _dev.append(_Deviation("realm", "null", "realm"))
        elif _v.__class__ is str:
            _o.realm = _v
        else:
            _o.realm = _v
            _dev.append(_Deviation("realm", "invalid", "realm"))
        _v = _d.pop("url", UNSET)
        if _v is UNSET:
            _o.url = UNSET
            _dev.append(_Deviation("url", "missing", "url"))
        elif _v is None:
            _o.url = None
            _dev.append(_Deviation("url", "null", "url"))
        elif _v.__class__ is str:
            _o.url = _v
        else:
            _o.url = _v
            _dev.append(_Deviation("url", "invalid", "url"))
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


class _KeycloakGlobalConfigFromJson(PendingModel, KeycloakGlobalConfig):
    """A KeycloakGlobalConfig from ``from_dict`` whose JSON is read on first use (then it is a plain KeycloakGlobalConfig)."""

    __slots__ = ()
    _model = KeycloakGlobalConfig


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_KeycloakGlobalConfigFromJson.__name__ = _KeycloakGlobalConfigFromJson.__qualname__ = "KeycloakGlobalConfig"
