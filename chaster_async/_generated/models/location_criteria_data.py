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
    from ..models.country_for_search_users import CountryForSearchUsers
    from ..models.region_for_search_users import RegionForSearchUsers

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, CountryForSearchUsers, RegionForSearchUsers
    from ..models.country_for_search_users import CountryForSearchUsers
    from ..models.region_for_search_users import RegionForSearchUsers

    _resolved = True


@_attrs_define
class LocationCriteriaData(SpecModel):
    """Schema ``LocationCriteriaData``.

    Attributes:
        country (CountryForSearchUsers | None):
        region (None | RegionForSearchUsers):
    """

    country: CountryForSearchUsers | None
    region: None | RegionForSearchUsers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("country", "region")
    _required_keys = ("country", "region")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.country, Unset):
            _out["country"] = _json_value(self.country)
        if not isinstance(self.region, Unset):
            _out["region"] = _json_value(self.region)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LocationCriteriaData:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"LocationCriteriaData needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> LocationCriteriaData:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _LocationCriteriaDataFromJson.__new__(_LocationCriteriaDataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("country", UNSET)
        if _v is UNSET:
            _o.country = UNSET
            _dev.append(_Deviation("country", "missing", "country"))
        elif _v is None:
            _o.country = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.country = CountryForSearchUsers._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.country = _v
                _dev.append(_Deviation("country", "invalid", "country"))
        _v = _d.pop("region", UNSET)
        if _v is UNSET:
            _o.region = UNSET
            _dev.append(_Deviation("region", "missing", "region"))
        elif _v is None:
            _o.region = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.region = RegionForSearchUsers._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.region = _v
                _dev.append(_Deviation("region", "invalid", "region"))
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


class _LocationCriteriaDataFromJson(PendingModel, LocationCriteriaData):
    """A LocationCriteriaData from ``from_dict`` whose JSON is read on first use (then it is a plain LocationCriteriaData)."""

    __slots__ = ()
    _model = LocationCriteriaData


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_LocationCriteriaDataFromJson.__name__ = _LocationCriteriaDataFromJson.__qualname__ = "LocationCriteriaData"
