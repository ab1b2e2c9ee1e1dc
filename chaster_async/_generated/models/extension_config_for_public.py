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

from ..models.extension_mode_enum import ExtensionModeEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.extension_config_for_public_config import ExtensionConfigForPublicConfig

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionConfigForPublicConfig
    from ..models.extension_config_for_public_config import ExtensionConfigForPublicConfig

    _resolved = True


@_attrs_define
class ExtensionConfigForPublic(SpecModel):
    """Schema ``ExtensionConfigForPublic``.

    Attributes:
        slug (str): The extension slug.
        config (ExtensionConfigForPublicConfig): The extension configuration.
        mode (ExtensionModeEnum):
        name (str):
        regularity (float):
        text_config (str | Unset):
    """

    slug: str
    config: ExtensionConfigForPublicConfig
    mode: ExtensionModeEnum
    name: str
    regularity: float
    text_config: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("config", "mode")
    _required_keys = ("slug", "config", "mode", "name", "regularity")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.config, Unset):
            _out["config"] = _json_value(self.config)
        if not isinstance(self.mode, Unset):
            _out["mode"] = _json_value(self.mode)
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.regularity, Unset):
            _out["regularity"] = self.regularity
        if not isinstance(self.text_config, Unset):
            _out["textConfig"] = self.text_config
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionConfigForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionConfigForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionConfigForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionConfigForPublicFromJson.__new__(_ExtensionConfigForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("slug", UNSET)
        if _v is UNSET:
            _o.slug = UNSET
            _dev.append(_Deviation("slug", "missing", "slug"))
        elif _v is None:
            _o.slug = None
            _dev.append(_Deviation("slug", "null", "slug"))
        elif _v.__class__ is str:
            _o.slug = _v
        else:
            _o.slug = _v
            _dev.append(_Deviation("slug", "invalid", "slug"))
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
                _o.config = ExtensionConfigForPublicConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
        _v = _d.pop("mode", UNSET)
        if _v is UNSET:
            _o.mode = UNSET
            _dev.append(_Deviation("mode", "missing", "mode"))
        elif _v is None:
            _o.mode = None
            _dev.append(_Deviation("mode", "null", "mode"))
        else:
            try:
                _o.mode = ExtensionModeEnum._value2member_map_.get(_v) or ExtensionModeEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.mode = _v
                _dev.append(_Deviation("mode", "invalid", "mode"))
        _v = _d.pop("name", UNSET)
        if _v is UNSET:
            _o.name = UNSET
            _dev.append(_Deviation("name", "missing", "name"))
        elif _v is None:
            _o.name = None
            _dev.append(_Deviation("name", "null", "name"))
        elif _v.__class__ is str:
            _o.name = _v
        else:
            _o.name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
        _v = _d.pop("regularity", UNSET)
        if _v is UNSET:
            _o.regularity = UNSET
            _dev.append(_Deviation("regularity", "missing", "regularity"))
        elif _v is None:
            _o.regularity = None
            _dev.append(_Deviation("regularity", "null", "regularity"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.regularity = _v
        else:
            _o.regularity = _v
            _dev.append(_Deviation("regularity", "invalid", "regularity"))
        _v = _d.pop("textConfig", UNSET)
        if _v is UNSET:
            _o.text_config = UNSET
        elif _v is None:
            _o.text_config = None
            _dev.append(_Deviation("text_config", "null", "textConfig"))
        elif _v.__class__ is str:
            _o.text_config = _v
        else:
            _o.text_config = _v
            _dev.append(_Deviation("text_config", "invalid", "textConfig"))
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


class _ExtensionConfigForPublicFromJson(PendingModel, ExtensionConfigForPublic):
    """A ExtensionConfigForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionConfigForPublic)."""

    __slots__ = ()
    _model = ExtensionConfigForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionConfigForPublicFromJson.__name__ = _ExtensionConfigForPublicFromJson.__qualname__ = (
    "ExtensionConfigForPublic"
)
