"""OAuth scope checks, done from the generated OPERATIONS table before any network I/O."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._runtime import Operation
from .errors import ChasterUsageError, ScopeError

__all__ = ["OperationTable", "check_scopes", "find_operation", "required_scopes"]


def _load_operations() -> Mapping[str, Operation]:
    # Imported lazily: the table is generated, and importing it costs time at startup.
    module = importlib.import_module("chaster_async._generated.operations")
    table: Mapping[str, Operation] = module.OPERATIONS
    return table


class OperationTable:
    """The OPERATIONS mapping, loaded on first use (or given, for tests)."""

    def __init__(self, operations: Mapping[str, Operation] | None = None) -> None:
        self._operations = operations

    def get(self) -> Mapping[str, Operation]:
        if self._operations is None:
            try:
                self._operations = _load_operations()
            except ModuleNotFoundError as exc:
                if not (exc.name or "").startswith("chaster_async._generated"):
                    raise
                # Not generated yet: nothing is known, so nothing can be checked.
                self._operations = {}
        return self._operations


def check_scopes(
    operation_id: str, granted: frozenset[str] | None, operations: Mapping[str, Operation]
) -> None:
    """Raise ScopeError when ``granted`` lacks a scope the operation needs (None = every scope)."""
    operation = operations.get(operation_id)
    if granted is None or operation is None or not operation.requires_auth:
        return
    missing = operation.scopes - granted
    if missing:
        raise ScopeError(operation_id, frozenset(missing), granted)


def find_operation(key: Any, operations: Mapping[str, Operation]) -> Operation:
    """An operation from its operationId, ``"tag.name"``, a unique ``name``, or a generated function."""
    if callable(key):
        return _from_callable(key, operations)
    if not isinstance(key, str):
        raise ChasterUsageError(f"not an operation: {key!r}")
    if key in operations:
        return operations[key]
    tag, _, name = key.rpartition(".")
    found = [op for op in operations.values() if op.name == name and (not tag or op.tag == tag)]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ChasterUsageError(f"unknown operation {key!r}")
    choices = ", ".join(sorted(f"{op.tag}.{op.name}" for op in found))
    raise ChasterUsageError(f"{key!r} is ambiguous; say which: {choices}")


def _from_callable(func: Callable[..., Any], operations: Mapping[str, Operation]) -> Operation:
    # A generated endpoint function (one operation per module) or a tag namespace's method.
    module = getattr(func, "__module__", None)
    in_module = [op for op in operations.values() if op.module == module]
    if len(in_module) == 1:
        return in_module[0]
    name = getattr(func, "__name__", None)
    if not isinstance(name, str):
        raise ChasterUsageError(f"not a Chaster operation: {func!r}")
    # Generated tag namespaces map their method names to operationIds.
    ids = getattr(getattr(func, "__self__", None), "OPERATION_IDS", None)
    if isinstance(ids, Mapping) and ids.get(name) in operations:
        return operations[ids[name]]
    tag = _namespace_tag(func)
    return find_operation(f"{tag}.{name}" if tag else name, operations)


def _namespace_tag(func: Callable[..., Any]) -> str | None:
    """``chaster.shared_locks.find_all`` -> ``shared_locks`` (from ``SharedLocksApi``)."""
    owner = getattr(func, "__self__", None)
    if owner is None:
        return None
    class_name = type(owner).__name__.removesuffix("Api")
    return re.sub(r"(?<!^)(?=[A-Z])", "_", class_name).lower() or None


def required_scopes(
    operations_wanted: str | Callable[..., Any] | Iterable[str | Callable[..., Any]],
    operations: Mapping[str, Operation] | None = None,
) -> frozenset[str]:
    """The OAuth scopes a set of operations needs, to ask for them in one authorisation.

    Operations are named by operationId (``"LockController_findAll"``), ``"tag.name"``
    (``"locks.find_all"``), a name unique across tags, or the generated function itself.
    """
    table = OperationTable(operations).get()
    wanted = (
        [operations_wanted]
        if isinstance(operations_wanted, str) or callable(operations_wanted)
        else operations_wanted
    )
    scopes: set[str] = set()
    for key in wanted:
        scopes |= find_operation(key, table).scopes
    return frozenset(scopes)
