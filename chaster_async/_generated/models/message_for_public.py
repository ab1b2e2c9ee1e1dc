from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import expected as _expected
from chaster_async._model import json_value as _json_value

from ..models.message_for_public_type import MessageForPublicType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_file_for_public import AppFileForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, AppFileForPublic
    from ..models.app_file_for_public import AppFileForPublic

    _resolved = True


@_attrs_define
class MessageForPublic(SpecModel):
    """Schema ``MessageForPublic``.

    Attributes:
        id (str): The message id
        user (str): The sender id
        attachments (list[AppFileForPublic]): Message attachments
        conversation (str): The conversation id
        created_at (datetime.datetime): Created at
        updated_at (datetime.datetime): Updated at
        type_ (MessageForPublicType): The message type
        message (str): The message content
        nonce (str | Unset): Nonce  Is present only in the return of the websocket during the creation of the message,
            for the sender.
    """

    id: str
    user: str
    attachments: list[AppFileForPublic]
    conversation: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    type_: MessageForPublicType
    message: str
    nonce: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("attachments", "type_")
    _required_keys = (
        "_id",
        "user",
        "attachments",
        "conversation",
        "createdAt",
        "updatedAt",
        "type",
        "message",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.user, Unset):
            _out["user"] = self.user
        if not isinstance(self.attachments, Unset):
            _out["attachments"] = _json_value(self.attachments)
        if not isinstance(self.conversation, Unset):
            _out["conversation"] = self.conversation
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = _json_value(self.updated_at)
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.message, Unset):
            _out["message"] = self.message
        if not isinstance(self.nonce, Unset):
            _out["nonce"] = self.nonce
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> MessageForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"MessageForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> MessageForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _MessageForPublicFromJson.__new__(_MessageForPublicFromJson)
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
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
            _dev.append(_Deviation("user", "missing", "user"))
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        elif _v.__class__ is str:
            _o.user = _v
        else:
            _o.user = _v
            _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("attachments", UNSET)
        if _v is UNSET:
            _o.attachments = UNSET
            _dev.append(_Deviation("attachments", "missing", "attachments"))
        elif _v is None:
            _o.attachments = None
            _dev.append(_Deviation("attachments", "null", "attachments"))
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
                        _dev.append(
                            _Deviation(f"attachments[{len(_list1)}]", "null", f"attachments[{len(_list1)}]")
                        )
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = AppFileForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.attachments = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.attachments = _v
                _dev.append(_Deviation("attachments", "invalid", "attachments"))
        _v = _d.pop("conversation", UNSET)
        if _v is UNSET:
            _o.conversation = UNSET
            _dev.append(_Deviation("conversation", "missing", "conversation"))
        elif _v is None:
            _o.conversation = None
            _dev.append(_Deviation("conversation", "null", "conversation"))
        elif _v.__class__ is str:
            _o.conversation = _v
        else:
            _o.conversation = _v
            _dev.append(_Deviation("conversation", "invalid", "conversation"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        else:
            try:
                _o.created_at = datetime.datetime.fromisoformat(_v)
                if _o.created_at.tzinfo is None:
                    _o.created_at = _o.created_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.created_at = _v
                _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("updatedAt", UNSET)
        if _v is UNSET:
            _o.updated_at = UNSET
            _dev.append(_Deviation("updated_at", "missing", "updatedAt"))
        elif _v is None:
            _o.updated_at = None
            _dev.append(_Deviation("updated_at", "null", "updatedAt"))
        else:
            try:
                _o.updated_at = datetime.datetime.fromisoformat(_v)
                if _o.updated_at.tzinfo is None:
                    _o.updated_at = _o.updated_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.updated_at = _v
                _dev.append(_Deviation("updated_at", "invalid", "updatedAt"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = MessageForPublicType._value2member_map_.get(_v) or MessageForPublicType(_v)
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


class _MessageForPublicFromJson(PendingModel, MessageForPublic):
    """A MessageForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain MessageForPublic)."""

    __slots__ = ()
    _model = MessageForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_MessageForPublicFromJson.__name__ = _MessageForPublicFromJson.__qualname__ = "MessageForPublic"
