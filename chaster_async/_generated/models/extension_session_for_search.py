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

from ..models.extension_session_for_search_mode import ExtensionSessionForSearchMode

if TYPE_CHECKING:
    from ..models.extension_session_for_search_config import ExtensionSessionForSearchConfig
    from ..models.extension_session_for_search_data import ExtensionSessionForSearchData
    from ..models.extension_session_for_search_user_data import ExtensionSessionForSearchUserData
    from ..models.lock_for_public import LockForPublic
    from ..models.partner_metadata import PartnerMetadata

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        ExtensionSessionForSearchConfig, \
        ExtensionSessionForSearchData, \
        ExtensionSessionForSearchUserData, \
        LockForPublic, \
        PartnerMetadata
    from ..models.extension_session_for_search_config import ExtensionSessionForSearchConfig
    from ..models.extension_session_for_search_data import ExtensionSessionForSearchData
    from ..models.extension_session_for_search_user_data import ExtensionSessionForSearchUserData
    from ..models.lock_for_public import LockForPublic
    from ..models.partner_metadata import PartnerMetadata

    _resolved = True


@_attrs_define
class ExtensionSessionForSearch(SpecModel):
    """Schema ``ExtensionSessionForSearch``.

    Attributes:
        slug (str): The extension slug.
        config (ExtensionSessionForSearchConfig): The extension configuration.
        id (str):
        display_name (str): This is the name of the extension, which will be displayed to other users in the list of
            extensions, and in the description of locks.
        summary (str): This is the description of your extension, it is a paragraph explaining how your extension works,
            and what its purpose is.
        subtitle (str): This is the subtitle of the extension, it is a short sentence explaining the concept of your
            extension, and will be displayed in the list of extensions.
        icon (str): The icon you choose must be one of the regular icons available on FontAwesome 5, which you can find
            list here. The icon will be displayed in the list of extensions.  Contact us if you want to change the icon of
            your extension.
        mode (ExtensionSessionForSearchMode): An extension can offer different modes, depending on the way it works and
            the actions to be performed. An action is a user interaction, for example in Chaster extensions, spinning the
            wheel of fortune, assigning a task, or checking in. The frequency of the actions can be defined and limited
            according to the mode chosen by the user among the modes offered by the extension.  More information:
            https://docs.chaster.app/api/extensions-api/configuration#available-modes
        user_data (ExtensionSessionForSearchUserData):
        regularity (float): The regularity displayed in the configuration, if the user chooses the cumulative or non-
            cumulative mode. If you enable only Unlimited mode, you don't need to fill this parameter.
        nb_actions_remaining (float): The number of regular actions remaining. If the mode is Unlimited, it returns -1.
            Use it to display the number of actions remaining to the user, and know when the user can perform a regular
            action. If the value is 0, the user cannot perform a regular action.
        next_action_date (None | str): The date when the next regular action can be performed.  Use it to compare the
            current date with the next action date to know when the user can perform a regular action. If the value is null,
            the user can perform a regular action. If the mode is Unlimited, it always returns null.
        is_partner (bool):
        text_config (str):
        created_at (str): Created at
        updated_at (str): Updated at
        session_id (str):
        data (ExtensionSessionForSearchData): Data stored for this session, in a key-value format.
        metadata (PartnerMetadata):
        lock (LockForPublic):
        pagination_id (str):
    """

    slug: str
    config: ExtensionSessionForSearchConfig
    id: str
    display_name: str
    summary: str
    subtitle: str
    icon: str
    mode: ExtensionSessionForSearchMode
    user_data: ExtensionSessionForSearchUserData
    regularity: float
    nb_actions_remaining: float
    next_action_date: None | str
    is_partner: bool
    text_config: str
    created_at: str
    updated_at: str
    session_id: str
    data: ExtensionSessionForSearchData
    metadata: PartnerMetadata
    lock: LockForPublic
    pagination_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("config", "mode", "user_data", "data", "metadata", "lock")
    _required_keys = (
        "slug",
        "config",
        "_id",
        "displayName",
        "summary",
        "subtitle",
        "icon",
        "mode",
        "userData",
        "regularity",
        "nbActionsRemaining",
        "nextActionDate",
        "isPartner",
        "textConfig",
        "createdAt",
        "updatedAt",
        "sessionId",
        "data",
        "metadata",
        "lock",
        "paginationId",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.config, Unset):
            _out["config"] = _json_value(self.config)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.summary, Unset):
            _out["summary"] = self.summary
        if not isinstance(self.subtitle, Unset):
            _out["subtitle"] = self.subtitle
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.mode, Unset):
            _out["mode"] = _json_value(self.mode)
        if not isinstance(self.user_data, Unset):
            _out["userData"] = _json_value(self.user_data)
        if not isinstance(self.regularity, Unset):
            _out["regularity"] = self.regularity
        if not isinstance(self.nb_actions_remaining, Unset):
            _out["nbActionsRemaining"] = self.nb_actions_remaining
        if not isinstance(self.next_action_date, Unset):
            _out["nextActionDate"] = self.next_action_date
        if not isinstance(self.is_partner, Unset):
            _out["isPartner"] = self.is_partner
        if not isinstance(self.text_config, Unset):
            _out["textConfig"] = self.text_config
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = self.created_at
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = self.updated_at
        if not isinstance(self.session_id, Unset):
            _out["sessionId"] = self.session_id
        if not isinstance(self.data, Unset):
            _out["data"] = _json_value(self.data)
        if not isinstance(self.metadata, Unset):
            _out["metadata"] = _json_value(self.metadata)
        if not isinstance(self.lock, Unset):
            _out["lock"] = _json_value(self.lock)
        if not isinstance(self.pagination_id, Unset):
            _out["paginationId"] = self.pagination_id
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionSessionForSearch:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionSessionForSearch needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionSessionForSearch:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionSessionForSearchFromJson.__new__(_ExtensionSessionForSearchFromJson)
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
                _o.config = ExtensionSessionForSearchConfig._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.config = _v
                _dev.append(_Deviation("config", "invalid", "config"))
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
        _v = _d.pop("mode", UNSET)
        if _v is UNSET:
            _o.mode = UNSET
            _dev.append(_Deviation("mode", "missing", "mode"))
        elif _v is None:
            _o.mode = None
            _dev.append(_Deviation("mode", "null", "mode"))
        else:
            try:
                _o.mode = ExtensionSessionForSearchMode._value2member_map_.get(
                    _v
                ) or ExtensionSessionForSearchMode(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.mode = _v
                _dev.append(_Deviation("mode", "invalid", "mode"))
        _v = _d.pop("userData", UNSET)
        if _v is UNSET:
            _o.user_data = UNSET
            _dev.append(_Deviation("user_data", "missing", "userData"))
        elif _v is None:
            _o.user_data = None
            _dev.append(_Deviation("user_data", "null", "userData"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.user_data = ExtensionSessionForSearchUserData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.user_data = _v
                _dev.append(_Deviation("user_data", "invalid", "userData"))
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
        _v = _d.pop("nbActionsRemaining", UNSET)
        if _v is UNSET:
            _o.nb_actions_remaining = UNSET
            _dev.append(_Deviation("nb_actions_remaining", "missing", "nbActionsRemaining"))
        elif _v is None:
            _o.nb_actions_remaining = None
            _dev.append(_Deviation("nb_actions_remaining", "null", "nbActionsRemaining"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_actions_remaining = _v
        else:
            _o.nb_actions_remaining = _v
            _dev.append(_Deviation("nb_actions_remaining", "invalid", "nbActionsRemaining"))
        _v = _d.pop("nextActionDate", UNSET)
        if _v is UNSET:
            _o.next_action_date = UNSET
            _dev.append(_Deviation("next_action_date", "missing", "nextActionDate"))
        elif _v is None:
            _o.next_action_date = None
        elif _v.__class__ is str:
            _o.next_action_date = _v
        else:
            _o.next_action_date = _v
            _dev.append(_Deviation("next_action_date", "invalid", "nextActionDate"))
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
        _v = _d.pop("textConfig", UNSET)
        if _v is UNSET:
            _o.text_config = UNSET
            _dev.append(_Deviation("text_config", "missing", "textConfig"))
        elif _v is None:
            _o.text_config = None
            _dev.append(_Deviation("text_config", "null", "textConfig"))
        elif _v.__class__ is str:
            _o.text_config = _v
        else:
            _o.text_config = _v
            _dev.append(_Deviation("text_config", "invalid", "textConfig"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        elif _v.__class__ is str:
            _o.created_at = _v
        else:
            _o.created_at = _v
            _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("updatedAt", UNSET)
        if _v is UNSET:
            _o.updated_at = UNSET
            _dev.append(_Deviation("updated_at", "missing", "updatedAt"))
        elif _v is None:
            _o.updated_at = None
            _dev.append(_Deviation("updated_at", "null", "updatedAt"))
        elif _v.__class__ is str:
            _o.updated_at = _v
        else:
            _o.updated_at = _v
            _dev.append(_Deviation("updated_at", "invalid", "updatedAt"))
        _v = _d.pop("sessionId", UNSET)
        if _v is UNSET:
            _o.session_id = UNSET
            _dev.append(_Deviation("session_id", "missing", "sessionId"))
        elif _v is None:
            _o.session_id = None
            _dev.append(_Deviation("session_id", "null", "sessionId"))
        elif _v.__class__ is str:
            _o.session_id = _v
        else:
            _o.session_id = _v
            _dev.append(_Deviation("session_id", "invalid", "sessionId"))
        _v = _d.pop("data", UNSET)
        if _v is UNSET:
            _o.data = UNSET
            _dev.append(_Deviation("data", "missing", "data"))
        elif _v is None:
            _o.data = None
            _dev.append(_Deviation("data", "null", "data"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.data = ExtensionSessionForSearchData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.data = _v
                _dev.append(_Deviation("data", "invalid", "data"))
        _v = _d.pop("metadata", UNSET)
        if _v is UNSET:
            _o.metadata = UNSET
            _dev.append(_Deviation("metadata", "missing", "metadata"))
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
        _v = _d.pop("lock", UNSET)
        if _v is UNSET:
            _o.lock = UNSET
            _dev.append(_Deviation("lock", "missing", "lock"))
        elif _v is None:
            _o.lock = None
            _dev.append(_Deviation("lock", "null", "lock"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.lock = LockForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.lock = _v
                _dev.append(_Deviation("lock", "invalid", "lock"))
        _v = _d.pop("paginationId", UNSET)
        if _v is UNSET:
            _o.pagination_id = UNSET
            _dev.append(_Deviation("pagination_id", "missing", "paginationId"))
        elif _v is None:
            _o.pagination_id = None
            _dev.append(_Deviation("pagination_id", "null", "paginationId"))
        elif _v.__class__ is str:
            _o.pagination_id = _v
        else:
            _o.pagination_id = _v
            _dev.append(_Deviation("pagination_id", "invalid", "paginationId"))
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


class _ExtensionSessionForSearchFromJson(PendingModel, ExtensionSessionForSearch):
    """A ExtensionSessionForSearch from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionSessionForSearch)."""

    __slots__ = ()
    _model = ExtensionSessionForSearch


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionSessionForSearchFromJson.__name__ = _ExtensionSessionForSearchFromJson.__qualname__ = (
    "ExtensionSessionForSearch"
)
