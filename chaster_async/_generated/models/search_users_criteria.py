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

from ..models.searchable_gender_enum import SearchableGenderEnum
from ..models.sexual_orientation_enum import SexualOrientationEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.age_criteria_data import AgeCriteriaData
    from ..models.location_criteria_data import LocationCriteriaData
    from ..models.role_criteria_data import RoleCriteriaData

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, AgeCriteriaData, LocationCriteriaData, RoleCriteriaData
    from ..models.age_criteria_data import AgeCriteriaData
    from ..models.location_criteria_data import LocationCriteriaData
    from ..models.role_criteria_data import RoleCriteriaData

    _resolved = True


@_attrs_define
class SearchUsersCriteria(SpecModel):
    """Schema ``SearchUsersCriteria``.

    Attributes:
        genders (list[SearchableGenderEnum] | Unset):
        sexual_orientations (list[SexualOrientationEnum] | Unset):
        age (AgeCriteriaData | Unset):
        location (LocationCriteriaData | Unset):
        role (RoleCriteriaData | Unset):
        is_findom (bool | Unset):
        is_active (bool | Unset):
    """

    genders: list[SearchableGenderEnum] | Unset = UNSET
    sexual_orientations: list[SexualOrientationEnum] | Unset = UNSET
    age: AgeCriteriaData | Unset = UNSET
    location: LocationCriteriaData | Unset = UNSET
    role: RoleCriteriaData | Unset = UNSET
    is_findom: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("genders", "sexual_orientations", "age", "location", "role")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.genders, Unset):
            _out["genders"] = _json_value(self.genders)
        if not isinstance(self.sexual_orientations, Unset):
            _out["sexualOrientations"] = _json_value(self.sexual_orientations)
        if not isinstance(self.age, Unset):
            _out["age"] = _json_value(self.age)
        if not isinstance(self.location, Unset):
            _out["location"] = _json_value(self.location)
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.is_findom, Unset):
            _out["isFindom"] = self.is_findom
        if not isinstance(self.is_active, Unset):
            _out["isActive"] = self.is_active
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SearchUsersCriteria:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"SearchUsersCriteria needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SearchUsersCriteria:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SearchUsersCriteriaFromJson.__new__(_SearchUsersCriteriaFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("genders", UNSET)
        if _v is UNSET:
            _o.genders = UNSET
        elif _v is None:
            _o.genders = None
            _dev.append(_Deviation("genders", "null", "genders"))
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
                        _dev.append(_Deviation(f"genders[{len(_list1)}]", "null", f"genders[{len(_list1)}]"))
                    else:
                        _value2 = SearchableGenderEnum._value2member_map_.get(_item0) or SearchableGenderEnum(
                            _item0
                        )
                    _list1.append(_value2)
                _o.genders = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.genders = _v
                _dev.append(_Deviation("genders", "invalid", "genders"))
        _v = _d.pop("sexualOrientations", UNSET)
        if _v is UNSET:
            _o.sexual_orientations = UNSET
        elif _v is None:
            _o.sexual_orientations = None
            _dev.append(_Deviation("sexual_orientations", "null", "sexualOrientations"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list4: list[Any] = []
                _value5: Any
                for _item3 in _v:
                    if _item3 is None:
                        _value5 = None
                        _dev.append(
                            _Deviation(
                                f"sexual_orientations[{len(_list4)}]",
                                "null",
                                f"sexualOrientations[{len(_list4)}]",
                            )
                        )
                    else:
                        _value5 = SexualOrientationEnum._value2member_map_.get(
                            _item3
                        ) or SexualOrientationEnum(_item3)
                    _list4.append(_value5)
                _o.sexual_orientations = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.sexual_orientations = _v
                _dev.append(_Deviation("sexual_orientations", "invalid", "sexualOrientations"))
        _v = _d.pop("age", UNSET)
        if _v is UNSET:
            _o.age = UNSET
        elif _v is None:
            _o.age = None
            _dev.append(_Deviation("age", "null", "age"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.age = AgeCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.age = _v
                _dev.append(_Deviation("age", "invalid", "age"))
        _v = _d.pop("location", UNSET)
        if _v is UNSET:
            _o.location = UNSET
        elif _v is None:
            _o.location = None
            _dev.append(_Deviation("location", "null", "location"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.location = LocationCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.location = _v
                _dev.append(_Deviation("location", "invalid", "location"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.role = RoleCriteriaData._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("isFindom", UNSET)
        if _v is UNSET:
            _o.is_findom = UNSET
        elif _v is None:
            _o.is_findom = None
            _dev.append(_Deviation("is_findom", "null", "isFindom"))
        elif _v.__class__ is bool:
            _o.is_findom = _v
        else:
            _o.is_findom = _v
            _dev.append(_Deviation("is_findom", "invalid", "isFindom"))
        _v = _d.pop("isActive", UNSET)
        if _v is UNSET:
            _o.is_active = UNSET
        elif _v is None:
            _o.is_active = None
            _dev.append(_Deviation("is_active", "null", "isActive"))
        elif _v.__class__ is bool:
            _o.is_active = _v
        else:
            _o.is_active = _v
            _dev.append(_Deviation("is_active", "invalid", "isActive"))
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


class _SearchUsersCriteriaFromJson(PendingModel, SearchUsersCriteria):
    """A SearchUsersCriteria from ``from_dict`` whose JSON is read on first use (then it is a plain SearchUsersCriteria)."""

    __slots__ = ()
    _model = SearchUsersCriteria


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SearchUsersCriteriaFromJson.__name__ = _SearchUsersCriteriaFromJson.__qualname__ = "SearchUsersCriteria"
