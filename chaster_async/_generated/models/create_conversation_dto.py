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

from ..models.create_conversation_dto_type import CreateConversationDtoType
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class CreateConversationDto(SpecModel):
    """Schema ``CreateConversationDto``.

    Attributes:
        users (list[str]): List of user ids in the conversation, excluding the logged user
        type_ (CreateConversationDtoType): The conversation type  The `group` type is currently not supported.
        message (str): The message
        attachments (str | Unset): The file token  Create a file token by using the `/files/upload` endpoint.
        nonce (str | Unset): Nonce  If this field is included, it will be returned to the websocket client
    """

    users: list[str]
    type_: CreateConversationDtoType
    message: str
    attachments: str | Unset = UNSET
    nonce: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("type_",)
    _required_keys = ("users", "type", "message")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.users, Unset):
            _out["users"] = _json_value(self.users)
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.message, Unset):
            _out["message"] = self.message
        if not isinstance(self.attachments, Unset):
            _out["attachments"] = self.attachments
        if not isinstance(self.nonce, Unset):
            _out["nonce"] = self.nonce
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CreateConversationDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CreateConversationDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CreateConversationDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CreateConversationDtoFromJson.__new__(_CreateConversationDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("users", UNSET)
        if _v is UNSET:
            _o.users = UNSET
            _dev.append(_Deviation("users", "missing", "users"))
        elif _v is None:
            _o.users = None
            _dev.append(_Deviation("users", "null", "users"))
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
                            _dev.append(_Deviation(f"users[{_index2}]", "null", f"users[{_index2}]"))
                _o.users = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.users = _v
                _dev.append(_Deviation("users", "invalid", "users"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = CreateConversationDtoType._value2member_map_.get(_v) or CreateConversationDtoType(
                    _v
                )
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("message", UNSET)
        if _v is UNSET:
            _o.message = UNSET
            _dev.append(_Deviation("message", "missing", "message"))
        elif _v is None:
            _o.message = None
            _dev.append(_Deviation("message", "null", "message"))
        elif _v.__class__ is str:
            _o.message = _v
        else:
            _o.message = _v
            _dev.append(_Deviation("message", "invalid", "message"))
        _v = _d.pop("attachments", UNSET)
        if _v is UNSET:
            _o.attachments = UNSET
        elif _v is None:
            _o.attachments = None
            _dev.append(_Deviation("attachments", "null", "attachments"))
        elif _v.__class__ is str:
            _o.attachments = _v
        else:
            _o.attachments = _v
            _dev.append(_Deviation("attachments", "invalid", "attachments"))
        _v = _d.pop("nonce", UNSET)
        if _v is UNSET:
            _o.nonce = UNSET
        elif _v is None:
            _o.nonce = None
            _dev.append(_Deviation("nonce", "null", "nonce"))
        elif _v.__class__ is str:
            _o.nonce = _v
        else:
            _o.nonce = _v
            _dev.append(_Deviation("nonce", "invalid", "nonce"))
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


class _CreateConversationDtoFromJson(PendingModel, CreateConversationDto):
    """A CreateConversationDto from ``from_dict`` whose JSON is read on first use (then it is a plain CreateConversationDto)."""

    __slots__ = ()
    _model = CreateConversationDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CreateConversationDtoFromJson.__name__ = _CreateConversationDtoFromJson.__qualname__ = (
    "CreateConversationDto"
)
