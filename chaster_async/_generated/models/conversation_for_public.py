from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._runtime import UNSET, SpecModel, Unset
from chaster_async._runtime import Deviation as _Deviation
from chaster_async._runtime import json_value as _json_value
from chaster_async._runtime import parse_datetime as _parse_datetime

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
        field_id (str): The conversation id
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

    field_id: str
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

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.field_id, Unset):
            _out["_id"] = self.field_id
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
        """Read a JSON object leniently: see ``deviations()`` for how it differed from the spec."""
        if not _resolved:
            _resolve()
        _d = dict(src_dict)
        _dev: list[_Deviation] = []
        _v = _d.pop("_id", UNSET)
        if _v is UNSET:
            field_id = UNSET
            _dev.append(_Deviation("field_id", "missing", "_id"))
        elif _v is None:
            field_id = None
            _dev.append(_Deviation("field_id", "null", "_id"))
        elif _v.__class__ is str:
            field_id = _v
        else:
            field_id = _v
            _dev.append(_Deviation("field_id", "invalid", "_id"))
        _v = _d.pop("users", UNSET)
        if _v is UNSET:
            users = UNSET
            _dev.append(_Deviation("users", "missing", "users"))
        elif _v is None:
            users = None
            _dev.append(_Deviation("users", "null", "users"))
        else:
            try:
                if not isinstance(_v, list):
                    raise TypeError("array")
                _list1: list[Any] = []
                for _item0 in _v:
                    if _item0 is None:
                        _value2 = None
                    else:
                        if not isinstance(_item0, dict):
                            raise TypeError("object")
                        _value2 = UserForPublic.from_dict(_item0)
                    _list1.append(_value2)
                users = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                users = _v
                _dev.append(_Deviation("users", "invalid", "users"))
        _v = _d.pop("unread", UNSET)
        if _v is UNSET:
            unread = UNSET
            _dev.append(_Deviation("unread", "missing", "unread"))
        elif _v is None:
            unread = None
            _dev.append(_Deviation("unread", "null", "unread"))
        elif _v.__class__ is bool:
            unread = _v
        else:
            unread = _v
            _dev.append(_Deviation("unread", "invalid", "unread"))
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                status = ConversationForPublicStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        else:
            try:
                created_at = _parse_datetime(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                created_at = _v
                _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("lastMessageAt", UNSET)
        if _v is UNSET:
            last_message_at = UNSET
            _dev.append(_Deviation("last_message_at", "missing", "lastMessageAt"))
        elif _v is None:
            last_message_at = None
            _dev.append(_Deviation("last_message_at", "null", "lastMessageAt"))
        else:
            try:
                last_message_at = _parse_datetime(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                last_message_at = _v
                _dev.append(_Deviation("last_message_at", "invalid", "lastMessageAt"))
        _v = _d.pop("isMember", UNSET)
        if _v is UNSET:
            is_member = UNSET
            _dev.append(_Deviation("is_member", "missing", "isMember"))
        elif _v is None:
            is_member = None
            _dev.append(_Deviation("is_member", "null", "isMember"))
        elif _v.__class__ is bool:
            is_member = _v
        else:
            is_member = _v
            _dev.append(_Deviation("is_member", "invalid", "isMember"))
        _v = _d.pop("isSenderBanned", UNSET)
        if _v is UNSET:
            is_sender_banned = UNSET
            _dev.append(_Deviation("is_sender_banned", "missing", "isSenderBanned"))
        elif _v is None:
            is_sender_banned = None
            _dev.append(_Deviation("is_sender_banned", "null", "isSenderBanned"))
        elif _v.__class__ is bool:
            is_sender_banned = _v
        else:
            is_sender_banned = _v
            _dev.append(_Deviation("is_sender_banned", "invalid", "isSenderBanned"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                type_ = ConversationForPublicType(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("lastMessage", UNSET)
        if _v is UNSET:
            last_message = UNSET
        elif _v is None:
            last_message = None
            _dev.append(_Deviation("last_message", "null", "lastMessage"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise TypeError("object")
                last_message = LastMessageForPublic.from_dict(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                last_message = _v
                _dev.append(_Deviation("last_message", "invalid", "lastMessage"))
        _obj = cls(
            field_id=field_id,
            users=users,
            unread=unread,
            status=status,
            created_at=created_at,
            last_message_at=last_message_at,
            is_member=is_member,
            is_sender_banned=is_sender_banned,
            type_=type_,
            last_message=last_message,
        )
        _obj.additional_properties = _d
        if _dev:
            _obj._deviations = tuple(_dev)
        return _obj

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
