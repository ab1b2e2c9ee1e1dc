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

if TYPE_CHECKING:
    from ..models.extension_session_for_partner import ExtensionSessionForPartner

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionSessionForPartner
    from ..models.extension_session_for_partner import ExtensionSessionForPartner

    _resolved = True


@_attrs_define
class GetPartnerSessionRepDto(SpecModel):
    """Schema ``GetPartnerSessionRepDto``.

    Attributes:
        session (ExtensionSessionForPartner):
    """

    session: ExtensionSessionForPartner
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("session",)
    _required_keys = ("session",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.session, Unset):
            _out["session"] = _json_value(self.session)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetPartnerSessionRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"GetPartnerSessionRepDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> GetPartnerSessionRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _GetPartnerSessionRepDtoFromJson.__new__(_GetPartnerSessionRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("session", UNSET)
        if _v is UNSET:
            _o.session = UNSET
            _dev.append(_Deviation("session", "missing", "session"))
        elif _v is None:
            _o.session = None
            _dev.append(_Deviation("session", "null", "session"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.session = ExtensionSessionForPartner._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.session = _v
                _dev.append(_Deviation("session", "invalid", "session"))
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


class _GetPartnerSessionRepDtoFromJson(PendingModel, GetPartnerSessionRepDto):
    """A GetPartnerSessionRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain GetPartnerSessionRepDto)."""

    __slots__ = ()
    _model = GetPartnerSessionRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_GetPartnerSessionRepDtoFromJson.__name__ = _GetPartnerSessionRepDtoFromJson.__qualname__ = (
    "GetPartnerSessionRepDto"
)
