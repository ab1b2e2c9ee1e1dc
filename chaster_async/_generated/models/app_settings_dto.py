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
    _nested_fields = ("features", "community_event")
    _required_keys = (
        "features",
        "nonPremiumMaxLocks",
        "nonPremiumMaxExtensions",
        "maxAttachments",
        "registerRequiresAccessKey",
        "recaptchaClientKey",
        "time",
        "version",
        "communityEvent",
        "stripePublicKey",
        "vapidPublicKey",
    )

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
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"AppSettingsDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> AppSettingsDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _AppSettingsDtoFromJson.__new__(_AppSettingsDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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
        _v = _d.pop("nonPremiumMaxLocks", UNSET)
        if _v is UNSET:
            _o.non_premium_max_locks = UNSET
            _dev.append(_Deviation("non_premium_max_locks", "missing", "nonPremiumMaxLocks"))
        elif _v is None:
            _o.non_premium_max_locks = None
            _dev.append(_Deviation("non_premium_max_locks", "null", "nonPremiumMaxLocks"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.non_premium_max_locks = _v
        else:
            _o.non_premium_max_locks = _v
            _dev.append(_Deviation("non_premium_max_locks", "invalid", "nonPremiumMaxLocks"))
        _v = _d.pop("nonPremiumMaxExtensions", UNSET)
        if _v is UNSET:
            _o.non_premium_max_extensions = UNSET
            _dev.append(_Deviation("non_premium_max_extensions", "missing", "nonPremiumMaxExtensions"))
        elif _v is None:
            _o.non_premium_max_extensions = None
            _dev.append(_Deviation("non_premium_max_extensions", "null", "nonPremiumMaxExtensions"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.non_premium_max_extensions = _v
        else:
            _o.non_premium_max_extensions = _v
            _dev.append(_Deviation("non_premium_max_extensions", "invalid", "nonPremiumMaxExtensions"))
        _v = _d.pop("maxAttachments", UNSET)
        if _v is UNSET:
            _o.max_attachments = UNSET
            _dev.append(_Deviation("max_attachments", "missing", "maxAttachments"))
        elif _v is None:
            _o.max_attachments = None
            _dev.append(_Deviation("max_attachments", "null", "maxAttachments"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_attachments = _v
        else:
            _o.max_attachments = _v
            _dev.append(_Deviation("max_attachments", "invalid", "maxAttachments"))
        _v = _d.pop("registerRequiresAccessKey", UNSET)
        if _v is UNSET:
            _o.register_requires_access_key = UNSET
            _dev.append(_Deviation("register_requires_access_key", "missing", "registerRequiresAccessKey"))
        elif _v is None:
            _o.register_requires_access_key = None
            _dev.append(_Deviation("register_requires_access_key", "null", "registerRequiresAccessKey"))
        elif _v.__class__ is bool:
            _o.register_requires_access_key = _v
        else:
            _o.register_requires_access_key = _v
            _dev.append(_Deviation("register_requires_access_key", "invalid", "registerRequiresAccessKey"))
        _v = _d.pop("recaptchaClientKey", UNSET)
        if _v is UNSET:
            _o.recaptcha_client_key = UNSET
            _dev.append(_Deviation("recaptcha_client_key", "missing", "recaptchaClientKey"))
        elif _v is None:
            _o.recaptcha_client_key = None
            _dev.append(_Deviation("recaptcha_client_key", "null", "recaptchaClientKey"))
        elif _v.__class__ is str:
            _o.recaptcha_client_key = _v
        else:
            _o.recaptcha_client_key = _v
            _dev.append(_Deviation("recaptcha_client_key", "invalid", "recaptchaClientKey"))
        _v = _d.pop("time", UNSET)
        if _v is UNSET:
            _o.time = UNSET
            _dev.append(_Deviation("time", "missing", "time"))
        elif _v is None:
            _o.time = None
            _dev.append(_Deviation("time", "null", "time"))
        else:
            try:
                _o.time = datetime.datetime.fromisoformat(_v)
                if _o.time.tzinfo is None:
                    _o.time = _o.time.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.time = _v
                _dev.append(_Deviation("time", "invalid", "time"))
        _v = _d.pop("version", UNSET)
        if _v is UNSET:
            _o.version = UNSET
            _dev.append(_Deviation("version", "missing", "version"))
        elif _v is None:
            _o.version = None
            _dev.append(_Deviation("version", "null", "version"))
        elif _v.__class__ is str:
            _o.version = _v
        else:
            _o.version = _v
            _dev.append(_Deviation("version", "invalid", "version"))
        _v = _d.pop("communityEvent", UNSET)
        if _v is UNSET:
            _o.community_event = UNSET
            _dev.append(_Deviation("community_event", "missing", "communityEvent"))
        elif _v is None:
            _o.community_event = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.community_event = CommunityEventSettings._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.community_event = _v
                _dev.append(_Deviation("community_event", "invalid", "communityEvent"))
        _v = _d.pop("stripePublicKey", UNSET)
        if _v is UNSET:
            _o.stripe_public_key = UNSET
            _dev.append(_Deviation("stripe_public_key", "missing", "stripePublicKey"))
        elif _v is None:
            _o.stripe_public_key = None
            _dev.append(_Deviation("stripe_public_key", "null", "stripePublicKey"))
        elif _v.__class__ is str:
            _o.stripe_public_key = _v
        else:
            _o.stripe_public_key = _v
            _dev.append(_Deviation("stripe_public_key", "invalid", "stripePublicKey"))
        _v = _d.pop("vapidPublicKey", UNSET)
        if _v is UNSET:
            _o.vapid_public_key = UNSET
            _dev.append(_Deviation("vapid_public_key", "missing", "vapidPublicKey"))
        elif _v is None:
            _o.vapid_public_key = None
            _dev.append(_Deviation("vapid_public_key", "null", "vapidPublicKey"))
        elif _v.__class__ is str:
            _o.vapid_public_key = _v
        else:
            _o.vapid_public_key = _v
            _dev.append(_Deviation("vapid_public_key", "invalid", "vapidPublicKey"))
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


class _AppSettingsDtoFromJson(PendingModel, AppSettingsDto):
    """A AppSettingsDto from ``from_dict`` whose JSON is read on first use (then it is a plain AppSettingsDto)."""

    __slots__ = ()
    _model = AppSettingsDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_AppSettingsDtoFromJson.__name__ = _AppSettingsDtoFromJson.__qualname__ = "AppSettingsDto"
