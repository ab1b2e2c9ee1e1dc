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

from ..models.create_report_dto_reason import CreateReportDtoReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_message_report_item_dto import CreateMessageReportItemDto
    from ..models.create_post_report_item_dto import CreatePostReportItemDto
    from ..models.create_shared_lock_report_item_dto import CreateSharedLockReportItemDto
    from ..models.create_user_report_item_dto import CreateUserReportItemDto

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        CreateMessageReportItemDto, \
        CreatePostReportItemDto, \
        CreateSharedLockReportItemDto, \
        CreateUserReportItemDto
    from ..models.create_message_report_item_dto import CreateMessageReportItemDto
    from ..models.create_post_report_item_dto import CreatePostReportItemDto
    from ..models.create_shared_lock_report_item_dto import CreateSharedLockReportItemDto
    from ..models.create_user_report_item_dto import CreateUserReportItemDto

    _resolved = True


@_attrs_define
class CreateReportDto(SpecModel):
    """Schema ``CreateReportDto``.

    Attributes:
        target (CreateMessageReportItemDto | CreatePostReportItemDto | CreateSharedLockReportItemDto |
            CreateUserReportItemDto): The content to report
        reason (CreateReportDtoReason): The reason of the report
        message (str | Unset): An optional message
    """

    target: (
        CreateMessageReportItemDto
        | CreatePostReportItemDto
        | CreateSharedLockReportItemDto
        | CreateUserReportItemDto
    )
    reason: CreateReportDtoReason
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("target", "reason")
    _required_keys = ("target", "reason")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.target, Unset):
            _out["target"] = _json_value(self.target)
        if not isinstance(self.reason, Unset):
            _out["reason"] = _json_value(self.reason)
        if not isinstance(self.message, Unset):
            _out["message"] = self.message
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreateReportDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreateReportDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreateReportDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreateReportDtoFromJson.__new__(_CreateReportDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("target", UNSET)
        if _v is UNSET:
            _o.target = UNSET
            _dev.append(_Deviation("target", "missing", "target"))
        elif _v is None:
            _o.target = None
            _dev.append(_Deviation("target", "null", "target"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _tag0 = _v.get("type")
                if _tag0 == "message":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.target = CreateMessageReportItemDto._from_json(_v)
                elif _tag0 == "post":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.target = CreatePostReportItemDto._from_json(_v)
                elif _tag0 == "shared_lock":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.target = CreateSharedLockReportItemDto._from_json(_v)
                elif _tag0 == "user":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.target = CreateUserReportItemDto._from_json(_v)
                else:
                    raise ValueError("unknown type: " + repr(_tag0)[:40])
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.target = _v
                _dev.append(_Deviation("target", "invalid", "target"))
        _v = _d.pop("reason", UNSET)
        if _v is UNSET:
            _o.reason = UNSET
            _dev.append(_Deviation("reason", "missing", "reason"))
        elif _v is None:
            _o.reason = None
            _dev.append(_Deviation("reason", "null", "reason"))
        else:
            try:
                _o.reason = CreateReportDtoReason._value2member_map_.get(_v) or CreateReportDtoReason(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.reason = _v
                _dev.append(_Deviation("reason", "invalid", "reason"))
        _v = _d.pop("message", UNSET)
        if _v is UNSET:
            _o.message = UNSET
        elif _v is None:
            _o.message = None
            _dev.append(_Deviation("message", "null", "message"))
        elif _v.__class__ is str:
            _o.message = _v
        else:
            _o.message = _v
            _dev.append(_Deviation("message", "invalid", "message"))
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


class _CreateReportDtoFromJson(PendingModel, CreateReportDto):
    """A CreateReportDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreateReportDto)."""

    __slots__ = ()
    _model = CreateReportDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreateReportDtoFromJson.__name__ = _CreateReportDtoFromJson.__qualname__ = "CreateReportDto"
