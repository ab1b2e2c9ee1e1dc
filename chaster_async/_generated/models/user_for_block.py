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
class UserForBlock(SpecModel):
    """Schema ``UserForBlock``.

    Attributes:
        id (str): The user id
        username (str): The username
        avatar_url (str): The avatar URL
    """

    id: str
    username: str
    avatar_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("_id", "username", "avatarUrl")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.username, Unset):
            _out["username"] = self.username
        if not isinstance(self.avatar_url, Unset):
            _out["avatarUrl"] = self.avatar_url
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UserForBlock:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UserForBlock needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UserForBlock:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UserForBlockFromJson.__new__(_UserForBlockFromJson)
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
        _v = _d.pop("username", UNSET)
        if _v is UNSET:
            _o.username = UNSET
            _dev.append(_Deviation("username", "missing", "username"))
        elif _v is None:
            _o.username = None
            _dev.append(_Deviation("username", "null", "username"))
        elif _v.__class__ is str:
            _o.username = _v
        else:
            _o.username = _v
            _dev.append(_Deviation("username", "invalid", "username"))
        _v = _d.pop("avatarUrl", UNSET)
        if _v is UNSET:
            _o.avatar_url = UNSET
            _dev.append(_Deviation("avatar_url", "missing", "avatarUrl"))
        elif _v is None:
            _o.avatar_url = None
            _dev.append(_Deviation("avatar_url", "null", "avatarUrl"))
        elif _v.__class__ is str:
            _o.avatar_url = _v
        else:
            _o.avatar_url = _v
            _dev.append(_Deviation("avatar_url", "invalid", "avatarUrl"))
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


class _UserForBlockFromJson(PendingModel, UserForBlock):
    """A UserForBlock from ``from_dict`` whose JSON is read on first use (then it is a plain UserForBlock)."""

    __slots__ = ()
    _model = UserForBlock


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UserForBlockFromJson.__name__ = _UserForBlockFromJson.__qualname__ = "UserForBlock"
