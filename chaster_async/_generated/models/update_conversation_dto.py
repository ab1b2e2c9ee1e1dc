from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class UpdateConversationDto(SpecModel):
    """Schema ``UpdateConversationDto``.

    Attributes:
        message (str): The message
        attachments (str | Unset): The file token  Create a file token by using the `/files/upload` endpoint.
        nonce (str | Unset): Nonce  If this field is included, it will be returned to the websocket client
    """

    message: str
    attachments: str | Unset = UNSET
    nonce: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("message",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.message, Unset):
            _out["message"] = self.message
        if not isinstance(self.attachments, Unset):
            _out["attachments"] = self.attachments
        if not isinstance(self.nonce, Unset):
            _out["nonce"] = self.nonce
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UpdateConversationDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UpdateConversationDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UpdateConversationDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UpdateConversationDtoFromJson.__new__(_UpdateConversationDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
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


class _UpdateConversationDtoFromJson(PendingModel, UpdateConversationDto):
    """A UpdateConversationDto from ``from_dict`` whose JSON is read on first use (then it is a plain UpdateConversationDto)."""

    __slots__ = ()
    _model = UpdateConversationDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UpdateConversationDtoFromJson.__name__ = _UpdateConversationDtoFromJson.__qualname__ = (
    "UpdateConversationDto"
)
