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
class ExtensionActionShareLinkInfoRepDto(SpecModel):
    """Share links (slug link), action getInfo

    Attributes:
        lock_id (str): The lock id
        extension_id (str): The extension party id
        votes (float): Votes received so far
        min_votes (float): Votes needed before the wearer can unlock
        can_vote (bool): Whether the caller can vote now
    """

    lock_id: str
    extension_id: str
    votes: float
    min_votes: float
    can_vote: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("lockId", "extensionId", "votes", "minVotes", "canVote")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.lock_id, Unset):
            _out["lockId"] = self.lock_id
        if not isinstance(self.extension_id, Unset):
            _out["extensionId"] = self.extension_id
        if not isinstance(self.votes, Unset):
            _out["votes"] = self.votes
        if not isinstance(self.min_votes, Unset):
            _out["minVotes"] = self.min_votes
        if not isinstance(self.can_vote, Unset):
            _out["canVote"] = self.can_vote
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionShareLinkInfoRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"ExtensionActionShareLinkInfoRepDto needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionShareLinkInfoRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionShareLinkInfoRepDtoFromJson.__new__(
            _ExtensionActionShareLinkInfoRepDtoFromJson
        )
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("lockId", UNSET)
        if _v is UNSET:
            _o.lock_id = UNSET
            _dev.append(_Deviation("lock_id", "missing", "lockId"))
        elif _v is None:
            _o.lock_id = None
            _dev.append(_Deviation("lock_id", "null", "lockId"))
        elif _v.__class__ is str:
            _o.lock_id = _v
        else:
            _o.lock_id = _v
            _dev.append(_Deviation("lock_id", "invalid", "lockId"))
        _v = _d.pop("extensionId", UNSET)
        if _v is UNSET:
            _o.extension_id = UNSET
            _dev.append(_Deviation("extension_id", "missing", "extensionId"))
        elif _v is None:
            _o.extension_id = None
            _dev.append(_Deviation("extension_id", "null", "extensionId"))
        elif _v.__class__ is str:
            _o.extension_id = _v
        else:
            _o.extension_id = _v
            _dev.append(_Deviation("extension_id", "invalid", "extensionId"))
        _v = _d.pop("votes", UNSET)
        if _v is UNSET:
            _o.votes = UNSET
            _dev.append(_Deviation("votes", "missing", "votes"))
        elif _v is None:
            _o.votes = None
            _dev.append(_Deviation("votes", "null", "votes"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.votes = _v
        else:
            _o.votes = _v
            _dev.append(_Deviation("votes", "invalid", "votes"))
        _v = _d.pop("minVotes", UNSET)
        if _v is UNSET:
            _o.min_votes = UNSET
            _dev.append(_Deviation("min_votes", "missing", "minVotes"))
        elif _v is None:
            _o.min_votes = None
            _dev.append(_Deviation("min_votes", "null", "minVotes"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.min_votes = _v
        else:
            _o.min_votes = _v
            _dev.append(_Deviation("min_votes", "invalid", "minVotes"))
        _v = _d.pop("canVote", UNSET)
        if _v is UNSET:
            _o.can_vote = UNSET
            _dev.append(_Deviation("can_vote", "missing", "canVote"))
        elif _v is None:
            _o.can_vote = None
            _dev.append(_Deviation("can_vote", "null", "canVote"))
        elif _v.__class__ is bool:
            _o.can_vote = _v
        else:
            _o.can_vote = _v
            _dev.append(_Deviation("can_vote", "invalid", "canVote"))
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


class _ExtensionActionShareLinkInfoRepDtoFromJson(PendingModel, ExtensionActionShareLinkInfoRepDto):
    """A ExtensionActionShareLinkInfoRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionShareLinkInfoRepDto)."""

    __slots__ = ()
    _model = ExtensionActionShareLinkInfoRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionShareLinkInfoRepDtoFromJson.__name__ = (
    _ExtensionActionShareLinkInfoRepDtoFromJson.__qualname__
) = "ExtensionActionShareLinkInfoRepDto"
