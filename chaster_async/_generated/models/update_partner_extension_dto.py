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
    from ..models.update_partner_extension_dto_default_config import UpdatePartnerExtensionDtoDefaultConfig
    from ..models.update_partner_extension_dto_default_data import UpdatePartnerExtensionDtoDefaultData

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, UpdatePartnerExtensionDtoDefaultConfig, UpdatePartnerExtensionDtoDefaultData
    from ..models.update_partner_extension_dto_default_config import UpdatePartnerExtensionDtoDefaultConfig
    from ..models.update_partner_extension_dto_default_data import UpdatePartnerExtensionDtoDefaultData

    _resolved = True


@_attrs_define
class UpdatePartnerExtensionDto(SpecModel):
    """Schema ``UpdatePartnerExtensionDto``.

    Attributes:
        available_modes (list[ExtensionModeEnum] | Unset): Available modes
        enable_start_timeout (bool | Unset): If true, the locked user will have to wait the specified time before making
            his first action
        default_regularity (float | Unset): Default regularity
        is_enabled (bool | Unset): True if the extension is enabled
        is_testing (bool | Unset): True if the extension is a test extension A test extension is only available to the
            creator
        display_name (str | Unset): The name displayed to end users
        subtitle (str | Unset): The extension subtitle
        summary (str | Unset): The extension summary
        main_iframe_url (str | Unset): The iframe extension url
        config_iframe_url (str | Unset): The iframe configuration url
        webhook_url (str | Unset): The webhook url
        default_config (UpdatePartnerExtensionDtoDefaultConfig | Unset): Default configuration This can be an object of
            any form, and will be returned to you in the queries.
        default_data (UpdatePartnerExtensionDtoDefaultData | Unset): Default data This can be an object of any form, and
            will be returned to you in the queries.
        config_description (None | str | Unset): Returns an extension configuration description. This string is a
            Handlebars template with the config in parameters. This text can be displayed to the user.
        webhook_username (str | Unset): The webhook username
        webhook_password (str | Unset): The webhook username
    """

    available_modes: list[ExtensionModeEnum] | Unset = UNSET
    enable_start_timeout: bool | Unset = UNSET
    default_regularity: float | Unset = UNSET
    is_enabled: bool | Unset = UNSET
    is_testing: bool | Unset = UNSET
    display_name: str | Unset = UNSET
    subtitle: str | Unset = UNSET
    summary: str | Unset = UNSET
    main_iframe_url: str | Unset = UNSET
    config_iframe_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    default_config: UpdatePartnerExtensionDtoDefaultConfig | Unset = UNSET
    default_data: UpdatePartnerExtensionDtoDefaultData | Unset = UNSET
    config_description: None | str | Unset = UNSET
    webhook_username: str | Unset = UNSET
    webhook_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("available_modes", "default_config", "default_data")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.available_modes, Unset):
            _out["availableModes"] = _json_value(self.available_modes)
        if not isinstance(self.enable_start_timeout, Unset):
            _out["enableStartTimeout"] = self.enable_start_timeout
        if not isinstance(self.default_regularity, Unset):
            _out["defaultRegularity"] = self.default_regularity
        if not isinstance(self.is_enabled, Unset):
            _out["isEnabled"] = self.is_enabled
        if not isinstance(self.is_testing, Unset):
            _out["isTesting"] = self.is_testing
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.subtitle, Unset):
            _out["subtitle"] = self.subtitle
        if not isinstance(self.summary, Unset):
            _out["summary"] = self.summary
        if not isinstance(self.main_iframe_url, Unset):
            _out["mainIframeUrl"] = self.main_iframe_url
        if not isinstance(self.config_iframe_url, Unset):
            _out["configIframeUrl"] = self.config_iframe_url
        if not isinstance(self.webhook_url, Unset):
            _out["webhookUrl"] = self.webhook_url
        if not isinstance(self.default_config, Unset):
            _out["defaultConfig"] = _json_value(self.default_config)
        if not isinstance(self.default_data, Unset):
            _out["defaultData"] = _json_value(self.default_data)
        if not isinstance(self.config_description, Unset):
            _out["configDescription"] = self.config_description
        if not isinstance(self.webhook_username, Unset):
            _out["webhookUsername"] = self.webhook_username
        if not isinstance(self.webhook_password, Unset):
            _out["webhookPassword"] = self.webhook_password
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UpdatePartnerExtensionDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UpdatePartnerExtensionDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UpdatePartnerExtensionDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UpdatePartnerExtensionDtoFromJson.__new__(_UpdatePartnerExtensionDtoFromJson)
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
        _v = _d.pop("enableStartTimeout", UNSET)
        if _v is UNSET:
            _o.enable_start_timeout = UNSET
        elif _v is None:
            _o.enable_start_timeout = None
            _dev.append(_Deviation("enable_start_timeout", "null", "enableStartTimeout"))
        elif _v.__class__ is bool:
            _o.enable_start_timeout = _v
        else:
            _o.enable_start_timeout = _v
            _dev.append(_Deviation("enable_start_timeout", "invalid", "enableStartTimeout"))
        _v = _d.pop("defaultRegularity", UNSET)
        if _v is UNSET:
            _o.default_regularity = UNSET
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
        elif _v is None:
            _o.is_enabled = None
            _dev.append(_Deviation("is_enabled", "null", "isEnabled"))
        elif _v.__class__ is bool:
            _o.is_enabled = _v
        else:
            _o.is_enabled = _v
            _dev.append(_Deviation("is_enabled", "invalid", "isEnabled"))
        _v = _d.pop("isTesting", UNSET)
        if _v is UNSET:
            _o.is_testing = UNSET
        elif _v is None:
            _o.is_testing = None
            _dev.append(_Deviation("is_testing", "null", "isTesting"))
        elif _v.__class__ is bool:
            _o.is_testing = _v
        else:
            _o.is_testing = _v
            _dev.append(_Deviation("is_testing", "invalid", "isTesting"))
        _v = _d.pop("displayName", UNSET)
        if _v is UNSET:
            _o.display_name = UNSET
        elif _v is None:
            _o.display_name = None
            _dev.append(_Deviation("display_name", "null", "displayName"))
        elif _v.__class__ is str:
            _o.display_name = _v
        else:
            _o.display_name = _v
            _dev.append(_Deviation("display_name", "invalid", "displayName"))
        _v = _d.pop("subtitle", UNSET)
        if _v is UNSET:
            _o.subtitle = UNSET
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
        elif _v is None:
            _o.summary = None
            _dev.append(_Deviation("summary", "null", "summary"))
        elif _v.__class__ is str:
            _o.summary = _v
        else:
            _o.summary = _v
            _dev.append(_Deviation("summary", "invalid", "summary"))
        _v = _d.pop("mainIframeUrl", UNSET)
        if _v is UNSET:
            _o.main_iframe_url = UNSET
        elif _v is None:
            _o.main_iframe_url = None
            _dev.append(_Deviation("main_iframe_url", "null", "mainIframeUrl"))
        elif _v.__class__ is str:
            _o.main_iframe_url = _v
        else:
            _o.main_iframe_url = _v
            _dev.append(_Deviation("main_iframe_url", "invalid", "mainIframeUrl"))
        _v = _d.pop("configIframeUrl", UNSET)
        if _v is UNSET:
            _o.config_iframe_url = UNSET
        elif _v is None:
            _o.config_iframe_url = None
            _dev.append(_Deviation("config_iframe_url", "null", "configIframeUrl"))
        elif _v.__class__ is str:
            _o.config_iframe_url = _v
        else:
            _o.config_iframe_url = _v
            _dev.append(_Deviation("config_iframe_url", "invalid", "configIframeUrl"))
        _v = _d.pop("webhookUrl", UNSET)
        if _v is UNSET:
            _o.webhook_url = UNSET
        elif _v is None:
            _o.webhook_url = None
            _dev.append(_Deviation("webhook_url", "null", "webhookUrl"))
        elif _v.__class__ is str:
            _o.webhook_url = _v
        else:
            _o.webhook_url = _v
            _dev.append(_Deviation("webhook_url", "invalid", "webhookUrl"))
        _v = _d.pop("defaultConfig", UNSET)
        if _v is UNSET:
            _o.default_config = UNSET
        elif _v is None:
            _o.default_config = None
            _dev.append(_Deviation("default_config", "null", "defaultConfig"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.default_config = UpdatePartnerExtensionDtoDefaultConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.default_config = _v
                _dev.append(_Deviation("default_config", "invalid", "defaultConfig"))
        _v = _d.pop("defaultData", UNSET)
        if _v is UNSET:
            _o.default_data = UNSET
        elif _v is None:
            _o.default_data = None
            _dev.append(_Deviation("default_data", "null", "defaultData"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.default_data = UpdatePartnerExtensionDtoDefaultData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.default_data = _v
                _dev.append(_Deviation("default_data", "invalid", "defaultData"))
        _v = _d.pop("configDescription", UNSET)
        if _v is UNSET:
            _o.config_description = UNSET
        elif _v is None:
            _o.config_description = None
        elif _v.__class__ is str:
            _o.config_description = _v
        else:
            _o.config_description = _v
            _dev.append(_Deviation("config_description", "invalid", "configDescription"))
        _v = _d.pop("webhookUsername", UNSET)
        if _v is UNSET:
            _o.webhook_username = UNSET
        elif _v is None:
            _o.webhook_username = None
            _dev.append(_Deviation("webhook_username", "null", "webhookUsername"))
        elif _v.__class__ is str:
            _o.webhook_username = _v
        else:
            _o.webhook_username = _v
            _dev.append(_Deviation("webhook_username", "invalid", "webhookUsername"))
        _v = _d.pop("webhookPassword", UNSET)
        if _v is UNSET:
            _o.webhook_password = UNSET
        elif _v is None:
            _o.webhook_password = None
            _dev.append(_Deviation("webhook_password", "null", "webhookPassword"))
        elif _v.__class__ is str:
            _o.webhook_password = _v
        else:
            _o.webhook_password = _v
            _dev.append(_Deviation("webhook_password", "invalid", "webhookPassword"))
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


class _UpdatePartnerExtensionDtoFromJson(PendingModel, UpdatePartnerExtensionDto):
    """A UpdatePartnerExtensionDto from ``from_dict`` whose JSON is read on first use (then it is a plain UpdatePartnerExtensionDto)."""

    __slots__ = ()
    _model = UpdatePartnerExtensionDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UpdatePartnerExtensionDtoFromJson.__name__ = _UpdatePartnerExtensionDtoFromJson.__qualname__ = (
    "UpdatePartnerExtensionDto"
)
