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
class PublicLockJoinRules(SpecModel):
    """Schema ``PublicLockJoinRules``.

    Attributes:
        can_be_joined (bool):
        contains_premium_extension (bool):
        exceeds_extension_limit (bool):
        one_of_extensions_disabled (bool):
    """

    can_be_joined: bool
    contains_premium_extension: bool
    exceeds_extension_limit: bool
    one_of_extensions_disabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
        "canBeJoined",
        "containsPremiumExtension",
        "exceedsExtensionLimit",
        "oneOfExtensionsDisabled",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.can_be_joined, Unset):
            _out["canBeJoined"] = self.can_be_joined
        if not isinstance(self.contains_premium_extension, Unset):
            _out["containsPremiumExtension"] = self.contains_premium_extension
        if not isinstance(self.exceeds_extension_limit, Unset):
            _out["exceedsExtensionLimit"] = self.exceeds_extension_limit
        if not isinstance(self.one_of_extensions_disabled, Unset):
            _out["oneOfExtensionsDisabled"] = self.one_of_extensions_disabled
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PublicLockJoinRules:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PublicLockJoinRules needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PublicLockJoinRules:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PublicLockJoinRulesFromJson.__new__(_PublicLockJoinRulesFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("canBeJoined", UNSET)
        if _v is UNSET:
            _o.can_be_joined = UNSET
            _dev.append(_Deviation("can_be_joined", "missing", "canBeJoined"))
        elif _v is None:
            _o.can_be_joined = None
            _dev.append(_Deviation("can_be_joined", "null", "canBeJoined"))
        elif _v.__class__ is bool:
            _o.can_be_joined = _v
        else:
            _o.can_be_joined = _v
            _dev.append(_Deviation("can_be_joined", "invalid", "canBeJoined"))
        _v = _d.pop("containsPremiumExtension", UNSET)
        if _v is UNSET:
            _o.contains_premium_extension = UNSET
            _dev.append(_Deviation("contains_premium_extension", "missing", "containsPremiumExtension"))
        elif _v is None:
            _o.contains_premium_extension = None
            _dev.append(_Deviation("contains_premium_extension", "null", "containsPremiumExtension"))
        elif _v.__class__ is bool:
            _o.contains_premium_extension = _v
        else:
            _o.contains_premium_extension = _v
            _dev.append(_Deviation("contains_premium_extension", "invalid", "containsPremiumExtension"))
        _v = _d.pop("exceedsExtensionLimit", UNSET)
        if _v is UNSET:
            _o.exceeds_extension_limit = UNSET
            _dev.append(_Deviation("exceeds_extension_limit", "missing", "exceedsExtensionLimit"))
        elif _v is None:
            _o.exceeds_extension_limit = None
            _dev.append(_Deviation("exceeds_extension_limit", "null", "exceedsExtensionLimit"))
        elif _v.__class__ is bool:
            _o.exceeds_extension_limit = _v
        else:
            _o.exceeds_extension_limit = _v
            _dev.append(_Deviation("exceeds_extension_limit", "invalid", "exceedsExtensionLimit"))
        _v = _d.pop("oneOfExtensionsDisabled", UNSET)
        if _v is UNSET:
            _o.one_of_extensions_disabled = UNSET
            _dev.append(_Deviation("one_of_extensions_disabled", "missing", "oneOfExtensionsDisabled"))
        elif _v is None:
            _o.one_of_extensions_disabled = None
            _dev.append(_Deviation("one_of_extensions_disabled", "null", "oneOfExtensionsDisabled"))
        elif _v.__class__ is bool:
            _o.one_of_extensions_disabled = _v
        else:
            _o.one_of_extensions_disabled = _v
            _dev.append(_Deviation("one_of_extensions_disabled", "invalid", "oneOfExtensionsDisabled"))
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


class _PublicLockJoinRulesFromJson(PendingModel, PublicLockJoinRules):
    """A PublicLockJoinRules from ``from_dict`` whose JSON is read on first use (then it is a plain PublicLockJoinRules)."""

    __slots__ = ()
    _model = PublicLockJoinRules


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PublicLockJoinRulesFromJson.__name__ = _PublicLockJoinRulesFromJson.__qualname__ = "PublicLockJoinRules"
