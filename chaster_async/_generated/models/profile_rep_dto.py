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
    from ..models.block_interaction import BlockInteraction
    from ..models.chastikey_stats_for_public import ChastikeyStatsForPublic
    from ..models.get_user_achievements_response_dto import GetUserAchievementsResponseDto
    from ..models.public_lock_for_profile_page import PublicLockForProfilePage
    from ..models.user_for_public import UserForPublic
    from ..models.user_stats_for_public import UserStatsForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        BlockInteraction, \
        ChastikeyStatsForPublic, \
        GetUserAchievementsResponseDto, \
        PublicLockForProfilePage, \
        UserForPublic, \
        UserStatsForPublic
    from ..models.block_interaction import BlockInteraction
    from ..models.chastikey_stats_for_public import ChastikeyStatsForPublic
    from ..models.get_user_achievements_response_dto import GetUserAchievementsResponseDto
    from ..models.public_lock_for_profile_page import PublicLockForProfilePage
    from ..models.user_for_public import UserForPublic
    from ..models.user_stats_for_public import UserStatsForPublic

    _resolved = True


@_attrs_define
class ProfileRepDto(SpecModel):
    """Schema ``ProfileRepDto``.

    Attributes:
        user (UserForPublic):
        stats (None | UserStatsForPublic):
        achievements (list[GetUserAchievementsResponseDto]):
        shared_locks (list[PublicLockForProfilePage]):
        chastikey_stats (ChastikeyStatsForPublic | None):
        block_interaction (BlockInteraction):
    """

    user: UserForPublic
    stats: None | UserStatsForPublic
    achievements: list[GetUserAchievementsResponseDto]
    shared_locks: list[PublicLockForProfilePage]
    chastikey_stats: ChastikeyStatsForPublic | None
    block_interaction: BlockInteraction
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("user", "stats", "achievements", "shared_locks", "chastikey_stats", "block_interaction")
    _required_keys = ("user", "stats", "achievements", "sharedLocks", "chastikeyStats", "blockInteraction")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.user, Unset):
            _out["user"] = _json_value(self.user)
        if not isinstance(self.stats, Unset):
            _out["stats"] = _json_value(self.stats)
        if not isinstance(self.achievements, Unset):
            _out["achievements"] = _json_value(self.achievements)
        if not isinstance(self.shared_locks, Unset):
            _out["sharedLocks"] = _json_value(self.shared_locks)
        if not isinstance(self.chastikey_stats, Unset):
            _out["chastikeyStats"] = _json_value(self.chastikey_stats)
        if not isinstance(self.block_interaction, Unset):
            _out["blockInteraction"] = _json_value(self.block_interaction)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProfileRepDto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ProfileRepDto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ProfileRepDto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ProfileRepDtoFromJson.__new__(_ProfileRepDtoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("user", UNSET)
        if _v is UNSET:
            _o.user = UNSET
            _dev.append(_Deviation("user", "missing", "user"))
        elif _v is None:
            _o.user = None
            _dev.append(_Deviation("user", "null", "user"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.user = UserForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.user = _v
                _dev.append(_Deviation("user", "invalid", "user"))
        _v = _d.pop("stats", UNSET)
        if _v is UNSET:
            _o.stats = UNSET
            _dev.append(_Deviation("stats", "missing", "stats"))
        elif _v is None:
            _o.stats = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.stats = UserStatsForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.stats = _v
                _dev.append(_Deviation("stats", "invalid", "stats"))
        _v = _d.pop("achievements", UNSET)
        if _v is UNSET:
            _o.achievements = UNSET
            _dev.append(_Deviation("achievements", "missing", "achievements"))
        elif _v is None:
            _o.achievements = None
            _dev.append(_Deviation("achievements", "null", "achievements"))
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
                        _dev.append(
                            _Deviation(f"achievements[{len(_list1)}]", "null", f"achievements[{len(_list1)}]")
                        )
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = GetUserAchievementsResponseDto._from_json(_item0)
                    _list1.append(_value2)
                _o.achievements = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.achievements = _v
                _dev.append(_Deviation("achievements", "invalid", "achievements"))
        _v = _d.pop("sharedLocks", UNSET)
        if _v is UNSET:
            _o.shared_locks = UNSET
            _dev.append(_Deviation("shared_locks", "missing", "sharedLocks"))
        elif _v is None:
            _o.shared_locks = None
            _dev.append(_Deviation("shared_locks", "null", "sharedLocks"))
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
                            _Deviation(f"shared_locks[{len(_list4)}]", "null", f"sharedLocks[{len(_list4)}]")
                        )
                    else:
                        if not isinstance(_item3, dict):
                            raise _expected("an object", _item3)
                        _value5 = PublicLockForProfilePage._from_json(_item3)
                    _list4.append(_value5)
                _o.shared_locks = _list4
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.shared_locks = _v
                _dev.append(_Deviation("shared_locks", "invalid", "sharedLocks"))
        _v = _d.pop("chastikeyStats", UNSET)
        if _v is UNSET:
            _o.chastikey_stats = UNSET
            _dev.append(_Deviation("chastikey_stats", "missing", "chastikeyStats"))
        elif _v is None:
            _o.chastikey_stats = None
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.chastikey_stats = ChastikeyStatsForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.chastikey_stats = _v
                _dev.append(_Deviation("chastikey_stats", "invalid", "chastikeyStats"))
        _v = _d.pop("blockInteraction", UNSET)
        if _v is UNSET:
            _o.block_interaction = UNSET
            _dev.append(_Deviation("block_interaction", "missing", "blockInteraction"))
        elif _v is None:
            _o.block_interaction = None
            _dev.append(_Deviation("block_interaction", "null", "blockInteraction"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.block_interaction = BlockInteraction._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.block_interaction = _v
                _dev.append(_Deviation("block_interaction", "invalid", "blockInteraction"))
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


class _ProfileRepDtoFromJson(PendingModel, ProfileRepDto):
    """A ProfileRepDto from ``from_dict`` whose JSON is read on first use (then it is a plain ProfileRepDto)."""

    __slots__ = ()
    _model = ProfileRepDto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ProfileRepDtoFromJson.__name__ = _ProfileRepDtoFromJson.__qualname__ = "ProfileRepDto"
