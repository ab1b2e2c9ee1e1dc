from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json
from chaster_async._model import json_value as _json_value

from ..models.peer_verification_status_enum import PeerVerificationStatusEnum

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class PeerVerificationVoteStatus(SpecModel):
    """Schema ``PeerVerificationVoteStatus``.

    Attributes:
        status (PeerVerificationStatusEnum):
        id (str): Peer verification id
        verified_votes (float): Number of verified votes
        rejected_votes (float): Number of rejected votes
    """

    status: PeerVerificationStatusEnum
    id: str
    verified_votes: float
    rejected_votes: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("status",)
    _required_keys = ("status", "_id", "verifiedVotes", "rejectedVotes")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            _out["status"] = _json_value(self.status)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.verified_votes, Unset):
            _out["verifiedVotes"] = self.verified_votes
        if not isinstance(self.rejected_votes, Unset):
            _out["rejectedVotes"] = self.rejected_votes
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PeerVerificationVoteStatus:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"PeerVerificationVoteStatus needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> PeerVerificationVoteStatus:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _PeerVerificationVoteStatusFromJson.__new__(_PeerVerificationVoteStatusFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("status", UNSET)
        if _v is UNSET:
            _o.status = UNSET
            _dev.append(_Deviation("status", "missing", "status"))
        elif _v is None:
            _o.status = None
            _dev.append(_Deviation("status", "null", "status"))
        else:
            try:
                _o.status = PeerVerificationStatusEnum._value2member_map_.get(
                    _v
                ) or PeerVerificationStatusEnum(_v)
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
        _v = _d.pop("verifiedVotes", UNSET)
        if _v is UNSET:
            _o.verified_votes = UNSET
            _dev.append(_Deviation("verified_votes", "missing", "verifiedVotes"))
        elif _v is None:
            _o.verified_votes = None
            _dev.append(_Deviation("verified_votes", "null", "verifiedVotes"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.verified_votes = _v
        else:
            _o.verified_votes = _v
            _dev.append(_Deviation("verified_votes", "invalid", "verifiedVotes"))
        _v = _d.pop("rejectedVotes", UNSET)
        if _v is UNSET:
            _o.rejected_votes = UNSET
            _dev.append(_Deviation("rejected_votes", "missing", "rejectedVotes"))
        elif _v is None:
            _o.rejected_votes = None
            _dev.append(_Deviation("rejected_votes", "null", "rejectedVotes"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.rejected_votes = _v
        else:
            _o.rejected_votes = _v
            _dev.append(_Deviation("rejected_votes", "invalid", "rejectedVotes"))
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


class _PeerVerificationVoteStatusFromJson(PendingModel, PeerVerificationVoteStatus):
    """A PeerVerificationVoteStatus from ``from_dict`` whose JSON is read on first use (then it is a plain PeerVerificationVoteStatus)."""

    __slots__ = ()
    _model = PeerVerificationVoteStatus


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_PeerVerificationVoteStatusFromJson.__name__ = _PeerVerificationVoteStatusFromJson.__qualname__ = (
    "PeerVerificationVoteStatus"
)
