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

from ..models.partner_configuration_child_event_enum import PartnerConfigurationChildEventEnum

if TYPE_CHECKING:
    from ..models.partner_configuration_child_capabilities_event import (
        PartnerConfigurationChildCapabilitiesEvent,
    )

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, PartnerConfigurationChildCapabilitiesEvent
    from ..models.partner_configuration_child_capabilities_event import (
        PartnerConfigurationChildCapabilitiesEvent,
    )

    _resolved = True


@_attrs_define
class PartnerConfigurationChildEvents(SpecModel):
    """Schema ``PartnerConfigurationChildEvents``.

    Attributes:
        event (PartnerConfigurationChildEventEnum):
        payload (PartnerConfigurationChildCapabilitiesEvent):
    """

    event: PartnerConfigurationChildEventEnum
    payload: PartnerConfigurationChildCapabilitiesEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("event", "payload")
    _required_keys = ("event", "payload")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.event, Unset):
            _out["event"] = _json_value(self.event)
        if not isinstance(self.payload, Unset):
            _out["payload"] = _json_value(self.payload)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerConfigurationChildEvents:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"PartnerConfigurationChildEvents needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerConfigurationChildEvents:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerConfigurationChildEventsFromJson.__new__(_PartnerConfigurationChildEventsFromJson)
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
                _o.event = PartnerConfigurationChildEventEnum._value2member_map_.get(
                    _v
                ) or PartnerConfigurationChildEventEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.event = _v
                _dev.append(_Deviation("event", "invalid", "event"))
        _v = _d.pop("payload", UNSET)
        if _v is UNSET:
            _o.payload = UNSET
            _dev.append(_Deviation("payload", "missing", "payload"))
        elif _v is None:
            _o.payload = None
            _dev.append(_Deviation("payload", "null", "payload"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.payload = PartnerConfigurationChildCapabilitiesEvent._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.payload = _v
                _dev.append(_Deviation("payload", "invalid", "payload"))
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


class _PartnerConfigurationChildEventsFromJson(PendingModel, PartnerConfigurationChildEvents):
    """A PartnerConfigurationChildEvents from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerConfigurationChildEvents)."""

    __slots__ = ()
    _model = PartnerConfigurationChildEvents


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerConfigurationChildEventsFromJson.__name__ = _PartnerConfigurationChildEventsFromJson.__qualname__ = (
    "PartnerConfigurationChildEvents"
)
