from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class ExtensionCriteriaData(SpecModel):
    """Schema ``ExtensionCriteriaData``.

    Attributes:
        extensions (list[str]):
        all_ (bool):
        excluded_extensions (list[str] | Unset):
    """

    extensions: list[str]
    all_: bool
    excluded_extensions: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("extensions", "all")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.extensions, Unset):
            _out["extensions"] = _json_value(self.extensions)
        if not isinstance(self.all_, Unset):
            _out["all"] = self.all_
        if not isinstance(self.excluded_extensions, Unset):
            _out["excludedExtensions"] = _json_value(self.excluded_extensions)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionCriteriaData:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionCriteriaData needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionCriteriaData:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionCriteriaDataFromJson.__new__(_ExtensionCriteriaDataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("extensions", UNSET)
        if _v is UNSET:
            _o.extensions = UNSET
            _dev.append(_Deviation("extensions", "missing", "extensions"))
        elif _v is None:
            _o.extensions = None
            _dev.append(_Deviation("extensions", "null", "extensions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _nulls1 = False
                for _item0 in _v:
                    if not (_item0.__class__ is str):
                        if _item0 is not None:
                            raise _expected("a string", _item0)
                        _nulls1 = True
                if _nulls1:
                    for _index2, _item0 in enumerate(_v):
                        if _item0 is None:
                            _dev.append(
                                _Deviation(f"extensions[{_index2}]", "null", f"extensions[{_index2}]")
                            )
                _o.extensions = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.extensions = _v
                _dev.append(_Deviation("extensions", "invalid", "extensions"))
        _v = _d.pop("all", UNSET)
        if _v is UNSET:
            _o.all_ = UNSET
            _dev.append(_Deviation("all_", "missing", "all"))
        elif _v is None:
            _o.all_ = None
            _dev.append(_Deviation("all_", "null", "all"))
        elif _v.__class__ is bool:
            _o.all_ = _v
        else:
            _o.all_ = _v
            _dev.append(_Deviation("all_", "invalid", "all"))
        _v = _d.pop("excludedExtensions", UNSET)
        if _v is UNSET:
            _o.excluded_extensions = UNSET
        elif _v is None:
            _o.excluded_extensions = None
            _dev.append(_Deviation("excluded_extensions", "null", "excludedExtensions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _nulls4 = False
                for _item3 in _v:
                    if not (_item3.__class__ is str):
                        if _item3 is not None:
                            raise _expected("a string", _item3)
                        _nulls4 = True
                if _nulls4:
                    for _index5, _item3 in enumerate(_v):
                        if _item3 is None:
                            _dev.append(
                                _Deviation(
                                    f"excluded_extensions[{_index5}]",
                                    "null",
                                    f"excludedExtensions[{_index5}]",
                                )
                            )
                _o.excluded_extensions = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.excluded_extensions = _v
                _dev.append(_Deviation("excluded_extensions", "invalid", "excludedExtensions"))
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


class _ExtensionCriteriaDataFromJson(PendingModel, ExtensionCriteriaData):
    """A ExtensionCriteriaData from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionCriteriaData)."""

    __slots__ = ()
    _model = ExtensionCriteriaData


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionCriteriaDataFromJson.__name__ = _ExtensionCriteriaDataFromJson.__qualname__ = (
    "ExtensionCriteriaData"
)
