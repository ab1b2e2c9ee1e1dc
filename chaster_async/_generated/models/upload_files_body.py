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

from ..types import File

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class UploadFilesBody(SpecModel):
    """Schema ``UploadFilesBody``.

    Attributes:
        files (list[File]): The files to upload
        type_ (str): The target storage
    """

    files: list[File]
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("files", "type")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.files, Unset):
            _out["files"] = _json_value(self.files)
        if not isinstance(self.type_, Unset):
            _out["type"] = self.type_
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UploadFilesBody:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UploadFilesBody needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UploadFilesBody:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UploadFilesBodyFromJson.__new__(_UploadFilesBodyFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("files", UNSET)
        if _v is UNSET:
            _o.files = UNSET
            _dev.append(_Deviation("files", "missing", "files"))
        elif _v is None:
            _o.files = None
            _dev.append(_Deviation("files", "null", "files"))
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
                        _dev.append(_Deviation(f"files[{len(_list1)}]", "null", f"files[{len(_list1)}]"))
                    else:
                        _value2 = _item0
                    _list1.append(_value2)
                _o.files = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.files = _v
                _dev.append(_Deviation("files", "invalid", "files"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        elif _v.__class__ is str:
            _o.type_ = _v
        else:
            _o.type_ = _v
            _dev.append(_Deviation("type_", "invalid", "type"))
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


class _UploadFilesBodyFromJson(PendingModel, UploadFilesBody):
    """A UploadFilesBody from ``from_dict`` whose JSON is read on first use (then it is a plain UploadFilesBody)."""

    __slots__ = ()
    _model = UploadFilesBody


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UploadFilesBodyFromJson.__name__ = _UploadFilesBodyFromJson.__qualname__ = "UploadFilesBody"
