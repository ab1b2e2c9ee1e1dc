from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from chaster_async._model import UNSET, PendingModel, SpecModel, Unset
from chaster_async._model import Deviation as _Deviation
from chaster_async._model import copy_json as _copy_json

from ..types import UNSET, Unset

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved
    _resolved = True


@_attrs_define
class ExtensionHomeAction(SpecModel):
    """Schema ``ExtensionHomeAction``.

    Attributes:
        slug (str): An identifier that is returned to the extension when the user navigates to the extension page.
        title (str): The title displayed on the list item for the action.
        description (str): The description displayed on the list item for the action.
        icon (str): The icon associated with the action, which must be one of the valid FontAwesome 5 icons.
        badge (str | Unset): Displays a small badge on the list item, useful for indicating notifications or counts
            associated with the action (e.g., the number of tasks to do or remaining actions in the extension).
    """

    slug: str
    title: str
    description: str
    icon: str
    badge: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("slug", "title", "description", "icon")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        if not isinstance(self.badge, Unset):
            _out["badge"] = self.badge
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExtensionHomeAction:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExtensionHomeAction needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExtensionHomeAction:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExtensionHomeActionFromJson.__new__(_ExtensionHomeActionFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("slug", UNSET)
        if _v is UNSET:
            _o.slug = UNSET
            _dev.append(_Deviation("slug", "missing", "slug"))
        elif _v is None:
            _o.slug = None
            _dev.append(_Deviation("slug", "null", "slug"))
        elif _v.__class__ is str:
            _o.slug = _v
        else:
            _o.slug = _v
            _dev.append(_Deviation("slug", "invalid", "slug"))
        _v = _d.pop("title", UNSET)
        if _v is UNSET:
            _o.title = UNSET
            _dev.append(_Deviation("title", "missing", "title"))
        elif _v is None:
            _o.title = None
            _dev.append(_Deviation("title", "null", "title"))
        elif _v.__class__ is str:
            _o.title = _v
        else:
            _o.title = _v
            _dev.append(_Deviation("title", "invalid", "title"))
        _v = _d.pop("description", UNSET)
        if _v is UNSET:
            _o.description = UNSET
            _dev.append(_Deviation("description", "missing", "description"))
        elif _v is None:
            _o.description = None
            _dev.append(_Deviation("description", "null", "description"))
        elif _v.__class__ is str:
            _o.description = _v
        else:
            _o.description = _v
            _dev.append(_Deviation("description", "invalid", "description"))
        _v = _d.pop("icon", UNSET)
        if _v is UNSET:
            _o.icon = UNSET
            _dev.append(_Deviation("icon", "missing", "icon"))
        elif _v is None:
            _o.icon = None
            _dev.append(_Deviation("icon", "null", "icon"))
        elif _v.__class__ is str:
            _o.icon = _v
        else:
            _o.icon = _v
            _dev.append(_Deviation("icon", "invalid", "icon"))
        _v = _d.pop("badge", UNSET)
        if _v is UNSET:
            _o.badge = UNSET
        elif _v is None:
            _o.badge = None
            _dev.append(_Deviation("badge", "null", "badge"))
        elif _v.__class__ is str:
            _o.badge = _v
        else:
            _o.badge = _v
            _dev.append(_Deviation("badge", "invalid", "badge"))
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


class _ExtensionHomeActionFromJson(PendingModel, ExtensionHomeAction):
    """A ExtensionHomeAction from ``from_dict`` whose JSON is read on first use (then it is a plain ExtensionHomeAction)."""

    __slots__ = ()
    _model = ExtensionHomeAction


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExtensionHomeActionFromJson.__name__ = _ExtensionHomeActionFromJson.__qualname__ = "ExtensionHomeAction"
