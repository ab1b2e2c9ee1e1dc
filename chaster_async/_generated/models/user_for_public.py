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

from ..models.feature_switch_enum import FeatureSwitchEnum
from ..models.sexual_orientation_enum import SexualOrientationEnum
from ..models.user_role_enum import UserRoleEnum

if TYPE_CHECKING:
    from ..models.user_metadata import UserMetadata

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, UserMetadata
    from ..models.user_metadata import UserMetadata

    _resolved = True


@_attrs_define
class UserForPublic(SpecModel):
    """Schema ``UserForPublic``.

    Attributes:
        sexual_orientation (SexualOrientationEnum):
        role (UserRoleEnum):
        features (list[FeatureSwitchEnum]): Enabled features
        id (str): The user id
        username (str): The username
        is_premium (bool): Whether the user has a Premium subscription
        description (str): The profile description
        location (str): The location
        gender (str): The gender
        age (float | None): The age
        is_findom (bool): Whether the user is a findom
        avatar_url (str): The avatar URL
        online (bool): Whether the user is online
        last_seen (float | None): User last seen, in seconds
        is_admin (bool): Whether the user is an admin
        is_team_member (bool): Whether the user is a team member
        is_moderator (bool): Whether the user is a moderator
        metadata (UserMetadata):
        full_location (str): User full location
        discord_id (None | str): The Discord ID
        discord_username (None | str): The Discord username
        is_disabled (bool): Whether the user is disabled
        is_suspended (bool): Whether the user is suspended by the Chaster team
        joined_at (str): Joined date (year and month, YYYY-MM)
        is_new_member (bool): Whether the user is a new member
        is_suspended_or_disabled (bool): Whether the user is suspended or disabled
    """

    sexual_orientation: SexualOrientationEnum
    role: UserRoleEnum
    features: list[FeatureSwitchEnum]
    id: str
    username: str
    is_premium: bool
    description: str
    location: str
    gender: str
    age: float | None
    is_findom: bool
    avatar_url: str
    online: bool
    last_seen: float | None
    is_admin: bool
    is_team_member: bool
    is_moderator: bool
    metadata: UserMetadata
    full_location: str
    discord_id: None | str
    discord_username: None | str
    is_disabled: bool
    is_suspended: bool
    joined_at: str
    is_new_member: bool
    is_suspended_or_disabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("sexual_orientation", "role", "features", "metadata")
    _required_keys = (
        "sexualOrientation",
        "role",
        "features",
        "_id",
        "username",
        "isPremium",
        "description",
        "location",
        "gender",
        "age",
        "isFindom",
        "avatarUrl",
        "online",
        "lastSeen",
        "isAdmin",
        "isTeamMember",
        "isModerator",
        "metadata",
        "fullLocation",
        "discordId",
        "discordUsername",
        "isDisabled",
        "isSuspended",
        "joinedAt",
        "isNewMember",
        "isSuspendedOrDisabled",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.sexual_orientation, Unset):
            _out["sexualOrientation"] = _json_value(self.sexual_orientation)
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.features, Unset):
            _out["features"] = _json_value(self.features)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.username, Unset):
            _out["username"] = self.username
        if not isinstance(self.is_premium, Unset):
            _out["isPremium"] = self.is_premium
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.location, Unset):
            _out["location"] = self.location
        if not isinstance(self.gender, Unset):
            _out["gender"] = self.gender
        if not isinstance(self.age, Unset):
            _out["age"] = self.age
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = self.is_findom
        if not isinstance(self.avatar_url, Unset):
            _out["avatarUrl"] = self.avatar_url
        if not isinstance(self.online, Unset):
            _out["online"] = self.online
        if not isinstance(self.last_seen, Unset):
            _out["lastSeen"] = self.last_seen
        if not isinstance(self.is_admin, Unset):
            _out["isAdmin"] = self.is_admin
        if not isinstance(self.is_team_member, Unset):
            _out["isTeamMember"] = self.is_team_member
        if not isinstance(self.is_moderator, Unset):
            _out["isModerator"] = self.is_moderator
        if not isinstance(self.metadata, Unset):
            _out["metadata"] = _json_value(self.metadata)
        if not isinstance(self.full_location, Unset):
            _out["fullLocation"] = self.full_location
        if not isinstance(self.discord_id, Unset):
            _out["discordId"] = self.discord_id
        if not isinstance(self.discord_username, Unset):
            _out["discordUsername"] = self.discord_username
        if not isinstance(self.is_disabled, Unset):
            _out["isDisabled"] = self.is_disabled
        if not isinstance(self.is_suspended, Unset):
            _out["isSuspended"] = self.is_suspended
        if not isinstance(self.joined_at, Unset):
            _out["joinedAt"] = self.joined_at
        if not isinstance(self.is_new_member, Unset):
            _out["isNewMember"] = self.is_new_member
        if not isinstance(self.is_suspended_or_disabled, Unset):
            _out["isSuspendedOrDisabled"] = self.is_suspended_or_disabled
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserForPublicFromJson.__new__(_UserForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("sexualOrientation", UNSET)
        if _v is UNSET:
            _o.sexual_orientation = UNSET
            _dev.append(_Deviation("sexual_orientation", "missing", "sexualOrientation"))
        elif _v is None:
            _o.sexual_orientation = None
            _dev.append(_Deviation("sexual_orientation", "null", "sexualOrientation"))
        else:
            try:
                _o.sexual_orientation = SexualOrientationEnum._value2member_map_.get(
                    _v
                ) or SexualOrientationEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.sexual_orientation = _v
                _dev.append(_Deviation("sexual_orientation", "invalid", "sexualOrientation"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                _o.role = UserRoleEnum._value2member_map_.get(_v) or UserRoleEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("features", UNSET)
        if _v is UNSET:
            _o.features = UNSET
            _dev.append(_Deviation("features", "missing", "features"))
        elif _v is None:
            _o.features = None
            _dev.append(_Deviation("features", "null", "features"))
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
                            _Deviation(f"features[{len(_list1)}]", "null", f"features[{len(_list1)}]")
                        )
                    else:
                        _value2 = FeatureSwitchEnum._value2member_map_.get(_item0) or FeatureSwitchEnum(
                            _item0
                        )
                    _list1.append(_value2)
                _o.features = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.features = _v
                _dev.append(_Deviation("features", "invalid", "features"))
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
        _v = _d.pop("username", UNSET)
        if _v is UNSET:
            _o.username = UNSET
            _dev.append(_Deviation("username", "missing", "username"))
        elif _v is None:
            _o.username = None
            _dev.append(_Deviation("username", "null", "username"))
        elif _v.__class__ is str:
            _o.username = _v
        else:
            _o.username = _v
            _dev.append(_Deviation("username", "invalid", "username"))
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
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            _o.description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            _o.description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("location", UNSET)
        if _v is UNSET:
            _o.location = UNSET
            _dev.append(_Deviation("location", "missing", "location"))
        elif _v is None:
            _o.location = None
            _dev.append(_Deviation("location", "null", "location"))
        elif _v.__class__ is str:
            _o.location = _v
        else:
            _o.location = _v
            _dev.append(_Deviation("location", "invalid", "location"))
        _v = _d.pop("gender", UNSET)
        if _v is UNSET:
            _o.gender = UNSET
            _dev.append(_Deviation("gender", "missing", "gender"))
        elif _v is None:
            _o.gender = None
            _dev.append(_Deviation("gender", "null", "gender"))
        elif _v.__class__ is str:
            _o.gender = _v
        else:
            _o.gender = _v
            _dev.append(_Deviation("gender", "invalid", "gender"))
        _v = _d.pop("age", UNSET)
        if _v is UNSET:
            _o.age = UNSET
            _dev.append(_Deviation("age", "missing", "age"))
        elif _v is None:
            _o.age = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.age = _v
        else:
            _o.age = _v
            _dev.append(_Deviation("age", "invalid", "age"))
        _v = _d.pop("isFindom", UNSET)
        if _v is UNSET:
            _o.is_findom = UNSET
            _dev.append(_Deviation("is_findom", "missing", "isFindom"))
        elif _v is None:
            _o.is_findom = None
            _dev.append(_Deviation("is_findom", "null", "isFindom"))
        elif _v.__class__ is bool:
            _o.is_findom = _v
        else:
            _o.is_findom = _v
            _dev.append(_Deviation("is_findom", "invalid", "isFindom"))
        _v = _d.pop("avatarUrl", UNSET)
        if _v is UNSET:
            _o.avatar_url = UNSET
            _dev.append(_Deviation("avatar_url", "missing", "avatarUrl"))
        elif _v is None:
            _o.avatar_url = None
            _dev.append(_Deviation("avatar_url", "null", "avatarUrl"))
        elif _v.__class__ is str:
            _o.avatar_url = _v
        else:
            _o.avatar_url = _v
            _dev.append(_Deviation("avatar_url", "invalid", "avatarUrl"))
        _v = _d.pop("online", UNSET)
        if _v is UNSET:
            _o.online = UNSET
            _dev.append(_Deviation("online", "missing", "online"))
        elif _v is None:
            _o.online = None
            _dev.append(_Deviation("online", "null", "online"))
        elif _v.__class__ is bool:
            _o.online = _v
        else:
            _o.online = _v
            _dev.append(_Deviation("online", "invalid", "online"))
        _v = _d.pop("lastSeen", UNSET)
        if _v is UNSET:
            _o.last_seen = UNSET
            _dev.append(_Deviation("last_seen", "missing", "lastSeen"))
        elif _v is None:
            _o.last_seen = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.last_seen = _v
        else:
            _o.last_seen = _v
            _dev.append(_Deviation("last_seen", "invalid", "lastSeen"))
        _v = _d.pop("isAdmin", UNSET)
        if _v is UNSET:
            _o.is_admin = UNSET
            _dev.append(_Deviation("is_admin", "missing", "isAdmin"))
        elif _v is None:
            _o.is_admin = None
            _dev.append(_Deviation("is_admin", "null", "isAdmin"))
        elif _v.__class__ is bool:
            _o.is_admin = _v
        else:
            _o.is_admin = _v
            _dev.append(_Deviation("is_admin", "invalid", "isAdmin"))
        _v = _d.pop("isTeamMember", UNSET)
        if _v is UNSET:
            _o.is_team_member = UNSET
            _dev.append(_Deviation("is_team_member", "missing", "isTeamMember"))
        elif _v is None:
            _o.is_team_member = None
            _dev.append(_Deviation("is_team_member", "null", "isTeamMember"))
        elif _v.__class__ is bool:
            _o.is_team_member = _v
        else:
            _o.is_team_member = _v
            _dev.append(_Deviation("is_team_member", "invalid", "isTeamMember"))
        _v = _d.pop("isModerator", UNSET)
        if _v is UNSET:
            _o.is_moderator = UNSET
            _dev.append(_Deviation("is_moderator", "missing", "isModerator"))
        elif _v is None:
            _o.is_moderator = None
            _dev.append(_Deviation("is_moderator", "null", "isModerator"))
        elif _v.__class__ is bool:
            _o.is_moderator = _v
        else:
            _o.is_moderator = _v
            _dev.append(_Deviation("is_moderator", "invalid", "isModerator"))
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
                _o.metadata = UserMetadata._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.metadata = _v
                _dev.append(_Deviation("metadata", "invalid", "metadata"))
        _v = _d.pop("fullLocation", UNSET)
        if _v is UNSET:
            _o.full_location = UNSET
            _dev.append(_Deviation("full_location", "missing", "fullLocation"))
        elif _v is None:
            _o.full_location = None
            _dev.append(_Deviation("full_location", "null", "fullLocation"))
        elif _v.__class__ is str:
            _o.full_location = _v
        else:
            _o.full_location = _v
            _dev.append(_Deviation("full_location", "invalid", "fullLocation"))
        _v = _d.pop("discordId", UNSET)
        if _v is UNSET:
            _o.discord_id = UNSET
            _dev.append(_Deviation("discord_id", "missing", "discordId"))
        elif _v is None:
            _o.discord_id = None
        elif _v.__class__ is str:
            _o.discord_id = _v
        else:
            _o.discord_id = _v
            _dev.append(_Deviation("discord_id", "invalid", "discordId"))
        _v = _d.pop("discordUsername", UNSET)
        if _v is UNSET:
            _o.discord_username = UNSET
            _dev.append(_Deviation("discord_username", "missing", "discordUsername"))
        elif _v is None:
            _o.discord_username = None
        elif _v.__class__ is str:
            _o.discord_username = _v
        else:
            _o.discord_username = _v
            _dev.append(_Deviation("discord_username", "invalid", "discordUsername"))
        _v = _d.pop("isDisabled", UNSET)
        if _v is UNSET:
            _o.is_disabled = UNSET
            _dev.append(_Deviation("is_disabled", "missing", "isDisabled"))
        elif _v is None:
            _o.is_disabled = None
            _dev.append(_Deviation("is_disabled", "null", "isDisabled"))
        elif _v.__class__ is bool:
            _o.is_disabled = _v
        else:
            _o.is_disabled = _v
            _dev.append(_Deviation("is_disabled", "invalid", "isDisabled"))
        _v = _d.pop("isSuspended", UNSET)
        if _v is UNSET:
            _o.is_suspended = UNSET
            _dev.append(_Deviation("is_suspended", "missing", "isSuspended"))
        elif _v is None:
            _o.is_suspended = None
            _dev.append(_Deviation("is_suspended", "null", "isSuspended"))
        elif _v.__class__ is bool:
            _o.is_suspended = _v
        else:
            _o.is_suspended = _v
            _dev.append(_Deviation("is_suspended", "invalid", "isSuspended"))
        _v = _d.pop("joinedAt", UNSET)
        if _v is UNSET:
            _o.joined_at = UNSET
            _dev.append(_Deviation("joined_at", "missing", "joinedAt"))
        elif _v is None:
            _o.joined_at = None
            _dev.append(_Deviation("joined_at", "null", "joinedAt"))
        elif _v.__class__ is str:
            _o.joined_at = _v
        else:
            _o.joined_at = _v
            _dev.append(_Deviation("joined_at", "invalid", "joinedAt"))
        _v = _d.pop("isNewMember", UNSET)
        if _v is UNSET:
            _o.is_new_member = UNSET
            _dev.append(_Deviation("is_new_member", "missing", "isNewMember"))
        elif _v is None:
            _o.is_new_member = None
            _dev.append(_Deviation("is_new_member", "null", "isNewMember"))
        elif _v.__class__ is bool:
            _o.is_new_member = _v
        else:
            _o.is_new_member = _v
            _dev.append(_Deviation("is_new_member", "invalid", "isNewMember"))
        _v = _d.pop("isSuspendedOrDisabled", UNSET)
        if _v is UNSET:
            _o.is_suspended_or_disabled = UNSET
            _dev.append(_Deviation("is_suspended_or_disabled", "missing", "isSuspendedOrDisabled"))
        elif _v is None:
            _o.is_suspended_or_disabled = None
            _dev.append(_Deviation("is_suspended_or_disabled", "null", "isSuspendedOrDisabled"))
        elif _v.__class__ is bool:
            _o.is_suspended_or_disabled = _v
        else:
            _o.is_suspended_or_disabled = _v
            _dev.append(_Deviation("is_suspended_or_disabled", "invalid", "isSuspendedOrDisabled"))
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


class _UserForPublicFromJson(PendingModel, UserForPublic):
    """A UserForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain UserForPublic)."""

    __slots__ = ()
    _model = UserForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserForPublicFromJson.__name__ = _UserForPublicFromJson.__qualname__ = "UserForPublic"
