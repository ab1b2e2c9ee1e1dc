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
    from ..models.extension_home_action import ExtensionHomeAction

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionHomeAction
    from ..models.extension_home_action import ExtensionHomeAction

    _resolved = True


@_attrs_define
class PartnerMetadata(SpecModel):
    """Schema ``PartnerMetadata``.

    Attributes:
        reasons_preventing_unlocking (list[str]): List of reasons blocking the unlocking of the lock. In order for the
            lock to be unlocked (except when the time limit is exceeded), all extensions must return an empty list.
        home_actions (list[ExtensionHomeAction]): A list of actions that will be displayed on the user lock page. When
            the user clicks on the action, they will be redirected to the extension page, with a parameter corresponding to
            the slug of the action.
    """

    reasons_preventing_unlocking: list[str]
    home_actions: list[ExtensionHomeAction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("home_actions",)
    _required_keys = ("reasonsPreventingUnlocking", "homeActions")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.reasons_preventing_unlocking, Unset):
            _out["reasonsPreventingUnlocking"] = _json_value(self.reasons_preventing_unlocking)
        if not isinstance(self.home_actions, Unset):
            _out["homeActions"] = _json_value(self.home_actions)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PartnerMetadata:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PartnerMetadata needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PartnerMetadata:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PartnerMetadataFromJson.__new__(_PartnerMetadataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("reasonsPreventingUnlocking", UNSET)
        if _v is UNSET:
            _o.reasons_preventing_unlocking = UNSET
            _dev.append(_Deviation("reasons_preventing_unlocking", "missing", "reasonsPreventingUnlocking"))
        elif _v is None:
            _o.reasons_preventing_unlocking = None
            _dev.append(_Deviation("reasons_preventing_unlocking", "null", "reasonsPreventingUnlocking"))
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
                            _dev.append(
                                _Deviation(
                                    f"reasons_preventing_unlocking[{_index2}]",
                                    "null",
                                    f"reasonsPreventingUnlocking[{_index2}]",
                                )
                            )
                _o.reasons_preventing_unlocking = _v
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.reasons_preventing_unlocking = _v
                _dev.append(
                    _Deviation("reasons_preventing_unlocking", "invalid", "reasonsPreventingUnlocking")
                )
        _v = _d.pop("homeActions", UNSET)
        if _v is UNSET:
            _o.home_actions = UNSET
            _dev.append(_Deviation("home_actions", "missing", "homeActions"))
        elif _v is None:
            _o.home_actions = None
            _dev.append(_Deviation("home_actions", "null", "homeActions"))
        else:
            _mark = len(_dev)
            try:
                if not isinstance(_v, list):
                    raise _expected("an array", _v)
                _list4: list[Any] = []
                _value5: Any
                for _item3 in _v:
                    if _item3 is None:
                        _value5 = None
                        _dev.append(
                            _Deviation(f"home_actions[{len(_list4)}]", "null", f"homeActions[{len(_list4)}]")
                        )
                    else:
                        if not isinstance(_item3, dict):
                            raise _expected("an object", _item3)
                        _value5 = ExtensionHomeAction._from_json(_item3)
                    _list4.append(_value5)
                _o.home_actions = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.home_actions = _v
                _dev.append(_Deviation("home_actions", "invalid", "homeActions"))
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


class _PartnerMetadataFromJson(PendingModel, PartnerMetadata):
    """A PartnerMetadata from ``from_dict`` whose JSON is read on first use (then it is a plain PartnerMetadata)."""

    __slots__ = ()
    _model = PartnerMetadata


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PartnerMetadataFromJson.__name__ = _PartnerMetadataFromJson.__qualname__ = "PartnerMetadata"
