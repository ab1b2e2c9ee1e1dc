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
class UserSettings(SpecModel):
    """Schema ``UserSettings``.

    Attributes:
        show_locks_on_profile (bool):
        show_online_status (bool):
        show_discord_on_profile (bool):
        email_on_wearer_uses_shared_lock (bool):
        message_on_wearer_uses_shared_lock (bool):
        discord_notifications (bool):
        discord_messaging_notifications (bool):
        display_nsfw (bool):
        show_age (bool):
    """

    show_locks_on_profile: bool
    show_online_status: bool
    show_discord_on_profile: bool
    email_on_wearer_uses_shared_lock: bool
    message_on_wearer_uses_shared_lock: bool
    discord_notifications: bool
    discord_messaging_notifications: bool
    display_nsfw: bool
    show_age: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
        "showLocksOnProfile",
        "showOnlineStatus",
        "showDiscordOnProfile",
        "emailOnWearerUsesSharedLock",
        "messageOnWearerUsesSharedLock",
        "discordNotifications",
        "discordMessagingNotifications",
        "displayNsfw",
        "showAge",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.show_locks_on_profile, Unset):
            _out["showLocksOnProfile"] = self.show_locks_on_profile
        if not isinstance(self.show_online_status, Unset):
            _out["showOnlineStatus"] = self.show_online_status
        if not isinstance(self.show_discord_on_profile, Unset):
            _out["showDiscordOnProfile"] = self.show_discord_on_profile
        if not isinstance(self.email_on_wearer_uses_shared_lock, Unset):
            _out["emailOnWearerUsesSharedLock"] = self.email_on_wearer_uses_shared_lock
        if not isinstance(self.message_on_wearer_uses_shared_lock, Unset):
            _out["messageOnWearerUsesSharedLock"] = self.message_on_wearer_uses_shared_lock
        if not isinstance(self.discord_notifications, Unset):
            _out["discordNotifications"] = self.discord_notifications
        if not isinstance(self.discord_messaging_notifications, Unset):
            _out["discordMessagingNotifications"] = self.discord_messaging_notifications
        if not isinstance(self.display_nsfw, Unset):
            _out["displayNsfw"] = self.display_nsfw
        if not isinstance(self.show_age, Unset):
            _out["showAge"] = self.show_age
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserSettings:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserSettings needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserSettings:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserSettingsFromJson.__new__(_UserSettingsFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("showLocksOnProfile", UNSET)
        if _v is UNSET:
            _o.show_locks_on_profile = UNSET
            _dev.append(_Deviation("show_locks_on_profile", "missing", "showLocksOnProfile"))
        elif _v is None:
            _o.show_locks_on_profile = None
            _dev.append(_Deviation("show_locks_on_profile", "null", "showLocksOnProfile"))
        elif _v.__class__ is bool:
            _o.show_locks_on_profile = _v
        else:
            _o.show_locks_on_profile = _v
            _dev.append(_Deviation("show_locks_on_profile", "invalid", "showLocksOnProfile"))
        _v = _d.pop("showOnlineStatus", UNSET)
        if _v is UNSET:
            _o.show_online_status = UNSET
            _dev.append(_Deviation("show_online_status", "missing", "showOnlineStatus"))
        elif _v is None:
            _o.show_online_status = None
            _dev.append(_Deviation("show_online_status", "null", "showOnlineStatus"))
        elif _v.__class__ is bool:
            _o.show_online_status = _v
        else:
            _o.show_online_status = _v
            _dev.append(_Deviation("show_online_status", "invalid", "showOnlineStatus"))
        _v = _d.pop("showDiscordOnProfile", UNSET)
        if _v is UNSET:
            _o.show_discord_on_profile = UNSET
            _dev.append(_Deviation("show_discord_on_profile", "missing", "showDiscordOnProfile"))
        elif _v is None:
            _o.show_discord_on_profile = None
            _dev.append(_Deviation("show_discord_on_profile", "null", "showDiscordOnProfile"))
        elif _v.__class__ is bool:
            _o.show_discord_on_profile = _v
        else:
            _o.show_discord_on_profile = _v
            _dev.append(_Deviation("show_discord_on_profile", "invalid", "showDiscordOnProfile"))
        _v = _d.pop("emailOnWearerUsesSharedLock", UNSET)
        if _v is UNSET:
            _o.email_on_wearer_uses_shared_lock = UNSET
            _dev.append(
                _Deviation("email_on_wearer_uses_shared_lock", "missing", "emailOnWearerUsesSharedLock")
            )
        elif _v is None:
            _o.email_on_wearer_uses_shared_lock = None
            _dev.append(_Deviation("email_on_wearer_uses_shared_lock", "null", "emailOnWearerUsesSharedLock"))
        elif _v.__class__ is bool:
            _o.email_on_wearer_uses_shared_lock = _v
        else:
            _o.email_on_wearer_uses_shared_lock = _v
            _dev.append(
                _Deviation("email_on_wearer_uses_shared_lock", "invalid", "emailOnWearerUsesSharedLock")
            )
        _v = _d.pop("messageOnWearerUsesSharedLock", UNSET)
        if _v is UNSET:
            _o.message_on_wearer_uses_shared_lock = UNSET
            _dev.append(
                _Deviation("message_on_wearer_uses_shared_lock", "missing", "messageOnWearerUsesSharedLock")
            )
        elif _v is None:
            _o.message_on_wearer_uses_shared_lock = None
            _dev.append(
                _Deviation("message_on_wearer_uses_shared_lock", "null", "messageOnWearerUsesSharedLock")
            )
        elif _v.__class__ is bool:
            _o.message_on_wearer_uses_shared_lock = _v
        else:
            _o.message_on_wearer_uses_shared_lock = _v
            _dev.append(
                _Deviation("message_on_wearer_uses_shared_lock", "invalid", "messageOnWearerUsesSharedLock")
            )
        _v = _d.pop("discordNotifications", UNSET)
        if _v is UNSET:
            _o.discord_notifications = UNSET
            _dev.append(_Deviation("discord_notifications", "missing", "discordNotifications"))
        elif _v is None:
            _o.discord_notifications = None
            _dev.append(_Deviation("discord_notifications", "null", "discordNotifications"))
        elif _v.__class__ is bool:
            _o.discord_notifications = _v
        else:
            _o.discord_notifications = _v
            _dev.append(_Deviation("discord_notifications", "invalid", "discordNotifications"))
        _v = _d.pop("discordMessagingNotifications", UNSET)
        if _v is UNSET:
            _o.discord_messaging_notifications = UNSET
            _dev.append(
                _Deviation("discord_messaging_notifications", "missing", "discordMessagingNotifications")
            )
        elif _v is None:
            _o.discord_messaging_notifications = None
            _dev.append(
                _Deviation("discord_messaging_notifications", "null", "discordMessagingNotifications")
            )
        elif _v.__class__ is bool:
            _o.discord_messaging_notifications = _v
        else:
            _o.discord_messaging_notifications = _v
            _dev.append(
                _Deviation("discord_messaging_notifications", "invalid", "discordMessagingNotifications")
            )
        _v = _d.pop("displayNsfw", UNSET)
        if _v is UNSET:
            _o.display_nsfw = UNSET
            _dev.append(_Deviation("display_nsfw", "missing", "displayNsfw"))
        elif _v is None:
            _o.display_nsfw = None
            _dev.append(_Deviation("display_nsfw", "null", "displayNsfw"))
        elif _v.__class__ is bool:
            _o.display_nsfw = _v
        else:
            _o.display_nsfw = _v
            _dev.append(_Deviation("display_nsfw", "invalid", "displayNsfw"))
        _v = _d.pop("showAge", UNSET)
        if _v is UNSET:
            _o.show_age = UNSET
            _dev.append(_Deviation("show_age", "missing", "showAge"))
        elif _v is None:
            _o.show_age = None
            _dev.append(_Deviation("show_age", "null", "showAge"))
        elif _v.__class__ is bool:
            _o.show_age = _v
        else:
            _o.show_age = _v
            _dev.append(_Deviation("show_age", "invalid", "showAge"))
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


class _UserSettingsFromJson(PendingModel, UserSettings):
    """A UserSettings from ``from_dict`` whose JSON is read on first use (then it is a plain UserSettings)."""

    __slots__ = ()
    _model = UserSettings


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserSettingsFromJson.__name__ = _UserSettingsFromJson.__qualname__ = "UserSettings"
