from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class ExtensionActionPilloryVote(SpecModel):
    """A running pillory vote

    Attributes:
        id (str):
        nb_votes (float):
        total_duration_added (float): In seconds
        vote_ends_at (datetime.datetime):
        can_vote (bool):
        reason (str):
        created_at (datetime.datetime):
    """

    id: str
    nb_votes: float
    total_duration_added: float
    vote_ends_at: datetime.datetime
    can_vote: bool
    reason: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("_id", "nbVotes", "totalDurationAdded", "voteEndsAt", "canVote", "reason", "createdAt")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.nb_votes, Unset):
            _out["nbVotes"] = self.nb_votes
        if not isinstance(self.total_duration_added, Unset):
            _out["totalDurationAdded"] = self.total_duration_added
        if not isinstance(self.vote_ends_at, Unset):
            _out["voteEndsAt"] = _json_value(self.vote_ends_at)
        if not isinstance(self.can_vote, Unset):
            _out["canVote"] = self.can_vote
        if not isinstance(self.reason, Unset):
            _out["reason"] = self.reason
        if not isinstance(self.created_at, Unset):
            _out["createdAt"] = _json_value(self.created_at)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionActionPilloryVote:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionActionPilloryVote needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionActionPilloryVote:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionActionPilloryVoteFromJson.__new__(_ExtensionActionPilloryVoteFromJson)
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
        _v = _d.pop("nbVotes", UNSET)
        if _v is UNSET:
            _o.nb_votes = UNSET
            _dev.append(_Deviation("nb_votes", "missing", "nbVotes"))
        elif _v is None:
            _o.nb_votes = None
            _dev.append(_Deviation("nb_votes", "null", "nbVotes"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_votes = _v
        else:
            _o.nb_votes = _v
            _dev.append(_Deviation("nb_votes", "invalid", "nbVotes"))
        _v = _d.pop("totalDurationAdded", UNSET)
        if _v is UNSET:
            _o.total_duration_added = UNSET
            _dev.append(_Deviation("total_duration_added", "missing", "totalDurationAdded"))
        elif _v is None:
            _o.total_duration_added = None
            _dev.append(_Deviation("total_duration_added", "null", "totalDurationAdded"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.total_duration_added = _v
        else:
            _o.total_duration_added = _v
            _dev.append(_Deviation("total_duration_added", "invalid", "totalDurationAdded"))
        _v = _d.pop("voteEndsAt", UNSET)
        if _v is UNSET:
            _o.vote_ends_at = UNSET
            _dev.append(_Deviation("vote_ends_at", "missing", "voteEndsAt"))
        elif _v is None:
            _o.vote_ends_at = None
            _dev.append(_Deviation("vote_ends_at", "null", "voteEndsAt"))
        else:
            try:
                _o.vote_ends_at = datetime.datetime.fromisoformat(_v)
                if _o.vote_ends_at.tzinfo is None:
                    _o.vote_ends_at = _o.vote_ends_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.vote_ends_at = _v
                _dev.append(_Deviation("vote_ends_at", "invalid", "voteEndsAt"))
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
        _v = _d.pop("reason", UNSET)
        if _v is UNSET:
            _o.reason = UNSET
            _dev.append(_Deviation("reason", "missing", "reason"))
        elif _v is None:
            _o.reason = None
            _dev.append(_Deviation("reason", "null", "reason"))
        elif _v.__class__ is str:
            _o.reason = _v
        else:
            _o.reason = _v
            _dev.append(_Deviation("reason", "invalid", "reason"))
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


class _ExtensionActionPilloryVoteFromJson(PendingModel, ExtensionActionPilloryVote):
    """A ExtensionActionPilloryVote from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionActionPilloryVote)."""

    __slots__ = ()
    _model = ExtensionActionPilloryVote


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionActionPilloryVoteFromJson.__name__ = _ExtensionActionPilloryVoteFromJson.__qualname__ = (
    "ExtensionActionPilloryVote"
)
