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
class HabitForPublicExtension(SpecModel):
    """Schema ``HabitForPublicExtension``.

    Attributes:
        slug (str): The slug of the extension
        display_name (str): The name of the extension
        icon (str): The icon of the extension
    """

    slug: str
    display_name: str
    icon: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("slug", "displayName", "icon")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.slug, Unset):
            _out["slug"] = self.slug
        if not isinstance(self.display_name, Unset):
            _out["displayName"] = self.display_name
        if not isinstance(self.icon, Unset):
            _out["icon"] = self.icon
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> HabitForPublicExtension:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"HabitForPublicExtension needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> HabitForPublicExtension:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _HabitForPublicExtensionFromJson.__new__(_HabitForPublicExtensionFromJson)
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
        _v = _d.pop("displayName", UNSET)
        if _v is UNSET:
            _o.display_name = UNSET
            _dev.append(_Deviation("display_name", "missing", "displayName"))
        elif _v is None:
            _o.display_name = None
            _dev.append(_Deviation("display_name", "null", "displayName"))
        elif _v.__class__ is str:
            _o.display_name = _v
        else:
            _o.display_name = _v
            _dev.append(_Deviation("display_name", "invalid", "displayName"))
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


class _HabitForPublicExtensionFromJson(PendingModel, HabitForPublicExtension):
    """A HabitForPublicExtension from ``from_dict`` whose JSON is read on first use (then it is a plain HabitForPublicExtension)."""

    __slots__ = ()
    _model = HabitForPublicExtension


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_HabitForPublicExtensionFromJson.__name__ = _HabitForPublicExtensionFromJson.__qualname__ = (
    "HabitForPublicExtension"
)
