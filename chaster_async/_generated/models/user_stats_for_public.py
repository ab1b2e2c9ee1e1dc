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
class UserStatsForPublic(SpecModel):
    """Schema ``UserStatsForPublic``.

    Attributes:
        nb_started_locks (float): Number of locks started by the user as a wearer
        nb_ended_locks (float): Number of locks ended by the user as a wearer
        total_time_locked (float): Total time locked
        max_time_locked (float): Maximum session duration
        keyholder_nb_locks (float): Number of locks keyholded
    """

    nb_started_locks: float
    nb_ended_locks: float
    total_time_locked: float
    max_time_locked: float
    keyholder_nb_locks: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
        "nbStartedLocks",
        "nbEndedLocks",
        "totalTimeLocked",
        "maxTimeLocked",
        "keyholderNbLocks",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.nb_started_locks, Unset):
            _out["nbStartedLocks"] = self.nb_started_locks
        if not isinstance(self.nb_ended_locks, Unset):
            _out["nbEndedLocks"] = self.nb_ended_locks
        if not isinstance(self.total_time_locked, Unset):
            _out["totalTimeLocked"] = self.total_time_locked
        if not isinstance(self.max_time_locked, Unset):
            _out["maxTimeLocked"] = self.max_time_locked
        if not isinstance(self.keyholder_nb_locks, Unset):
            _out["keyholderNbLocks"] = self.keyholder_nb_locks
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserStatsForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserStatsForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserStatsForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserStatsForPublicFromJson.__new__(_UserStatsForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("nbStartedLocks", UNSET)
        if _v is UNSET:
            _o.nb_started_locks = UNSET
            _dev.append(_Deviation("nb_started_locks", "missing", "nbStartedLocks"))
        elif _v is None:
            _o.nb_started_locks = None
            _dev.append(_Deviation("nb_started_locks", "null", "nbStartedLocks"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_started_locks = _v
        else:
            _o.nb_started_locks = _v
            _dev.append(_Deviation("nb_started_locks", "invalid", "nbStartedLocks"))
        _v = _d.pop("nbEndedLocks", UNSET)
        if _v is UNSET:
            _o.nb_ended_locks = UNSET
            _dev.append(_Deviation("nb_ended_locks", "missing", "nbEndedLocks"))
        elif _v is None:
            _o.nb_ended_locks = None
            _dev.append(_Deviation("nb_ended_locks", "null", "nbEndedLocks"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_ended_locks = _v
        else:
            _o.nb_ended_locks = _v
            _dev.append(_Deviation("nb_ended_locks", "invalid", "nbEndedLocks"))
        _v = _d.pop("totalTimeLocked", UNSET)
        if _v is UNSET:
            _o.total_time_locked = UNSET
            _dev.append(_Deviation("total_time_locked", "missing", "totalTimeLocked"))
        elif _v is None:
            _o.total_time_locked = None
            _dev.append(_Deviation("total_time_locked", "null", "totalTimeLocked"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total_time_locked = _v
        else:
            _o.total_time_locked = _v
            _dev.append(_Deviation("total_time_locked", "invalid", "totalTimeLocked"))
        _v = _d.pop("maxTimeLocked", UNSET)
        if _v is UNSET:
            _o.max_time_locked = UNSET
            _dev.append(_Deviation("max_time_locked", "missing", "maxTimeLocked"))
        elif _v is None:
            _o.max_time_locked = None
            _dev.append(_Deviation("max_time_locked", "null", "maxTimeLocked"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.max_time_locked = _v
        else:
            _o.max_time_locked = _v
            _dev.append(_Deviation("max_time_locked", "invalid", "maxTimeLocked"))
        _v = _d.pop("keyholderNbLocks", UNSET)
        if _v is UNSET:
            _o.keyholder_nb_locks = UNSET
            _dev.append(_Deviation("keyholder_nb_locks", "missing", "keyholderNbLocks"))
        elif _v is None:
            _o.keyholder_nb_locks = None
            _dev.append(_Deviation("keyholder_nb_locks", "null", "keyholderNbLocks"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.keyholder_nb_locks = _v
        else:
            _o.keyholder_nb_locks = _v
            _dev.append(_Deviation("keyholder_nb_locks", "invalid", "keyholderNbLocks"))
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


class _UserStatsForPublicFromJson(PendingModel, UserStatsForPublic):
    """A UserStatsForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain UserStatsForPublic)."""

    __slots__ = ()
    _model = UserStatsForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserStatsForPublicFromJson.__name__ = _UserStatsForPublicFromJson.__qualname__ = "UserStatsForPublic"
