"""Introspection of every operation of the Chaster API.

``OPERATIONS`` maps each operation's stable key ``"tag.name"`` (``"locks.get_lock_history"``: its
namespace and method on the client) to an :class:`Operation`: ``operation_id`` (as the generated
document spells it) and ``aliases`` (the other known spellings), ``method``, ``path``, ``tag``,
``name``, ``scopes`` (OAuth scopes its security requires; empty when any token will do),
``requires_auth``, ``pagination`` (``None`` when it does not paginate) and ``parse(payload)``,
which turns a decoded JSON answer into the typed return value. Lookups (``OPERATIONS[x]``,
``OPERATIONS.find(x)``, :func:`operation_for`) accept the stable key, either operationId
spelling, a unique method name, or the generated method. The table is generated from the spec;
nothing in it is kept by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._generated.operations import OPERATIONS
from ._operation import Operation, OperationTable, Pagination

__all__ = ["OPERATIONS", "Operation", "OperationTable", "Pagination", "operation_for"]


def operation_for(name: str | Callable[..., Any]) -> Operation:
    """The operation ``name`` names: same as ``OPERATIONS.find(name)``."""
    return OPERATIONS.find(name)
