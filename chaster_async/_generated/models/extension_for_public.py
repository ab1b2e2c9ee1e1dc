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

if TYPE_CHECKING:
    from ..models.extension_for_public_default_config import ExtensionForPublicDefaultConfig
    from ..models.extension_owner_for_public import ExtensionOwnerForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionForPublicDefaultConfig, ExtensionOwnerForPublic
    from ..models.extension_for_public_default_config import ExtensionForPublicDefaultConfig
    from ..models.extension_owner_for_public import ExtensionOwnerForPublic

    _resolved = True


@_attrs_define
class ExtensionForPublic(SpecModel):
    """Schema ``ExtensionForPublic``.

    Attributes:
        available_modes (list[ExtensionModeEnum]): Available modes
        default_config (ExtensionForPublicDefaultConfig): The extension configuration.
        partner_extension_id (None | str):
        config_iframe_url (None | str):
        is_testing (bool):
        is_partner (bool):
        is_developed_by_community (bool):
        owner (ExtensionOwnerForPublic | None):
        subtitle (str): The extension subtitle
        summary (str): The extension summary
        display_name (str): The name displayed to the end users
        icon (str): The extension icon
        slug (str): The extension slug
        default_regularity (float): Default regularity
        is_enabled (bool): TWhether the extension is enabled
        is_premium (bool): Whether the extension is only available to Premium users
        is_featured (bool): Whether the extension is displayed by default in the list
        is_counted_in_extensions_limit (bool): Whether the extension is counted in the extensions limit
        has_actions (bool): Whether the extension has actions
    """

    available_modes: list[ExtensionModeEnum]
    default_config: ExtensionForPublicDefaultConfig
    partner_extension_id: None | str
    config_iframe_url: None | str
    is_testing: bool
    is_partner: bool
    is_developed_by_community: bool
    owner: ExtensionOwnerForPublic | None
    subtitle: str
    summary: str
    display_name: str
    icon: str
    slug: str
    default_regularity: float
    is_enabled: bool
    is_premium: bool
    is_featured: bool
    is_counted_in_extensions_limit: bool
    has_actions: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("available_modes", "default_config", "owner")
    _required_keys = (
        "availableModes",
        "defaultConfig",
        "partnerExtensionId",
        "configIframeUrl",
        "isTesting",
        "isPartner",
        "isDevelopedByCommunity",
        "owner",
        "subtitle",
        "summary",
        "displayName",
        "icon",
        "slug",
        "defaultRegularity",
        "isEnabled",
        "isPremium",
        "isFeatured",
        "isCountedInExtensionsLimit",
        "hasActions",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.available_modes, Unset):
            _out["availableModes"] = _json_value(self.available_modes)
        if not isinstance(self.default_config, Unset):
            _out["defaultConfig"] = _json_value(self.default_config)
        if not isinstance(self.partner_extension_id, Unset):
            _out["partnerExtensionId"] = self.partner_extension_id
        if not isinstance(self.config_iframe_url, Unset):
            _out["configIframeUrl"] = self.config_iframe_url
        if not isinstance(self.is_testing, Unset):
            _out["isTesting"] = self.is_testing
        if not isinstance(self.is_partner, Unset):
            _out["isPartner"] = self.is_partner
        if not isinstance(self.is_developed_by_community, Unset):
            _out["isDevelopedByCommunity"] = self.is_developed_by_community
        if not isinstance(self.owner, Unset):
            _out["owner"] = _json_value(self.owner)
        if not isinstance(self.subtitle, Unset):
            _out["subtitle"] = self.subtitle
        if not isinstance(self.summary, Unset):
            _out["summary"] = self.summary
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.default_regularity, Unset):
            _out["defaultRegularity"] = self.default_regularity
        if not isinstance(self.is_enabled, Unset):
            _out["isEnabled"] = self.is_enabled
        if not isinstance(self.is_premium, Unset):
            _out["isPremium"] = self.is_premium
        if not isinstance(self.is_featured, Unset):
            _out["isFeatured"] = self.is_featured
        if not isinstance(self.is_counted_in_extensions_limit, Unset):
            _out["isCountedInExtensionsLimit"] = self.is_counted_in_extensions_limit
        if not isinstance(self.has_actions, Unset):
            _out["hasActions"] = self.has_actions
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionForPublicFromJson.__new__(_ExtensionForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("availableModes", UNSET)
        if _v is UNSET:
            _o.available_modes = UNSET
            _dev.append(_Deviation("available_modes", "missing", "availableModes"))
        elif _v is None:
            _o.available_modes = None
            _dev.append(_Deviation("available_modes", "null", "availableModes"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list1: list[Any] = []
                _value2: Any
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                        _dev.append(
                            _Deviation(
                                f"available_modes[{len(_list1)}]", "null", f"availableModes[{len(_list1)}]"
                            )
                        )
                    else:
                        _value2 = ExtensionModeEnum._value2member_map_.get(_item0) or ExtensionModeEnum(
                            _item0
                        )
                    _list1.append(_value2)
                _o.available_modes = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.available_modes = _v
                _dev.append(_Deviation("available_modes", "invalid", "availableModes"))
        _v = _d.pop("defaultConfig", UNSET)
        if _v is UNSET:
            _o.default_config = UNSET
            _dev.append(_Deviation("default_config", "missing", "defaultConfig"))
        elif _v is None:
            _o.default_config = None
            _dev.append(_Deviation("default_config", "null", "defaultConfig"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.default_config = ExtensionForPublicDefaultConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.default_config = _v
                _dev.append(_Deviation("default_config", "invalid", "defaultConfig"))
        _v = _d.pop("partnerExtensionId", UNSET)
        if _v is UNSET:
            _o.partner_extension_id = UNSET
            _dev.append(_Deviation("partner_extension_id", "missing", "partnerExtensionId"))
        elif _v is None:
            _o.partner_extension_id = None
        elif _v.__class__ is str:
            _o.partner_extension_id = _v
        else:
            _o.partner_extension_id = _v
            _dev.append(_Deviation("partner_extension_id", "invalid", "partnerExtensionId"))
        _v = _d.pop("configIframeUrl", UNSET)
        if _v is UNSET:
            _o.config_iframe_url = UNSET
            _dev.append(_Deviation("config_iframe_url", "missing", "configIframeUrl"))
        elif _v is None:
            _o.config_iframe_url = None
        elif _v.__class__ is str:
            _o.config_iframe_url = _v
        else:
            _o.config_iframe_url = _v
            _dev.append(_Deviation("config_iframe_url", "invalid", "configIframeUrl"))
        _v = _d.pop("isTesting", UNSET)
        if _v is UNSET:
            _o.is_testing = UNSET
            _dev.append(_Deviation("is_testing", "missing", "isTesting"))
        elif _v is None:
            _o.is_testing = None
            _dev.append(_Deviation("is_testing", "null", "isTesting"))
        elif _v.__class__ is bool:
            _o.is_testing = _v
        else:
            _o.is_testing = _v
            _dev.append(_Deviation("is_testing", "invalid", "isTesting"))
        _v = _d.pop("isPartner", UNSET)
        if _v is UNSET:
            _o.is_partner = UNSET
            _dev.append(_Deviation("is_partner", "missing", "isPartner"))
        elif _v is None:
            _o.is_partner = None
            _dev.append(_Deviation("is_partner", "null", "isPartner"))
        elif _v.__class__ is bool:
            _o.is_partner = _v
        else:
            _o.is_partner = _v
            _dev.append(_Deviation("is_partner", "invalid", "isPartner"))
        _v = _d.pop("isDevelopedByCommunity", UNSET)
        if _v is UNSET:
            _o.is_developed_by_community = UNSET
            _dev.append(_Deviation("is_developed_by_community", "missing", "isDevelopedByCommunity"))
        elif _v is None:
            _o.is_developed_by_community = None
            _dev.append(_Deviation("is_developed_by_community", "null", "isDevelopedByCommunity"))
        elif _v.__class__ is bool:
            _o.is_developed_by_community = _v
        else:
            _o.is_developed_by_community = _v
            _dev.append(_Deviation("is_developed_by_community", "invalid", "isDevelopedByCommunity"))
        _v = _d.pop("owner", UNSET)
        if _v is UNSET:
            _o.owner = UNSET
            _dev.append(_Deviation("owner", "missing", "owner"))
        elif _v is None:
            _o.owner = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.owner = ExtensionOwnerForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.owner = _v
                _dev.append(_Deviation("owner", "invalid", "owner"))
        _v = _d.pop("subtitle", UNSET)
        if _v is UNSET:
            _o.subtitle = UNSET
            _dev.append(_Deviation("subtitle", "missing", "subtitle"))
        elif _v is None:
            _o.subtitle = None
            _dev.append(_Deviation("subtitle", "null", "subtitle"))
        elif _v.__class__ is str:
            _o.subtitle = _v
        else:
            _o.subtitle = _v
            _dev.append(_Deviation("subtitle", "invalid", "subtitle"))
        _v = _d.pop("summary", UNSET)
        if _v is UNSET:
            _o.summary = UNSET
            _dev.append(_Deviation("summary", "missing", "summary"))
        elif _v is None:
            _o.summary = None
            _dev.append(_Deviation("summary", "null", "summary"))
        elif _v.__class__ is str:
            _o.summary = _v
        else:
            _o.summary = _v
            _dev.append(_Deviation("summary", "invalid", "summary"))
        _v = _d.pop("displayName", UNSET)
        if _v is UNSET:
            _o.display_name = UNSET
            _dev.append(_Deviation("display_name", "missing", "displayName"))
        elif _v is None:
            _o.display_name = None
            _dev.append(_Deviation("display_name", "null", "displayName"))
        elif _v.__class__ is str:
            _o.display_name = _v
        else:
            _o.display_name = _v
            _dev.append(_Deviation("display_name", "invalid", "displayName"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            _o.icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        elif _v.__class__ is str:
            _o.icon = _v
        else:
            _o.icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
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
        _v = _d.pop("defaultRegularity", UNSET)
        if _v is UNSET:
            _o.default_regularity = UNSET
            _dev.append(_Deviation("default_regularity", "missing", "defaultRegularity"))
        elif _v is None:
            _o.default_regularity = None
            _dev.append(_Deviation("default_regularity", "null", "defaultRegularity"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.default_regularity = _v
        else:
            _o.default_regularity = _v
            _dev.append(_Deviation("default_regularity", "invalid", "defaultRegularity"))
        _v = _d.pop("isEnabled", UNSET)
        if _v is UNSET:
            _o.is_enabled = UNSET
            _dev.append(_Deviation("is_enabled", "missing", "isEnabled"))
        elif _v is None:
            _o.is_enabled = None
            _dev.append(_Deviation("is_enabled", "null", "isEnabled"))
        elif _v.__class__ is bool:
            _o.is_enabled = _v
        else:
            _o.is_enabled = _v
            _dev.append(_Deviation("is_enabled", "invalid", "isEnabled"))
        _v = _d.pop("isPremium", UNSET)
        if _v is UNSET:
            _o.is_premium = UNSET
            _dev.append(_Deviation("is_premium", "missing", "isPremium"))
        elif _v is None:
            _o.is_premium = None
            _dev.append(_Deviation("is_premium", "null", "isPremium"))
        elif _v.__class__ is bool:
            _o.is_premium = _v
        else:
            _o.is_premium = _v
            _dev.append(_Deviation("is_premium", "invalid", "isPremium"))
        _v = _d.pop("isFeatured", UNSET)
        if _v is UNSET:
            _o.is_featured = UNSET
            _dev.append(_Deviation("is_featured", "missing", "isFeatured"))
        elif _v is None:
            _o.is_featured = None
            _dev.append(_Deviation("is_featured", "null", "isFeatured"))
        elif _v.__class__ is bool:
            _o.is_featured = _v
        else:
            _o.is_featured = _v
            _dev.append(_Deviation("is_featured", "invalid", "isFeatured"))
        _v = _d.pop("isCountedInExtensionsLimit", UNSET)
        if _v is UNSET:
            _o.is_counted_in_extensions_limit = UNSET
            _dev.append(_Deviation("is_counted_in_extensions_limit", "missing", "isCountedInExtensionsLimit"))
        elif _v is None:
            _o.is_counted_in_extensions_limit = None
            _dev.append(_Deviation("is_counted_in_extensions_limit", "null", "isCountedInExtensionsLimit"))
        elif _v.__class__ is bool:
            _o.is_counted_in_extensions_limit = _v
        else:
            _o.is_counted_in_extensions_limit = _v
            _dev.append(_Deviation("is_counted_in_extensions_limit", "invalid", "isCountedInExtensionsLimit"))
        _v = _d.pop("hasActions", UNSET)
        if _v is UNSET:
            _o.has_actions = UNSET
            _dev.append(_Deviation("has_actions", "missing", "hasActions"))
        elif _v is None:
            _o.has_actions = None
            _dev.append(_Deviation("has_actions", "null", "hasActions"))
        elif _v.__class__ is bool:
            _o.has_actions = _v
        else:
            _o.has_actions = _v
            _dev.append(_Deviation("has_actions", "invalid", "hasActions"))
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


class _ExtensionForPublicFromJson(PendingModel, ExtensionForPublic):
    """A ExtensionForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionForPublic)."""

    __slots__ = ()
    _model = ExtensionForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionForPublicFromJson.__name__ = _ExtensionForPublicFromJson.__qualname__ = "ExtensionForPublic"
