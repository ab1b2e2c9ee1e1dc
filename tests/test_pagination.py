"""paginate() against a local aiohttp server implementing the real paginated Chaster endpoints.

Every paginated operation of OPERATIONS is served at its real path with 1,000+ schema-shaped
items, in the style the spec gives it (page, cursor, last_id, pagination_last_id, offset_date):
regenerated from an older document, the operations and styles are that document's (0.12.54 has
no cursor style: public locks were searched by lastId), and tests of an operation it lacks skip.
The client is the real :class:`Chaster`, so retries, token refresh and body/query encoding are
those of production.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from chaster_async import Chaster, ChasterOAuth, OAuthToken
from chaster_async._model import UNSET
from chaster_async._pagination import NotPaginatedError, PaginationError, Paginator, paginate
from chaster_async._retry import RetryPolicy
from chaster_async.errors import ChasterUsageError, ServerError
from chaster_async.operations import OPERATIONS
from tests.conftest import needs

N = 1037  # items per collection: 20 full pages of 50 and a short one
LIMIT = 50
BASE_DATE = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
JSON_BODY = web.RequestKey("json_body", Any)  # the decoded request body, stored by the middleware


def iso(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="milliseconds") + "Z"


# --- schema-shaped items ------------------------------------------------------------------------


def lock_item(i: int) -> dict[str, Any]:
    return {
        "_id": f"lock{i:05d}",
        "status": "locked",
        "title": f"Lock {i}",
        "createdAt": iso(BASE_DATE - dt.timedelta(minutes=i)),
        "user": {"_id": f"user{i:05d}", "username": f"wearer{i}"},
    }


def history_item(i: int) -> dict[str, Any]:
    return {
        "_id": f"hist{i:05d}",
        "lock": "lock00001",
        "type": "time_changed",
        "role": "keyholder",
        "title": "Time changed",
        "description": "",
        "createdAt": iso(BASE_DATE - dt.timedelta(minutes=i)),
        "payload": {"duration": i},
    }


def session_item(i: int) -> dict[str, Any]:
    return {
        "sessionId": f"sess{i:05d}",
        "paginationId": f"page-{i:05d}",
        "slug": "my-extension",
        "displayName": "My extension",
        "mode": "unlimited",
        "createdAt": iso(BASE_DATE - dt.timedelta(minutes=i)),
    }


def user_item(i: int) -> dict[str, Any]:
    return {"_id": f"user{i:05d}", "username": f"user{i}", "role": "wearer", "online": False}


def conversation_item(i: int) -> dict[str, Any]:
    # Distinct, strictly decreasing dates (newest first), as Chaster sorts conversations.
    return {
        "_id": f"conv{i:05d}",
        "type": "private",
        "status": "approved",
        "lastMessageAt": iso(BASE_DATE - dt.timedelta(seconds=7 * i, milliseconds=i % 1000)),
        "users": [],
        "unreadCounts": {},
    }


def message_item(i: int) -> dict[str, Any]:
    return {
        "_id": f"msg{i:05d}",
        "user": "user00001",
        "conversation": "conv00001",
        "type": "message",
        "message": f"hello {i}",
        "attachments": [],
        "createdAt": iso(BASE_DATE - dt.timedelta(seconds=i)),
        "updatedAt": iso(BASE_DATE - dt.timedelta(seconds=i)),
    }


# --- the server --------------------------------------------------------------------------------


class PagingServer:
    """The paginated endpoints (nine in 0.35.0) over in-memory collections, with switchable
    misbehaviour."""

    def __init__(self, size: int = N) -> None:
        self.data: dict[str, list[dict[str, Any]]] = {}
        self.resize(size)
        self.requests: list[tuple[str, str, dict[str, str], Any]] = []
        self.omit_has_more = False  # answer without hasMore (last_id / cursor styles)
        self.extra_pages = 0  # page style: report this many pages more than there are
        self.repeat = False  # ignore the cursor: always answer the first page
        self.page_counts: Any = None  # page style: send this as both pages and total (NaN...)
        self.has_more_as_text = False  # send hasMore as "true"/"false"
        self.fail: dict[int, int] = {}  # request number (1-based) -> status to answer once
        self.tokens = {"dev-token"}
        self.revoke_after: tuple[str, int] | None = None  # token rejected after n requests

    def resize(self, size: int) -> None:
        self.data = {
            "locks": [lock_item(i) for i in range(size)],
            "history": [history_item(i) for i in range(size)],
            "sessions": [session_item(i) for i in range(size)],
            "conversations": [conversation_item(i) for i in range(size)],
            "messages": [message_item(i) for i in range(size)],
            "users": [user_item(i) for i in range(size)],
        }

    def count(self, path_suffix: str = "") -> int:
        return sum(1 for _m, path, _q, _b in self.requests if path.endswith(path_suffix))

    def app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware])
        for op_id in PAGINATED:
            operation = OPERATIONS[op_id]
            app.router.add_route(operation.method, operation.path, self.handler_for(op_id))
        app.router.add_post("/token", self.token)
        return app

    def handler_for(self, op_id: str) -> Callable[[web.Request], Any]:
        """The operation's collection, served in the style the generated spec gives it."""
        style = OPERATIONS[op_id].pagination
        assert style is not None
        collection = CASES[op_id][3]
        if style.style == "page":
            return self.keyholder_search
        if style.style == "cursor":
            return self.by_cursor(collection)
        if style.style == "offset_date":
            return self.conversations
        assert style.cursor_field is not None and style.cursor_param is not None
        return self.by_last_id(collection, style.cursor_field, style.cursor_param)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        if request.path == "/token":
            return await handler(request)
        body = await request.json() if request.can_read_body else None
        self.requests.append((request.method, request.path, dict(request.query), body))
        number = len(self.requests)
        status = self.fail.pop(number, None)
        if status is not None:
            return web.json_response({"statusCode": status, "message": "injected failure"}, status=status)
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if self.revoke_after and token == self.revoke_after[0] and number > self.revoke_after[1]:
            self.tokens.discard(token)
        if token not in self.tokens and not request.path.startswith("/public-locks"):
            return web.json_response({"statusCode": 401, "message": "Unauthorized"}, status=401)
        request[JSON_BODY] = body
        return await handler(request)

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        assert form["grant_type"] == "refresh_token"
        self.tokens.add("acc-1")
        return web.json_response(
            {"access_token": "acc-1", "refresh_token": "ref-1", "expires_in": 3600, "scope": SCOPES}
        )

    # page style: POST /keyholder/locks/search {page, limit} -> {locks, pages, total}
    async def keyholder_search(self, request: web.Request) -> web.Response:
        body = request[JSON_BODY]
        page, limit = int(body.get("page", 0)), int(body.get("limit", 15))
        items = self.data["locks"]
        if self.repeat:
            page = 0
        chunk = items[page * limit : (page + 1) * limit]
        pages: Any = math.ceil(len(items) / limit) + self.extra_pages
        total: Any = len(items)
        if self.page_counts is not None:
            pages = total = self.page_counts
        return web.json_response({"locks": chunk, "pages": pages, "total": total})

    def _answer(self, items: list[dict[str, Any]], start: int, limit: int, **extra: Any) -> web.Response:
        chunk = items[start : start + limit]
        answer: dict[str, Any] = {"results": chunk, "count": len(items), **extra}
        if not self.omit_has_more:
            more = start + limit < len(items)
            answer["hasMore"] = str(more).lower() if self.has_more_as_text else more
        return web.json_response(answer)

    # last_id / pagination_last_id: items after the one whose key is the cursor
    def by_last_id(self, collection: str, key: str, param: str) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.Response:
            where = request.query if request.method == "GET" else request[JSON_BODY]
            limit = int(where.get("limit", 15))
            cursor = where.get(param)
            items = self.data[collection]
            start = 0
            if cursor is not None and not self.repeat:
                start = next(i for i, item in enumerate(items) if item[key] == cursor) + 1
            return self._answer(items, start, limit)

        return handler

    # cursor: an opaque cursor in the answer
    def by_cursor(self, collection: str) -> Callable[[web.Request], Any]:
        async def handler(request: web.Request) -> web.Response:
            body = request[JSON_BODY]
            limit = int(body.get("limit", 15))
            cursor = body.get("cursor")
            start = 0 if cursor is None or self.repeat else int(cursor.removeprefix("opaque:"))
            items = self.data[collection]
            nxt = start + limit
            return self._answer(items, start, limit, cursor=f"opaque:{nxt}" if nxt < len(items) else None)

        return handler

    # offset_date: GET /conversations?offset=<date>: conversations with lastMessageAt < offset
    async def conversations(self, request: web.Request) -> web.Response:
        limit = int(request.query.get("limit", 15))
        offset = request.query.get("offset")
        items = self.data["conversations"]
        start = 0
        if offset is not None and not self.repeat:
            # The cursor must come back exactly as the item's own string (same precision, Z).
            start = next(i for i, item in enumerate(items) if item["lastMessageAt"] == offset) + 1
        return self._answer(items, start, limit)


SCOPES = "keyholder locks messaging developer shared_locks profile"


@pytest.fixture
async def server() -> AsyncIterator[tuple[PagingServer, str]]:
    fake = PagingServer()
    test_server = TestServer(fake.app(), host="127.0.0.1")
    await test_server.start_server()
    yield fake, str(test_server.make_url("")).rstrip("/")
    await test_server.close()


@pytest.fixture
async def chaster(server: tuple[PagingServer, str]) -> AsyncIterator[Chaster]:
    _fake, base = server
    client = Chaster(
        "dev-token",
        base_url=base,
        rate_limit=False,
        retry=RetryPolicy(max_retries=2, backoff_base=0.001, jitter=0.0),
    )
    yield client
    await client.close()


@pytest.fixture
def fake(server: tuple[PagingServer, str]) -> PagingServer:
    return server[0]


# One way to call each paginated operation: (method getter, args, kwargs, collection, key).
CASES: dict[str, tuple[Callable[[Chaster], Any], tuple[Any, ...], dict[str, Any], str, str]] = {
    "keyholder.search_locks": (
        lambda c: c.keyholder.search_locks,
        (),
        {"body": {"status": "locked"}},
        "locks",
        "_id",
    ),
    "locks.get_lock_history": (
        lambda c: c.locks.get_lock_history,
        ("lock00001",),
        {"body": {}},
        "history",
        "_id",
    ),
    "locks.search": (lambda c: c.locks.search, (), {"body": {}}, "locks", "_id"),
    "public_locks.search": (lambda c: c.public_locks.search, (), {"body": {"criteria": {}}}, "locks", "_id"),
    "messaging.get_conversations": (lambda c: c.messaging.get_conversations, (), {}, "conversations", "_id"),
    "messaging.get_messages": (lambda c: c.messaging.get_messages, ("conv00001",), {}, "messages", "_id"),
    "partner_extensions.get_logs": (
        lambda c: c.partner_extensions.get_logs,
        ("sess00001",),
        {"body": {"role": "keyholder"}},
        "history",
        "_id",
    ),
    "partner_extensions.get_sessions": (
        lambda c: c.partner_extensions.get_sessions,
        (),
        {"body": {"status": "locked", "extensionSlug": "my-extension"}},
        "sessions",
        "sessionId",
    ),
    "shared_locks.get_favorite_shared_locks": (
        lambda c: c.shared_locks.get_favorite_shared_locks,
        (),
        {},
        "locks",
        "_id",
    ),
    "users.search_users": (lambda c: c.users.search_users, (), {"body": {"criteria": {}}}, "users", "_id"),
}


# The operations the generated spec paginates (all nine of CASES in 0.35.0).
PAGINATED = sorted(op_id for op_id, op in OPERATIONS.items() if op.pagination)
STYLES = {"page", "cursor", "last_id", "pagination_last_id", "offset_date"}


def ops(*op_ids: str) -> list[Any]:
    """Parameters for these operations, each skipping when the generated spec lacks it."""
    return [pytest.param(op_id, marks=needs(op_id)) for op_id in op_ids]


def item_key(item: Any, key: str) -> Any:
    return item.to_dict()[key]


def test_every_paginated_operation_is_covered() -> None:
    assert {op_id for op_id in CASES if op_id in OPERATIONS.by_key} == set(PAGINATED)


def test_styles_are_among_the_five_documented() -> None:
    styles = {op.pagination.style for op in OPERATIONS.values() if op.pagination}
    assert styles <= STYLES


@needs("locks.search", "partner_extensions.get_sessions")  # the cursor and pagination_last_id styles
def test_styles_are_the_five_documented() -> None:
    styles = {op.pagination.style for op in OPERATIONS.values() if op.pagination}
    assert styles == STYLES


def cursor_sent(fake: PagingServer, number: int) -> Any:
    """What request ``number`` (0-based) sent as page/cursor, wherever it went."""
    _method, _path, query, body = fake.requests[number]
    where = query if body is None else body
    for name in ("page", "cursor", "lastId", "paginationLastId", "offset"):
        if name in where:
            return where[name]
    return None


@pytest.mark.parametrize("op_id", PAGINATED)
async def test_every_item_once_in_order(chaster: Chaster, fake: PagingServer, op_id: str) -> None:
    get, args, kwargs, collection, key = CASES[op_id]
    method = get(chaster)

    items = [item async for item in paginate(method, *args, page_size=LIMIT, **kwargs)]

    expected = [entry[key] for entry in fake.data[collection]]
    assert [item_key(item, key) for item in items] == expected
    assert len(fake.requests) == math.ceil(N / LIMIT) == 21
    # The limit went where the operation takes it, and every page asked for the next one.
    style = OPERATIONS[op_id].pagination
    assert style is not None
    for number, (_method, _path, query, body) in enumerate(fake.requests):
        where = query if style.location == "query" else body
        assert str(where["limit"]) == str(LIMIT)
        if style.style == "page":
            assert where["page"] == number
        elif number == 0:
            assert cursor_sent(fake, 0) is None
    if style.style in ("last_id", "pagination_last_id", "offset_date"):
        # The cursor of page n+1 is the cursor field of the last item of page n.
        wire = style.cursor_field
        assert wire is not None
        sent = [cursor_sent(fake, n) for n in range(1, len(fake.requests))]
        assert sent == [fake.data[collection][n * LIMIT - 1][wire] for n in range(1, len(fake.requests))]
    # The caller's own body was kept (not mutated, fields preserved).
    if "body" in kwargs:
        for _method, _path, _query, body in fake.requests:
            for field_name, value in kwargs["body"].items():
                assert body[field_name] == value
        assert "limit" not in kwargs["body"]


@pytest.mark.parametrize(
    "op_id",
    ops("keyholder.search_locks", "locks.get_lock_history", "locks.search", "messaging.get_conversations"),
)
async def test_pages_yield_typed_responses(chaster: Chaster, fake: PagingServer, op_id: str) -> None:
    get, args, kwargs, _collection, _key = CASES[op_id]
    method = get(chaster)
    pages = [page async for page in paginate(method, *args, page_size=LIMIT, **kwargs).pages()]

    assert len(pages) == 21 == len(fake.requests)
    assert {type(page).__name__ for page in pages} == {method.__annotations__["return"]}
    items_field = OPERATIONS[op_id].pagination.items_field  # type: ignore[union-attr]
    sizes = [len(page.to_dict()[items_field]) for page in pages]
    assert sizes == [LIMIT] * 20 + [N - 20 * LIMIT]


async def test_items_are_typed_models(chaster: Chaster) -> None:
    from chaster_async.models import ActionLogForPublic, ConversationForPublic

    history = await paginate(
        chaster.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT, max_items=3
    ).to_list()
    assert all(isinstance(entry, ActionLogForPublic) for entry in history)
    assert history[0].id == "hist00000"
    conversations = await paginate(chaster.messaging.get_conversations, limit=LIMIT, max_items=1).to_list()
    assert isinstance(conversations[0], ConversationForPublic)


@needs("keyholder.search_locks")
async def test_page_style_items_are_typed_models(chaster: Chaster) -> None:
    from chaster_async.models import LockForKeyholder

    locks = await paginate(chaster.keyholder.search_locks, body={}, page_size=LIMIT, max_items=1).to_list()
    assert isinstance(locks[0], LockForKeyholder)


# --- max_items / max_pages / early exit -----------------------------------------------------


@pytest.mark.parametrize(
    "op_id",
    ops(
        "keyholder.search_locks",
        "locks.get_lock_history",
        "locks.search",
        "messaging.get_conversations",
        "partner_extensions.get_sessions",
    ),
)
@pytest.mark.parametrize(
    ("max_items", "requests"), [(0, 0), (1, 1), (50, 1), (51, 2), (120, 3), (100, 2), (5000, 21)]
)
async def test_max_items_stops_without_fetching_more(
    chaster: Chaster, fake: PagingServer, op_id: str, max_items: int, requests: int
) -> None:
    get, args, kwargs, collection, key = CASES[op_id]

    items = await paginate(get(chaster), *args, page_size=LIMIT, max_items=max_items, **kwargs).to_list()

    assert [item_key(item, key) for item in items] == [e[key] for e in fake.data[collection][:max_items]]
    assert len(fake.requests) == requests


async def test_max_items_on_pages_stops_after_the_page_that_reached_it(
    chaster: Chaster, fake: PagingServer
) -> None:
    paginator = paginate(chaster.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT, max_items=120)
    pages = [page async for page in paginator.pages()]
    assert [len(page.results) for page in pages] == [50, 50, 50]  # pages are not truncated
    assert len(fake.requests) == 3


async def test_max_pages_bounds_requests(chaster: Chaster, fake: PagingServer) -> None:
    items = await paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT, max_pages=4).to_list()
    assert len(items) == 4 * LIMIT and len(fake.requests) == 4


@needs("locks.search")
async def test_breaking_out_fetches_nothing_more(chaster: Chaster, fake: PagingServer) -> None:
    paginator = paginate(chaster.locks.search, body={}, page_size=LIMIT)
    seen = 0
    async for _lock in paginator:
        seen += 1
        if seen == 75:
            break
    await paginator.aclose()
    assert len(fake.requests) == 2
    assert paginator.pages_fetched == 2


async def test_limit_from_the_call_is_used_without_page_size(chaster: Chaster, fake: PagingServer) -> None:
    items = await paginate(chaster.locks.get_lock_history, "lock00001", body={"limit": 100}).to_list()
    assert len(items) == N and len(fake.requests) == 11
    items = await paginate(chaster.messaging.get_conversations, limit=200).to_list()
    assert len(items) == N and fake.count("/conversations") == 6


@needs("partner_extensions.get_sessions")
async def test_body_given_as_model(chaster: Chaster, fake: PagingServer) -> None:
    from chaster_async.models import GetSessionsDto, GetSessionsDtoStatus

    body = GetSessionsDto(status=GetSessionsDtoStatus.LOCKED, extension_slug="my-extension", limit=LIMIT)
    items = await paginate(chaster.partner_extensions.get_sessions, body=body).to_list()
    assert [item.session_id for item in items] == [e["sessionId"] for e in fake.data["sessions"]]
    assert all(body_["extensionSlug"] == "my-extension" for _m, _p, _q, body_ in fake.requests)
    assert body.pagination_last_id is UNSET  # the model is untouched


async def test_resume_from_a_cursor_the_caller_gives(chaster: Chaster, fake: PagingServer) -> None:
    items = await paginate(
        chaster.locks.get_lock_history, "lock00001", body={"lastId": "hist00999", "limit": LIMIT}
    ).to_list()
    assert [item.id for item in items] == [e["_id"] for e in fake.data["history"][1000:]]


@needs("keyholder.search_locks")
async def test_resume_from_a_page_the_caller_gives(chaster: Chaster) -> None:
    page_items = await paginate(chaster.keyholder.search_locks, body={"page": 19, "limit": LIMIT}).to_list()
    assert len(page_items) == N - 19 * LIMIT


# --- edge cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("op_id", PAGINATED)
async def test_empty_first_page(chaster: Chaster, fake: PagingServer, op_id: str) -> None:
    fake.resize(0)
    get, args, kwargs, _collection, _key = CASES[op_id]
    assert await paginate(get(chaster), *args, page_size=LIMIT, **kwargs).to_list() == []
    assert len(fake.requests) == 1


@pytest.mark.parametrize("op_id", PAGINATED)
async def test_exactly_full_last_page_costs_no_extra_request(
    chaster: Chaster, fake: PagingServer, op_id: str
) -> None:
    fake.resize(1000)
    get, args, kwargs, _collection, _key = CASES[op_id]
    items = await paginate(get(chaster), *args, page_size=LIMIT, **kwargs).to_list()
    assert len(items) == 1000
    assert len(fake.requests) == 20  # hasMore false / pages reached on the 20th


@pytest.mark.parametrize(
    "op_id",
    ops(
        "locks.get_lock_history",
        "locks.search",
        "messaging.get_conversations",
        "partner_extensions.get_sessions",
    ),
)
async def test_without_has_more_a_full_last_page_costs_one_empty_request(
    chaster: Chaster, fake: PagingServer, op_id: str
) -> None:
    fake.resize(1000)
    fake.omit_has_more = True
    get, args, kwargs, _collection, _key = CASES[op_id]
    items = await paginate(get(chaster), *args, page_size=LIMIT, **kwargs).to_list()
    assert len(items) == 1000
    # last_id styles learn nothing from a full page; cursor style stops when no cursor comes back.
    expected = 20 if OPERATIONS[op_id].pagination.style == "cursor" else 21  # type: ignore[union-attr]
    assert len(fake.requests) == expected


async def test_without_has_more_a_short_page_is_the_last(chaster: Chaster, fake: PagingServer) -> None:
    fake.omit_has_more = True
    items = await paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT).to_list()
    assert len(items) == N and len(fake.requests) == 21


@needs("keyholder.search_locks")
async def test_server_over_reporting_pages_ends_at_the_empty_page(
    chaster: Chaster, fake: PagingServer
) -> None:
    fake.extra_pages = 5
    items = await paginate(chaster.keyholder.search_locks, body={}, page_size=LIMIT).to_list()
    assert [item.id for item in items] == [e["_id"] for e in fake.data["locks"]]
    # total is reached after page 20: no empty page is even needed.
    assert len(fake.requests) == 21


@needs("keyholder.search_locks")
async def test_server_over_reporting_pages_and_total(fake: PagingServer) -> None:
    fake.extra_pages = 5
    real = fake.keyholder_search

    async def inflated(request: web.Request) -> web.Response:
        response = await real(request)
        import json

        data = json.loads(response.body)  # type: ignore[arg-type]
        data["total"] += 500
        return web.json_response(data)

    fake.keyholder_search = inflated  # type: ignore[method-assign]
    test_server = TestServer(fake.app(), host="127.0.0.1")
    await test_server.start_server()
    try:
        async with Chaster("dev-token", base_url=str(test_server.make_url("")), rate_limit=False) as client:
            items = await paginate(client.keyholder.search_locks, body={}, page_size=LIMIT).to_list()
    finally:
        await test_server.close()
    assert len(items) == N
    assert len(fake.requests) == 22  # 21 real pages, then page 21 comes back empty


@pytest.mark.parametrize(
    "op_id",
    ops(
        "locks.get_lock_history",
        "locks.search",
        "messaging.get_conversations",
        "partner_extensions.get_sessions",
        "messaging.get_messages",
    ),
)
async def test_repeating_cursor_raises(chaster: Chaster, fake: PagingServer, op_id: str) -> None:
    fake.repeat = True
    get, args, kwargs, _collection, _key = CASES[op_id]
    seen: list[Any] = []
    with pytest.raises(PaginationError) as caught:
        async for item in paginate(get(chaster), *args, page_size=LIMIT, **kwargs):
            seen.append(item)
    assert caught.value.operation_id == OPERATIONS[op_id].operation_id
    assert caught.value.page == 1
    assert len(fake.requests) == 2
    assert len(seen) == 2 * LIMIT  # both pages were yielded before the repeat was noticed


@needs("keyholder.search_locks")
@pytest.mark.parametrize("counts", [None, float("nan"), 10**6], ids=["honest-counts", "nan", "a-million"])
async def test_page_style_server_ignoring_the_page_raises(
    chaster: Chaster, fake: PagingServer, counts: Any
) -> None:
    """The same guard as the cursor styles: a server that ignores ``page`` and answers the same
    page again is noticed at the second page, whatever it reports as pages/total (with NaN or a
    million pages it made 1,000-3,000 requests)."""
    fake.repeat = True
    fake.page_counts = counts
    seen: list[Any] = []
    with pytest.raises(PaginationError, match="same items") as caught:
        async for item in paginate(chaster.keyholder.search_locks, body={}, page_size=LIMIT, max_pages=3000):
            seen.append(item)
    assert caught.value.page == 1
    assert len(fake.requests) == 2
    assert len(seen) == 2 * LIMIT


@needs("keyholder.search_locks")
@pytest.mark.parametrize("counts", [float("nan"), float("inf"), "21", True])
async def test_page_style_unreadable_counts_are_ignored(
    chaster: Chaster, fake: PagingServer, counts: Any
) -> None:
    """NaN (or a string, a bool) is no page count: the walk ends at the short last page."""
    fake.page_counts = counts
    items = await paginate(chaster.keyholder.search_locks, body={}, page_size=LIMIT).to_list()
    assert len(items) == N
    assert len(fake.requests) == 21


@needs("locks.get_lock_history")
async def test_has_more_false_as_text_is_not_read_as_true(chaster: Chaster, fake: PagingServer) -> None:
    fake.resize(2 * LIMIT)  # two full pages: only hasMore tells that the second is the last
    fake.has_more_as_text = True
    items = await paginate(chaster.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT).to_list()
    assert len(items) == 2 * LIMIT
    assert len(fake.requests) == 2


async def test_item_without_its_cursor_field_raises(chaster: Chaster, fake: PagingServer) -> None:
    del fake.data["history"][LIMIT - 1]["_id"]
    with pytest.raises(PaginationError, match="_id"):
        await paginate(chaster.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT).to_list()
    assert len(fake.requests) == 1


async def test_offset_is_sent_as_the_item_iso_string(chaster: Chaster, fake: PagingServer) -> None:
    await paginate(chaster.messaging.get_conversations, limit=LIMIT, max_items=LIMIT + 1).to_list()
    assert fake.requests[1][2]["offset"] == fake.data["conversations"][LIMIT - 1]["lastMessageAt"]
    assert fake.requests[1][2]["offset"].endswith("Z")


# --- not paginated -------------------------------------------------------------------------


def test_operation_that_does_not_paginate(chaster: Chaster) -> None:
    with pytest.raises(NotPaginatedError, match=r"messaging\.get_conversation") as caught:
        paginate(chaster.messaging.get_conversation, "conv00001")
    assert isinstance(caught.value, TypeError) and isinstance(caught.value, ChasterUsageError)
    assert caught.value.operation_id == OPERATIONS["messaging.get_conversation"].operation_id


def test_not_an_operation_method() -> None:
    async def something() -> None: ...

    with pytest.raises(NotPaginatedError, match="operation method"):
        paginate(something)


@needs("locks.search")
def test_bad_bounds(chaster: Chaster) -> None:
    with pytest.raises(ChasterUsageError, match="page_size"):
        paginate(chaster.locks.search, body={}, page_size=0)
    with pytest.raises(ChasterUsageError, match="max_items"):
        paginate(chaster.locks.search, body={}, max_items=-1)


@needs("locks.search")
def test_paginator_repr(chaster: Chaster) -> None:
    paginator = paginate(chaster.locks.search, body={})
    assert isinstance(paginator, Paginator)
    assert "locks.search" in repr(paginator) and "cursor" in repr(paginator)


# --- the client's machinery applies per page -----------------------------------------------


async def test_get_style_page_retried_after_503(chaster: Chaster, fake: PagingServer) -> None:
    fake.fail[3] = 503
    items = await paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT).to_list()
    assert [item.id for item in items] == [e["_id"] for e in fake.data["messages"]]
    assert len(fake.requests) == 22  # page 3 was sent twice
    assert fake.requests[2][2] == fake.requests[3][2]  # the retry asked for the same page


async def test_offset_date_page_retried_after_503(chaster: Chaster, fake: PagingServer) -> None:
    fake.fail[3] = 503
    items = await paginate(chaster.messaging.get_conversations, limit=LIMIT).to_list()
    assert len(items) == N and len(fake.requests) == 22


@pytest.mark.parametrize("op_id", ops("keyholder.search_locks", "locks.get_lock_history", "locks.search"))
async def test_post_style_503_surfaces_as_server_error(
    chaster: Chaster, fake: PagingServer, op_id: str
) -> None:
    fake.fail[3] = 503
    get, args, kwargs, _collection, _key = CASES[op_id]
    seen: list[Any] = []
    with pytest.raises(ServerError) as caught:
        async for item in paginate(get(chaster), *args, page_size=LIMIT, **kwargs):
            seen.append(item)
    assert caught.value.status == 503
    assert len(seen) == 2 * LIMIT and len(fake.requests) == 3  # POST is not re-sent


async def test_401_mid_iteration_refreshes_the_token_and_continues(server: tuple[PagingServer, str]) -> None:
    fake, base = server
    fake.tokens = {"acc-0"}
    fake.revoke_after = ("acc-0", 2)  # the token is revoked from the third request on
    token = OAuthToken(
        access_token="acc-0",
        refresh_token="ref-0",
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
        scopes=frozenset(SCOPES.split()),
    )
    oauth = ChasterOAuth("my-app", "secret", "https://bot.example/cb", token_url=f"{base}/token")
    refreshed: list[OAuthToken] = []
    async with Chaster(
        token, oauth=oauth, on_token_refresh=refreshed.append, base_url=base, rate_limit=False
    ) as client:
        items = await paginate(client.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT).to_list()
        assert client.token is not None and client.token.access_token == "acc-1"
    assert len(items) == N
    assert len(refreshed) == 1
    assert len(fake.requests) == 22  # page 3 answered 401 once, then went through with acc-1


# --- a single pass --------------------------------------------------------------------------


@needs("locks.get_lock_history")
async def test_iterating_again_after_a_failed_page_is_refused_not_empty(
    chaster: Chaster, fake: PagingServer
) -> None:
    """The rest of the items was silently lost: a second ``async for`` yielded nothing."""
    fake.fail[3] = 503  # a POST page: not re-sent
    paginator = paginate(chaster.locks.get_lock_history, "lock00001", body={}, page_size=LIMIT)
    seen: list[Any] = []
    with pytest.raises(ServerError):
        async for item in paginator:
            seen.append(item)
    assert len(seen) == 2 * LIMIT
    with pytest.raises(ChasterUsageError, match=r"already iterated \(it stopped with ServerError"):
        async for item in paginator:
            seen.append(item)
    assert len(fake.requests) == 3


@needs("messaging.get_messages")
async def test_iterating_again_after_the_end_or_aclose_is_refused(chaster: Chaster) -> None:
    done = paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT, max_items=10)
    assert len(await done.to_list()) == 10
    with pytest.raises(ChasterUsageError, match="single pass"):
        await done.to_list()
    closed = paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT)
    await closed.aclose()
    with pytest.raises(ChasterUsageError, match="it was closed"):
        async for _item in closed:
            pass
    assert len([page async for page in done.pages()]) == 1  # pages() is a new walk, as documented


@needs("messaging.get_messages")
async def test_a_loop_left_with_break_goes_on_where_it_stopped(chaster: Chaster, fake: PagingServer) -> None:
    paginator = paginate(chaster.messaging.get_messages, "conv00001", limit=LIMIT)
    first: list[Any] = []
    async for item in paginator:
        first.append(item)
        if len(first) == 60:
            break
    rest = [item async for item in paginator]
    assert [item.id for item in first + rest] == [e["_id"] for e in fake.data["messages"]]
