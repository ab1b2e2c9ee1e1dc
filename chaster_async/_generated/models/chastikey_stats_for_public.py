from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import is_number as _is_number

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class ChastikeyStatsForPublic(SpecModel):
    """Schema ``ChastikeyStatsForPublic``.

    Attributes:
        field_id (str):
        total_locks_managed (float):
        cumulative_seconds_locked (float):
        average_time_locked_in_seconds (float):
        longest_completed_lock_in_seconds (float):
        total_no_of_completed_locks (float):
        username (str):
        main_role (str):
    """

    field_id: str
    total_locks_managed: float
    cumulative_seconds_locked: float
    average_time_locked_in_seconds: float
    longest_completed_lock_in_seconds: float
    total_no_of_completed_locks: float
    username: str
    main_role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.field_id, Unset):
            _out["_id"] = self.field_id
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
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("_id", UNSET)
        if _v is UNSET:
            field_id = UNSET
            _dev.append(_Deviation("field_id", "missing", "_id"))
        elif _v is None:
            field_id = None
            _dev.append(_Deviation("field_id", "null", "_id"))
        elif _v.__class__ is str:
            field_id = _v
        else:
            field_id = _v
            _dev.append(_Deviation("field_id", "invalid", "_id"))
        _v = _d.pop("totalLocksManaged", UNSET)
        if _v is UNSET:
            total_locks_managed = UNSET
            _dev.append(_Deviation("total_locks_managed", "missing", "totalLocksManaged"))
        elif _v is None:
            total_locks_managed = None
            _dev.append(_Deviation("total_locks_managed", "null", "totalLocksManaged"))
        elif _is_number(_v):
            total_locks_managed = _v
        else:
            total_locks_managed = _v
            _dev.append(_Deviation("total_locks_managed", "invalid", "totalLocksManaged"))
        _v = _d.pop("cumulativeSecondsLocked", UNSET)
        if _v is UNSET:
            cumulative_seconds_locked = UNSET
            _dev.append(_Deviation("cumulative_seconds_locked", "missing", "cumulativeSecondsLocked"))
        elif _v is None:
            cumulative_seconds_locked = None
            _dev.append(_Deviation("cumulative_seconds_locked", "null", "cumulativeSecondsLocked"))
        elif _is_number(_v):
            cumulative_seconds_locked = _v
        else:
            cumulative_seconds_locked = _v
            _dev.append(_Deviation("cumulative_seconds_locked", "invalid", "cumulativeSecondsLocked"))
        _v = _d.pop("averageTimeLockedInSeconds", UNSET)
        if _v is UNSET:
            average_time_locked_in_seconds = UNSET
            _dev.append(_Deviation("average_time_locked_in_seconds", "missing", "averageTimeLockedInSeconds"))
        elif _v is None:
            average_time_locked_in_seconds = None
            _dev.append(_Deviation("average_time_locked_in_seconds", "null", "averageTimeLockedInSeconds"))
        elif _is_number(_v):
            average_time_locked_in_seconds = _v
        else:
            average_time_locked_in_seconds = _v
            _dev.append(_Deviation("average_time_locked_in_seconds", "invalid", "averageTimeLockedInSeconds"))
        _v = _d.pop("longestCompletedLockInSeconds", UNSET)
        if _v is UNSET:
            longest_completed_lock_in_seconds = UNSET
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "missing", "longestCompletedLockInSeconds")
            )
        elif _v is None:
            longest_completed_lock_in_seconds = None
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "null", "longestCompletedLockInSeconds")
            )
        elif _is_number(_v):
            longest_completed_lock_in_seconds = _v
        else:
            longest_completed_lock_in_seconds = _v
            _dev.append(
                _Deviation("longest_completed_lock_in_seconds", "invalid", "longestCompletedLockInSeconds")
            )
        _v = _d.pop("totalNoOfCompletedLocks", UNSET)
        if _v is UNSET:
            total_no_of_completed_locks = UNSET
            _dev.append(_Deviation("total_no_of_completed_locks", "missing", "totalNoOfCompletedLocks"))
        elif _v is None:
            total_no_of_completed_locks = None
            _dev.append(_Deviation("total_no_of_completed_locks", "null", "totalNoOfCompletedLocks"))
        elif _is_number(_v):
            total_no_of_completed_locks = _v
        else:
            total_no_of_completed_locks = _v
            _dev.append(_Deviation("total_no_of_completed_locks", "invalid", "totalNoOfCompletedLocks"))
        _v = _d.pop("username", UNSET)
        if _v is UNSET:
            username = UNSET
            _dev.append(_Deviation("username", "missing", "username"))
        elif _v is None:
            username = None
            _dev.append(_Deviation("username", "null", "username"))
        elif _v.__class__ is str:
            username = _v
        else:
            username = _v
            _dev.append(_Deviation("username", "invalid", "username"))
        _v = _d.pop("mainRole", UNSET)
        if _v is UNSET:
            main_role = UNSET
            _dev.append(_Deviation("main_role", "missing", "mainRole"))
        elif _v is None:
            main_role = None
            _dev.append(_Deviation("main_role", "null", "mainRole"))
        elif _v.__class__ is str:
            main_role = _v
        else:
            main_role = _v
            _dev.append(_Deviation("main_role", "invalid", "mainRole"))
        _obj = cls(
            field_id=field_id,
            total_locks_managed=total_locks_managed,
            cumulative_seconds_locked=cumulative_seconds_locked,
            average_time_locked_in_seconds=average_time_locked_in_seconds,
            longest_completed_lock_in_seconds=longest_completed_lock_in_seconds,
            total_no_of_completed_locks=total_no_of_completed_locks,
            username=username,
            main_role=main_role,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
