from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class IncreaseMaxLimitDateDto(SpecModel):
    """Schema ``IncreaseMaxLimitDateDto``.

    Attributes:
        max_limit_date (datetime.datetime): The new maximum limit date
        disable_max_limit_date (bool): Whether the maximum limit date should be disabled
    """

    max_limit_date: datetime.datetime
    disable_max_limit_date: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("maxLimitDate", "disableMaxLimitDate")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.max_limit_date, Unset):
            _out["maxLimitDate"] = _json_value(self.max_limit_date)
        if not isinstance(self.disable_max_limit_date, Unset):
            _out["disableMaxLimitDate"] = self.disable_max_limit_date
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> IncreaseMaxLimitDateDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"IncreaseMaxLimitDateDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> IncreaseMaxLimitDateDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _IncreaseMaxLimitDateDtoFromJson.__new__(_IncreaseMaxLimitDateDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("maxLimitDate", UNSET)
        if _v is UNSET:
            _o.max_limit_date = UNSET
            _dev.append(_Deviation("max_limit_date", "missing", "maxLimitDate"))
        elif _v is None:
            _o.max_limit_date = None
            _dev.append(_Deviation("max_limit_date", "null", "maxLimitDate"))
        else:
            try:
                _o.max_limit_date = datetime.datetime.fromisoformat(_v)
                if _o.max_limit_date.tzinfo is None:
                    _o.max_limit_date = _o.max_limit_date.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.max_limit_date = _v
                _dev.append(_Deviation("max_limit_date", "invalid", "maxLimitDate"))
        _v = _d.pop("disableMaxLimitDate", UNSET)
        if _v is UNSET:
            _o.disable_max_limit_date = UNSET
            _dev.append(_Deviation("disable_max_limit_date", "missing", "disableMaxLimitDate"))
        elif _v is None:
            _o.disable_max_limit_date = None
            _dev.append(_Deviation("disable_max_limit_date", "null", "disableMaxLimitDate"))
        elif _v.__class__ is bool:
            _o.disable_max_limit_date = _v
        else:
            _o.disable_max_limit_date = _v
            _dev.append(_Deviation("disable_max_limit_date", "invalid", "disableMaxLimitDate"))
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


class _IncreaseMaxLimitDateDtoFromJson(PendingModel, IncreaseMaxLimitDateDto):
    """A IncreaseMaxLimitDateDto from ``from_dict`` whose JSON is read on first use (then it is a plain IncreaseMaxLimitDateDto)."""

    __slots__ = ()
    _model = IncreaseMaxLimitDateDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_IncreaseMaxLimitDateDtoFromJson.__name__ = _IncreaseMaxLimitDateDtoFromJson.__qualname__ = (
    "IncreaseMaxLimitDateDto"
)
