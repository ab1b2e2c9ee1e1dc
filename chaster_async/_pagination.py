"""Iterate over every item of a paginated operation, one request per page.

``paginate(chaster.locks.get_lock_history, lock_id, body={"limit": 50})`` returns a
:class:`Paginator`: ``async for entry in ...`` yields the items (history entries) in server order,
``async for page in ....pages()`` yields each page (the operation's typed response). Each page
is fetched by calling the bound method itself, so scope checks, rate limiting, retries and token
refresh apply to every page exactly as to a single call.

How an operation paginates is read from ``OPERATIONS[operation_id].pagination``, which the
generator detects from the spec (see :class:`~chaster_async._operation.Pagination`):

- ``page``: ``page`` = 0, 1, 2... until ``page + 1 >= pages``, the ``total`` is reached, or a
  page comes back empty (a server that over-reports ``pages`` ends there); non-finite
  ``pages``/``total`` count as absent, and a page holding the same items as the one before (a
  server that ignores ``page``) raises :class:`PaginationError`;
- ``cursor``: the response's ``next_cursor_field`` is sent back until ``hasMore`` is false or
  the response carries no cursor;
- ``last_id`` / ``pagination_last_id``: the last item's ``_id`` / ``paginationId`` is sent back
  until ``hasMore`` is false or a page comes back empty (without a ``hasMore`` flag: until a page
  is shorter than the limit, or empty);
- ``offset_date``: like ``last_id`` with the last item's ``lastMessageAt`` (an ISO 8601 string).

A cursor the iteration already sent raises :class:`PaginationError` instead of looping forever.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Mapping, Sequence
from contextlib import aclosing
from typing import Any, Generic, Protocol, TypeVar, overload

from ._model import UNSET
from ._operation import Operation, Pagination
from .errors import ChasterUsageError, NotPaginatedError, PaginationError

__all__ = ["NotPaginatedError", "PaginationError", "Paginator", "paginate"]

T = TypeVar("T")
P = TypeVar("P")
T_co = TypeVar("T_co", covariant=True)


class _Results(Protocol[T_co]):
    @property
    def results(self) -> Sequence[T_co]: ...


class _Locks(Protocol[T_co]):
    @property
    def locks(self) -> Sequence[T_co]: ...


def _missing(value: Any) -> bool:
    return value is None or value is UNSET


def _field(obj: Any, wire_name: str | None, pagination: Pagination) -> Any:
    """A field of a response or item by its spec name; UNSET when absent.

    Works on generated models (attribute by python name, else ``additional_properties``) and on
    plain mappings (items the lenient parser kept raw, or ``list`` responses of dicts).
    """
    if wire_name is None:
        return UNSET
    if isinstance(obj, Mapping):
        return obj.get(wire_name, UNSET)
    value = getattr(obj, pagination.python_name(wire_name), UNSET)
    if value is UNSET:
        extra = getattr(obj, "additional_properties", None)
        if isinstance(extra, Mapping):
            value = extra.get(wire_name, UNSET)
    return value


def _cursor_text(value: Any) -> Any:
    """A cursor as it is sent: datetimes as the ISO 8601 strings Chaster itself produces."""
    if isinstance(value, _dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(_dt.UTC)
            spec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
            return value.replace(tzinfo=None).isoformat(timespec=spec) + "Z"
        return value.isoformat()
    return value


def _number(value: Any) -> float | None:
    """A count the server reported (pages, total, limit); None when it is not a finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # an int too big for a float
        return None
    return number if math.isfinite(number) else None


def _flag(value: Any) -> bool | None:
    """``hasMore`` as a bool, also when spelled as text (``"false"`` is no "true"); None if unknown."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None


def _same_items(page: Sequence[Any], previous: Sequence[Any] | None) -> bool:
    """Whether a page holds what the previous one held: a server ignoring ``page`` answers the
    same page again. The ends are compared (reading two items, not the whole page)."""
    return (
        previous is not None
        and len(page) == len(previous)
        and page[0] == previous[0]
        and page[-1] == previous[-1]
    )


def _resolve(method: Callable[..., Any]) -> Operation:
    keys = getattr(getattr(method, "__self__", None), "OPERATION_KEYS", None)
    if not isinstance(keys, Mapping) or getattr(method, "__name__", None) not in keys:
        raise NotPaginatedError(
            "paginate() needs an operation method of the client, such as "
            f"chaster.locks.get_lock_history; got {method!r:.80}"
        )
    from .operations import OPERATIONS

    operation = OPERATIONS.find(method)
    if operation.pagination is None:
        raise NotPaginatedError(
            f"{operation.operation_id} ({operation.key}) does not paginate: call it directly",
            operation_id=operation.operation_id,
        )
    return operation


class Paginator(Generic[T, P]):
    """The items of a paginated operation, fetched page by page as they are consumed.

    ``async for item in paginator`` yields every item once, in server order (a single pass:
    iterate again with a new ``paginate()`` call or ``.pages()``). ``pages()`` starts a new walk
    and yields each page, the typed response of each call; with ``max_items`` it stops after the
    page that reached it (that page is not truncated). ``to_list()`` collects the items.
    """

    def __init__(
        self,
        method: Callable[..., Awaitable[Any]],
        operation: Operation,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        *,
        max_items: int | None = None,
        page_size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        for label, value, low in (
            ("max_items", max_items, 0),
            ("page_size", page_size, 1),
            ("max_pages", max_pages, 0),
        ):
            if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < low):
                raise ChasterUsageError(f"paginate(): {label} must be an int >= {low} or None, not {value!r}")
        assert operation.pagination is not None
        self._method = method
        self.operation = operation
        self.pagination: Pagination = operation.pagination
        self._args = args
        self._kwargs = kwargs
        self.max_items = max_items
        self.page_size = page_size
        self.max_pages = max_pages
        self._items: AsyncGenerator[T, None] | None = None
        # Why the item iteration is over (exhausted, failed, closed), once it is: iterating again
        # would silently yield nothing, which after a failed page loses the rest unnoticed.
        self._ended: str | None = None
        #: Pages fetched so far by the item iteration (for logging/inspection).
        self.pages_fetched = 0

    def __repr__(self) -> str:
        op = self.operation
        return f"Paginator({op.tag}.{op.name}, style={self.pagination.style!r}, pages_fetched={self.pages_fetched})"

    # -- items -------------------------------------------------------------------------------

    def __aiter__(self) -> Paginator[T, P]:
        # A loop left with ``break`` goes on where it stopped; one over an iteration that ended
        # is refused (a single pass), rather than yielding nothing.
        if self._ended is not None:
            op = self.operation
            raise ChasterUsageError(
                f"this paginator of {op.key} was already iterated ({self._ended}); a paginator is a "
                "single pass: call chaster.paginate() again (with the last cursor to resume), or use .pages()"
            )
        return self

    async def __anext__(self) -> T:
        if self._items is None:
            self._items = self._iter_items()
        try:
            return await self._items.__anext__()
        except StopAsyncIteration:
            self._ended = self._ended or f"it ended after {self.pages_fetched} page(s)"
            raise
        except BaseException as exc:  # a failed page, or a cancellation: the walk is over either way
            self._ended = f"it stopped with {type(exc).__name__} after {self.pages_fetched} page(s)"
            raise

    async def aclose(self) -> None:
        """Stop the item iteration early (no further page is fetched)."""
        if self._ended is None:
            self._ended = "it was closed"
        if self._items is not None:
            await self._items.aclose()

    async def to_list(self) -> list[T]:
        """Every item (up to ``max_items``) in a list."""
        return [item async for item in self]

    async def _iter_items(self) -> AsyncGenerator[T, None]:
        if self.max_items == 0:
            return
        count = 0
        async with aclosing(self._walk()) as walk:
            async for _page, items in walk:
                self.pages_fetched += 1
                for item in items:
                    yield item
                    count += 1
                    if self.max_items is not None and count >= self.max_items:
                        return

    # -- pages -------------------------------------------------------------------------------

    def pages(self) -> AsyncIterator[P]:
        """A new walk over the pages: each is the typed response of one call."""
        return self._iter_pages()

    async def _iter_pages(self) -> AsyncGenerator[P, None]:
        if self.max_items == 0:
            return
        count = 0
        async with aclosing(self._walk()) as walk:
            async for page, items in walk:
                yield page
                count += len(items)
                if self.max_items is not None and count >= self.max_items:
                    return

    # -- the walk ----------------------------------------------------------------------------

    def _call_kwargs(self, cursor: Any, send_cursor: bool, limit: int | None) -> dict[str, Any]:
        pag = self.pagination
        kwargs = dict(self._kwargs)
        if pag.location == "query":
            if send_cursor and pag.cursor_param:
                kwargs[pag.python_name(pag.cursor_param)] = cursor
            if limit is not None and pag.limit_param:
                kwargs[pag.python_name(pag.limit_param)] = limit
            return kwargs
        body = kwargs.get("body")
        if body is None or body is UNSET:
            body_dict: dict[str, Any] = {}
        elif isinstance(body, Mapping):
            body_dict = dict(body)
        elif callable(getattr(body, "to_dict", None)):
            body_dict = dict(body.to_dict())
        else:
            # Let the generated method report the bad body the way it always does.
            return kwargs
        if send_cursor and pag.cursor_param:
            body_dict[pag.cursor_param] = cursor
        if limit is not None and pag.limit_param:
            body_dict[pag.limit_param] = limit
        kwargs["body"] = body_dict
        return kwargs

    def _initial(self, wire_name: str | None) -> Any:
        """The value the caller passed for a paging parameter (query kwarg or body field)."""
        if wire_name is None:
            return UNSET
        if self.pagination.location == "query":
            return self._kwargs.get(self.pagination.python_name(wire_name), UNSET)
        body = self._kwargs.get("body")
        if body is None:
            return UNSET
        return _field(body, wire_name, self.pagination)

    def _items_of(self, page: Any, index: int) -> Sequence[Any]:
        pag = self.pagination
        items = page if pag.items_field is None else _field(page, pag.items_field, pag)
        if _missing(items):
            return []
        if not isinstance(items, list | tuple):
            raise PaginationError(
                f"the response's {pag.items_field or 'body'} is not a list ({type(items).__name__})",
                operation_id=self.operation.operation_id,
                page=index,
            )
        return items

    async def _walk(self) -> AsyncGenerator[tuple[P, Sequence[Any]], None]:
        pag = self.pagination
        op_id = self.operation.operation_id
        limit: int | None = self.page_size
        if limit is None:
            given = _number(self._initial(pag.limit_param))
            limit = int(given) if given is not None and given >= 1 else None

        start = self._initial(pag.cursor_param)
        if pag.style == "page":
            first = _number(start)
            cursor: Any = int(first) if first is not None else 0
            send_cursor = True
        else:
            cursor = start
            send_cursor = not _missing(start)  # resume from a cursor the caller gave
        sent: set[Any] = set()
        if send_cursor and pag.style != "page":
            sent.add(_hashable(cursor))
        start_page = cursor if pag.style == "page" else 0
        seen = 0
        index = 0
        previous: Sequence[Any] | None = None
        while self.max_pages is None or index < self.max_pages:
            page = await self._method(*self._args, **self._call_kwargs(cursor, send_cursor, limit))
            items = self._items_of(page, index)
            seen += len(items)
            yield page, items
            index += 1
            if not items:
                return  # an empty page always ends the walk (also when pages/hasMore say more)
            has_more = _flag(_field(page, pag.has_more_field, pag))
            if has_more is False:
                return
            if pag.style == "page":
                if _same_items(items, previous):
                    raise PaginationError(
                        f"the server answered page {cursor} with the same items as page {cursor - 1}: "
                        "it ignores the page number; stopping instead of looping",
                        operation_id=op_id,
                        page=index - 1,
                        cursor=cursor,
                    )
                previous = items
                pages = _number(_field(page, pag.pages_field, pag))
                total = _number(_field(page, pag.total_field, pag))
                if pages is not None and cursor + 1 >= pages:
                    return
                if total is not None and start_page == 0 and seen >= total:
                    return
                if (
                    pages is None
                    and total is None
                    and has_more is not True
                    and limit is not None
                    and len(items) < limit
                ):
                    return
                cursor += 1
                continue
            if has_more is not True and limit is not None and len(items) < limit:
                return  # no hasMore flag: a short page is the last one
            if pag.style == "cursor":
                nxt = _field(page, pag.next_cursor_field, pag)
                if _missing(nxt) or nxt == "":
                    return
            else:
                nxt = _cursor_text(_field(items[-1], pag.cursor_field, pag))
                if _missing(nxt) or nxt == "":
                    raise PaginationError(
                        f"the last item of the page has no {pag.cursor_field!r} to continue from",
                        operation_id=op_id,
                        page=index - 1,
                    )
            key = _hashable(nxt)
            if key in sent:
                raise PaginationError(
                    f"the server handed back cursor {nxt!r:.60} a second time; stopping instead of looping",
                    operation_id=op_id,
                    page=index - 1,
                    cursor=nxt,
                )
            sent.add(key)
            cursor = nxt
            send_cursor = True


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


@overload
def paginate(
    method: Callable[..., Awaitable[_Results[T]]],
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> Paginator[T, Any]: ...
@overload
def paginate(
    method: Callable[..., Awaitable[_Locks[T]]],
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> Paginator[T, Any]: ...
@overload
def paginate(
    method: Callable[..., Awaitable[list[T]]],
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> Paginator[T, Any]: ...
def paginate(
    method: Callable[..., Awaitable[Any]],
    *args: Any,
    max_items: int | None = None,
    page_size: int | None = None,
    max_pages: int | None = None,
    **kwargs: Any,
) -> Paginator[Any, Any]:
    """Every item of a paginated operation, fetching pages as they are consumed.

    ``method`` is the client's bound method (``chaster.locks.get_lock_history``); ``args`` and
    ``kwargs`` are what you would pass it (path arguments, ``body=``, query parameters,
    ``timeout=``), minus the page/cursor, which is set for you. ``page_size`` sets the
    operation's limit parameter (otherwise the ``limit`` you pass, or the server default, is
    used). ``max_items`` stops once that many items have been yielded, without fetching a page
    it does not need; ``max_pages`` bounds the number of requests. A cursor or page number
    passed in ``kwargs``/``body`` is where the iteration starts (to resume).

    Raises :class:`NotPaginatedError` (a ``TypeError``) at once for an operation that does not
    paginate; :class:`PaginationError` when the server's pagination cannot be followed. Errors of
    the calls themselves (``ServerError``, ``ScopeError``...) propagate from the page that failed.
    """
    operation = _resolve(method)
    return Paginator(
        method,
        operation,
        args,
        kwargs,
        max_items=max_items,
        page_size=page_size,
        max_pages=max_pages,
    )
