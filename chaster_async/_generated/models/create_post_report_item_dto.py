from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.create_post_report_item_dto_type import CreatePostReportItemDtoType

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class CreatePostReportItemDto(SpecModel):
    """Schema ``CreatePostReportItemDto``.

    Attributes:
        type_ (CreatePostReportItemDtoType): The report type Equals to `post`
        post_id (str): The post id
    """

    type_: CreatePostReportItemDtoType
    post_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("type_",)
    _required_keys = ("type", "postId")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.post_id, Unset):
            _out["postId"] = self.post_id
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreatePostReportItemDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreatePostReportItemDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreatePostReportItemDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreatePostReportItemDtoFromJson.__new__(_CreatePostReportItemDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = CreatePostReportItemDtoType._value2member_map_.get(
                    _v
                ) or CreatePostReportItemDtoType(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("postId", UNSET)
        if _v is UNSET:
            _o.post_id = UNSET
            _dev.append(_Deviation("post_id", "missing", "postId"))
        elif _v is None:
            _o.post_id = None
            _dev.append(_Deviation("post_id", "null", "postId"))
        elif _v.__class__ is str:
            _o.post_id = _v
        else:
            _o.post_id = _v
            _dev.append(_Deviation("post_id", "invalid", "postId"))
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


class _CreatePostReportItemDtoFromJson(PendingModel, CreatePostReportItemDto):
    """A CreatePostReportItemDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreatePostReportItemDto)."""

    __slots__ = ()
    _model = CreatePostReportItemDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreatePostReportItemDtoFromJson.__name__ = _CreatePostReportItemDtoFromJson.__qualname__ = (
    "CreatePostReportItemDto"
)
