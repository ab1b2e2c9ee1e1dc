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

from ..models.extension_session_created_event import ExtensionSessionCreatedEvent

if TYPE_CHECKING:
    from ..models.extension_session_created_data import ExtensionSessionCreatedData

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionSessionCreatedData
    from ..models.extension_session_created_data import ExtensionSessionCreatedData

    _resolved = True


@_attrs_define
class ExtensionSessionCreated(SpecModel):
    """Schema ``ExtensionSessionCreated``.

    Attributes:
        event (ExtensionSessionCreatedEvent):
        data (ExtensionSessionCreatedData):
        sent_at (datetime.datetime):
        request_id (str):
    """

    event: ExtensionSessionCreatedEvent
    data: ExtensionSessionCreatedData
    sent_at: datetime.datetime
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("event", "data")
    _required_keys = ("event", "data", "sentAt", "requestId")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.event, Unset):
            _out["event"] = _json_value(self.event)
        if not isinstance(self.data, Unset):
            _out["data"] = _json_value(self.data)
        if not isinstance(self.sent_at, Unset):
            _out["sentAt"] = _json_value(self.sent_at)
        if not isinstance(self.request_id, Unset):
            _out["requestId"] = self.request_id
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionSessionCreated:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionSessionCreated needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionSessionCreated:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionSessionCreatedFromJson.__new__(_ExtensionSessionCreatedFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("event", UNSET)
        if _v is UNSET:
            _o.event = UNSET
            _dev.append(_Deviation("event", "missing", "event"))
        elif _v is None:
            _o.event = None
            _dev.append(_Deviation("event", "null", "event"))
        else:
            try:
                _o.event = ExtensionSessionCreatedEvent._value2member_map_.get(
                    _v
                ) or ExtensionSessionCreatedEvent(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.event = _v
                _dev.append(_Deviation("event", "invalid", "event"))
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
                _o.data = ExtensionSessionCreatedData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.data = _v
                _dev.append(_Deviation("data", "invalid", "data"))
        _v = _d.pop("sentAt", UNSET)
        if _v is UNSET:
            _o.sent_at = UNSET
            _dev.append(_Deviation("sent_at", "missing", "sentAt"))
        elif _v is None:
            _o.sent_at = None
            _dev.append(_Deviation("sent_at", "null", "sentAt"))
        else:
            try:
                _o.sent_at = datetime.datetime.fromisoformat(_v)
                if _o.sent_at.tzinfo is None:
                    _o.sent_at = _o.sent_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.sent_at = _v
                _dev.append(_Deviation("sent_at", "invalid", "sentAt"))
        _v = _d.pop("requestId", UNSET)
        if _v is UNSET:
            _o.request_id = UNSET
            _dev.append(_Deviation("request_id", "missing", "requestId"))
        elif _v is None:
            _o.request_id = None
            _dev.append(_Deviation("request_id", "null", "requestId"))
        elif _v.__class__ is str:
            _o.request_id = _v
        else:
            _o.request_id = _v
            _dev.append(_Deviation("request_id", "invalid", "requestId"))
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


class _ExtensionSessionCreatedFromJson(PendingModel, ExtensionSessionCreated):
    """A ExtensionSessionCreated from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionSessionCreated)."""

    __slots__ = ()
    _model = ExtensionSessionCreated


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionSessionCreatedFromJson.__name__ = _ExtensionSessionCreatedFromJson.__qualname__ = (
    "ExtensionSessionCreated"
)
