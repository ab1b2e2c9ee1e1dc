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

from ..models.penalty_period_status_enum import PenaltyPeriodStatusEnum

if TYPE_CHECKING:
    from ..models.lock_action import LockAction

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, LockAction
    from ..models.lock_action import LockAction

    _resolved = True


@_attrs_define
class PenaltyPeriodForPublic(SpecModel):
    """Schema ``PenaltyPeriodForPublic``.

    Attributes:
        status (PenaltyPeriodStatusEnum):
        id (str): The penalty period id
        starts_at (datetime.datetime): The date when the penalty period starts
        ends_at (datetime.datetime): The date when the penalty period ends. At the end of the period, the punishment
            will be applied if the habit is not completed
        habit_name (str): The name of the habit
        nb_actions_done (float): The number of actions already done
        nb_actions_required (float): The number of actions required to complete the habit
        punishments (list[LockAction]): The list of punishments applied for this penalty period if the habit is not
            completed
    """

    status: PenaltyPeriodStatusEnum
    id: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    habit_name: str
    nb_actions_done: float
    nb_actions_required: float
    punishments: list[LockAction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("status", "punishments")
    _required_keys = (
        "status",
        "_id",
        "startsAt",
        "endsAt",
        "habitName",
        "nbActionsDone",
        "nbActionsRequired",
        "punishments",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.starts_at, Unset):
            _out["startsAt"] = _json_value(self.starts_at)
        if not isinstance(self.ends_at, Unset):
            _out["endsAt"] = _json_value(self.ends_at)
        if not isinstance(self.habit_name, Unset):
            _out["habitName"] = self.habit_name
        if not isinstance(self.nb_actions_done, Unset):
            _out["nbActionsDone"] = self.nb_actions_done
        if not isinstance(self.nb_actions_required, Unset):
            _out["nbActionsRequired"] = self.nb_actions_required
        if not isinstance(self.punishments, Unset):
            _out["punishments"] = _json_value(self.punishments)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PenaltyPeriodForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PenaltyPeriodForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PenaltyPeriodForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PenaltyPeriodForPublicFromJson.__new__(_PenaltyPeriodForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = PenaltyPeriodStatusEnum._value2member_map_.get(_v) or PenaltyPeriodStatusEnum(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
        _v = _d.pop("_id", UNSET)
        if _v is UNSET:
            _o.id = UNSET
            _dev.append(_Deviation("id", "missing", "_id"))
        elif _v is None:
            _o.id = None
            _dev.append(_Deviation("id", "null", "_id"))
        elif _v.__class__ is str:
            _o.id = _v
        else:
            _o.id = _v
            _dev.append(_Deviation("id", "invalid", "_id"))
        _v = _d.pop("startsAt", UNSET)
        if _v is UNSET:
            _o.starts_at = UNSET
            _dev.append(_Deviation("starts_at", "missing", "startsAt"))
        elif _v is None:
            _o.starts_at = None
            _dev.append(_Deviation("starts_at", "null", "startsAt"))
        else:
            try:
                _o.starts_at = datetime.datetime.fromisoformat(_v)
                if _o.starts_at.tzinfo is None:
                    _o.starts_at = _o.starts_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.starts_at = _v
                _dev.append(_Deviation("starts_at", "invalid", "startsAt"))
        _v = _d.pop("endsAt", UNSET)
        if _v is UNSET:
            _o.ends_at = UNSET
            _dev.append(_Deviation("ends_at", "missing", "endsAt"))
        elif _v is None:
            _o.ends_at = None
            _dev.append(_Deviation("ends_at", "null", "endsAt"))
        else:
            try:
                _o.ends_at = datetime.datetime.fromisoformat(_v)
                if _o.ends_at.tzinfo is None:
                    _o.ends_at = _o.ends_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.ends_at = _v
                _dev.append(_Deviation("ends_at", "invalid", "endsAt"))
        _v = _d.pop("habitName", UNSET)
        if _v is UNSET:
            _o.habit_name = UNSET
            _dev.append(_Deviation("habit_name", "missing", "habitName"))
        elif _v is None:
            _o.habit_name = None
            _dev.append(_Deviation("habit_name", "null", "habitName"))
        elif _v.__class__ is str:
            _o.habit_name = _v
        else:
            _o.habit_name = _v
            _dev.append(_Deviation("habit_name", "invalid", "habitName"))
        _v = _d.pop("nbActionsDone", UNSET)
        if _v is UNSET:
            _o.nb_actions_done = UNSET
            _dev.append(_Deviation("nb_actions_done", "missing", "nbActionsDone"))
        elif _v is None:
            _o.nb_actions_done = None
            _dev.append(_Deviation("nb_actions_done", "null", "nbActionsDone"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_actions_done = _v
        else:
            _o.nb_actions_done = _v
            _dev.append(_Deviation("nb_actions_done", "invalid", "nbActionsDone"))
        _v = _d.pop("nbActionsRequired", UNSET)
        if _v is UNSET:
            _o.nb_actions_required = UNSET
            _dev.append(_Deviation("nb_actions_required", "missing", "nbActionsRequired"))
        elif _v is None:
            _o.nb_actions_required = None
            _dev.append(_Deviation("nb_actions_required", "null", "nbActionsRequired"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_actions_required = _v
        else:
            _o.nb_actions_required = _v
            _dev.append(_Deviation("nb_actions_required", "invalid", "nbActionsRequired"))
        _v = _d.pop("punishments", UNSET)
        if _v is UNSET:
            _o.punishments = UNSET
            _dev.append(_Deviation("punishments", "missing", "punishments"))
        elif _v is None:
            _o.punishments = None
            _dev.append(_Deviation("punishments", "null", "punishments"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list1: list[Any] = []
                _value2: Any
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                        _dev.append(
                            _Deviation(f"punishments[{len(_list1)}]", "null", f"punishments[{len(_list1)}]")
                        )
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = LockAction._from_json(_item0)
                    _list1.append(_value2)
                _o.punishments = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.punishments = _v
                _dev.append(_Deviation("punishments", "invalid", "punishments"))
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


class _PenaltyPeriodForPublicFromJson(PendingModel, PenaltyPeriodForPublic):
    """A PenaltyPeriodForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain PenaltyPeriodForPublic)."""

    __slots__ = ()
    _model = PenaltyPeriodForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PenaltyPeriodForPublicFromJson.__name__ = _PenaltyPeriodForPublicFromJson.__qualname__ = (
    "PenaltyPeriodForPublic"
)
