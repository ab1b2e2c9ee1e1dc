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
class UserMetadata(SpecModel):
    """Schema ``UserMetadata``.

    Attributes:
        locktober_2020_points (float):
        locktober_2021_points (float):
        chastity_month_2022_points (float):
        locktober_2022_points (float):
        locktober_2023_points (float):
        locktober_2024_points (float):
    """

    locktober_2020_points: float
    locktober_2021_points: float
    chastity_month_2022_points: float
    locktober_2022_points: float
    locktober_2023_points: float
    locktober_2024_points: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = (
        "locktober2020Points",
        "locktober2021Points",
        "chastityMonth2022Points",
        "locktober2022Points",
        "locktober2023Points",
        "locktober2024Points",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.locktober_2020_points, Unset):
            _out["locktober2020Points"] = self.locktober_2020_points
        if not isinstance(self.locktober_2021_points, Unset):
            _out["locktober2021Points"] = self.locktober_2021_points
        if not isinstance(self.chastity_month_2022_points, Unset):
            _out["chastityMonth2022Points"] = self.chastity_month_2022_points
        if not isinstance(self.locktober_2022_points, Unset):
            _out["locktober2022Points"] = self.locktober_2022_points
        if not isinstance(self.locktober_2023_points, Unset):
            _out["locktober2023Points"] = self.locktober_2023_points
        if not isinstance(self.locktober_2024_points, Unset):
            _out["locktober2024Points"] = self.locktober_2024_points
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserMetadata:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserMetadata needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserMetadata:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserMetadataFromJson.__new__(_UserMetadataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("locktober2020Points", UNSET)
        if _v is UNSET:
            _o.locktober_2020_points = UNSET
            _dev.append(_Deviation("locktober_2020_points", "missing", "locktober2020Points"))
        elif _v is None:
            _o.locktober_2020_points = None
            _dev.append(_Deviation("locktober_2020_points", "null", "locktober2020Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.locktober_2020_points = _v
        else:
            _o.locktober_2020_points = _v
            _dev.append(_Deviation("locktober_2020_points", "invalid", "locktober2020Points"))
        _v = _d.pop("locktober2021Points", UNSET)
        if _v is UNSET:
            _o.locktober_2021_points = UNSET
            _dev.append(_Deviation("locktober_2021_points", "missing", "locktober2021Points"))
        elif _v is None:
            _o.locktober_2021_points = None
            _dev.append(_Deviation("locktober_2021_points", "null", "locktober2021Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.locktober_2021_points = _v
        else:
            _o.locktober_2021_points = _v
            _dev.append(_Deviation("locktober_2021_points", "invalid", "locktober2021Points"))
        _v = _d.pop("chastityMonth2022Points", UNSET)
        if _v is UNSET:
            _o.chastity_month_2022_points = UNSET
            _dev.append(_Deviation("chastity_month_2022_points", "missing", "chastityMonth2022Points"))
        elif _v is None:
            _o.chastity_month_2022_points = None
            _dev.append(_Deviation("chastity_month_2022_points", "null", "chastityMonth2022Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.chastity_month_2022_points = _v
        else:
            _o.chastity_month_2022_points = _v
            _dev.append(_Deviation("chastity_month_2022_points", "invalid", "chastityMonth2022Points"))
        _v = _d.pop("locktober2022Points", UNSET)
        if _v is UNSET:
            _o.locktober_2022_points = UNSET
            _dev.append(_Deviation("locktober_2022_points", "missing", "locktober2022Points"))
        elif _v is None:
            _o.locktober_2022_points = None
            _dev.append(_Deviation("locktober_2022_points", "null", "locktober2022Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.locktober_2022_points = _v
        else:
            _o.locktober_2022_points = _v
            _dev.append(_Deviation("locktober_2022_points", "invalid", "locktober2022Points"))
        _v = _d.pop("locktober2023Points", UNSET)
        if _v is UNSET:
            _o.locktober_2023_points = UNSET
            _dev.append(_Deviation("locktober_2023_points", "missing", "locktober2023Points"))
        elif _v is None:
            _o.locktober_2023_points = None
            _dev.append(_Deviation("locktober_2023_points", "null", "locktober2023Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.locktober_2023_points = _v
        else:
            _o.locktober_2023_points = _v
            _dev.append(_Deviation("locktober_2023_points", "invalid", "locktober2023Points"))
        _v = _d.pop("locktober2024Points", UNSET)
        if _v is UNSET:
            _o.locktober_2024_points = UNSET
            _dev.append(_Deviation("locktober_2024_points", "missing", "locktober2024Points"))
        elif _v is None:
            _o.locktober_2024_points = None
            _dev.append(_Deviation("locktober_2024_points", "null", "locktober2024Points"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.locktober_2024_points = _v
        else:
            _o.locktober_2024_points = _v
            _dev.append(_Deviation("locktober_2024_points", "invalid", "locktober2024Points"))
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


class _UserMetadataFromJson(PendingModel, UserMetadata):
    """A UserMetadata from ``from_dict`` whose JSON is read on first use (then it is a plain UserMetadata)."""

    __slots__ = ()
    _model = UserMetadata


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserMetadataFromJson.__name__ = _UserMetadataFromJson.__qualname__ = "UserMetadata"
