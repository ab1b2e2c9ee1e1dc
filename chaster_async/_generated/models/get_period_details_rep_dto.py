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

if TYPE_CHECKING:
    from ..models.get_period_details_rep_dto_actions import GetPeriodDetailsRepDtoActions
    from ..models.get_period_details_rep_dto_categories import GetPeriodDetailsRepDtoCategories

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, GetPeriodDetailsRepDtoActions, GetPeriodDetailsRepDtoCategories
    from ..models.get_period_details_rep_dto_actions import GetPeriodDetailsRepDtoActions
    from ..models.get_period_details_rep_dto_categories import GetPeriodDetailsRepDtoCategories

    _resolved = True


@_attrs_define
class GetPeriodDetailsRepDto(SpecModel):
    """Schema ``GetPeriodDetailsRepDto``.

    Attributes:
        categories (GetPeriodDetailsRepDtoCategories):
        actions (GetPeriodDetailsRepDtoActions):
        start (datetime.datetime):
        end (datetime.datetime):
    """

    categories: GetPeriodDetailsRepDtoCategories
    actions: GetPeriodDetailsRepDtoActions
    start: datetime.datetime
    end: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("categories", "actions")
    _required_keys = ("categories", "actions", "start", "end")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.categories, Unset):
            _out["categories"] = _json_value(self.categories)
        if not isinstance(self.actions, Unset):
            _out["actions"] = _json_value(self.actions)
        if not isinstance(self.start, Unset):
            _out["start"] = _json_value(self.start)
        if not isinstance(self.end, Unset):
            _out["end"] = _json_value(self.end)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPeriodDetailsRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GetPeriodDetailsRepDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetPeriodDetailsRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetPeriodDetailsRepDtoFromJson.__new__(_GetPeriodDetailsRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("categories", UNSET)
        if _v is UNSET:
            _o.categories = UNSET
            _dev.append(_Deviation("categories", "missing", "categories"))
        elif _v is None:
            _o.categories = None
            _dev.append(_Deviation("categories", "null", "categories"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.categories = GetPeriodDetailsRepDtoCategories._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.categories = _v
                _dev.append(_Deviation("categories", "invalid", "categories"))
        _v = _d.pop("actions", UNSET)
        if _v is UNSET:
            _o.actions = UNSET
            _dev.append(_Deviation("actions", "missing", "actions"))
        elif _v is None:
            _o.actions = None
            _dev.append(_Deviation("actions", "null", "actions"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.actions = GetPeriodDetailsRepDtoActions._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.actions = _v
                _dev.append(_Deviation("actions", "invalid", "actions"))
        _v = _d.pop("start", UNSET)
        if _v is UNSET:
            _o.start = UNSET
            _dev.append(_Deviation("start", "missing", "start"))
        elif _v is None:
            _o.start = None
            _dev.append(_Deviation("start", "null", "start"))
        else:
            try:
                _o.start = datetime.datetime.fromisoformat(_v)
                if _o.start.tzinfo is None:
                    _o.start = _o.start.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.start = _v
                _dev.append(_Deviation("start", "invalid", "start"))
        _v = _d.pop("end", UNSET)
        if _v is UNSET:
            _o.end = UNSET
            _dev.append(_Deviation("end", "missing", "end"))
        elif _v is None:
            _o.end = None
            _dev.append(_Deviation("end", "null", "end"))
        else:
            try:
                _o.end = datetime.datetime.fromisoformat(_v)
                if _o.end.tzinfo is None:
                    _o.end = _o.end.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.end = _v
                _dev.append(_Deviation("end", "invalid", "end"))
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


class _GetPeriodDetailsRepDtoFromJson(PendingModel, GetPeriodDetailsRepDto):
    """A GetPeriodDetailsRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetPeriodDetailsRepDto)."""

    __slots__ = ()
    _model = GetPeriodDetailsRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetPeriodDetailsRepDtoFromJson.__name__ = _GetPeriodDetailsRepDtoFromJson.__qualname__ = (
    "GetPeriodDetailsRepDto"
)
