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
    from ..models.action_log_created import ActionLogCreated
    from ..models.extension_session_created import ExtensionSessionCreated
    from ..models.extension_session_deleted import ExtensionSessionDeleted
    from ..models.extension_session_updated import ExtensionSessionUpdated

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global \
        _resolved, \
        ActionLogCreated, \
        ExtensionSessionCreated, \
        ExtensionSessionDeleted, \
        ExtensionSessionUpdated
    from ..models.action_log_created import ActionLogCreated
    from ..models.extension_session_created import ExtensionSessionCreated
    from ..models.extension_session_deleted import ExtensionSessionDeleted
    from ..models.extension_session_updated import ExtensionSessionUpdated

    _resolved = True


@_attrs_define
class WebhookEventForPublic(SpecModel):
    """Schema ``WebhookEventForPublic``.

    Attributes:
        payload (ActionLogCreated | ExtensionSessionCreated | ExtensionSessionDeleted | ExtensionSessionUpdated):
    """

    payload: ActionLogCreated | ExtensionSessionCreated | ExtensionSessionDeleted | ExtensionSessionUpdated
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("payload",)
    _required_keys = ("payload",)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.payload, Unset):
            _out["payload"] = _json_value(self.payload)
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> WebhookEventForPublic:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"WebhookEventForPublic needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> WebhookEventForPublic:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _WebhookEventForPublicFromJson.__new__(_WebhookEventForPublicFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("payload", UNSET)
        if _v is UNSET:
            _o.payload = UNSET
            _dev.append(_Deviation("payload", "missing", "payload"))
        elif _v is None:
            _o.payload = None
            _dev.append(_Deviation("payload", "null", "payload"))
        else:
            try:
                if not isinstance(_v, dict):
                    raise _expected("an object", _v)
                _tag0 = _v.get("event")
                if _tag0 == "extension_session.created":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.payload = ExtensionSessionCreated._from_json(_v)
                elif _tag0 == "extension_session.updated":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.payload = ExtensionSessionUpdated._from_json(_v)
                elif _tag0 == "extension_session.deleted":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.payload = ExtensionSessionDeleted._from_json(_v)
                elif _tag0 == "action_log.created":
                    if not isinstance(_v, dict):
                        raise _expected("an object", _v)
                    _o.payload = ActionLogCreated._from_json(_v)
                else:
                    raise ValueError("unknown event: " + repr(_tag0)[:40])
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                _o.payload = _v
                _dev.append(_Deviation("payload", "invalid", "payload"))
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


class _WebhookEventForPublicFromJson(PendingModel, WebhookEventForPublic):
    """A WebhookEventForPublic from ``from_dict`` whose JSON is read on first use (then it is a plain WebhookEventForPublic)."""

    __slots__ = ()
    _model = WebhookEventForPublic


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_WebhookEventForPublicFromJson.__name__ = _WebhookEventForPublicFromJson.__qualname__ = (
    "WebhookEventForPublic"
)
