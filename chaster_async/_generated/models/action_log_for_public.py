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

from ..models.action_log_for_public_role import ActionLogForPublicRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action_log_for_public_payload import ActionLogForPublicPayload
    from ..models.user_for_public import UserForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ActionLogForPublicPayload, UserForPublic
    from ..models.action_log_for_public_payload import ActionLogForPublicPayload
    from ..models.user_for_public import UserForPublic

    _resolved = True


@_attrs_define
class ActionLogForPublic(SpecModel):
    """Schema ``ActionLogForPublic``.

    Attributes:
        id (str): The action log id
        type_ (str): The action log type When comparing the type, make sure to also compare the prefix Read more on
            https://docs.chaster.app/api/reference/action-logs
        payload (ActionLogForPublicPayload): The action log payload
        lock (str): The lock id
        role (ActionLogForPublicRole): The role of the user who performed the action
        title (str): The title of the action log The title can contain the string '%USER%', which can be replaced with
            the user's name
        description (str): The description of the action log The description can contain the string '%USER%', which can
            be replaced with the user's name
        color (None | str): The color of the action log
        created_at (datetime.datetime): Created at
        icon (None | str): The FontAwesome v5 icon of the action log, with the fa prefix
        prefix (str): The prefix of the action log For common action logs, the prefix is `default`. Action logs created
            by a partner extension have their own prefix.
        extension (None | str | Unset): The extension which performed the action
        user (UserForPublic | Unset):
    """

    id: str
    type_: str
    payload: ActionLogForPublicPayload
    lock: str
    role: ActionLogForPublicRole
    title: str
    description: str
    color: None | str
    created_at: datetime.datetime
    icon: None | str
    prefix: str
    extension: None | str | Unset = UNSET
    user: UserForPublic | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("payload", "role", "user")
    _required_keys = (
        "_id",
        "type",
        "payload",
        "lock",
        "role",
        "title",
        "description",
        "color",
        "createdAt",
        "icon",
        "prefix",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.type_, Unset):
            _out["type"] = self.type_
        if not isinstance(self.payload, Unset):
            _out["payload"] = _json_value(self.payload)
        if not isinstance(self.lock, Unset):
            _out["lock"] = self.lock
        if not isinstance(self.role, Unset):
            _out["role"] = _json_value(self.role)
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.color, Unset):
            _out["color"] = self.color
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.prefix, Unset):
            _out["prefix"] = self.prefix
        if not isinstance(self.extension, Unset):
            _out["extension"] = self.extension
        if not isinstance(self.user, Unset):
            _out["user"] = _json_value(self.user)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ActionLogForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ActionLogForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ActionLogForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ActionLogForPublicFromJson.__new__(_ActionLogForPublicFromJson)
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
        _v = _d.pop("payload", UNSET)
        if _v is UNSET:
            _o.payload = UNSET
            _dev.append(_Deviation("payload", "missing", "payload"))
        elif _v is None:
            _o.payload = None
            _dev.append(_Deviation("payload", "null", "payload"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.payload = ActionLogForPublicPayload._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.payload = _v
                _dev.append(_Deviation("payload", "invalid", "payload"))
        _v = _d.pop("lock", UNSET)
        if _v is UNSET:
            _o.lock = UNSET
            _dev.append(_Deviation("lock", "missing", "lock"))
        elif _v is None:
            _o.lock = None
            _dev.append(_Deviation("lock", "null", "lock"))
        elif _v.__class__ is str:
            _o.lock = _v
        else:
            _o.lock = _v
            _dev.append(_Deviation("lock", "invalid", "lock"))
        _v = _d.pop("role", UNSET)
        if _v is UNSET:
            _o.role = UNSET
            _dev.append(_Deviation("role", "missing", "role"))
        elif _v is None:
            _o.role = None
            _dev.append(_Deviation("role", "null", "role"))
        else:
            try:
                _o.role = ActionLogForPublicRole._value2member_map_.get(_v) or ActionLogForPublicRole(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.role = _v
                _dev.append(_Deviation("role", "invalid", "role"))
        _v = _d.pop("title", UNSET)
        if _v is UNSET:
            _o.title = UNSET
            _dev.append(_Deviation("title", "missing", "title"))
        elif _v is None:
            _o.title = None
            _dev.append(_Deviation("title", "null", "title"))
        elif _v.__class__ is str:
            _o.title = _v
        else:
            _o.title = _v
            _dev.append(_Deviation("title", "invalid", "title"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            _o.description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            _o.description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("color", UNSET)
        if _v is UNSET:
            _o.color = UNSET
            _dev.append(_Deviation("color", "missing", "color"))
        elif _v is None:
            _o.color = None
        elif _v.__class__ is str:
            _o.color = _v
        else:
            _o.color = _v
            _dev.append(_Deviation("color", "invalid", "color"))
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
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            _o.icon = None
        elif _v.__class__ is str:
            _o.icon = _v
        else:
            _o.icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
        _v = _d.pop("prefix", UNSET)
        if _v is UNSET:
            _o.prefix = UNSET
            _dev.append(_Deviation("prefix", "missing", "prefix"))
        elif _v is None:
            _o.prefix = None
            _dev.append(_Deviation("prefix", "null", "prefix"))
        elif _v.__class__ is str:
            _o.prefix = _v
        else:
            _o.prefix = _v
            _dev.append(_Deviation("prefix", "invalid", "prefix"))
        _v = _d.pop("extension", UNSET)
        if _v is UNSET:
            _o.extension = UNSET
        elif _v is None:
            _o.extension = None
        elif _v.__class__ is str:
            _o.extension = _v
        else:
            _o.extension = _v
            _dev.append(_Deviation("extension", "invalid", "extension"))
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.user = UserForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.user = _v
                _dev.append(_Deviation("user", "invalid", "user"))
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


class _ActionLogForPublicFromJson(PendingModel, ActionLogForPublic):
    """A ActionLogForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain ActionLogForPublic)."""

    __slots__ = ()
    _model = ActionLogForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ActionLogForPublicFromJson.__name__ = _ActionLogForPublicFromJson.__qualname__ = "ActionLogForPublic"
