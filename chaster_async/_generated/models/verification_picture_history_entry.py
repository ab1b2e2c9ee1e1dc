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

if TYPE_CHECKING:
    from ..models.peer_verification_vote_status import PeerVerificationVoteStatus

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, PeerVerificationVoteStatus
    from ..models.peer_verification_vote_status import PeerVerificationVoteStatus

    _resolved = True


@_attrs_define
class VerificationPictureHistoryEntry(SpecModel):
    """Schema ``VerificationPictureHistoryEntry``.

    Attributes:
        verification_code (None | str): The verification code
        peer_verification_id (None | str): The peer verification id
        image_key (str): The peer verification image key
        submitted_at (datetime.datetime): Submitted at
        votes (None | PeerVerificationVoteStatus): Votes if the peer verification is enabled
    """

    verification_code: None | str
    peer_verification_id: None | str
    image_key: str
    submitted_at: datetime.datetime
    votes: None | PeerVerificationVoteStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("votes",)
    _required_keys = ("verificationCode", "peerVerificationId", "imageKey", "submittedAt", "votes")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.verification_code, Unset):
            _out["verificationCode"] = self.verification_code
        if not isinstance(self.peer_verification_id, Unset):
            _out["peerVerificationId"] = self.peer_verification_id
        if not isinstance(self.image_key, Unset):
            _out["imageKey"] = self.image_key
        if not isinstance(self.submitted_at, Unset):
            _out["submittedAt"] = _json_value(self.submitted_at)
        if not isinstance(self.votes, Unset):
            _out["votes"] = _json_value(self.votes)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> VerificationPictureHistoryEntry:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"VerificationPictureHistoryEntry needs a JSON object, not {type(src_dict).__name__}"
            )
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> VerificationPictureHistoryEntry:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _VerificationPictureHistoryEntryFromJson.__new__(_VerificationPictureHistoryEntryFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("verificationCode", UNSET)
        if _v is UNSET:
            _o.verification_code = UNSET
            _dev.append(_Deviation("verification_code", "missing", "verificationCode"))
        elif _v is None:
            _o.verification_code = None
        elif _v.__class__ is str:
            _o.verification_code = _v
        else:
            _o.verification_code = _v
            _dev.append(_Deviation("verification_code", "invalid", "verificationCode"))
        _v = _d.pop("peerVerificationId", UNSET)
        if _v is UNSET:
            _o.peer_verification_id = UNSET
            _dev.append(_Deviation("peer_verification_id", "missing", "peerVerificationId"))
        elif _v is None:
            _o.peer_verification_id = None
        elif _v.__class__ is str:
            _o.peer_verification_id = _v
        else:
            _o.peer_verification_id = _v
            _dev.append(_Deviation("peer_verification_id", "invalid", "peerVerificationId"))
        _v = _d.pop("imageKey", UNSET)
        if _v is UNSET:
            _o.image_key = UNSET
            _dev.append(_Deviation("image_key", "missing", "imageKey"))
        elif _v is None:
            _o.image_key = None
            _dev.append(_Deviation("image_key", "null", "imageKey"))
        elif _v.__class__ is str:
            _o.image_key = _v
        else:
            _o.image_key = _v
            _dev.append(_Deviation("image_key", "invalid", "imageKey"))
        _v = _d.pop("submittedAt", UNSET)
        if _v is UNSET:
            _o.submitted_at = UNSET
            _dev.append(_Deviation("submitted_at", "missing", "submittedAt"))
        elif _v is None:
            _o.submitted_at = None
            _dev.append(_Deviation("submitted_at", "null", "submittedAt"))
        else:
            try:
                _o.submitted_at = datetime.datetime.fromisoformat(_v)
                if _o.submitted_at.tzinfo is None:
                    _o.submitted_at = _o.submitted_at.replace(tzinfo=datetime.UTC)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.submitted_at = _v
                _dev.append(_Deviation("submitted_at", "invalid", "submittedAt"))
        _v = _d.pop("votes", UNSET)
        if _v is UNSET:
            _o.votes = UNSET
            _dev.append(_Deviation("votes", "missing", "votes"))
        elif _v is None:
            _o.votes = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.votes = PeerVerificationVoteStatus._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
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


class _VerificationPictureHistoryEntryFromJson(PendingModel, VerificationPictureHistoryEntry):
    """A VerificationPictureHistoryEntry from ``from_dict`` whose JSON is read on first use (then it is a plain VerificationPictureHistoryEntry)."""

    __slots__ = ()
    _model = VerificationPictureHistoryEntry


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_VerificationPictureHistoryEntryFromJson.__name__ = _VerificationPictureHistoryEntryFromJson.__qualname__ = (
    "VerificationPictureHistoryEntry"
)
