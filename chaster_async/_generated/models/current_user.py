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

from ..models.feature_switch_enum import FeatureSwitchEnum
from ..models.gender_enum import GenderEnum
from ..models.sexual_orientation_enum import SexualOrientationEnum
from ..models.user_role_enum import UserRoleEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country import Country
    from ..models.region import Region
    from ..models.user_metadata import UserMetadata
    from ..models.user_private_metadata_for_public import UserPrivateMetadataForPublic
    from ..models.user_settings import UserSettings

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, Country, Region, UserMetadata, UserPrivateMetadataForPublic, UserSettings
    from ..models.country import Country
    from ..models.region import Region
    from ..models.user_metadata import UserMetadata
    from ..models.user_private_metadata_for_public import UserPrivateMetadataForPublic
    from ..models.user_settings import UserSettings

    _resolved = True


@_attrs_define
class CurrentUser(SpecModel):
    """Schema ``CurrentUser``.

    Attributes:
        gender (GenderEnum):
        sexual_orientation (SexualOrientationEnum):
        role (UserRoleEnum):
        features (list[FeatureSwitchEnum]): Enabled features
        id (str): The user id
        avatar_url (str): The avatar URL
        is_premium (bool): True if the user is a premium user
        needs_discord_migration (bool):
        private_metadata (UserPrivateMetadataForPublic):
        timezone (None | str): The user timezone
        keycloak_id (str): The user Keycloak id
        username (str): The username
        email (str): The email
        has_past_due_subscription (bool): Whether the subscription is past due
        description (str): The profile description
        location (str): The location
        birth_date (datetime.datetime | None): The birth date
        email_verified (bool): Whether the email is verified
        is_developer (bool): Whether the user is a developer
        is_moderator (bool): Whether the user is a moderator
        is_team_member (bool): Whether the user is a team member
        subscription_cancel_after_end (bool): Whether the subscription is canceled after the end date
        is_admin (bool): Whether the user is an admin
        is_findom (bool): Whether the user is a findom
        settings (UserSettings):
        metadata (UserMetadata):
        country (Country | None): The country
        region (None | Region): Region
        has_accepted_community_rules (bool): Whether the user has accepted the community rules
        subscription_end (datetime.datetime | None | Unset): End date of subscription
        custom_subscription_end (datetime.datetime | None | Unset): End date of custom subscription
        discord_id (None | str | Unset): The Discord id
        discord_username (None | str | Unset): The Discord username
    """

    gender: GenderEnum
    sexual_orientation: SexualOrientationEnum
    role: UserRoleEnum
    features: list[FeatureSwitchEnum]
    id: str
    avatar_url: str
    is_premium: bool
    needs_discord_migration: bool
    private_metadata: UserPrivateMetadataForPublic
    timezone: None | str
    keycloak_id: str
    username: str
    email: str
    has_past_due_subscription: bool
    description: str
    location: str
    birth_date: datetime.datetime | None
    email_verified: bool
    is_developer: bool
    is_moderator: bool
    is_team_member: bool
    subscription_cancel_after_end: bool
    is_admin: bool
    is_findom: bool
    settings: UserSettings
    metadata: UserMetadata
    country: Country | None
    region: None | Region
    has_accepted_community_rules: bool
    subscription_end: datetime.datetime | None | Unset = UNSET
    custom_subscription_end: datetime.datetime | None | Unset = UNSET
    discord_id: None | str | Unset = UNSET
    discord_username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = (
        "gender",
        "sexual_orientation",
        "role",
        "features",
        "private_metadata",
        "settings",
        "metadata",
        "country",
        "region",
    )
    _required_keys = (
        "gender",
        "sexualOrientation",
        "role",
        "features",
        "_id",
        "avatarUrl",
        "isPremium",
        "needsDiscordMigration",
        "privateMetadata",
        "timezone",
        "keycloakId",
        "username",
        "email",
        "hasPastDueSubscription",
        "description",
        "location",
        "birthDate",
        "emailVerified",
        "isDeveloper",
        "isModerator",
        "isTeamMember",
        "subscriptionCancelAfterEnd",
        "isAdmin",
        "isFindom",
        "settings",
        "metadata",
        "country",
        "region",
        "hasAcceptedCommunityRules",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.gender, Unset):
            _out["gender"] = _json_value(self.gender)
        if not isinstance(self.sexual_orientation, Unset):
            _out["sexualOrientation"] = _json_value(self.sexual_orientation)
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.features, Unset):
            _out["features"] = _json_value(self.features)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.avatar_url, Unset):
            _out["avatarUrl"] = self.avatar_url
        if not isinstance(self.is_premium, Unset):
            _out["isPremium"] = self.is_premium
        if not isinstance(self.needs_discord_migration, Unset):
            _out["needsDiscordMigration"] = self.needs_discord_migration
        if not isinstance(self.private_metadata, Unset):
            _out["privateMetadata"] = _json_value(self.private_metadata)
        if not isinstance(self.timezone, Unset):
            _out["timezone"] = self.timezone
        if not isinstance(self.keycloak_id, Unset):
            _out["keycloakId"] = self.keycloak_id
        if not isinstance(self.username, Unset):
            _out["username"] = self.username
        if not isinstance(self.email, Unset):
            _out["email"] = self.email
        if not isinstance(self.has_past_due_subscription, Unset):
            _out["hasPastDueSubscription"] = self.has_past_due_subscription
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.location, Unset):
            _out["location"] = self.location
        if not isinstance(self.birth_date, Unset):
            _out["birthDate"] = _json_value(self.birth_date)
        if not isinstance(self.email_verified, Unset):
            _out["emailVerified"] = self.email_verified
        if not isinstance(self.is_developer, Unset):
            _out["isDeveloper"] = self.is_developer
        if not isinstance(self.is_moderator, Unset):
            _out["isModerator"] = self.is_moderator
        if not isinstance(self.is_team_member, Unset):
            _out["isTeamMember"] = self.is_team_member
        if not isinstance(self.subscription_cancel_after_end, Unset):
            _out["subscriptionCancelAfterEnd"] = self.subscription_cancel_after_end
        if not isinstance(self.is_admin, Unset):
            _out["isAdmin"] = self.is_admin
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = self.is_findom
        if not isinstance(self.settings, Unset):
            _out["settings"] = _json_value(self.settings)
        if not isinstance(self.metadata, Unset):
            _out["metadata"] = _json_value(self.metadata)
        if not isinstance(self.country, Unset):
            _out["country"] = _json_value(self.country)
        if not isinstance(self.region, Unset):
            _out["region"] = _json_value(self.region)
        if not isinstance(self.has_accepted_community_rules, Unset):
            _out["hasAcceptedCommunityRules"] = self.has_accepted_community_rules
        if not isinstance(self.subscription_end, Unset):
            _out["subscriptionEnd"] = _json_value(self.subscription_end)
        if not isinstance(self.custom_subscription_end, Unset):
            _out["customSubscriptionEnd"] = _json_value(self.custom_subscription_end)
        if not isinstance(self.discord_id, Unset):
            _out["discordId"] = self.discord_id
        if not isinstance(self.discord_username, Unset):
            _out["discordUsername"] = self.discord_username
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CurrentUser:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CurrentUser needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CurrentUser:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CurrentUserFromJson.__new__(_CurrentUserFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("gender", UNSET)
        if _v is UNSET:
            _o.gender = UNSET
            _dev.append(_Deviation("gender", "missing", "gender"))
        elif _v is None:
            _o.gender = None
            _dev.append(_Deviation("gender", "null", "gender"))
        else:
            try:
                _o.gender = GenderEnum._value2member_map_.get(_v) or GenderEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.gender = _v
                _dev.append(_Deviation("gender", "invalid", "gender"))
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
        _v = _d.pop("needsDiscordMigration", UNSET)
        if _v is UNSET:
            _o.needs_discord_migration = UNSET
            _dev.append(_Deviation("needs_discord_migration", "missing", "needsDiscordMigration"))
        elif _v is None:
            _o.needs_discord_migration = None
            _dev.append(_Deviation("needs_discord_migration", "null", "needsDiscordMigration"))
        elif _v.__class__ is bool:
            _o.needs_discord_migration = _v
        else:
            _o.needs_discord_migration = _v
            _dev.append(_Deviation("needs_discord_migration", "invalid", "needsDiscordMigration"))
        _v = _d.pop("privateMetadata", UNSET)
        if _v is UNSET:
            _o.private_metadata = UNSET
            _dev.append(_Deviation("private_metadata", "missing", "privateMetadata"))
        elif _v is None:
            _o.private_metadata = None
            _dev.append(_Deviation("private_metadata", "null", "privateMetadata"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.private_metadata = UserPrivateMetadataForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.private_metadata = _v
                _dev.append(_Deviation("private_metadata", "invalid", "privateMetadata"))
        _v = _d.pop("timezone", UNSET)
        if _v is UNSET:
            _o.timezone = UNSET
            _dev.append(_Deviation("timezone", "missing", "timezone"))
        elif _v is None:
            _o.timezone = None
        elif _v.__class__ is str:
            _o.timezone = _v
        else:
            _o.timezone = _v
            _dev.append(_Deviation("timezone", "invalid", "timezone"))
        _v = _d.pop("keycloakId", UNSET)
        if _v is UNSET:
            _o.keycloak_id = UNSET
            _dev.append(_Deviation("keycloak_id", "missing", "keycloakId"))
        elif _v is None:
            _o.keycloak_id = None
            _dev.append(_Deviation("keycloak_id", "null", "keycloakId"))
        elif _v.__class__ is str:
            _o.keycloak_id = _v
        else:
            _o.keycloak_id = _v
            _dev.append(_Deviation("keycloak_id", "invalid", "keycloakId"))
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
        _v = _d.pop("email", UNSET)
        if _v is UNSET:
            _o.email = UNSET
            _dev.append(_Deviation("email", "missing", "email"))
        elif _v is None:
            _o.email = None
            _dev.append(_Deviation("email", "null", "email"))
        elif _v.__class__ is str:
            _o.email = _v
        else:
            _o.email = _v
            _dev.append(_Deviation("email", "invalid", "email"))
        _v = _d.pop("hasPastDueSubscription", UNSET)
        if _v is UNSET:
            _o.has_past_due_subscription = UNSET
            _dev.append(_Deviation("has_past_due_subscription", "missing", "hasPastDueSubscription"))
        elif _v is None:
            _o.has_past_due_subscription = None
            _dev.append(_Deviation("has_past_due_subscription", "null", "hasPastDueSubscription"))
        elif _v.__class__ is bool:
            _o.has_past_due_subscription = _v
        else:
            _o.has_past_due_subscription = _v
            _dev.append(_Deviation("has_past_due_subscription", "invalid", "hasPastDueSubscription"))
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
        _v = _d.pop("birthDate", UNSET)
        if _v is UNSET:
            _o.birth_date = UNSET
            _dev.append(_Deviation("birth_date", "missing", "birthDate"))
        elif _v is None:
            _o.birth_date = None
        else:
            try:
                _o.birth_date = datetime.datetime.fromisoformat(_v)
                if _o.birth_date.tzinfo is None:
                    _o.birth_date = _o.birth_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.birth_date = _v
                _dev.append(_Deviation("birth_date", "invalid", "birthDate"))
        _v = _d.pop("emailVerified", UNSET)
        if _v is UNSET:
            _o.email_verified = UNSET
            _dev.append(_Deviation("email_verified", "missing", "emailVerified"))
        elif _v is None:
            _o.email_verified = None
            _dev.append(_Deviation("email_verified", "null", "emailVerified"))
        elif _v.__class__ is bool:
            _o.email_verified = _v
        else:
            _o.email_verified = _v
            _dev.append(_Deviation("email_verified", "invalid", "emailVerified"))
        _v = _d.pop("isDeveloper", UNSET)
        if _v is UNSET:
            _o.is_developer = UNSET
            _dev.append(_Deviation("is_developer", "missing", "isDeveloper"))
        elif _v is None:
            _o.is_developer = None
            _dev.append(_Deviation("is_developer", "null", "isDeveloper"))
        elif _v.__class__ is bool:
            _o.is_developer = _v
        else:
            _o.is_developer = _v
            _dev.append(_Deviation("is_developer", "invalid", "isDeveloper"))
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
        _v = _d.pop("subscriptionCancelAfterEnd", UNSET)
        if _v is UNSET:
            _o.subscription_cancel_after_end = UNSET
            _dev.append(_Deviation("subscription_cancel_after_end", "missing", "subscriptionCancelAfterEnd"))
        elif _v is None:
            _o.subscription_cancel_after_end = None
            _dev.append(_Deviation("subscription_cancel_after_end", "null", "subscriptionCancelAfterEnd"))
        elif _v.__class__ is bool:
            _o.subscription_cancel_after_end = _v
        else:
            _o.subscription_cancel_after_end = _v
            _dev.append(_Deviation("subscription_cancel_after_end", "invalid", "subscriptionCancelAfterEnd"))
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
        _v = _d.pop("settings", UNSET)
        if _v is UNSET:
            _o.settings = UNSET
            _dev.append(_Deviation("settings", "missing", "settings"))
        elif _v is None:
            _o.settings = None
            _dev.append(_Deviation("settings", "null", "settings"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.settings = UserSettings._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.settings = _v
                _dev.append(_Deviation("settings", "invalid", "settings"))
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
        _v = _d.pop("country", UNSET)
        if _v is UNSET:
            _o.country = UNSET
            _dev.append(_Deviation("country", "missing", "country"))
        elif _v is None:
            _o.country = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.country = Country._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.country = _v
                _dev.append(_Deviation("country", "invalid", "country"))
        _v = _d.pop("region", UNSET)
        if _v is UNSET:
            _o.region = UNSET
            _dev.append(_Deviation("region", "missing", "region"))
        elif _v is None:
            _o.region = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.region = Region._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.region = _v
                _dev.append(_Deviation("region", "invalid", "region"))
        _v = _d.pop("hasAcceptedCommunityRules", UNSET)
        if _v is UNSET:
            _o.has_accepted_community_rules = UNSET
            _dev.append(_Deviation("has_accepted_community_rules", "missing", "hasAcceptedCommunityRules"))
        elif _v is None:
            _o.has_accepted_community_rules = None
            _dev.append(_Deviation("has_accepted_community_rules", "null", "hasAcceptedCommunityRules"))
        elif _v.__class__ is bool:
            _o.has_accepted_community_rules = _v
        else:
            _o.has_accepted_community_rules = _v
            _dev.append(_Deviation("has_accepted_community_rules", "invalid", "hasAcceptedCommunityRules"))
        _v = _d.pop("subscriptionEnd", UNSET)
        if _v is UNSET:
            _o.subscription_end = UNSET
        elif _v is None:
            _o.subscription_end = None
        else:
            try:
                _o.subscription_end = datetime.datetime.fromisoformat(_v)
                if _o.subscription_end.tzinfo is None:
                    _o.subscription_end = _o.subscription_end.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.subscription_end = _v
                _dev.append(_Deviation("subscription_end", "invalid", "subscriptionEnd"))
        _v = _d.pop("customSubscriptionEnd", UNSET)
        if _v is UNSET:
            _o.custom_subscription_end = UNSET
        elif _v is None:
            _o.custom_subscription_end = None
        else:
            try:
                _o.custom_subscription_end = datetime.datetime.fromisoformat(_v)
                if _o.custom_subscription_end.tzinfo is None:
                    _o.custom_subscription_end = _o.custom_subscription_end.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.custom_subscription_end = _v
                _dev.append(_Deviation("custom_subscription_end", "invalid", "customSubscriptionEnd"))
        _v = _d.pop("discordId", UNSET)
        if _v is UNSET:
            _o.discord_id = UNSET
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
        elif _v is None:
            _o.discord_username = None
        elif _v.__class__ is str:
            _o.discord_username = _v
        else:
            _o.discord_username = _v
            _dev.append(_Deviation("discord_username", "invalid", "discordUsername"))
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


class _CurrentUserFromJson(PendingModel, CurrentUser):
    """A CurrentUser from ``from_dict`` whose JSON is read on first use (then it is a plain CurrentUser)."""

    __slots__ = ()
    _model = CurrentUser


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CurrentUserFromJson.__name__ = _CurrentUserFromJson.__qualname__ = "CurrentUser"
