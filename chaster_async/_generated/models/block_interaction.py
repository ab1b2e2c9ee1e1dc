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
class BlockInteraction(SpecModel):
    """Schema ``BlockInteraction``.

    Attributes:
        blocked_by_action_user (bool):
        blocked_by_other_user (bool):
        can_interact (bool):
    """

    blocked_by_action_user: bool
    blocked_by_other_user: bool
    can_interact: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("blockedByActionUser", "blockedByOtherUser", "canInteract")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.blocked_by_action_user, Unset):
            _out["blockedByActionUser"] = self.blocked_by_action_user
        if not isinstance(self.blocked_by_other_user, Unset):
            _out["blockedByOtherUser"] = self.blocked_by_other_user
        if not isinstance(self.can_interact, Unset):
            _out["canInteract"] = self.can_interact
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BlockInteraction:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"BlockInteraction needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> BlockInteraction:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _BlockInteractionFromJson.__new__(_BlockInteractionFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("blockedByActionUser", UNSET)
        if _v is UNSET:
            _o.blocked_by_action_user = UNSET
            _dev.append(_Deviation("blocked_by_action_user", "missing", "blockedByActionUser"))
        elif _v is None:
            _o.blocked_by_action_user = None
            _dev.append(_Deviation("blocked_by_action_user", "null", "blockedByActionUser"))
        elif _v.__class__ is bool:
            _o.blocked_by_action_user = _v
        else:
            _o.blocked_by_action_user = _v
            _dev.append(_Deviation("blocked_by_action_user", "invalid", "blockedByActionUser"))
        _v = _d.pop("blockedByOtherUser", UNSET)
        if _v is UNSET:
            _o.blocked_by_other_user = UNSET
            _dev.append(_Deviation("blocked_by_other_user", "missing", "blockedByOtherUser"))
        elif _v is None:
            _o.blocked_by_other_user = None
            _dev.append(_Deviation("blocked_by_other_user", "null", "blockedByOtherUser"))
        elif _v.__class__ is bool:
            _o.blocked_by_other_user = _v
        else:
            _o.blocked_by_other_user = _v
            _dev.append(_Deviation("blocked_by_other_user", "invalid", "blockedByOtherUser"))
        _v = _d.pop("canInteract", UNSET)
        if _v is UNSET:
            _o.can_interact = UNSET
            _dev.append(_Deviation("can_interact", "missing", "canInteract"))
        elif _v is None:
            _o.can_interact = None
            _dev.append(_Deviation("can_interact", "null", "canInteract"))
        elif _v.__class__ is bool:
            _o.can_interact = _v
        else:
            _o.can_interact = _v
            _dev.append(_Deviation("can_interact", "invalid", "canInteract"))
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


class _BlockInteractionFromJson(PendingModel, BlockInteraction):
    """A BlockInteraction from ``from_dict`` whose JSON is read on first use (then it is a plain BlockInteraction)."""

    __slots__ = ()
    _model = BlockInteraction


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_BlockInteractionFromJson.__name__ = _BlockInteractionFromJson.__qualname__ = "BlockInteraction"
