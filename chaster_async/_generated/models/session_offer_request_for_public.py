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

from ..models.session_offer_request_for_public_status import SessionOfferRequestForPublicStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_for_public import UserForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, UserForPublic
    from ..models.user_for_public import UserForPublic

    _resolved = True


@_attrs_define
class SessionOfferRequestForPublic(SpecModel):
    """Schema ``SessionOfferRequestForPublic``.

    Attributes:
        keyholder (UserForPublic):
        lock (str):
        status (SessionOfferRequestForPublicStatus):
        id (str): The keyholding offer id
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        validated_at (datetime.datetime | None | Unset):
        archived_at (datetime.datetime | None | Unset):
    """

    keyholder: UserForPublic
    lock: str
    status: SessionOfferRequestForPublicStatus
    id: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    validated_at: datetime.datetime | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("keyholder", "status")
    _required_keys = ("keyholder", "lock", "status", "_id", "createdAt", "updatedAt")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.keyholder, Unset):
            _out["keyholder"] = _json_value(self.keyholder)
        if not isinstance(self.lock, Unset):
            _out["lock"] = self.lock
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = _json_value(self.updated_at)
        if not isinstance(self.validated_at, Unset):
            _out["validatedAt"] = _json_value(self.validated_at)
        if not isinstance(self.archived_at, Unset):
            _out["archivedAt"] = _json_value(self.archived_at)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SessionOfferRequestForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"SessionOfferRequestForPublic needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> SessionOfferRequestForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _SessionOfferRequestForPublicFromJson.__new__(_SessionOfferRequestForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("keyholder", UNSET)
        if _v is UNSET:
            _o.keyholder = UNSET
            _dev.append(_Deviation("keyholder", "missing", "keyholder"))
        elif _v is None:
            _o.keyholder = None
            _dev.append(_Deviation("keyholder", "null", "keyholder"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.keyholder = UserForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.keyholder = _v
                _dev.append(_Deviation("keyholder", "invalid", "keyholder"))
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
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = SessionOfferRequestForPublicStatus._value2member_map_.get(
                    _v
                ) or SessionOfferRequestForPublicStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.status = _v
                _dev.append(_Deviation("status", "invalid", "status"))
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
        _v = _d.pop("validatedAt", UNSET)
        if _v is UNSET:
            _o.validated_at = UNSET
        elif _v is None:
            _o.validated_at = None
        else:
            try:
                _o.validated_at = datetime.datetime.fromisoformat(_v)
                if _o.validated_at.tzinfo is None:
                    _o.validated_at = _o.validated_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.validated_at = _v
                _dev.append(_Deviation("validated_at", "invalid", "validatedAt"))
        _v = _d.pop("archivedAt", UNSET)
        if _v is UNSET:
            _o.archived_at = UNSET
        elif _v is None:
            _o.archived_at = None
        else:
            try:
                _o.archived_at = datetime.datetime.fromisoformat(_v)
                if _o.archived_at.tzinfo is None:
                    _o.archived_at = _o.archived_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.archived_at = _v
                _dev.append(_Deviation("archived_at", "invalid", "archivedAt"))
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


class _SessionOfferRequestForPublicFromJson(PendingModel, SessionOfferRequestForPublic):
    """A SessionOfferRequestForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain SessionOfferRequestForPublic)."""

    __slots__ = ()
    _model = SessionOfferRequestForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_SessionOfferRequestForPublicFromJson.__name__ = _SessionOfferRequestForPublicFromJson.__qualname__ = (
    "SessionOfferRequestForPublic"
)
