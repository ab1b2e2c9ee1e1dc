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
class UserBadgeCount(SpecModel):
    """Schema ``UserBadgeCount``.

    Attributes:
        pending_messages (float): Number of message requests
        unread_messages (float): Number of messages
        keyholding_requests (float): Number of keyholding requests
    """

    pending_messages: float
    unread_messages: float
    keyholding_requests: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("pendingMessages", "unreadMessages", "keyholdingRequests")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.pending_messages, Unset):
            _out["pendingMessages"] = self.pending_messages
        if not isinstance(self.unread_messages, Unset):
            _out["unreadMessages"] = self.unread_messages
        if not isinstance(self.keyholding_requests, Unset):
            _out["keyholdingRequests"] = self.keyholding_requests
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserBadgeCount:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserBadgeCount needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserBadgeCount:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserBadgeCountFromJson.__new__(_UserBadgeCountFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("pendingMessages", UNSET)
        if _v is UNSET:
            _o.pending_messages = UNSET
            _dev.append(_Deviation("pending_messages", "missing", "pendingMessages"))
        elif _v is None:
            _o.pending_messages = None
            _dev.append(_Deviation("pending_messages", "null", "pendingMessages"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.pending_messages = _v
        else:
            _o.pending_messages = _v
            _dev.append(_Deviation("pending_messages", "invalid", "pendingMessages"))
        _v = _d.pop("unreadMessages", UNSET)
        if _v is UNSET:
            _o.unread_messages = UNSET
            _dev.append(_Deviation("unread_messages", "missing", "unreadMessages"))
        elif _v is None:
            _o.unread_messages = None
            _dev.append(_Deviation("unread_messages", "null", "unreadMessages"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.unread_messages = _v
        else:
            _o.unread_messages = _v
            _dev.append(_Deviation("unread_messages", "invalid", "unreadMessages"))
        _v = _d.pop("keyholdingRequests", UNSET)
        if _v is UNSET:
            _o.keyholding_requests = UNSET
            _dev.append(_Deviation("keyholding_requests", "missing", "keyholdingRequests"))
        elif _v is None:
            _o.keyholding_requests = None
            _dev.append(_Deviation("keyholding_requests", "null", "keyholdingRequests"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.keyholding_requests = _v
        else:
            _o.keyholding_requests = _v
            _dev.append(_Deviation("keyholding_requests", "invalid", "keyholdingRequests"))
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


class _UserBadgeCountFromJson(PendingModel, UserBadgeCount):
    """A UserBadgeCount from ``from_dict`` whose JSON is read on first use (then it is a plain UserBadgeCount)."""

    __slots__ = ()
    _model = UserBadgeCount


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserBadgeCountFromJson.__name__ = _UserBadgeCountFromJson.__qualname__ = "UserBadgeCount"
