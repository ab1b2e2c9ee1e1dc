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
class UnsplashPhoto(SpecModel):
    """Schema ``UnsplashPhoto``.

    Attributes:
        id (str):
        username (str):
        name (str):
        url (str):
    """

    id: str
    username: str
    name: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ()
    _required_keys = ("id", "username", "name", "url")

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["id"] = self.id
        if not isinstance(self.username, Unset):
            _out["username"] = self.username
        if not isinstance(self.name, Unset):
            _out["name"] = self.name
        if not isinstance(self.url, Unset):
            _out["url"] = self.url
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> UnsplashPhoto:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"UnsplashPhoto needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> UnsplashPhoto:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _UnsplashPhotoFromJson.__new__(_UnsplashPhotoFromJson)
        object.__setattr__(_obj, "_raw", data)  # not through the pending hooks
        return _obj

    def _materialize(self, _d: dict[str, Any]) -> None:
        if not _resolved:
            _resolve()
        _o: Any = self
        _dev: list[_Deviation] = []
        _v = _d.pop("id", UNSET)
        if _v is UNSET:
            _o.id = UNSET
            _dev.append(_Deviation("id", "missing", "id"))
        elif _v is None:
            _o.id = None
            _dev.append(_Deviation("id", "null", "id"))
        elif _v.__class__ is str:
            _o.id = _v
        else:
            _o.id = _v
            _dev.append(_Deviation("id", "invalid", "id"))
        _v = _d.pop("username", UNSET)
        if _v is UNSET:
            _o.username = UNSET
            _dev.append(_Deviation("username", "missing", "username"))
        elif _v is None:
            _o.username = None
            _dev.append(_Deviation("username", "null", "username"))
        elif _v.__class__ is str:
            _o.username = _v
        else:
            _o.username = _v
            _dev.append(_Deviation("username", "invalid", "username"))
        _v = _d.pop("name", UNSET)
        if _v is UNSET:
            _o.name = UNSET
            _dev.append(_Deviation("name", "missing", "name"))
        elif _v is None:
            _o.name = None
            _dev.append(_Deviation("name", "null", "name"))
        elif _v.__class__ is str:
            _o.name = _v
        else:
            _o.name = _v
            _dev.append(_Deviation("name", "invalid", "name"))
        _v = _d.pop("url", UNSET)
        if _v is UNSET:
            _o.url = UNSET
            _dev.append(_Deviation("url", "missing", "url"))
        elif _v is None:
            _o.url = None
            _dev.append(_Deviation("url", "null", "url"))
        elif _v.__class__ is str:
            _o.url = _v
        else:
            _o.url = _v
            _dev.append(_Deviation("url", "invalid", "url"))
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


class _UnsplashPhotoFromJson(PendingModel, UnsplashPhoto):
    """A UnsplashPhoto from ``from_dict`` whose JSON is read on first use (then it is a plain UnsplashPhoto)."""

    __slots__ = ()
    _model = UnsplashPhoto


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_UnsplashPhotoFromJson.__name__ = _UnsplashPhotoFromJson.__qualname__ = "UnsplashPhoto"
