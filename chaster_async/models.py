"""Every schema of the Chaster spec as an attrs model: ``from chaster_async.models import LockForPublic``.

Models load on first use, so importing this module costs almost nothing. Each model has
``from_dict`` (lenient: see ``deviations()``), ``to_dict`` and keeps unknown fields in
``additional_properties``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._model import UNSET, Deviation, JSONValue, SpecModel, Unset
from ._request import File

if TYPE_CHECKING:
    from ._generated.facade_types import *  # noqa: F403  (Any for names an older document lacks)
    from ._generated.models import *  # noqa: F403

__all__ = ["UNSET", "Deviation", "File", "JSONValue", "SpecModel", "Unset"]


def __getattr__(name: str) -> Any:
    from ._generated import models

    try:
        value = getattr(models, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    from ._generated import models

    return sorted({*__all__, *models.__all__})
