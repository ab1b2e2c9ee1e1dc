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

if TYPE_CHECKING:
    from ..models.extension_action_wheel_of_fortune_segment import ExtensionActionWheelOfFortuneSegment

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionActionWheelOfFortuneSegment
    from ..models.extension_action_wheel_of_fortune_segment import ExtensionActionWheelOfFortuneSegment

    _resolved = True


@_attrs_define
class ExtensionActionWheelOfFortuneAction(SpecModel):
    """What the wheel did: the segment it stopped on

    Attributes:
        segment (ExtensionActionWheelOfFortuneSegment): A Wheel of Fortune segment as configured
    """

    segment: ExtensionActionWheelOfFortuneSegment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("segment",)
    _required_keys = ("segment",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.segment, Unset):
            _out["segment"] = _json_value(self.segment)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionWheelOfFortuneAction:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionWheelOfFortuneAction needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionWheelOfFortuneAction:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionWheelOfFortuneActionFromJson.__new__(
            _ExtensionActionWheelOfFortuneActionFromJson
        )
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("segment", UNSET)
        if _v is UNSET:
            _o.segment = UNSET
            _dev.append(_Deviation("segment", "missing", "segment"))
        elif _v is None:
            _o.segment = None
            _dev.append(_Deviation("segment", "null", "segment"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.segment = ExtensionActionWheelOfFortuneSegment._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.segment = _v
                _dev.append(_Deviation("segment", "invalid", "segment"))
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


class _ExtensionActionWheelOfFortuneActionFromJson(PendingModel, ExtensionActionWheelOfFortuneAction):
    """A ExtensionActionWheelOfFortuneAction from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionWheelOfFortuneAction)."""

    __slots__ = ()
    _model = ExtensionActionWheelOfFortuneAction


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionWheelOfFortuneActionFromJson.__name__ = (
    _ExtensionActionWheelOfFortuneActionFromJson.__qualname__
) = "ExtensionActionWheelOfFortuneAction"
