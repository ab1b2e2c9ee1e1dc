from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number
from chaster_async._runtime import json_value as _json_value
from chaster_async._runtime import parse_datetime as _parse_datetime

from ..models.feature_switch_enum import FeatureSwitchEnum

if TYPE_CHECKING:
    from ..models.community_event_settings import CommunityEventSettings

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, CommunityEventSettings
    from ..models.community_event_settings import CommunityEventSettings

    _resolved = True


@_attrs_define
class AppSettingsDto(SpecModel):
    """Schema ``AppSettingsDto``.

    Attributes:
        features (list[FeatureSwitchEnum]): Global features
        non_premium_max_locks (float): The maximum number of locks allowed for a non-premium user
        non_premium_max_extensions (float): The maximum number of extensions allowed for a non-premium user
        max_attachments (float): Maximum number of attachments per upload
        register_requires_access_key (bool): True if the instance requires an access key
        recaptcha_client_key (str): The recaptcha client key
        time (datetime.datetime): The server time
        version (str): The app version
        community_event (CommunityEventSettings | None): Community event settings
        stripe_public_key (str): Stripe public key
        vapid_public_key (str): Vapid public key
    """

    features: list[FeatureSwitchEnum]
    non_premium_max_locks: float
    non_premium_max_extensions: float
    max_attachments: float
    register_requires_access_key: bool
    recaptcha_client_key: str
    time: datetime.datetime
    version: str
    community_event: CommunityEventSettings | None
    stripe_public_key: str
    vapid_public_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.features, Unset):
            _out["features"] = _json_value(self.features)
        if not isinstance(self.non_premium_max_locks, Unset):
            _out["nonPremiumMaxLocks"] = self.non_premium_max_locks
        if not isinstance(self.non_premium_max_extensions, Unset):
            _out["nonPremiumMaxExtensions"] = self.non_premium_max_extensions
        if not isinstance(self.max_attachments, Unset):
            _out["maxAttachments"] = self.max_attachments
        if not isinstance(self.register_requires_access_key, Unset):
            _out["registerRequiresAccessKey"] = self.register_requires_access_key
        if not isinstance(self.recaptcha_client_key, Unset):
            _out["recaptchaClientKey"] = self.recaptcha_client_key
        if not isinstance(self.time, Unset):
            _out["time"] = _json_value(self.time)
        if not isinstance(self.version, Unset):
            _out["version"] = self.version
        if not isinstance(self.community_event, Unset):
            _out["communityEvent"] = _json_value(self.community_event)
        if not isinstance(self.stripe_public_key, Unset):
            _out["stripePublicKey"] = self.stripe_public_key
        if not isinstance(self.vapid_public_key, Unset):
            _out["vapidPublicKey"] = self.vapid_public_key
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AppSettingsDto:
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("features", UNSET)
        if _v is UNSET:
            features = UNSET
            _dev.append(_Deviation("features", "missing", "features"))
        elif _v is None:
            features = None
            _dev.append(_Deviation("features", "null", "features"))
        else:
            try:
                if not isinstance(_v, list):
                    raise TypeError("array")
                _list1: list[Any] = []
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                    else:
                        _value2 = FeatureSwitchEnum(_item0)
                    _list1.append(_value2)
                features = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                features = _v
                _dev.append(_Deviation("features", "invalid", "features"))
        _v = _d.pop("nonPremiumMaxLocks", UNSET)
        if _v is UNSET:
            non_premium_max_locks = UNSET
            _dev.append(_Deviation("non_premium_max_locks", "missing", "nonPremiumMaxLocks"))
        elif _v is None:
            non_premium_max_locks = None
            _dev.append(_Deviation("non_premium_max_locks", "null", "nonPremiumMaxLocks"))
        elif _is_number(_v):
            non_premium_max_locks = _v
        else:
            non_premium_max_locks = _v
            _dev.append(_Deviation("non_premium_max_locks", "invalid", "nonPremiumMaxLocks"))
        _v = _d.pop("nonPremiumMaxExtensions", UNSET)
        if _v is UNSET:
            non_premium_max_extensions = UNSET
            _dev.append(_Deviation("non_premium_max_extensions", "missing", "nonPremiumMaxExtensions"))
        elif _v is None:
            non_premium_max_extensions = None
            _dev.append(_Deviation("non_premium_max_extensions", "null", "nonPremiumMaxExtensions"))
        elif _is_number(_v):
            non_premium_max_extensions = _v
        else:
            non_premium_max_extensions = _v
            _dev.append(_Deviation("non_premium_max_extensions", "invalid", "nonPremiumMaxExtensions"))
        _v = _d.pop("maxAttachments", UNSET)
        if _v is UNSET:
            max_attachments = UNSET
            _dev.append(_Deviation("max_attachments", "missing", "maxAttachments"))
        elif _v is None:
            max_attachments = None
            _dev.append(_Deviation("max_attachments", "null", "maxAttachments"))
        elif _is_number(_v):
            max_attachments = _v
        else:
            max_attachments = _v
            _dev.append(_Deviation("max_attachments", "invalid", "maxAttachments"))
        _v = _d.pop("registerRequiresAccessKey", UNSET)
        if _v is UNSET:
            register_requires_access_key = UNSET
            _dev.append(_Deviation("register_requires_access_key", "missing", "registerRequiresAccessKey"))
        elif _v is None:
            register_requires_access_key = None
            _dev.append(_Deviation("register_requires_access_key", "null", "registerRequiresAccessKey"))
        elif _v.__class__ is bool:
            register_requires_access_key = _v
        else:
            register_requires_access_key = _v
            _dev.append(_Deviation("register_requires_access_key", "invalid", "registerRequiresAccessKey"))
        _v = _d.pop("recaptchaClientKey", UNSET)
        if _v is UNSET:
            recaptcha_client_key = UNSET
            _dev.append(_Deviation("recaptcha_client_key", "missing", "recaptchaClientKey"))
        elif _v is None:
            recaptcha_client_key = None
            _dev.append(_Deviation("recaptcha_client_key", "null", "recaptchaClientKey"))
        elif _v.__class__ is str:
            recaptcha_client_key = _v
        else:
            recaptcha_client_key = _v
            _dev.append(_Deviation("recaptcha_client_key", "invalid", "recaptchaClientKey"))
        _v = _d.pop("time", UNSET)
        if _v is UNSET:
            time = UNSET
            _dev.append(_Deviation("time", "missing", "time"))
        elif _v is None:
            time = None
            _dev.append(_Deviation("time", "null", "time"))
        else:
            try:
                time = _parse_datetime(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                time = _v
                _dev.append(_Deviation("time", "invalid", "time"))
        _v = _d.pop("version", UNSET)
        if _v is UNSET:
            version = UNSET
            _dev.append(_Deviation("version", "missing", "version"))
        elif _v is None:
            version = None
            _dev.append(_Deviation("version", "null", "version"))
        elif _v.__class__ is str:
            version = _v
        else:
            version = _v
            _dev.append(_Deviation("version", "invalid", "version"))
        _v = _d.pop("communityEvent", UNSET)
        if _v is UNSET:
            community_event = UNSET
            _dev.append(_Deviation("community_event", "missing", "communityEvent"))
        elif _v is None:
            community_event = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                community_event = CommunityEventSettings.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                community_event = _v
                _dev.append(_Deviation("community_event", "invalid", "communityEvent"))
        _v = _d.pop("stripePublicKey", UNSET)
        if _v is UNSET:
            stripe_public_key = UNSET
            _dev.append(_Deviation("stripe_public_key", "missing", "stripePublicKey"))
        elif _v is None:
            stripe_public_key = None
            _dev.append(_Deviation("stripe_public_key", "null", "stripePublicKey"))
        elif _v.__class__ is str:
            stripe_public_key = _v
        else:
            stripe_public_key = _v
            _dev.append(_Deviation("stripe_public_key", "invalid", "stripePublicKey"))
        _v = _d.pop("vapidPublicKey", UNSET)
        if _v is UNSET:
            vapid_public_key = UNSET
            _dev.append(_Deviation("vapid_public_key", "missing", "vapidPublicKey"))
        elif _v is None:
            vapid_public_key = None
            _dev.append(_Deviation("vapid_public_key", "null", "vapidPublicKey"))
        elif _v.__class__ is str:
            vapid_public_key = _v
        else:
            vapid_public_key = _v
            _dev.append(_Deviation("vapid_public_key", "invalid", "vapidPublicKey"))
        _obj = cls(
            features=features,
            non_premium_max_locks=non_premium_max_locks,
            non_premium_max_extensions=non_premium_max_extensions,
            max_attachments=max_attachments,
            register_requires_access_key=register_requires_access_key,
            recaptcha_client_key=recaptcha_client_key,
            time=time,
            version=version,
            community_event=community_event,
            stripe_public_key=stripe_public_key,
            vapid_public_key=vapid_public_key,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
