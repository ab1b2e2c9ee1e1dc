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

from ..models.extension_mode_enum import ExtensionModeEnum
from ..models.partner_extension_for_dashboard_icon import PartnerExtensionForDashboardIcon
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_type import ActionType
    from ..models.partner_extension_for_dashboard_default_config import (
        PartnerExtensionForDashboardDefaultConfig,
    )
    from ..models.partner_extension_for_dashboard_default_data import PartnerExtensionForDashboardDefaultData
    from ..models.punishable_action_model import PunishableActionModel

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        ActionType, \
        PartnerExtensionForDashboardDefaultConfig, \
        PartnerExtensionForDashboardDefaultData, \
        PunishableActionModel
    from ..models.action_type import ActionType
    from ..models.partner_extension_for_dashboard_default_config import (
        PartnerExtensionForDashboardDefaultConfig,
    )
    from ..models.partner_extension_for_dashboard_default_data import PartnerExtensionForDashboardDefaultData
    from ..models.punishable_action_model import PunishableActionModel

    _resolved = True


@_attrs_define
class PartnerExtensionForDashboard(SpecModel):
    """Schema ``PartnerExtensionForDashboard``.

    Attributes:
        slug (str): The extension slug. It is unique and cannot be modified.
        available_modes (list[ExtensionModeEnum]): Available modes
        enable_start_timeout (bool): If true, the locked user will have to wait the specified time before making his
            first action
        default_regularity (float): Default regularity
        is_enabled (bool): True if the extension is enabled
        is_premium (bool): True if the extension is only available to Premium users
        is_testing (bool): True if the extension is a test extension A test extension is only available to the creator
        is_developed_by_community (bool): Whether the extension is created by members of the community
        is_counted_in_extensions_limit (bool): True if the extension is counted in the extensions limit
        id (str):
        display_name (str): The name displayed to end users
        subtitle (str): The extension subtitle
        summary (str): The extension summary
        application_id (str): The application Keycloak id
        default_config (PartnerExtensionForDashboardDefaultConfig): Default configuration This can be an object of any
            form, and will be returned to you in the queries.
        default_data (PartnerExtensionForDashboardDefaultData): Default data This can be an object of any form, and will
            be returned to you in the queries.
        actions (list[ActionType]): List of extension log actions  This list of actions will be loaded at startup and
            can be used by all extensions.
        config_description (None | str): Returns an extension configuration description. This string is a Handlebars
            template with the config in parameters. This text can be displayed to the user.
        punishable_actions (list[PunishableActionModel]): List of punishable actions
        main_iframe_url (str): The iframe extension url
        config_iframe_url (str): The iframe configuration url
        webhook_url (str): The webhook url
        webhook_username (str): The webhook username
        webhook_password (str): The webhook username
        deleted_at (datetime.datetime | None): Deleted at
        icon (PartnerExtensionForDashboardIcon | Unset): The FontAwesome icon, without the `fa-` prefix.  The icon must
            be part of the FontAwesome v5 regular icons: https://fontawesome.com/v5/search?o=r&s=regular
    """

    slug: str
    available_modes: list[ExtensionModeEnum]
    enable_start_timeout: bool
    default_regularity: float
    is_enabled: bool
    is_premium: bool
    is_testing: bool
    is_developed_by_community: bool
    is_counted_in_extensions_limit: bool
    id: str
    display_name: str
    subtitle: str
    summary: str
    application_id: str
    default_config: PartnerExtensionForDashboardDefaultConfig
    default_data: PartnerExtensionForDashboardDefaultData
    actions: list[ActionType]
    config_description: None | str
    punishable_actions: list[PunishableActionModel]
    main_iframe_url: str
    config_iframe_url: str
    webhook_url: str
    webhook_username: str
    webhook_password: str
    deleted_at: datetime.datetime | None
    icon: PartnerExtensionForDashboardIcon | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = (
        "available_modes",
        "default_config",
        "default_data",
        "actions",
        "punishable_actions",
        "icon",
    )
    _required_keys = (
        "slug",
        "availableModes",
        "enableStartTimeout",
        "defaultRegularity",
        "isEnabled",
        "isPremium",
        "isTesting",
        "isDevelopedByCommunity",
        "isCountedInExtensionsLimit",
        "_id",
        "displayName",
        "subtitle",
        "summary",
        "applicationId",
        "defaultConfig",
        "defaultData",
        "actions",
        "configDescription",
        "punishableActions",
        "mainIframeUrl",
        "configIframeUrl",
        "webhookUrl",
        "webhookUsername",
        "webhookPassword",
        "deletedAt",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.available_modes, Unset):
            _out["availableModes"] = _json_value(self.available_modes)
        if not isinstance(self.enable_start_timeout, Unset):
            _out["enableStartTimeout"] = self.enable_start_timeout
        if not isinstance(self.default_regularity, Unset):
            _out["defaultRegularity"] = self.default_regularity
        if not isinstance(self.is_enabled, Unset):
            _out["isEnabled"] = self.is_enabled
        if not isinstance(self.is_premium, Unset):
            _out["isPremium"] = self.is_premium
        if not isinstance(self.is_testing, Unset):
            _out["isTesting"] = self.is_testing
        if not isinstance(self.is_developed_by_community, Unset):
            _out["isDevelopedByCommunity"] = self.is_developed_by_community
        if not isinstance(self.is_counted_in_extensions_limit, Unset):
            _out["isCountedInExtensionsLimit"] = self.is_counted_in_extensions_limit
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.subtitle, Unset):
            _out["subtitle"] = self.subtitle
        if not isinstance(self.summary, Unset):
            _out["summary"] = self.summary
        if not isinstance(self.application_id, Unset):
            _out["applicationId"] = self.application_id
        if not isinstance(self.default_config, Unset):
            _out["defaultConfig"] = _json_value(self.default_config)
        if not isinstance(self.default_data, Unset):
            _out["defaultData"] = _json_value(self.default_data)
        if not isinstance(self.actions, Unset):
            _out["actions"] = _json_value(self.actions)
        if not isinstance(self.config_description, Unset):
            _out["configDescription"] = self.config_description
        if not isinstance(self.punishable_actions, Unset):
            _out["punishableActions"] = _json_value(self.punishable_actions)
        if not isinstance(self.main_iframe_url, Unset):
            _out["mainIframeUrl"] = self.main_iframe_url
        if not isinstance(self.config_iframe_url, Unset):
            _out["configIframeUrl"] = self.config_iframe_url
        if not isinstance(self.webhook_url, Unset):
            _out["webhookUrl"] = self.webhook_url
        if not isinstance(self.webhook_username, Unset):
            _out["webhookUsername"] = self.webhook_username
        if not isinstance(self.webhook_password, Unset):
            _out["webhookPassword"] = self.webhook_password
        if not isinstance(self.deleted_at, Unset):
            _out["deletedAt"] = _json_value(self.deleted_at)
        if not isinstance(self.icon, Unset):
            _out["icon"] = _json_value(self.icon)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerExtensionForDashboard:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PartnerExtensionForDashboard needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerExtensionForDashboard:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerExtensionForDashboardFromJson.__new__(_PartnerExtensionForDashboardFromJson)
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
        _v = _d.pop("enableStartTimeout", UNSET)
        if _v is UNSET:
            _o.enable_start_timeout = UNSET
            _dev.append(_Deviation("enable_start_timeout", "missing", "enableStartTimeout"))
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
        _v = _d.pop("_id", UNSET)
        if _v is UNSET:
            _o.id = UNSET
            _dev.append(_Deviation("id", "missing", "_id"))
        elif _v is None:
            _o.id = None
            _dev.append(_Deviation("id", "null", "_id"))
        elif _v.__class__ is str:
            _o.id = _v
        else:
            _o.id = _v
            _dev.append(_Deviation("id", "invalid", "_id"))
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
        _v = _d.pop("applicationId", UNSET)
        if _v is UNSET:
            _o.application_id = UNSET
            _dev.append(_Deviation("application_id", "missing", "applicationId"))
        elif _v is None:
            _o.application_id = None
            _dev.append(_Deviation("application_id", "null", "applicationId"))
        elif _v.__class__ is str:
            _o.application_id = _v
        else:
            _o.application_id = _v
            _dev.append(_Deviation("application_id", "invalid", "applicationId"))
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
                _o.default_config = PartnerExtensionForDashboardDefaultConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.default_config = _v
                _dev.append(_Deviation("default_config", "invalid", "defaultConfig"))
        _v = _d.pop("defaultData", UNSET)
        if _v is UNSET:
            _o.default_data = UNSET
            _dev.append(_Deviation("default_data", "missing", "defaultData"))
        elif _v is None:
            _o.default_data = None
            _dev.append(_Deviation("default_data", "null", "defaultData"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.default_data = PartnerExtensionForDashboardDefaultData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.default_data = _v
                _dev.append(_Deviation("default_data", "invalid", "defaultData"))
        _v = _d.pop("actions", UNSET)
        if _v is UNSET:
            _o.actions = UNSET
            _dev.append(_Deviation("actions", "missing", "actions"))
        elif _v is None:
            _o.actions = None
            _dev.append(_Deviation("actions", "null", "actions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list4: list[Any] = []
                _value5: Any
                for _item3 in _v:
                    if _item3 is None:
                        _value5 = None
                        _dev.append(_Deviation(f"actions[{len(_list4)}]", "null", f"actions[{len(_list4)}]"))
                    else:
                        if not isinstance(_item3, dict):
                            raise _expected("an object", _item3)
                        _value5 = ActionType._from_json(_item3)
                    _list4.append(_value5)
                _o.actions = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.actions = _v
                _dev.append(_Deviation("actions", "invalid", "actions"))
        _v = _d.pop("configDescription", UNSET)
        if _v is UNSET:
            _o.config_description = UNSET
            _dev.append(_Deviation("config_description", "missing", "configDescription"))
        elif _v is None:
            _o.config_description = None
        elif _v.__class__ is str:
            _o.config_description = _v
        else:
            _o.config_description = _v
            _dev.append(_Deviation("config_description", "invalid", "configDescription"))
        _v = _d.pop("punishableActions", UNSET)
        if _v is UNSET:
            _o.punishable_actions = UNSET
            _dev.append(_Deviation("punishable_actions", "missing", "punishableActions"))
        elif _v is None:
            _o.punishable_actions = None
            _dev.append(_Deviation("punishable_actions", "null", "punishableActions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list7: list[Any] = []
                _value8: Any
                for _item6 in _v:
                    if _item6 is None:
                        _value8 = None
                        _dev.append(
                            _Deviation(
                                f"punishable_actions[{len(_list7)}]",
                                "null",
                                f"punishableActions[{len(_list7)}]",
                            )
                        )
                    else:
                        if not isinstance(_item6, dict):
                            raise _expected("an object", _item6)
                        _value8 = PunishableActionModel._from_json(_item6)
                    _list7.append(_value8)
                _o.punishable_actions = _list7
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.punishable_actions = _v
                _dev.append(_Deviation("punishable_actions", "invalid", "punishableActions"))
        _v = _d.pop("mainIframeUrl", UNSET)
        if _v is UNSET:
            _o.main_iframe_url = UNSET
            _dev.append(_Deviation("main_iframe_url", "missing", "mainIframeUrl"))
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
            _dev.append(_Deviation("config_iframe_url", "missing", "configIframeUrl"))
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
            _dev.append(_Deviation("webhook_url", "missing", "webhookUrl"))
        elif _v is None:
            _o.webhook_url = None
            _dev.append(_Deviation("webhook_url", "null", "webhookUrl"))
        elif _v.__class__ is str:
            _o.webhook_url = _v
        else:
            _o.webhook_url = _v
            _dev.append(_Deviation("webhook_url", "invalid", "webhookUrl"))
        _v = _d.pop("webhookUsername", UNSET)
        if _v is UNSET:
            _o.webhook_username = UNSET
            _dev.append(_Deviation("webhook_username", "missing", "webhookUsername"))
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
            _dev.append(_Deviation("webhook_password", "missing", "webhookPassword"))
        elif _v is None:
            _o.webhook_password = None
            _dev.append(_Deviation("webhook_password", "null", "webhookPassword"))
        elif _v.__class__ is str:
            _o.webhook_password = _v
        else:
            _o.webhook_password = _v
            _dev.append(_Deviation("webhook_password", "invalid", "webhookPassword"))
        _v = _d.pop("deletedAt", UNSET)
        if _v is UNSET:
            _o.deleted_at = UNSET
            _dev.append(_Deviation("deleted_at", "missing", "deletedAt"))
        elif _v is None:
            _o.deleted_at = None
        else:
            try:
                _o.deleted_at = datetime.datetime.fromisoformat(_v)
                if _o.deleted_at.tzinfo is None:
                    _o.deleted_at = _o.deleted_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.deleted_at = _v
                _dev.append(_Deviation("deleted_at", "invalid", "deletedAt"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
        elif _v is None:
            _o.icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        else:
            try:
                _o.icon = PartnerExtensionForDashboardIcon._value2member_map_.get(
                    _v
                ) or PartnerExtensionForDashboardIcon(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.icon = _v
                _dev.append(_Deviation("icon", "invalid", "icon"))
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


class _PartnerExtensionForDashboardFromJson(PendingModel, PartnerExtensionForDashboard):
    """A PartnerExtensionForDashboard from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerExtensionForDashboard)."""

    __slots__ = ()
    _model = PartnerExtensionForDashboard


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerExtensionForDashboardFromJson.__name__ = _PartnerExtensionForDashboardFromJson.__qualname__ = (
    "PartnerExtensionForDashboard"
)
