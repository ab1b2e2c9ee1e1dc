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
class ExtensionActionDurationRepDto(SpecModel):
    """Share links (slug link), action vote

    Attributes:
        duration (float): Time added or removed, in seconds
    """

    duration: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("duration",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.duration, Unset):
            _out["duration"] = self.duration
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionDurationRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionDurationRepDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionDurationRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionDurationRepDtoFromJson.__new__(_ExtensionActionDurationRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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


class _ExtensionActionDurationRepDtoFromJson(PendingModel, ExtensionActionDurationRepDto):
    """A ExtensionActionDurationRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionDurationRepDto)."""

    __slots__ = ()
    _model = ExtensionActionDurationRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionDurationRepDtoFromJson.__name__ = _ExtensionActionDurationRepDtoFromJson.__qualname__ = (
    "ExtensionActionDurationRepDto"
)
