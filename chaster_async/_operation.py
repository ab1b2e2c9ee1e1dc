"""What an operation is: one row of the generated OPERATIONS table, and the one way to look one up.

Every operation has a **stable key**, ``"<tag>.<name>"`` (``"locks.get_lock_history"``): its
Python namespace and method on the client. The key is the same whichever way a document spells
its operationIds (chaster-js names such as ``getLockHistory`` in the vendored spec, NestJS ids
such as ``LockController_getLockHistory`` in the live one), so hand-written code, FakeChaster
and tests name operations by it. :meth:`OperationTable.find` also accepts the document's
operationId, the other known spelling, a unique method name, or the generated method itself.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal

from attrs import Factory, field, frozen

from ._model import copy_json, parse_response
from .errors import UnknownOperationError, UnsupportedOperationError

__all__ = ["Operation", "OperationTable", "Pagination", "PaginationStyle"]


PaginationStyle = Literal["page", "cursor", "last_id", "pagination_last_id", "offset_date"]


@frozen
class Pagination:
    """How an operation paginates, as detected from the spec by the generator.

    ``style``:
      - ``page``: a page number (``cursor_param``, starting at 0) and ``pages``/``total`` counts.
      - ``cursor``: an opaque cursor the response hands back in ``next_cursor_field``.
      - ``last_id``: the id of the last item seen (``cursor_param``) and a ``hasMore`` flag.
      - ``pagination_last_id``: like ``last_id`` but the cursor is each item's ``paginationId``.
      - ``offset_date``: the date of the last item seen (``cursor_param``, for conversations).
    ``location`` says where the page/cursor/limit parameters go (``query`` or ``body``);
    ``items_field`` names the list in the response (``None``: the response is the list);
    ``cursor_field`` names the field of an item that becomes the next cursor.
    """

    style: PaginationStyle
    location: Literal["query", "body"]
    items_field: str | None
    cursor_param: str | None = None
    cursor_field: str | None = None
    limit_param: str | None = None
    has_more_field: str | None = None
    pages_field: str | None = None
    total_field: str | None = None
    next_cursor_field: str | None = None
    # (spec name, Python name) of every parameter and field above, as the generator named them
    # (``lastId`` -> ``last_id``, ``_id`` -> ``id``): keyword arguments and model attributes.
    python_names: tuple[tuple[str, str], ...] = ()

    def python_name(self, name: str) -> str:
        """The Python keyword argument or model attribute for a spec name used above."""
        for spec_name, python in self.python_names:
            if spec_name == name:
                return python
        return name


@frozen
class Operation:
    """One row of :data:`chaster_async.operations.OPERATIONS`.

    ``key`` is the stable ``"tag.name"``; ``operation_id`` is the id as the generated document
    spells it; ``aliases`` are the other spellings known for it (the NestJS id, the chaster-js
    name), all accepted by :meth:`OperationTable.find`.
    """

    operation_id: str
    name: str
    method: str
    path: str
    tag: str
    scopes: frozenset[str]
    requires_auth: bool
    pagination: Pagination | None
    module: str
    deprecated: bool = False
    summary: str = ""
    has_body: bool = False
    returns_body: bool = False
    aliases: tuple[str, ...] = ()
    # every tag whose namespace has the method (GET /locks/user/{userId} is on locks and profile)
    tags: tuple[str, ...] = ()
    key: str = field(default=Factory(lambda self: f"{self.tag}.{self.name}", takes_self=True))

    def parse(self, payload: Any, *, strict: bool = False) -> Any:
        """Turn a decoded JSON response into this operation's typed return value."""
        module = sys.modules.get(self.module)
        if module is None:
            import importlib

            module = importlib.import_module(self.module)
        # The reader takes the JSON apart as it reads it: give it a copy, not the caller's data.
        return parse_response(self.operation_id, copy_json(payload), module._parse_response, strict=strict)


class OperationTable(Mapping[str, Operation]):
    """The operations of one generated spec, keyed by stable key; lookups accept every spelling.

    Iterating gives stable keys (``"locks.find_all"``). ``table[name]`` and :meth:`find` take a
    stable key, an operationId as either document spells it, a method name unique across tags,
    or a generated method (``chaster.locks.find_all``); an unknown name raises
    :class:`~chaster_async.errors.UnknownOperationError` (a ``KeyError`` too).
    """

    def __init__(self, operations: Iterable[Operation]) -> None:
        self.by_key: dict[str, Operation] = {}
        spellings: dict[str, dict[str, Operation]] = {}
        for operation in operations:
            self.by_key[operation.key] = operation
            also_on = (f"{tag}.{operation.name}" for tag in operation.tags if tag != operation.tag)
            for spelling in (operation.operation_id, *operation.aliases, *also_on):
                spellings.setdefault(spelling, {})[operation.key] = operation
        self._spellings = spellings
        self._routes = {(op.method, op.path): op for op in self.by_key.values()}

    def __getitem__(self, key: str) -> Operation:
        return self.find(key)

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_key)

    def __len__(self) -> int:
        return len(self.by_key)

    def __contains__(self, key: object) -> bool:
        try:
            self.find(key)  # type: ignore[arg-type]
        except UnknownOperationError:
            return False
        return True

    def __repr__(self) -> str:
        return f"<OperationTable of {len(self.by_key)} operations>"

    def find(self, key: str | Callable[..., Any]) -> Operation:
        """The operation ``key`` names (see the class docstring); the library's one lookup."""
        if isinstance(key, str):
            return self._find_name(key)
        if callable(key):
            return self._find_callable(key)
        raise UnknownOperationError(f"not an operation: {key!r:.60}")

    def route(self, method: str, path: str) -> Operation | None:
        """The operation at ``method`` and path template (``"POST"``, ``"/locks/{lockId}/history"``)."""
        return self._routes.get((method.upper(), path))

    def require(self, helper: str, *keys: str) -> tuple[Operation, ...]:
        """The operations a helper needs, or UnsupportedOperationError naming every missing one."""
        missing = [key for key in keys if key not in self.by_key]
        if missing:
            raise UnsupportedOperationError(helper, missing)
        return tuple(self.by_key[key] for key in keys)

    def _find_name(self, key: str) -> Operation:
        found = self.by_key.get(key)
        if found is not None:
            return found
        matches = self._spellings.get(key)
        if matches is None and "." not in key:
            matches = {op.key: op for op in self.by_key.values() if op.name == key}
        if not matches:
            raise UnknownOperationError(
                f"unknown operation {key!r:.80}: no operation of this spec answers to it"
            )
        if len(matches) > 1:
            raise UnknownOperationError(f"{key!r} is ambiguous; say which: {', '.join(sorted(matches))}")
        return next(iter(matches.values()))

    def _find_callable(self, func: Callable[..., Any]) -> Operation:
        # A tag namespace's bound method: its class maps method names to stable keys.
        keys = getattr(getattr(func, "__self__", None), "OPERATION_KEYS", None)
        name = getattr(func, "__name__", None)
        if isinstance(keys, Mapping) and isinstance(name, str) and keys.get(name) in self.by_key:
            return self.by_key[keys[name]]
        # A generated endpoint module's function: the module names its operation.
        module = sys.modules.get(getattr(func, "__module__", None) or "")
        operation = getattr(module, "OPERATION", None)
        if isinstance(operation, Operation) and operation.key in self.by_key:
            return self.by_key[operation.key]
        raise UnknownOperationError(f"not a Chaster operation: {func!r:.80}")
