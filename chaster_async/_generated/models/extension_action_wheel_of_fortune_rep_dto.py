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
    from ..models.extension_action_wheel_of_fortune_action import ExtensionActionWheelOfFortuneAction

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionActionWheelOfFortuneAction
    from ..models.extension_action_wheel_of_fortune_action import ExtensionActionWheelOfFortuneAction

    _resolved = True


@_attrs_define
class ExtensionActionWheelOfFortuneRepDto(SpecModel):
    """Wheel of Fortune (slug wheel-of-fortune), action submit

    Attributes:
        index (float): The index of the segment the wheel stopped on
        action (ExtensionActionWheelOfFortuneAction): What the wheel did: the segment it stopped on
        text (str): What happened, as shown to the wearer
    """

    index: float
    action: ExtensionActionWheelOfFortuneAction
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("action",)
    _required_keys = ("index", "action", "text")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.index, Unset):
            _out["index"] = self.index
        if not isinstance(self.action, Unset):
            _out["action"] = _json_value(self.action)
        if not isinstance(self.text, Unset):
            _out["text"] = self.text
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionWheelOfFortuneRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionWheelOfFortuneRepDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionWheelOfFortuneRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionWheelOfFortuneRepDtoFromJson.__new__(
            _ExtensionActionWheelOfFortuneRepDtoFromJson
        )
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("index", UNSET)
        if _v is UNSET:
            _o.index = UNSET
            _dev.append(_Deviation("index", "missing", "index"))
        elif _v is None:
            _o.index = None
            _dev.append(_Deviation("index", "null", "index"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.index = _v
        else:
            _o.index = _v
            _dev.append(_Deviation("index", "invalid", "index"))
        _v = _d.pop("action", UNSET)
        if _v is UNSET:
            _o.action = UNSET
            _dev.append(_Deviation("action", "missing", "action"))
        elif _v is None:
            _o.action = None
            _dev.append(_Deviation("action", "null", "action"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.action = ExtensionActionWheelOfFortuneAction._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.action = _v
                _dev.append(_Deviation("action", "invalid", "action"))
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


class _ExtensionActionWheelOfFortuneRepDtoFromJson(PendingModel, ExtensionActionWheelOfFortuneRepDto):
    """A ExtensionActionWheelOfFortuneRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionWheelOfFortuneRepDto)."""

    __slots__ = ()
    _model = ExtensionActionWheelOfFortuneRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionWheelOfFortuneRepDtoFromJson.__name__ = (
    _ExtensionActionWheelOfFortuneRepDtoFromJson.__qualname__
) = "ExtensionActionWheelOfFortuneRepDto"
