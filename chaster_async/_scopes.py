"""OAuth scope checks, done from the request's own operation before any network I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ._operation import Operation, OperationTable
from .errors import ScopeError

__all__ = ["check_scopes", "required_scopes"]


def check_scopes(operation: Operation, granted: frozenset[str] | None) -> None:
    """Raise ScopeError when ``granted`` lacks a scope the operation needs (None = every scope)."""
    if granted is None or not operation.requires_auth:
        return
    missing = operation.scopes - granted
    if missing:
        raise ScopeError(operation.operation_id, frozenset(missing), granted)


def required_scopes(
    operations_wanted: str | Callable[..., Any] | Iterable[str | Callable[..., Any]],
    operations: OperationTable | None = None,
) -> frozenset[str]:
    """The OAuth scopes a set of operations needs, to ask for them in one authorisation.

    Operations are named by stable key (``"locks.find_all"``), operationId in either spelling
    (``"LockController_findAll"``, ``"locksFindAll"``), a name unique across tags, or the
    generated method itself (see :meth:`~chaster_async.operations.OperationTable.find`).
    """
    if operations is None:
        from .operations import OPERATIONS  # loaded on first use: it is generated

        operations = OPERATIONS
    wanted = (
        [operations_wanted]
        if isinstance(operations_wanted, str) or callable(operations_wanted)
        else operations_wanted
    )
    scopes: set[str] = set()
    for key in wanted:
        scopes |= operations.find(key).scopes
    return frozenset(scopes)
