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
    from ..models.public_lock_for_search import PublicLockForSearch

_resolved = False


def _resolve() -> None:
    """Import the models this one refers to, once: they may refer back to this module."""
    global _resolved, PublicLockForSearch
    from ..models.public_lock_for_search import PublicLockForSearch

    _resolved = True


@_attrs_define
class ExploreCategoryForAdmin(SpecModel):
    """Schema ``ExploreCategoryForAdmin``.

    Attributes:
        id (str):
        locks (list[PublicLockForSearch]):
        description (str):
        featured (bool):
        nb_items (float | None):
        order (float):
        title (str):
        type_ (str):
        filter_ (None | str):
    """

    id: str
    locks: list[PublicLockForSearch]
    description: str
    featured: bool
    nb_items: float | None
    order: float
    title: str
    type_: str
    filter_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _nested_fields = ("locks",)
    _required_keys = (
        "_id",
        "locks",
        "description",
        "featured",
        "nbItems",
        "order",
        "title",
        "type",
        "filter",
    )

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this model: spec field names, UNSET fields left out, unknown fields kept."""
        _out: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.id, Unset):
            _out["_id"] = self.id
        if not isinstance(self.locks, Unset):
            _out["locks"] = _json_value(self.locks)
        if not isinstance(self.description, Unset):
            _out["description"] = self.description
        if not isinstance(self.featured, Unset):
            _out["featured"] = self.featured
        if not isinstance(self.nb_items, Unset):
            _out["nbItems"] = self.nb_items
        if not isinstance(self.order, Unset):
            _out["order"] = self.order
        if not isinstance(self.title, Unset):
            _out["title"] = self.title
        if not isinstance(self.type_, Unset):
            _out["type"] = self.type_
        if not isinstance(self.filter_, Unset):
            _out["filter"] = self.filter_
        return _out

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ExploreCategoryForAdmin:
        """Read a JSON object leniently (on first field access): see ``deviations()``.

        ``src_dict`` is copied, never changed.
        """
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"ExploreCategoryForAdmin needs a JSON object, not {type(src_dict).__name__}")
        return cls._from_json(_copy_json(src_dict))

    @classmethod
    def _from_json(cls, data: dict[str, Any]) -> ExploreCategoryForAdmin:
        """Like ``from_dict`` for JSON decoded for this model alone, which its reader may take apart."""
        _obj = _ExploreCategoryForAdminFromJson.__new__(_ExploreCategoryForAdminFromJson)
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
        _v = _d.pop("locks", UNSET)
        if _v is UNSET:
            _o.locks = UNSET
            _dev.append(_Deviation("locks", "missing", "locks"))
        elif _v is None:
            _o.locks = None
            _dev.append(_Deviation("locks", "null", "locks"))
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
                        _dev.append(_Deviation(f"locks[{len(_list1)}]", "null", f"locks[{len(_list1)}]"))
                    else:
                        if not isinstance(_item0, dict):
                            raise _expected("an object", _item0)
                        _value2 = PublicLockForSearch._from_json(_item0)
                    _list1.append(_value2)
                _o.locks = _list1
            except (TypeError, ValueError, KeyError, AttributeError, ArithmeticError):
                del _dev[_mark:]
                _o.locks = _v
                _dev.append(_Deviation("locks", "invalid", "locks"))
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
        _v = _d.pop("featured", UNSET)
        if _v is UNSET:
            _o.featured = UNSET
            _dev.append(_Deviation("featured", "missing", "featured"))
        elif _v is None:
            _o.featured = None
            _dev.append(_Deviation("featured", "null", "featured"))
        elif _v.__class__ is bool:
            _o.featured = _v
        else:
            _o.featured = _v
            _dev.append(_Deviation("featured", "invalid", "featured"))
        _v = _d.pop("nbItems", UNSET)
        if _v is UNSET:
            _o.nb_items = UNSET
            _dev.append(_Deviation("nb_items", "missing", "nbItems"))
        elif _v is None:
            _o.nb_items = None
        elif _v.__class__ is int or _v.__class__ is float:
            _o.nb_items = _v
        else:
            _o.nb_items = _v
            _dev.append(_Deviation("nb_items", "invalid", "nbItems"))
        _v = _d.pop("order", UNSET)
        if _v is UNSET:
            _o.order = UNSET
            _dev.append(_Deviation("order", "missing", "order"))
        elif _v is None:
            _o.order = None
            _dev.append(_Deviation("order", "null", "order"))
        elif _v.__class__ is int or _v.__class__ is float:
            _o.order = _v
        else:
            _o.order = _v
            _dev.append(_Deviation("order", "invalid", "order"))
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
        _v = _d.pop("type", UNSET)
        if _v is UNSET:
            _o.type_ = UNSET
            _dev.append(_Deviation("type_", "missing", "type"))
        elif _v is None:
            _o.type_ = None
            _dev.append(_Deviation("type_", "null", "type"))
        elif _v.__class__ is str:
            _o.type_ = _v
        else:
            _o.type_ = _v
            _dev.append(_Deviation("type_", "invalid", "type"))
        _v = _d.pop("filter", UNSET)
        if _v is UNSET:
            _o.filter_ = UNSET
            _dev.append(_Deviation("filter_", "missing", "filter"))
        elif _v is None:
            _o.filter_ = None
        elif _v.__class__ is str:
            _o.filter_ = _v
        else:
            _o.filter_ = _v
            _dev.append(_Deviation("filter_", "invalid", "filter"))
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


class _ExploreCategoryForAdminFromJson(PendingModel, ExploreCategoryForAdmin):
    """A ExploreCategoryForAdmin from ``from_dict`` whose JSON is read on first use (then it is a plain ExploreCategoryForAdmin)."""

    __slots__ = ()
    _model = ExploreCategoryForAdmin


# Named like the model it turns into, so that logs and type(x).__name__ read the same before and after.
_ExploreCategoryForAdminFromJson.__name__ = _ExploreCategoryForAdminFromJson.__qualname__ = (
    "ExploreCategoryForAdmin"
)
