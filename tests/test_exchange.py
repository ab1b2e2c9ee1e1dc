"""The whole client over a MockExchange: no socket, no server, the pipeline's policy alone.

The exchange interface is ``(method, URL, headers, body, timeout) -> (status, reason, headers,
body)``; these tests drive every policy of the pipeline through it (request shape, retries,
refresh, error mapping, the operation on every error, the per-operation error hook) and pin
that only the aiohttp adapter imports aiohttp's client.
"""

from __future__ import annotations

import ast
import asyncio
import builtins
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from multidict import CIMultiDictProxy

import chaster_async
from chaster_async import (
    APIError,
    APITimeoutError,
    Chaster,
    ChasterUsageError,
    Exchange,
    ExchangeRequest,
    ExchangeResponse,
    MockExchange,
    NoActionRemainingError,
    NotFoundError,
    OAuthToken,
    RateLimitError,
    RequestValidationError,
    ResponseDecodeError,
    RetryPolicy,
    ScopeError,
    ServerError,
    TransportError,
)
from chaster_async.operations import OPERATIONS

from .conftest import needs

TOKEN = "dev-token-SECRET"


def quick(max_retries: int = 2) -> RetryPolicy:
    async def no_sleep(_seconds: float) -> None:
        await asyncio.sleep(0)

    return RetryPolicy(max_retries=max_retries, sleep=no_sleep, rand=lambda: 0.0)


def client(handler: Any, **options: Any) -> tuple[Chaster, MockExchange]:
    exchange = MockExchange(handler)
    options.setdefault("rate_limit", False)
    options.setdefault("retry", quick())
    return Chaster(options.pop("token", TOKEN), exchange=exchange, **options), exchange


def answers(*responses: ExchangeResponse | Exception) -> Any:
    """A handler giving ``responses`` in turn (the last one repeats); exceptions are raised."""
    queue = list(responses)

    def handler(_request: ExchangeRequest) -> ExchangeResponse:
        item = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(item, Exception):
            raise item
        return item

    return handler


# --- The request the exchange gets ----------------------------------------------------------


async def test_request_shape() -> None:
    chaster, exchange = client(
        answers(ExchangeResponse(201, json={"results": [], "count": 0, "hasMore": False}))
    )
    async with chaster:
        await chaster.locks.get_lock_history("lock 1/2", body={"limit": 5})

    (request,) = exchange.requests
    assert request.method == "POST"
    assert str(request.url) == "https://api.chaster.app/locks/lock%201%2F2/history"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"  # case-insensitive
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith("chaster_async/")
    assert request.json() == {"limit": 5}
    assert request.timeout == 30.0
    assert TOKEN not in repr(request)


async def test_query_and_a_public_operation_without_token() -> None:
    chaster, exchange = client(answers(ExchangeResponse(200, json={})), token=None)
    async with chaster:
        with pytest.raises(ChasterUsageError, match="needs a token"):
            await chaster.locks.find_all(status="active")
        await chaster.settings.get_app_settings()

    (request,) = exchange.requests
    assert request.method == "GET" and "Authorization" not in request.headers
    assert exchange.requests[0].url.path == OPERATIONS["settings.get_app_settings"].path


async def test_query_parameters_reach_the_url() -> None:
    chaster, exchange = client(answers(ExchangeResponse(200, json=[])))
    async with chaster:
        assert await chaster.locks.find_all(status="active") == []
    assert exchange.requests[0].query["status"] == "active"


async def test_async_handler_and_default_reason() -> None:
    async def handler(request: ExchangeRequest) -> ExchangeResponse:
        await asyncio.sleep(0)
        return ExchangeResponse(404, json={"message": "Lock not found"})

    chaster, _ = client(handler)
    async with chaster:
        with pytest.raises(NotFoundError) as info:
            await chaster.locks.find_one("l1")
    assert info.value.message == "Lock not found"


# --- Policy: retries, refresh ---------------------------------------------------------------


async def test_503_then_success_is_retried_for_a_get() -> None:
    chaster, exchange = client(answers(ExchangeResponse(503), ExchangeResponse(200, json=[])))
    async with chaster:
        assert await chaster.locks.find_all() == []
    assert len(exchange.requests) == 2


async def test_a_refused_post_is_resent_and_a_dropped_one_is_not() -> None:
    body = {"users": ["u1"], "type": "private", "message": "hi"}
    refused = TransportError("connection refused", reached_server=False)
    chaster, exchange = client(answers(refused, ExchangeResponse(201, json={"_id": "c1"})))
    async with chaster:
        await chaster.messaging.create_conversation(body=body)
    assert len(exchange.requests) == 2

    dropped = TransportError("connection reset")
    chaster, exchange = client(answers(dropped))
    async with chaster:
        with pytest.raises(TransportError) as info:
            await chaster.messaging.create_conversation(body=body)
    assert len(exchange.requests) == 1
    assert info.value.retries == 0
    assert str(info.value) == "POST /conversations: connection reset"
    assert info.value.operation_key == "messaging.create_conversation"


async def test_401_refreshes_once_and_resends() -> None:
    class OAuth:
        def __init__(self) -> None:
            self.refreshed = 0

        async def refresh(self, token: OAuthToken) -> OAuthToken:
            self.refreshed += 1
            return OAuthToken("fresh", "r2", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), token.scopes)

    def handler(request: ExchangeRequest) -> ExchangeResponse:
        if request.headers["Authorization"] == "Bearer stale":
            return ExchangeResponse(401, json={"message": "Unauthorized"})
        return ExchangeResponse(200, json=[])

    token = OAuthToken("stale", "r1", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset({"locks"}))
    oauth = OAuth()
    chaster, exchange = client(handler, token=token, oauth=oauth)
    async with chaster:
        assert await chaster.locks.find_all() == []
    assert oauth.refreshed == 1
    assert [r.headers["Authorization"] for r in exchange.requests] == ["Bearer stale", "Bearer fresh"]


async def test_the_exchange_gets_what_is_left_of_the_call_s_timeout() -> None:
    async def slow(request: ExchangeRequest) -> ExchangeResponse:
        await asyncio.sleep(5)
        raise AssertionError("not reached")

    chaster, exchange = client(slow)
    async with chaster:
        with pytest.raises(APITimeoutError) as info:
            await chaster.locks.find_all(timeout=0.1)
    assert 0 < exchange.requests[0].timeout <= 0.1
    assert isinstance(info.value, builtins.TimeoutError) and isinstance(info.value, TransportError)
    assert info.value.operation_id == OPERATIONS["locks.find_all"].operation_id


# --- Every error carries its operation ------------------------------------------------------


async def test_every_error_of_a_call_carries_its_operation() -> None:
    find_one = OPERATIONS["locks.find_one"]
    chaster, _ = client(
        answers(
            ExchangeResponse(404, json={"message": "gone"}, headers={"X-RateLimit-Limit": "100"}),
            ExchangeResponse(429, json={}, headers={"Retry-After": "3600"}),
            ExchangeResponse(200, body=b"<html>", headers={"Content-Type": "text/html"}),
            TransportError("connection reset"),
            APITimeoutError("timed out after 30 s"),
        ),
        retry=quick(0),
    )
    found: list[Exception] = []
    async with chaster:
        for _ in range(5):
            try:
                await chaster.locks.find_one("l1")
            except Exception as exc:
                found.append(exc)
        with pytest.raises(RequestValidationError) as invalid:
            await chaster.locks.find_one("..")

    kinds = [type(e) for e in found]
    assert kinds == [NotFoundError, RateLimitError, ResponseDecodeError, TransportError, APITimeoutError]
    for error in found:
        assert isinstance(error, chaster_async.ChasterError)
        assert error.operation is find_one
        assert error.operation_id == find_one.operation_id
        assert error.operation_key == "locks.find_one"
    assert invalid.value.operation_id == find_one.operation_id
    assert isinstance(found[0], APIError) and found[0].headers.get("x-ratelimit-limit") == "100"


async def test_scope_and_client_side_rate_limit_errors_carry_their_operation() -> None:
    token = OAuthToken("a", "r", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset({"profile"}))
    chaster, exchange = client(answers(ExchangeResponse(200, json=[])), token=token)
    async with chaster:
        with pytest.raises(ScopeError) as scope:
            await chaster.locks.find_all()
    assert scope.value.operation_key == "locks.find_all" and exchange.requests == []

    limiter = chaster_async.RateLimiter(per_minute=1, max_wait=0.01)
    chaster, exchange = client(answers(ExchangeResponse(200, json=[])), rate_limit=limiter)
    async with chaster:
        await chaster.locks.find_all()
        with pytest.raises(RateLimitError) as limited:
            await chaster.locks.find_all()
    assert limited.value.operation_key == "locks.find_all" and len(exchange.requests) == 1


async def test_api_error_headers_are_case_insensitive_and_masked() -> None:
    headers = [("X-RateLimit-Limit", "100"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-Echo", TOKEN)]
    chaster, _ = client(answers(ExchangeResponse(403, json={"message": "no"}, headers=headers)))
    async with chaster:
        with pytest.raises(APIError) as info:
            await chaster.locks.find_all()

    assert isinstance(info.value.headers, CIMultiDictProxy)
    assert info.value.headers["x-ratelimit-limit"] == "100"
    assert info.value.headers.getall("set-cookie") == ["a=1", "b=2"]
    assert info.value.headers["x-echo"] == "***"


# --- The per-operation error hook -----------------------------------------------------------


@needs("partner_extensions.submit_regular_action")
async def test_no_action_remaining_from_the_generated_method_and_the_toolkit() -> None:
    body = {"message": "No regular action remaining", "nextActionDate": "2026-01-02T03:04:05.000Z"}
    chaster, _ = client(answers(ExchangeResponse(422, json=body)))
    async with chaster:
        with pytest.raises(NoActionRemainingError) as generated:
            await chaster.partner_extensions.submit_regular_action("s1", body={"payload": {}})
        with pytest.raises(NoActionRemainingError) as toolkit:
            await chaster.extension.submit_regular_action("s1", {"roll": 4})

    when = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    for error in (generated.value, toolkit.value):
        assert error.next_action_date == when
        assert error.operation_key == "partner_extensions.submit_regular_action"
        assert error.status == 422 and error.body == body


@needs("partner_extensions.submit_regular_action", "partner_extensions.get_regular_actions")
async def test_the_hook_is_keyed_by_operation_not_by_path() -> None:
    """Another operation's 'No action remaining' 422 stays a plain UnprocessableEntityError."""
    chaster, _ = client(answers(ExchangeResponse(422, json={"message": "No action remaining"})))
    async with chaster:
        with pytest.raises(APIError) as other:
            await chaster.partner_extensions.get_regular_actions("s1")
        with pytest.raises(APIError) as refused:
            await chaster.partner_extensions.submit_regular_action("s1", body={"payload": {}})
    assert type(other.value) is chaster_async.UnprocessableEntityError
    assert type(refused.value) is NoActionRemainingError

    chaster, _ = client(answers(ExchangeResponse(422, json={"message": ["payload must be an object"]})))
    async with chaster:
        with pytest.raises(APIError) as payload:
            await chaster.partner_extensions.submit_regular_action("s1", body={"payload": {}})
    assert type(payload.value) is chaster_async.UnprocessableEntityError


# --- Lifecycle and options ------------------------------------------------------------------


async def test_the_client_closes_its_exchange() -> None:
    chaster, exchange = client(answers(ExchangeResponse(200, json=[])))
    async with chaster:
        await chaster.locks.find_all()
    assert exchange.closed
    with pytest.raises(ChasterUsageError, match="closed"):
        await chaster.locks.find_all()


async def test_exchange_option_is_checked() -> None:
    import aiohttp

    async with aiohttp.ClientSession() as session:
        with pytest.raises(ChasterUsageError, match="exclude"):
            Chaster(TOKEN, session=session, exchange=MockExchange(answers(ExchangeResponse())))
    with pytest.raises(ChasterUsageError, match="Exchange"):
        Chaster(TOKEN, exchange=object())  # type: ignore[arg-type]
    assert isinstance(MockExchange(answers(ExchangeResponse())), Exchange)


async def test_a_handler_that_returns_something_else_is_a_type_error() -> None:
    chaster, _ = client(lambda request: {"not": "a response"})
    async with chaster:
        with pytest.raises(TypeError, match="ExchangeResponse"):
            await chaster.locks.find_all()


def test_exchange_response_helpers() -> None:
    response = ExchangeResponse(201, json={"a": 1}, headers={"X-A": "1"})
    assert json.loads(response.body) == {"a": 1}
    assert response.headers["content-type"] == "application/json" and response.headers["x-a"] == "1"
    assert response.reason == "Created"
    assert ExchangeResponse(599).reason == ""
    assert "201" in repr(response)


def test_timeout_error_keeps_its_old_name() -> None:
    assert chaster_async.TimeoutError is APITimeoutError
    assert chaster_async.errors.TimeoutError is APITimeoutError
    assert issubclass(APITimeoutError, builtins.TimeoutError) and issubclass(APITimeoutError, TransportError)
    assert APITimeoutError.__name__ == "APITimeoutError"
    assert builtins.TimeoutError is not APITimeoutError  # the builtin is no longer shadowed by name


async def test_a_server_error_after_retries_says_how_many() -> None:
    chaster, exchange = client(answers(ExchangeResponse(503)))
    async with chaster:
        with pytest.raises(ServerError) as info:
            await chaster.locks.find_all()
    assert info.value.retries == 2 and len(exchange.requests) == 3


# --- Only the adapter speaks aiohttp's client -----------------------------------------------

PACKAGE = Path(chaster_async.__file__).parent
# What the server side of aiohttp offers (webhooks.py serves webhooks; _inprocess.py serves an app).
SERVER_NAMES = {"web", "hdrs", "HttpVersion11"}


def _runtime_aiohttp_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text())
    found: list[str] = []

    def visit(node: ast.AST, typing_only: bool) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                visit(child, True)
            for child in node.orelse:
                visit(child, typing_only)
            return
        if not typing_only and isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names if alias.name.split(".")[0] == "aiohttp")
        if not typing_only and isinstance(node, ast.ImportFrom) and (node.module or "").startswith("aiohttp"):
            if node.module == "aiohttp":
                found.extend(f"aiohttp.{a.name}" for a in node.names if a.name not in SERVER_NAMES)
            elif node.module != "aiohttp.web":
                found.append(node.module or "")
        for child in ast.iter_child_nodes(node):
            visit(child, typing_only)

    visit(tree, False)
    return found


def test_only_the_adapter_imports_aiohttp_s_client() -> None:
    # testing/ is FakeChaster, a server (it delivers webhooks with a client of its own).
    modules = [p for p in PACKAGE.glob("*.py")]
    offenders = {
        p.name: names for p in modules if p.name != "_aiohttp.py" and (names := _runtime_aiohttp_imports(p))
    }
    assert offenders == {}
    assert _runtime_aiohttp_imports(PACKAGE / "_aiohttp.py") == ["aiohttp"]
