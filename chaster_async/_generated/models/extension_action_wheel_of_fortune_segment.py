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
class ExtensionActionWheelOfFortuneSegment(SpecModel):
    """A Wheel of Fortune segment as configured

    Attributes:
        type_ (str): add-time, remove-time, add-remove-time, text, set-freeze, set-unfreeze, freeze or pillory
        text (str):
        duration (float): In seconds
    """

    type_: str
    text: str
    duration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("type", "text", "duration")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            _out["type"] = self.type_
        if not isinstance(self.text, Unset):
            _out["text"] = self.text
        if not isinstance(self.duration, Unset):
            _out["duration"] = self.duration
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionWheelOfFortuneSegment:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionWheelOfFortuneSegment needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionWheelOfFortuneSegment:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionWheelOfFortuneSegmentFromJson.__new__(
            _ExtensionActionWheelOfFortuneSegmentFromJson
        )
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        elif _v.__class__ is str:
            _o.type_ = _v
        else:
            _o.type_ = _v
            _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("text", UNSET)
        if _v is UNSET:
            _o.text = UNSET
            _dev.append(_Deviation("text", "missing", "text"))
        elif _v is None:
            _o.text = None
            _dev.append(_Deviation("text", "null", "text"))
        elif _v.__class__ is str:
            _o.text = _v
        else:
            _o.text = _v
            _dev.append(_Deviation("text", "invalid", "text"))
        _v = _d.pop("duration", UNSET)
        if _v is UNSET:
            _o.duration = UNSET
            _dev.append(_Deviation("duration", "missing", "duration"))
        elif _v is None:
            _o.duration = None
            _dev.append(_Deviation("duration", "null", "duration"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.duration = _v
        else:
            _o.duration = _v
            _dev.append(_Deviation("duration", "invalid", "duration"))
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


class _ExtensionActionWheelOfFortuneSegmentFromJson(PendingModel, ExtensionActionWheelOfFortuneSegment):
    """A ExtensionActionWheelOfFortuneSegment from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionWheelOfFortuneSegment)."""

    __slots__ = ()
    _model = ExtensionActionWheelOfFortuneSegment


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionWheelOfFortuneSegmentFromJson.__name__ = (
    _ExtensionActionWheelOfFortuneSegmentFromJson.__qualname__
) = "ExtensionActionWheelOfFortuneSegment"
