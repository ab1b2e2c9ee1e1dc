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
class ChastikeyStatsForPublic(SpecModel):
    """Schema ``ChastikeyStatsForPublic``.

    Attributes:
        id (str):
        total_locks_managed (float):
        cumulative_seconds_locked (float):
        average_time_locked_in_seconds (float):
        longest_completed_lock_in_seconds (float):
        total_no_of_completed_locks (float):
        username (str):
        main_role (str):
    """

    id: str
    total_locks_managed: float
    cumulative_seconds_locked: float
    average_time_locked_in_seconds: float
    longest_completed_lock_in_seconds: float
    total_no_of_completed_locks: float
    username: str
    main_role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
        "_id",
        "totalLocksManaged",
        "cumulativeSecondsLocked",
        "averageTimeLockedInSeconds",
        "longestCompletedLockInSeconds",
        "totalNoOfCompletedLocks",
        "username",
        "mainRole",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.total_locks_managed, Unset):
            _out["totalLocksManaged"] = self.total_locks_managed
        if not isinstance(self.cumulative_seconds_locked, Unset):
            _out["cumulativeSecondsLocked"] = self.cumulative_seconds_locked
        if not isinstance(self.average_time_locked_in_seconds, Unset):
            _out["averageTimeLockedInSeconds"] = self.average_time_locked_in_seconds
        if not isinstance(self.longest_completed_lock_in_seconds, Unset):
            _out["longestCompletedLockInSeconds"] = self.longest_completed_lock_in_seconds
        if not isinstance(self.total_no_of_completed_locks, Unset):
            _out["totalNoOfCompletedLocks"] = self.total_no_of_completed_locks
        if not isinstance(self.username, Unset):
            _out["username"] = self.username
        if not isinstance(self.main_role, Unset):
            _out["mainRole"] = self.main_role
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ChastikeyStatsForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ChastikeyStatsForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ChastikeyStatsForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ChastikeyStatsForPublicFromJson.__new__(_ChastikeyStatsForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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
        _v = _d.pop("totalLocksManaged", UNSET)
        if _v is UNSET:
            _o.total_locks_managed = UNSET
            _dev.append(_Deviation("total_locks_managed", "missing", "totalLocksManaged"))
        elif _v is None:
            _o.total_locks_managed = None
            _dev.append(_Deviation("total_locks_managed", "null", "totalLocksManaged"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total_locks_managed = _v
        else:
            _o.total_locks_managed = _v
            _dev.append(_Deviation("total_locks_managed", "invalid", "totalLocksManaged"))
        _v = _d.pop("cumulativeSecondsLocked", UNSET)
        if _v is UNSET:
            _o.cumulative_seconds_locked = UNSET
            _dev.append(_Deviation("cumulative_seconds_locked", "missing", "cumulativeSecondsLocked"))
        elif _v is None:
            _o.cumulative_seconds_locked = None
            _dev.append(_Deviation("cumulative_seconds_locked", "null", "cumulativeSecondsLocked"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.cumulative_seconds_locked = _v
        else:
            _o.cumulative_seconds_locked = _v
            _dev.append(_Deviation("cumulative_seconds_locked", "invalid", "cumulativeSecondsLocked"))
        _v = _d.pop("averageTimeLockedInSeconds", UNSET)
        if _v is UNSET:
            _o.average_time_locked_in_seconds = UNSET
            _dev.append(_Deviation("average_time_locked_in_seconds", "missing", "averageTimeLockedInSeconds"))
        elif _v is None:
            _o.average_time_locked_in_seconds = None
            _dev.append(_Deviation("average_time_locked_in_seconds", "null", "averageTimeLockedInSeconds"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.average_time_locked_in_seconds = _v
        else:
            _o.average_time_locked_in_seconds = _v
            _dev.append(_Deviation("average_time_locked_in_seconds", "invalid", "averageTimeLockedInSeconds"))
        _v = _d.pop("longestCompletedLockInSeconds", UNSET)
        if _v is UNSET:
            _o.longest_completed_lock_in_seconds = UNSET
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "missing", "longestCompletedLockInSeconds")
            )
        elif _v is None:
            _o.longest_completed_lock_in_seconds = None
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "null", "longestCompletedLockInSeconds")
            )
        elif _v.__class__ is int or _v.__class__ is float:
            _o.longest_completed_lock_in_seconds = _v
        else:
            _o.longest_completed_lock_in_seconds = _v
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "invalid", "longestCompletedLockInSeconds")
            )
        _v = _d.pop("totalNoOfCompletedLocks", UNSET)
        if _v is UNSET:
            _o.total_no_of_completed_locks = UNSET
            _dev.append(_Deviation("total_no_of_completed_locks", "missing", "totalNoOfCompletedLocks"))
        elif _v is None:
            _o.total_no_of_completed_locks = None
            _dev.append(_Deviation("total_no_of_completed_locks", "null", "totalNoOfCompletedLocks"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total_no_of_completed_locks = _v
        else:
            _o.total_no_of_completed_locks = _v
            _dev.append(_Deviation("total_no_of_completed_locks", "invalid", "totalNoOfCompletedLocks"))
        _v = _d.pop("username", UNSET)
        if _v is UNSET:
            _o.username = UNSET
            _dev.append(_Deviation("username", "missing", "username"))
        elif _v is None:
            _o.username = None
            _dev.append(_Deviation("username", "null", "username"))
        elif _v.__class__ is str:
            _o.username = _v
        else:
            _o.username = _v
            _dev.append(_Deviation("username", "invalid", "username"))
        _v = _d.pop("mainRole", UNSET)
        if _v is UNSET:
            _o.main_role = UNSET
            _dev.append(_Deviation("main_role", "missing", "mainRole"))
        elif _v is None:
            _o.main_role = None
            _dev.append(_Deviation("main_role", "null", "mainRole"))
        elif _v.__class__ is str:
            _o.main_role = _v
        else:
            _o.main_role = _v
            _dev.append(_Deviation("main_role", "invalid", "mainRole"))
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


class _ChastikeyStatsForPublicFromJson(PendingModel, ChastikeyStatsForPublic):
    """A ChastikeyStatsForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain ChastikeyStatsForPublic)."""

    __slots__ = ()
    _model = ChastikeyStatsForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ChastikeyStatsForPublicFromJson.__name__ = _ChastikeyStatsForPublicFromJson.__qualname__ = (
    "ChastikeyStatsForPublic"
)
