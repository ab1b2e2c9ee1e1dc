from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.combination_for_public_check_status import CombinationForPublicCheckStatus
from ..models.combination_for_public_type import CombinationForPublicType
from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class CombinationForPublic(SpecModel):
    """Schema ``CombinationForPublic``.

    Attributes:
        id (str): The combination id
        user (str): The user id
        check_status (CombinationForPublicCheckStatus): The review status, if the combination requires a manual review
            from the moderators
        type_ (CombinationForPublicType): The combination type
        created_at (str): Created at
        updated_at (str): Updated at
        enable_manual_check (bool): Whether the combination requires a manual review from the moderators
        image_url (str | Unset): Use imageFullUrl instead
        code (str | Unset): The combination code, if the type is `code`
        image_full_url (str | Unset): The combination image, if the type is `image`
    """

    id: str
    user: str
    check_status: CombinationForPublicCheckStatus
    type_: CombinationForPublicType
    created_at: str
    updated_at: str
    enable_manual_check: bool
    image_url: str | Unset = UNSET
    code: str | Unset = UNSET
    image_full_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("check_status", "type_")
    _required_keys = ("_id", "user", "checkStatus", "type", "createdAt", "updatedAt", "enableManualCheck")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.user, Unset):
            _out["user"] = self.user
        if not isinstance(self.check_status, Unset):
            _out["checkStatus"] = _json_value(self.check_status)
        if not isinstance(self.type_, Unset):
            _out["type"] = _json_value(self.type_)
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = self.created_at
        if not isinstance(self.updated_at, Unset):
            _out["updatedAt"] = self.updated_at
        if not isinstance(self.enable_manual_check, Unset):
            _out["enableManualCheck"] = self.enable_manual_check
        if not isinstance(self.image_url, Unset):
            _out["imageUrl"] = self.image_url
        if not isinstance(self.code, Unset):
            _out["code"] = self.code
        if not isinstance(self.image_full_url, Unset):
            _out["imageFullUrl"] = self.image_full_url
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CombinationForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"CombinationForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> CombinationForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _CombinationForPublicFromJson.__new__(_CombinationForPublicFromJson)
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
        _v = _d.pop("checkStatus", UNSET)
        if _v is UNSET:
            _o.check_status = UNSET
            _dev.append(_Deviation("check_status", "missing", "checkStatus"))
        elif _v is None:
            _o.check_status = None
            _dev.append(_Deviation("check_status", "null", "checkStatus"))
        else:
            try:
                _o.check_status = CombinationForPublicCheckStatus._value2member_map_.get(
                    _v
                ) or CombinationForPublicCheckStatus(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.check_status = _v
                _dev.append(_Deviation("check_status", "invalid", "checkStatus"))
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        else:
            try:
                _o.type_ = CombinationForPublicType._value2member_map_.get(_v) or CombinationForPublicType(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.type_ = _v
                _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("createdAt", UNSET)
        if _v is UNSET:
            _o.created_at = UNSET
            _dev.append(_Deviation("created_at", "missing", "createdAt"))
        elif _v is None:
            _o.created_at = None
            _dev.append(_Deviation("created_at", "null", "createdAt"))
        elif _v.__class__ is str:
            _o.created_at = _v
        else:
            _o.created_at = _v
            _dev.append(_Deviation("created_at", "invalid", "createdAt"))
        _v = _d.pop("updatedAt", UNSET)
        if _v is UNSET:
            _o.updated_at = UNSET
            _dev.append(_Deviation("updated_at", "missing", "updatedAt"))
        elif _v is None:
            _o.updated_at = None
            _dev.append(_Deviation("updated_at", "null", "updatedAt"))
        elif _v.__class__ is str:
            _o.updated_at = _v
        else:
            _o.updated_at = _v
            _dev.append(_Deviation("updated_at", "invalid", "updatedAt"))
        _v = _d.pop("enableManualCheck", UNSET)
        if _v is UNSET:
            _o.enable_manual_check = UNSET
            _dev.append(_Deviation("enable_manual_check", "missing", "enableManualCheck"))
        elif _v is None:
            _o.enable_manual_check = None
            _dev.append(_Deviation("enable_manual_check", "null", "enableManualCheck"))
        elif _v.__class__ is bool:
            _o.enable_manual_check = _v
        else:
            _o.enable_manual_check = _v
            _dev.append(_Deviation("enable_manual_check", "invalid", "enableManualCheck"))
        _v = _d.pop("imageUrl", UNSET)
        if _v is UNSET:
            _o.image_url = UNSET
        elif _v is None:
            _o.image_url = None
            _dev.append(_Deviation("image_url", "null", "imageUrl"))
        elif _v.__class__ is str:
            _o.image_url = _v
        else:
            _o.image_url = _v
            _dev.append(_Deviation("image_url", "invalid", "imageUrl"))
        _v = _d.pop("code", UNSET)
        if _v is UNSET:
            _o.code = UNSET
        elif _v is None:
            _o.code = None
            _dev.append(_Deviation("code", "null", "code"))
        elif _v.__class__ is str:
            _o.code = _v
        else:
            _o.code = _v
            _dev.append(_Deviation("code", "invalid", "code"))
        _v = _d.pop("imageFullUrl", UNSET)
        if _v is UNSET:
            _o.image_full_url = UNSET
        elif _v is None:
            _o.image_full_url = None
            _dev.append(_Deviation("image_full_url", "null", "imageFullUrl"))
        elif _v.__class__ is str:
            _o.image_full_url = _v
        else:
            _o.image_full_url = _v
            _dev.append(_Deviation("image_full_url", "invalid", "imageFullUrl"))
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


class _CombinationForPublicFromJson(PendingModel, CombinationForPublic):
    """A CombinationForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain CombinationForPublic)."""

    __slots__ = ()
    _model = CombinationForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_CombinationForPublicFromJson.__name__ = _CombinationForPublicFromJson.__qualname__ = "CombinationForPublic"
