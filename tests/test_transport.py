"""The call pipeline over the aiohttp exchange, against a real local server (and aioresponses
where a mock suffices)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aioresponses import aioresponses

from chaster_async import errors
from chaster_async._aiohttp import AiohttpExchange
from chaster_async._auth import DeveloperTokenProvider
from chaster_async._operation import OperationTable
from chaster_async._pipeline import CallPipeline
from chaster_async._ratelimit import RateLimiter
from chaster_async._request import FormField, Request
from chaster_async._retry import RetryPolicy

from .conftest import ServerFactory, SleepRecorder, make_request

TOKEN = "dev-token-SECRET"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class Api:
    """A local server whose routes each test defines; counts the requests per path."""

    def __init__(self) -> None:
        self.app = web.Application()
        self.hits: dict[str, int] = {}
        self.seen: list[web.Request] = []

    def route(self, method: str, path: str, handler: Handler) -> None:
        async def counted(request: web.Request) -> web.StreamResponse:
            self.hits[request.path] = self.hits.get(request.path, 0) + 1
            self.seen.append(request)
            return await handler(request)

        self.app.router.add_route(method, path, counted)

    def answer(self, method: str, path: str, *responses: web.Response) -> None:
        """Answer successive requests with ``responses`` (the last one repeats)."""
        queue = list(responses)

        async def handler(request: web.Request) -> web.Response:
            return queue.pop(0) if len(queue) > 1 else _copy(queue[0])

        self.route(method, path, handler)


def _copy(response: web.Response) -> web.Response:
    return web.Response(
        status=response.status,
        body=response.body,
        headers={k: v for k, v in response.headers.items() if k != "Content-Length"},
    )


def aiohttp_pipeline(*, session: aiohttp.ClientSession | None = None, **options: Any) -> CallPipeline:
    """What Chaster builds: the call pipeline over an aiohttp exchange (borrowing ``session``)."""
    return CallPipeline(exchange=AiohttpExchange(session), **options)


def json_response(data: Any, status: int = 200, **headers: str) -> web.Response:
    return web.json_response(data, status=status, headers=headers)


@pytest.fixture
def api() -> Api:
    return Api()


@pytest.fixture
async def make(
    serve: ServerFactory, api: Api, fast_retry: RetryPolicy, operations: OperationTable
) -> AsyncIterator[Callable[..., Awaitable[CallPipeline]]]:
    made: list[CallPipeline] = []

    async def build(**kwargs: Any) -> CallPipeline:
        base = kwargs.pop("base_url", None) or await serve(api.app)
        options: dict[str, Any] = {
            "auth": DeveloperTokenProvider(TOKEN),
            "base_url": base,
            "retry": fast_retry,
        }
        options.update(kwargs)
        transport = aiohttp_pipeline(**options)
        made.append(transport)
        return transport

    yield build
    for transport in made:
        await transport.close()


def get(path: str = "/locks", op: str = "locks.find_all", **kwargs: Any) -> Request:
    return make_request(op, "GET", path, **kwargs)


def post(path: str = "/conversations", op: str = "messaging.create_conversation", **kwargs: Any) -> Request:
    return make_request(op, "POST", path, **kwargs)


# --- Request building -----------------------------------------------------------------------


async def test_request_url_query_headers_and_json(api: Api, make: Any) -> None:
    api.answer("POST", "/conversations", json_response({"ok": True}, 201))
    transport = await make(client_id="partner-client", user_agent="bot/1.0")

    result = await transport.send(
        post(params=[("a", "1"), ("a", "2"), ("b", "x y")], json={"users": ["u"]}, headers={"X-Extra": "1"})
    )

    seen = api.seen[0]
    assert result == {"ok": True}
    assert list(seen.query.items()) == [("a", "1"), ("a", "2"), ("b", "x y")]
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert seen.headers["User-Agent"] == "bot/1.0"
    assert seen.headers["X-Chaster-Client-Id"] == "partner-client"
    assert seen.headers["X-Extra"] == "1"
    assert seen.headers["Content-Type"] == "application/json"


async def test_no_client_id_header_unless_given(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", json_response([]))
    transport = await make()

    await transport.send(get())

    assert "X-Chaster-Client-Id" not in api.seen[0].headers


async def test_encoded_path_is_not_re_encoded(api: Api, make: Any) -> None:
    async def echo(request: web.Request) -> web.Response:
        return json_response({"raw": request.raw_path})

    api.route("GET", "/public-locks/{id}", echo)
    transport = await make()

    result = await transport.send(get("/public-locks/a%2Fb", op="publicLock"))

    assert result == {"raw": "/public-locks/a%2Fb"}


async def test_multipart_form(api: Api, make: Any) -> None:
    async def upload(request: web.Request) -> web.Response:
        form = await request.post()
        file = form["file"]
        assert isinstance(file, web.FileField)
        return json_response({"name": file.filename, "data": file.file.read().decode(), "kind": form["kind"]})

    api.route("POST", "/files/upload", upload)
    transport = await make()

    result = await transport.send(
        make_request(
            "upload",
            "POST",
            "/files/upload",
            form=[FormField("file", b"png-bytes", "a.png", "image/png"), FormField("kind", "avatar")],
        )
    )

    assert result == {"name": "a.png", "data": "png-bytes", "kind": "avatar"}


async def test_unserialisable_json_is_a_request_validation_error(make: Any) -> None:
    transport = await make(base_url="http://127.0.0.1:9")

    with pytest.raises(errors.RequestValidationError):
        await transport.send(post(json={"when": object()}))


# --- Success bodies -------------------------------------------------------------------------


@pytest.mark.parametrize("status", [200, 201, 204])
async def test_any_2xx_with_empty_body_is_none(api: Api, make: Any, status: int) -> None:
    api.answer("POST", "/conversations", web.Response(status=status))
    transport = await make()

    assert await transport.send(post()) is None


async def test_201_search_answer_is_decoded(api: Api, make: Any) -> None:
    api.answer("POST", "/conversations", json_response({"results": [], "hasMore": False}, 201))
    transport = await make()

    assert await transport.send(post()) == {"results": [], "hasMore": False}


async def test_empty_body_where_one_is_expected(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", web.Response(status=200, headers={"x-chaster-transaction-id": "t-1"}))
    transport = await make()

    with pytest.raises(errors.ResponseDecodeError) as info:
        await transport.send(get(expects_body=True))
    assert info.value.request_id == "t-1"


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("<html><body>Maintenance</body></html>", "text/html"),
        ("plain words", "text/plain"),
        ('{"results": [1, 2', "application/json"),
    ],
)
async def test_2xx_that_is_not_json(api: Api, make: Any, body: str, content_type: str) -> None:
    api.answer("GET", "/locks", web.Response(text=body, content_type=content_type))
    transport = await make()

    with pytest.raises(errors.ResponseDecodeError) as info:
        await transport.send(get(expects_body=True))

    assert info.value.status == 200
    assert info.value.content_type == content_type
    assert info.value.body_excerpt == body[:200]
    assert type(info.value) is errors.ResponseDecodeError


@pytest.mark.parametrize(
    ("body", "content_type"),
    [("Created", "text/plain"), ("<html>OK</html>", "text/html"), ('{"half": ', "application/json")],
)
async def test_non_json_2xx_body_of_an_operation_without_one_is_ignored(
    api: Api, make: Any, caplog: pytest.LogCaptureFixture, body: str, content_type: str
) -> None:
    """The POST was applied: a stray body where the spec promises none must not fail the call."""
    api.answer("POST", "/conversations", web.Response(status=201, text=body, content_type=content_type))
    transport = await make()

    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        assert await transport.send(post(json={"x": 1}, expects_body=False)) is None

    assert api.hits["/conversations"] == 1
    assert "ignored" in caplog.text and body not in caplog.text


# --- Error answers --------------------------------------------------------------------------


async def test_request_id_header_is_found_whatever_its_case(api: Api, make: Any) -> None:
    """HTTP header names are case-insensitive; a server may send X-Chaster-Transaction-Id."""
    api.answer(
        "GET", "/locks", json_response({"message": "gone"}, 404, **{"X-Chaster-Transaction-Id": "tx-7"})
    )
    transport = await make()

    with pytest.raises(errors.NotFoundError) as info:
        await transport.send(get())

    assert info.value.request_id == "tx-7"


async def test_nestjs_404(api: Api, make: Any) -> None:
    body = {"statusCode": 404, "message": "Lock not found", "error": "Not Found"}
    api.answer("GET", "/locks", json_response(body, 404, **{"x-chaster-transaction-id": "tx-42"}))
    transport = await make()

    with pytest.raises(errors.NotFoundError) as info:
        await transport.send(get())

    error = info.value
    assert error.status == 404
    assert error.message == "Lock not found"
    assert error.error == "Not Found"
    assert error.body == body
    assert error.request_id == "tx-42"
    assert error.operation_id == "locksFindAll"
    assert "GET /locks failed with 404: Lock not found [request id tx-42]" == str(error)


async def test_nestjs_validation_list_message(api: Api, make: Any) -> None:
    body = {
        "statusCode": 400,
        "message": ["name must be a string", "duration must be positive"],
        "error": "Bad Request",
    }
    api.answer("POST", "/conversations", json_response(body, 400))
    transport = await make()

    with pytest.raises(errors.BadRequestError) as info:
        await transport.send(post())

    assert info.value.message == "name must be a string; duration must be positive"


async def test_plain_message_body(api: Api, make: Any) -> None:
    api.answer("POST", "/conversations", json_response({"message": "You can't do that"}, 403))
    transport = await make()

    with pytest.raises(errors.ForbiddenError, match="You can't do that"):
        await transport.send(post())


async def test_html_error_page(api: Api, make: Any) -> None:
    api.answer(
        "POST",
        "/conversations",
        web.Response(status=502, text="<html>Bad Gateway</html>", content_type="text/html"),
    )
    transport = await make()

    with pytest.raises(errors.ServerError) as info:
        await transport.send(post())

    assert info.value.status == 502
    assert "non-JSON" in info.value.message
    assert info.value.body == "<html>Bad Gateway</html>"


async def test_unknown_status(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", web.Response(status=418))
    transport = await make()

    with pytest.raises(errors.APIError) as info:
        await transport.send(get())
    assert info.value.status == 418


async def test_no_action_remaining(api: Api, make: Any) -> None:
    body = {"message": "No regular action remaining", "nextActionDate": "2026-01-02T03:04:05.000Z"}
    api.answer("POST", "/api/extensions/sessions/{sid}/regular-actions", json_response(body, 422))
    transport = await make()

    with pytest.raises(errors.NoActionRemainingError) as info:
        await transport.send(
            post("/api/extensions/sessions/s1/regular-actions", op="partner_extensions.submit_regular_action")
        )

    assert info.value.next_action_date == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


async def test_other_422_of_regular_actions_stays_unprocessable(api: Api, make: Any) -> None:
    """Only "none left" is NoActionRemainingError: a refused payload or a GET stays a plain 422."""
    refused = {"message": ["payload must be an object"], "error": "Unprocessable Entity"}
    api.answer("POST", "/api/extensions/sessions/{sid}/regular-actions", json_response(refused, 422))
    api.answer(
        "GET",
        "/api/extensions/sessions/{sid}/regular-actions",
        json_response({"message": "No action remaining"}, 422),
    )
    transport = await make()

    with pytest.raises(errors.UnprocessableEntityError) as posted:
        await transport.send(
            post("/api/extensions/sessions/s1/regular-actions", op="partner_extensions.submit_regular_action")
        )
    with pytest.raises(errors.UnprocessableEntityError) as got:
        await transport.send(get("/api/extensions/sessions/s1/regular-actions"))

    assert type(posted.value) is errors.UnprocessableEntityError
    assert type(got.value) is errors.UnprocessableEntityError


async def test_429_becomes_rate_limit_error_when_not_retried(
    api: Api, make: Any, sleeps: SleepRecorder
) -> None:
    api.answer(
        "GET", "/locks", json_response({"message": "Too Many Requests"}, 429, **{"Retry-After": "3600"})
    )
    transport = await make()

    with pytest.raises(errors.RateLimitError) as info:
        await transport.send(get())

    assert info.value.retry_after == 3600.0
    assert api.hits["/locks"] == 1
    assert sleeps.calls == []


# --- Retries --------------------------------------------------------------------------------


async def test_get_retried_on_5xx_then_succeeds(api: Api, make: Any, sleeps: SleepRecorder) -> None:
    api.answer("GET", "/locks", web.Response(status=503), web.Response(status=500), json_response([1]))
    transport = await make()

    assert await transport.send(get()) == [1]
    assert api.hits["/locks"] == 3
    assert sleeps.calls == [0.5, 1.0]


async def test_503s_with_a_rate_limit_reset_wait_the_backoff(
    api: Api, make: Any, sleeps: SleepRecorder
) -> None:
    """The fake's 503s carry X-RateLimit-Reset: 60; three of them cost 1.5 s of backoff, not 120 s."""
    unavailable = json_response({"message": "down"}, 503, **{"X-RateLimit-Reset": "60"})
    api.answer("GET", "/locks", unavailable)
    transport = await make()

    with pytest.raises(errors.ServerError):
        await transport.send(get())

    assert api.hits["/locks"] == 3
    assert sleeps.calls == [0.5, 1.0]


async def test_503_asking_longer_than_max_wait_is_raised_at_once(
    api: Api, make: Any, sleeps: SleepRecorder
) -> None:
    api.answer("GET", "/locks", json_response({"message": "maintenance"}, 503, **{"Retry-After": "600"}))
    transport = await make()

    with pytest.raises(errors.ServerError) as info:
        await transport.send(get())

    assert info.value.status == 503
    assert api.hits["/locks"] == 1
    assert sleeps.calls == []


async def test_get_gives_up_after_max_retries(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", web.Response(status=500))
    transport = await make()

    with pytest.raises(errors.ServerError):
        await transport.send(get())
    assert api.hits["/locks"] == 3


async def test_post_not_resent_on_5xx(api: Api, make: Any, sleeps: SleepRecorder) -> None:
    api.answer("POST", "/conversations", web.Response(status=500), json_response({}))
    transport = await make()

    with pytest.raises(errors.ServerError):
        await transport.send(post())
    assert api.hits["/conversations"] == 1
    assert sleeps.calls == []


async def test_post_not_resent_when_connection_drops(api: Api, make: Any) -> None:
    async def drop(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        await asyncio.sleep(0.05)
        return web.Response()

    api.route("POST", "/conversations", drop)
    transport = await make()

    with pytest.raises(errors.TransportError) as info:
        await transport.send(post(json={"x": 1}))

    assert api.hits["/conversations"] == 1
    assert TOKEN not in str(info.value)


async def test_get_resent_when_connection_drops(api: Api, make: Any) -> None:
    calls = 0

    async def flaky(request: web.Request) -> web.StreamResponse:
        nonlocal calls
        calls += 1
        if calls == 1:
            assert request.transport is not None
            request.transport.close()
            await asyncio.sleep(0.05)
        return json_response({"n": calls})

    api.route("GET", "/locks", flaky)
    transport = await make()

    assert await transport.send(get()) == {"n": 2}


@pytest.mark.parametrize(("method", "max_retries"), [("GET", 0), ("PUT", 0), ("DELETE", 0), ("GET", 2)])
async def test_max_retries_counts_aiohttp_s_silent_resend(
    api: Api, make: Any, sleeps: SleepRecorder, method: str, max_retries: int
) -> None:
    """aiohttp re-sends an idempotent request once by itself when a pooled connection drops;
    that re-send is one of the max_retries, not a free extra."""

    async def first_ok_then_drop(request: web.Request) -> web.StreamResponse:
        if api.hits["/locks"] == 1:
            return json_response([])  # keep-alive: the connection goes back to the pool
        assert request.transport is not None
        request.transport.close()
        await asyncio.sleep(0.05)
        return web.Response()

    api.route(method, "/locks", first_ok_then_drop)
    transport = await make(retry=RetryPolicy(max_retries=max_retries, sleep=sleeps, rand=lambda: 0.0))
    await transport.send(make_request("x", method, "/locks"))

    with pytest.raises(errors.TransportError) as info:
        await transport.send(make_request("x", method, "/locks"))

    assert api.hits["/locks"] - 1 == max_retries + 1
    assert info.value.retries == max_retries


async def test_post_retried_when_connection_refused(make: Any, sleeps: SleepRecorder) -> None:
    transport = await make(base_url="http://127.0.0.1:9")

    with pytest.raises(errors.TransportError) as info:
        await transport.send(post())

    assert type(info.value) is errors.TransportError
    assert info.value.retries == 2
    assert sleeps.calls == [0.5, 1.0]


@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_429_retried_after_retry_after(api: Api, make: Any, sleeps: SleepRecorder, method: str) -> None:
    path = "/locks" if method == "GET" else "/conversations"
    api.answer(method, path, json_response({}, 429, **{"Retry-After": "7"}), json_response({"ok": 1}))
    transport = await make()

    assert await transport.send(make_request("x", method, path)) == {"ok": 1}
    assert sleeps.calls == [7.0]
    assert api.hits[path] == 2


async def test_429_with_invalid_headers_backs_off(api: Api, make: Any, sleeps: SleepRecorder) -> None:
    limited = json_response({}, 429, **{"Retry-After": "whenever", "X-RateLimit-Reset": "nope"})
    api.answer("GET", "/locks", limited, json_response([]))
    transport = await make()

    assert await transport.send(get()) == []
    assert sleeps.calls == [0.5]


# --- Timeouts -------------------------------------------------------------------------------


def slow(seconds: float) -> Handler:
    async def handler(request: web.Request) -> web.Response:
        await asyncio.sleep(seconds)
        return json_response({})

    return handler


async def test_client_timeout(api: Api, make: Any) -> None:
    api.route("GET", "/locks", slow(2))
    transport = await make(timeout=0.05, retry=RetryPolicy(max_retries=0))

    with pytest.raises(errors.TimeoutError) as info:
        await transport.send(get())
    assert isinstance(info.value, TimeoutError)  # also the builtin


async def test_per_call_timeout_overrides_client_default(api: Api, make: Any) -> None:
    api.route("GET", "/locks", slow(2))
    transport = await make(timeout=30, retry=RetryPolicy(max_retries=0))

    with pytest.raises(errors.TimeoutError):
        await transport.send(get(timeout=0.05))


async def test_timed_out_post_is_not_resent(api: Api, make: Any) -> None:
    api.route("POST", "/conversations", slow(2))
    transport = await make(timeout=0.05)

    with pytest.raises(errors.TimeoutError):
        await transport.send(post())
    assert api.hits["/conversations"] == 1


async def test_timed_out_get_is_resent(api: Api, make: Any) -> None:
    api.route("GET", "/locks", slow(2))
    transport = await make(timeout=0.05)

    with pytest.raises(errors.TimeoutError) as info:
        await transport.send(get())
    assert info.value.retries == 2
    assert api.hits["/locks"] == 3


@pytest.mark.timeout(10)
async def test_per_call_timeout_bounds_retries_and_their_waits(api: Api, make: Any) -> None:
    """A per-attempt timeout alone let a call with timeout= run on for every retry."""
    api.answer("GET", "/locks", json_response({"message": "busy"}, 503, **{"Retry-After": "0.2"}))
    retry = RetryPolicy(max_retries=10, backoff_base=0.1, jitter=0.0)
    transport = await make(retry=retry, timeout=30)
    started = asyncio.get_running_loop().time()

    with pytest.raises(errors.ServerError) as info:
        await transport.send(get(timeout=0.5))

    elapsed = asyncio.get_running_loop().time() - started
    assert elapsed < 0.6  # the next 0.4 s wait would end past the deadline: raised at once
    assert api.hits["/locks"] == 3
    assert info.value.__context__ is None


@pytest.mark.timeout(10)
async def test_per_call_timeout_bounds_the_rate_limiter_wait(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", json_response([]))
    transport = await make(limiter=RateLimiter(per_minute=1, max_wait=120))
    await transport.send(get())
    started = asyncio.get_running_loop().time()

    with pytest.raises(errors.RateLimitError) as info:
        async with asyncio.timeout(3):
            await transport.send(get(timeout=0.5))

    assert asyncio.get_running_loop().time() - started < 0.2
    assert info.value.retry_after is not None and info.value.retry_after > 0.5
    assert api.hits["/locks"] == 1


@pytest.mark.timeout(10)
async def test_per_call_timeout_bounds_a_hanging_token_provider(api: Api, make: Any) -> None:
    class Hanging(DeveloperTokenProvider):
        async def access_token(self) -> str:
            await asyncio.sleep(5)
            return TOKEN

    api.answer("GET", "/locks", json_response([]))
    transport = await make(auth=Hanging(TOKEN))
    started = asyncio.get_running_loop().time()

    with pytest.raises(errors.TimeoutError) as info:
        await transport.send(get(timeout=0.3))

    assert 0.25 < asyncio.get_running_loop().time() - started < 1.0
    assert "0.3 s" in str(info.value)
    assert isinstance(info.value, TimeoutError)
    assert info.value.__context__ is None and info.value.__cause__ is None
    assert api.hits == {}


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), True, "1"])
async def test_invalid_per_call_timeout_is_a_usage_error_before_io(api: Api, make: Any, timeout: Any) -> None:
    api.answer("GET", "/locks", json_response([]))
    transport = await make()

    with pytest.raises(errors.ChasterUsageError, match="timeout"):
        await transport.send(get(timeout=timeout))

    assert api.hits == {}


@pytest.mark.parametrize("timeout", [0, -1, float("nan"), float("inf"), True, None])
def test_invalid_client_timeout_is_refused_at_construction(timeout: Any) -> None:
    from chaster_async import Chaster, ChasterOAuth

    with pytest.raises(errors.ChasterUsageError, match="timeout"):
        aiohttp_pipeline(auth=None, timeout=timeout)
    with pytest.raises(errors.ChasterUsageError, match="timeout"):
        Chaster("dev", timeout=timeout)
    with pytest.raises(errors.ChasterUsageError, match="timeout"):
        ChasterOAuth("app", "secret", "https://cb", timeout=timeout)


# --- Sessions and lifecycle -----------------------------------------------------------------


async def test_borrowed_session_defaults_do_not_interfere(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", json_response({"message": "nope"}, 404))
    called: list[str] = []

    async def middleware(
        request: aiohttp.ClientRequest, handler: aiohttp.ClientHandlerType
    ) -> aiohttp.ClientResponse:
        called.append(str(request.url))
        return await handler(request)

    async with aiohttp.ClientSession(
        base_url="http://127.0.0.1:9/other/",
        headers={"User-Agent": "theirs"},
        raise_for_status=True,
        middlewares=(middleware,),
    ) as session:
        transport = await make(session=session)
        with pytest.raises(errors.NotFoundError):
            await transport.send(get())
        await transport.close()
        assert not session.closed

    assert called == []
    assert api.seen[0].headers["User-Agent"] == "chaster_async"


async def test_closed_borrowed_session_is_a_usage_error(make: Any) -> None:
    session = aiohttp.ClientSession()
    await session.close()
    transport = await make(session=session)

    with pytest.raises(errors.ChasterUsageError):
        await transport.send(get())


async def test_owned_session_closed_and_closed_transport_refuses(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", json_response([]))
    transport = await make()
    await transport.send(get())
    session = transport.exchange._session
    await transport.close()

    assert session is not None and session.closed
    with pytest.raises(errors.ChasterUsageError, match="closed"):
        await transport.send(get())


@pytest.mark.parametrize("answer", [503, 401, "refused"])
async def test_close_while_a_call_waits_to_resend(api: Api, make: Any, answer: int | str) -> None:
    """The call stops with ChasterUsageError instead of opening a session nothing would close."""
    transport: CallPipeline | None = None

    class Provider(DeveloperTokenProvider):
        can_refresh = True

        async def refresh_after_unauthorized(self, rejected: str) -> None:
            assert transport is not None
            await transport.close()

    async def close_instead_of_sleeping(seconds: float) -> None:
        assert transport is not None
        await transport.close()

    retry = RetryPolicy(sleep=close_instead_of_sleeping, rand=lambda: 0.0)
    if answer == "refused":
        transport = await make(base_url="http://127.0.0.1:9", retry=retry)
    else:
        assert isinstance(answer, int)
        api.answer("GET", "/locks", json_response({}, answer), json_response([]))
        transport = await make(retry=retry, auth=Provider(TOKEN))

    with pytest.raises(errors.ChasterUsageError, match="closed"):
        await transport.send(get())

    assert transport.exchange._session is None
    assert sum(api.hits.values()) <= 1
    with pytest.raises(errors.ChasterUsageError, match="closed"):
        transport.exchange._get_session()


async def test_cancellation_propagates(api: Api, make: Any) -> None:
    api.route("GET", "/locks", slow(2))
    transport = await make()

    task = asyncio.ensure_future(transport.send(get()))
    await asyncio.sleep(0.05)
    task.cancel()

    with pytest.raises(asyncio.CancelledError):
        await task


async def test_no_token_for_an_operation_that_needs_one(make: Any) -> None:
    transport = await make(auth=None, base_url="http://127.0.0.1:9")

    with pytest.raises(errors.ChasterUsageError, match="needs a token"):
        await transport.send(get())


async def test_public_operation_without_token(api: Api, make: Any) -> None:
    api.answer("GET", "/public-locks/{id}", json_response({"_id": "l"}))
    transport = await make(auth=None)

    assert await transport.send(get("/public-locks/l", op="publicLock")) == {"_id": "l"}
    assert "Authorization" not in api.seen[0].headers


# --- Logging and secrets --------------------------------------------------------------------


async def test_one_debug_line_per_attempt(api: Api, make: Any, caplog: pytest.LogCaptureFixture) -> None:
    api.answer(
        "GET", "/locks", web.Response(status=503), json_response([], **{"x-chaster-transaction-id": "tx-9"})
    )
    transport = await make()

    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        await transport.send(get(params=[("q", "secret-query")]))

    logged = [r.getMessage() for r in caplog.records if r.name == "chaster_async"]
    lines = [line for line in logged if " -> " in line]
    assert len(lines) == 2
    assert lines[0].startswith("GET /locks -> 503 in ") and "(retry 0, request id None)" in lines[0]
    assert lines[1].startswith("GET /locks -> 200 in ") and "(retry 1, request id tx-9)" in lines[1]
    assert " ms " in lines[1]
    # The wait between them is logged too: how long and why.
    waits = [line for line in logged if " -> " not in line]
    assert len(waits) == 1 and re.fullmatch(r"GET /locks: retry 1 in \d+\.\d\d s \(answer 503\)", waits[0])
    assert all(TOKEN not in line and "secret-query" not in line for line in logged)


async def test_request_id_with_control_characters_is_escaped(
    make: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """aiohttp's client parser lets control characters and undecodable bytes through in header
    values; the request id reaches the log line (and errors) escaped."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\nConnection: close\r\n"
            b"x-chaster-transaction-id: tx-1\x1b[2J\x7f\x80\r\n\r\n{}"
        )
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    transport = await make(base_url=f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}")
    try:
        with (
            caplog.at_level(logging.DEBUG, logger="chaster_async"),
            pytest.raises(errors.NotFoundError) as info,
        ):
            await transport.send(get())
    finally:
        server.close()

    escaped = "tx-1\\x1b[2J\\x7f\\udc80"
    line = next(r.getMessage() for r in caplog.records if r.name == "chaster_async")
    assert line.endswith(f"request id {escaped})")
    assert info.value.request_id == escaped and str(info.value).endswith(f"[request id {escaped}]")


async def test_token_in_path_is_masked(api: Api, make: Any, caplog: pytest.LogCaptureFixture) -> None:
    api.answer("GET", "/api/extensions/auth/sessions/{token}", json_response({"message": "gone"}, 404))
    transport = await make()

    with caplog.at_level(logging.DEBUG, logger="chaster_async"), pytest.raises(errors.NotFoundError) as info:
        await transport.send(
            get("/api/extensions/auth/sessions/main-TOKEN-123", op="partner_extensions.get_session_auth")
        )

    assert "main-TOKEN-123" not in caplog.text
    assert "main-TOKEN-123" not in str(info.value)
    assert info.value.path == "/api/extensions/auth/sessions/***"


async def test_token_in_path_is_masked_in_client_side_rate_limit_error(api: Api, make: Any) -> None:
    api.answer("GET", "/api/extensions/auth/sessions/{token}", json_response({}))
    transport = await make(limiter=RateLimiter(per_minute=1, max_wait=0.01))
    request = get("/api/extensions/auth/sessions/main-TOKEN-123", op="partner_extensions.get_session_auth")
    await transport.send(request)

    with pytest.raises(errors.RateLimitError) as info:
        await transport.send(request)

    assert info.value.path == "/api/extensions/auth/sessions/***"
    assert "main-TOKEN-123" not in str(info.value) and "main-TOKEN-123" not in repr(info.value)
    assert api.hits == {"/api/extensions/auth/sessions/main-TOKEN-123": 1}


async def test_secrets_absent_from_errors_and_reprs(api: Api, make: Any) -> None:
    api.answer("GET", "/locks", json_response({"message": "Unauthorized"}, 401))
    transport = await make()

    with pytest.raises(errors.UnauthorizedError) as info:
        await transport.send(get())

    assert TOKEN not in str(info.value) and TOKEN not in repr(info.value)
    assert TOKEN not in repr(transport) and TOKEN not in repr(transport.auth)


def exception_chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception reachable from it through __context__ and __cause__."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo:
        current = todo.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [current.__context__, current.__cause__]
    return seen


async def bad_status_line_server() -> tuple[str, asyncio.Server]:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readuntil(b"\r\n\r\n")
        writer.write(b"HTTP/1.1 2x0 BAD\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    return f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", server


@pytest.mark.parametrize("failure", ["bad status line", "refused", "timeout", "echoed in a non-JSON body"])
async def test_no_token_reachable_through_the_exception_chain(api: Api, make: Any, failure: str) -> None:
    server = None
    if failure == "bad status line":
        base_url, server = await bad_status_line_server()
        transport = await make(base_url=base_url, retry=RetryPolicy(max_retries=0))
    elif failure == "refused":
        transport = await make(base_url="http://127.0.0.1:9", retry=RetryPolicy(max_retries=0))
    elif failure == "timeout":
        api.route("GET", "/locks", slow(2))
        transport = await make(timeout=0.05, retry=RetryPolicy(max_retries=0))
    else:
        api.answer("GET", "/locks", web.Response(text=f"<html>bad token {TOKEN}</html>"))
        transport = await make()
    try:
        with pytest.raises(errors.ChasterError) as info:
            await transport.send(get(expects_body=True))
    finally:
        if server is not None:
            server.close()

    assert info.value.__context__ is None and info.value.__cause__ is None
    for error in exception_chain(info.value):
        assert TOKEN not in repr(error) and TOKEN not in repr(vars(error))


# --- With aioresponses ----------------------------------------------------------------------


async def test_mocked_answer_and_request_shape(make: Any) -> None:
    transport = await make(base_url="https://api.example")
    with aioresponses() as mocked:
        mocked.get("https://api.example/locks?status=active", payload=[{"_id": "a"}])

        result = await transport.send(get(params=[("status", "active")]))

    assert result == [{"_id": "a"}]


async def test_mocked_connection_error_is_wrapped(make: Any) -> None:
    transport = await make(base_url="https://api.example", retry=RetryPolicy(max_retries=0))
    with aioresponses() as mocked:
        mocked.get("https://api.example/locks", exception=aiohttp.ServerDisconnectedError())

        with pytest.raises(errors.TransportError, match="ServerDisconnectedError"):
            await transport.send(get())


async def test_waiting_for_a_free_connection_does_not_count_against_the_timeout(serve: Any) -> None:
    """A burst bigger than the pool queues before the timed region: each attempt gets its full timeout."""

    async def slow(request: web.Request) -> web.Response:
        await asyncio.sleep(0.15)
        return web.json_response([])

    app = web.Application()
    app.router.add_get("/locks", slow)
    transport = aiohttp_pipeline(
        auth=DeveloperTokenProvider(TOKEN),
        base_url=await serve(app),
        timeout=0.5,
        retry=RetryPolicy(max_retries=0),
    )
    try:
        # 40 calls through 10 connections take ~0.6 s, longer than any one call may take.
        results = await asyncio.gather(*(transport.send(get()) for _ in range(40)))
    finally:
        await transport.close()

    assert results == [[]] * 40


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_an_answer_over_the_size_cap_is_not_read(serve: Any, chunked: bool) -> None:
    """The aiohttp exchange reads at most max_body_size bytes (64 MiB by default)."""

    async def big(request: web.Request) -> web.StreamResponse:
        size = int(request.query["size"])
        if not chunked:
            return web.json_response(["x" * (size - 6)])  # '["' + x... + '"]' is size - 2 bytes
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        await response.write(b'["' + b"x" * (size - 6) + b'"]')
        await response.write_eof()
        return response

    app = web.Application()
    app.router.add_get("/locks", big)
    transport = CallPipeline(
        exchange=AiohttpExchange(max_body_size=1000),
        auth=DeveloperTokenProvider(TOKEN),
        base_url=await serve(app),
        retry=RetryPolicy(max_retries=0),
    )
    try:
        assert await transport.send(get(params=[("size", "1000")])) == ["x" * 994]
        with pytest.raises(errors.TransportError, match="larger than 1000 bytes") as info:
            await transport.send(get(params=[("size", "5000")]))
    finally:
        await transport.close()
    assert type(info.value) is errors.TransportError
