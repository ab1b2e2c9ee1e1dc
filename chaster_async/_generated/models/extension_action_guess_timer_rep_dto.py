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
class ExtensionActionGuessTimerRepDto(SpecModel):
    """Guess the Timer (slug guess-timer), action submit

    Attributes:
        can_be_unlocked (bool):
    """

    can_be_unlocked: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("canBeUnlocked",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.can_be_unlocked, Unset):
            _out["canBeUnlocked"] = self.can_be_unlocked
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionGuessTimerRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionGuessTimerRepDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionGuessTimerRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionGuessTimerRepDtoFromJson.__new__(_ExtensionActionGuessTimerRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("canBeUnlocked", UNSET)
        if _v is UNSET:
            _o.can_be_unlocked = UNSET
            _dev.append(_Deviation("can_be_unlocked", "missing", "canBeUnlocked"))
        elif _v is None:
            _o.can_be_unlocked = None
            _dev.append(_Deviation("can_be_unlocked", "null", "canBeUnlocked"))
        elif _v.__class__ is bool:
            _o.can_be_unlocked = _v
        else:
            _o.can_be_unlocked = _v
            _dev.append(_Deviation("can_be_unlocked", "invalid", "canBeUnlocked"))
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


class _ExtensionActionGuessTimerRepDtoFromJson(PendingModel, ExtensionActionGuessTimerRepDto):
    """A ExtensionActionGuessTimerRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionGuessTimerRepDto)."""

    __slots__ = ()
    _model = ExtensionActionGuessTimerRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionGuessTimerRepDtoFromJson.__name__ = _ExtensionActionGuessTimerRepDtoFromJson.__qualname__ = (
    "ExtensionActionGuessTimerRepDto"
)
