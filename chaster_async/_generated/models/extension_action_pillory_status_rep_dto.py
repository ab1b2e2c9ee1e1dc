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
    from ..models.extension_action_pillory_vote import ExtensionActionPilloryVote

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ExtensionActionPilloryVote
    from ..models.extension_action_pillory_vote import ExtensionActionPilloryVote

    _resolved = True


@_attrs_define
class ExtensionActionPilloryStatusRepDto(SpecModel):
    """Pillory (slug pillory), action getStatus

    Attributes:
        votes (list[ExtensionActionPilloryVote]):
    """

    votes: list[ExtensionActionPilloryVote]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("votes",)
    _required_keys = ("votes",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.votes, Unset):
            _out["votes"] = _json_value(self.votes)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionPilloryStatusRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionPilloryStatusRepDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionPilloryStatusRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionPilloryStatusRepDtoFromJson.__new__(
            _ExtensionActionPilloryStatusRepDtoFromJson
        )
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("votes", UNSET)
        if _v is UNSET:
            _o.votes = UNSET
            _dev.append(_Deviation("votes", "missing", "votes"))
        elif _v is None:
            _o.votes = None
            _dev.append(_Deviation("votes", "null", "votes"))
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
                        _dev.append(_Deviation(f"votes[{len(_list1)}]", "null", f"votes[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = ExtensionActionPilloryVote._from_json(_item0)
                    _list1.append(_value2)
                _o.votes = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.votes = _v
                _dev.append(_Deviation("votes", "invalid", "votes"))
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


class _ExtensionActionPilloryStatusRepDtoFromJson(PendingModel, ExtensionActionPilloryStatusRepDto):
    """A ExtensionActionPilloryStatusRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionPilloryStatusRepDto)."""

    __slots__ = ()
    _model = ExtensionActionPilloryStatusRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionPilloryStatusRepDtoFromJson.__name__ = (
    _ExtensionActionPilloryStatusRepDtoFromJson.__qualname__
) = "ExtensionActionPilloryStatusRepDto"
