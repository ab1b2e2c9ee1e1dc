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
    from ..models.action_log_for_public import ActionLogForPublic

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, ActionLogForPublic
    from ..models.action_log_for_public import ActionLogForPublic

    _resolved = True


@_attrs_define
class ActionLogCreatedData(SpecModel):
    """Schema ``ActionLogCreatedData``.

    Attributes:
        session_id (str): The session id
        action_log (ActionLogForPublic):
    """

    session_id: str
    action_log: ActionLogForPublic
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("action_log",)
    _required_keys = ("sessionId", "actionLog")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.session_id, Unset):
            _out["sessionId"] = self.session_id
        if not isinstance(self.action_log, Unset):
            _out["actionLog"] = _json_value(self.action_log)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ActionLogCreatedData:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ActionLogCreatedData needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ActionLogCreatedData:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ActionLogCreatedDataFromJson.__new__(_ActionLogCreatedDataFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("sessionId", UNSET)
        if _v is UNSET:
            _o.session_id = UNSET
            _dev.append(_Deviation("session_id", "missing", "sessionId"))
        elif _v is None:
            _o.session_id = None
            _dev.append(_Deviation("session_id", "null", "sessionId"))
        elif _v.__class__ is str:
            _o.session_id = _v
        else:
            _o.session_id = _v
            _dev.append(_Deviation("session_id", "invalid", "sessionId"))
        _v = _d.pop("actionLog", UNSET)
        if _v is UNSET:
            _o.action_log = UNSET
            _dev.append(_Deviation("action_log", "missing", "actionLog"))
        elif _v is None:
            _o.action_log = None
            _dev.append(_Deviation("action_log", "null", "actionLog"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _o.action_log = ActionLogForPublic._from_json(_v)
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.action_log = _v
                _dev.append(_Deviation("action_log", "invalid", "actionLog"))
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


class _ActionLogCreatedDataFromJson(PendingModel, ActionLogCreatedData):
    """A ActionLogCreatedData from ``from_dict`` whose JSON is read on first use (then it is a plain ActionLogCreatedData)."""

    __slots__ = ()
    _model = ActionLogCreatedData


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ActionLogCreatedDataFromJson.__name__ = _ActionLogCreatedDataFromJson.__qualname__ = "ActionLogCreatedData"
