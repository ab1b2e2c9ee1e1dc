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

from ..models.conversation_for_public_status import ConversationForPublicStatus
from ..models.conversation_for_public_type import ConversationForPublicType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.last_message_for_public import LastMessageForPublic
    from ..models.user_for_public import UserForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, LastMessageForPublic, UserForPublic
    from ..models.last_message_for_public import LastMessageForPublic
    from ..models.user_for_public import UserForPublic

    _resolved = True


@_attrs_define
class ConversationForPublic(SpecModel):
    """Schema ``ConversationForPublic``.

    Attributes:
        id (str): The conversation id
        users (list[UserForPublic]): List of users who are part of the conversation
        unread (bool): Is the conversation unread
        status (ConversationForPublicStatus): Conversation status
        created_at (datetime.datetime): Created at
        last_message_at (datetime.datetime): Last message at
        is_member (bool): Whether the user is part of the conversation
        is_sender_banned (bool): Whether the sender is banned
        type_ (ConversationForPublicType): The conversation type
        last_message (LastMessageForPublic | Unset):
    """

    id: str
    users: list[UserForPublic]
    unread: bool
    status: ConversationForPublicStatus
    created_at: datetime.datetime
    last_message_at: datetime.datetime
    is_member: bool
    is_sender_banned: bool
    type_: ConversationForPublicType
    last_message: LastMessageForPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("users", "status", "type_", "last_message")
    _required_keys = (
        "_id",
        "users",
        "unread",
        "status",
        "createdAt",
        "lastMessageAt",
        "isMember",
        "isSenderBanned",
        "type",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.users, Unset):
            _out["users"] = _json_value(self.users)
        if not isinstance(self.unread, Unset):
            _out["unread"] = self.unread
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        if not isinstance(self.last_message_at, Unset):
            _out["lastMessageAt"] = _json_value(self.last_message_at)
        if not isinstance(self.is_member, Unset):
            _out["isMember"] = self.is_member
        if not isinstance(self.is_sender_banned, Unset):
            _out["isSenderBanned"] = self.is_sender_banned
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.last_message, Unset):
            _out["lastMessage"] = _json_value(self.last_message)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ConversationForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ConversationForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ConversationForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ConversationForPublicFromJson.__new__(_ConversationForPublicFromJson)
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
                _list1: list[Any] = []
                _value2: Any
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                        _dev.append(_Deviation(f"users[{len(_list1)}]", "null", f"users[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = UserForPublic._from_json(_item0)
                    _list1.append(_value2)
                _o.users = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.users = _v
                _dev.append(_Deviation("users", "invalid", "users"))
        _v = _d.pop("unread", UNSET)
        if _v is UNSET:
            _o.unread = UNSET
            _dev.append(_Deviation("unread", "missing", "unread"))
        elif _v is None:
            _o.unread = None
            _dev.append(_Deviation("unread", "null", "unread"))
        elif _v.__class__ is bool:
            _o.unread = _v
        else:
            _o.unread = _v
            _dev.append(_Deviation("unread", "invalid", "unread"))
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = ConversationForPublicStatus._value2member_map_.get(
                    _v
                ) or ConversationForPublicStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
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
        _v = _d.pop("lastMessageAt", UNSET)
        if _v is UNSET:
            _o.last_message_at = UNSET
            _dev.append(_Deviation("last_message_at", "missing", "lastMessageAt"))
        elif _v is None:
            _o.last_message_at = None
            _dev.append(_Deviation("last_message_at", "null", "lastMessageAt"))
        else:
            try:
                _o.last_message_at = datetime.datetime.fromisoformat(_v)
                if _o.last_message_at.tzinfo is None:
                    _o.last_message_at = _o.last_message_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.last_message_at = _v
                _dev.append(_Deviation("last_message_at", "invalid", "lastMessageAt"))
        _v = _d.pop("isMember", UNSET)
        if _v is UNSET:
            _o.is_member = UNSET
            _dev.append(_Deviation("is_member", "missing", "isMember"))
        elif _v is None:
            _o.is_member = None
            _dev.append(_Deviation("is_member", "null", "isMember"))
        elif _v.__class__ is bool:
            _o.is_member = _v
        else:
            _o.is_member = _v
            _dev.append(_Deviation("is_member", "invalid", "isMember"))
        _v = _d.pop("isSenderBanned", UNSET)
        if _v is UNSET:
            _o.is_sender_banned = UNSET
            _dev.append(_Deviation("is_sender_banned", "missing", "isSenderBanned"))
        elif _v is None:
            _o.is_sender_banned = None
            _dev.append(_Deviation("is_sender_banned", "null", "isSenderBanned"))
        elif _v.__class__ is bool:
            _o.is_sender_banned = _v
        else:
            _o.is_sender_banned = _v
            _dev.append(_Deviation("is_sender_banned", "invalid", "isSenderBanned"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = ConversationForPublicType._value2member_map_.get(_v) or ConversationForPublicType(
                    _v
                )
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("lastMessage", UNSET)
        if _v is UNSET:
            _o.last_message = UNSET
        elif _v is None:
            _o.last_message = None
            _dev.append(_Deviation("last_message", "null", "lastMessage"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.last_message = LastMessageForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.last_message = _v
                _dev.append(_Deviation("last_message", "invalid", "lastMessage"))
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


class _ConversationForPublicFromJson(PendingModel, ConversationForPublic):
    """A ConversationForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain ConversationForPublic)."""

    __slots__ = ()
    _model = ConversationForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ConversationForPublicFromJson.__name__ = _ConversationForPublicFromJson.__qualname__ = (
    "ConversationForPublic"
)
