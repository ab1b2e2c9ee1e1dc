"""Introspection of every operation of the Chaster API.

``OPERATIONS`` maps each operationId to an :class:`Operation`: ``method``, ``path``, ``tag``,
``name`` (the Python method on ``chaster.<tag>``), ``scopes`` (OAuth scopes its security requires;
empty when any token will do), ``requires_auth``, ``pagination`` (``None`` when it does not
paginate) and ``parse(payload)``, which turns a decoded JSON answer into the typed return value.
The table is generated from the spec; nothing in it is kept by hand.
"""

from __future__ import annotations

from ._generated.operations import OPERATIONS
from ._runtime import Operation, Pagination

__all__ = ["OPERATIONS", "Operation", "Pagination", "operation_for"]


def operation_for(name_or_id: str) -> Operation:
    """An operation by operationId, or by ``tag.name`` (``"keyholder.search_locks"``)."""
    found = OPERATIONS.get(name_or_id)
    if found is not None:
        return found
    tag, _, name = name_or_id.rpartition(".")
    for operation in OPERATIONS.values():
        if operation.name == name and (not tag or operation.tag == tag):
            return operation
    raise KeyError(f"no operation named {name_or_id!r}")
