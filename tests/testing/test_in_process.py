"""The whole client against FakeChaster in-process (``AppExchange(fake.app)``): no socket at all.

A fixture makes every socket connect or listen fail, so these tests prove that the client, the
pipeline and the fake's application talk through the in-memory exchange only. Real-socket
behaviour (dropped connections, timeouts in aiohttp, HTTP framing faults) stays in
tests/hardening/test_faults.py and tests/test_transport.py.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
from collections.abc import Iterator
from typing import Any

import pytest
from aiohttp import web

from chaster_async import (
    APITimeoutError,
    AppExchange,
    Chaster,
    ChasterUsageError,
    NoActionRemainingError,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
    RetryPolicy,
    ServerError,
)
from chaster_async._model import collect_deviations
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster

from ..conftest import needs
from .test_client_against_fake import _arguments


@pytest.fixture(autouse=True)
def no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a socket was used")

    for name in ("connect", "connect_ex", "bind", "listen"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(asyncio.base_events.BaseEventLoop, "create_connection", refuse)
    monkeypatch.setattr(asyncio.base_events.BaseEventLoop, "create_server", refuse)
    yield


async def no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


def in_process(fake: FakeChaster, token: str | None = None, **options: Any) -> Chaster:
    options.setdefault("retry", RetryPolicy(sleep=no_sleep, rand=lambda: 0.0))
    return Chaster(token or fake.developer_token, exchange=AppExchange(fake.app), **options)


@pytest.mark.parametrize("key", sorted(OPERATIONS))
async def test_every_operation_in_process(key: str) -> None:
    fake = FakeChaster(rate_limit=None)
    example = fake.example_request(key)
    args, kwargs = _arguments(key, example)
    operation = OPERATIONS[key]

    async with in_process(fake, fake.token_for(example["user"]), rate_limit=False, max_retries=0) as chaster:
        result = await getattr(getattr(chaster, operation.tag), operation.name)(*args, **kwargs)

    assert [r.key for r in fake.requests] == [key]
    assert fake.response_errors == []
    if operation.returns_body:
        assert result is not None and collect_deviations(result) == []
    else:
        assert result is None


@needs("keyholder.search_locks")
async def test_a_bot_session_in_process() -> None:
    fake = FakeChaster()
    ids = fake.seed_ids
    fake.seed_messages(ids["conversation"], 25)
    async with in_process(fake) as chaster:
        me = await chaster.profile.me()
        locks = await chaster.keyholder.search_locks(
            body={"criteria": {}, "status": "locked", "page": 0, "limit": 10}
        )
        messages = await chaster.paginate(
            chaster.messaging.get_messages, ids["conversation"], page_size=10
        ).to_list()
        with pytest.raises(NotFoundError) as missing:
            await chaster.locks.find_one("0" * 24)

    assert me.username == "kim"
    assert locks.locks
    assert len(messages) >= 25 and len({m.id for m in messages}) == len(messages)
    assert missing.value.request_id is not None  # the fake's x-chaster-transaction-id
    assert missing.value.headers.get("x-ratelimit-limit") == "100"
    assert fake.requests[0].headers["Authorization"] == f"Bearer {fake.developer_token}"


@needs("partner_extensions.get_session_auth", "partner_extensions.submit_regular_action")
async def test_extension_toolkit_in_process_until_no_action_remains() -> None:
    fake = FakeChaster()
    async with in_process(fake, client_id=fake.client_id) as chaster:
        auth = await chaster.extension.session_from_main_token(fake.seed_ids["sessionMainToken"])
        with pytest.raises(NoActionRemainingError) as info:
            for _ in range(5):
                await chaster.extension.submit_regular_action(auth.session.session_id, {"roll": 6})

    assert info.value.next_action_date is not None
    assert info.value.operation_key == "partner_extensions.submit_regular_action"


async def test_fake_faults_in_process() -> None:
    fake = FakeChaster()
    fake.fail_next("profile.me", times=2, status=503)
    fake.fail_next("settings.get_app_settings", status=200, malformed=True)
    async with in_process(fake) as chaster:
        assert (await chaster.profile.me()).username == "kim"  # two 503s, then the answer
        with pytest.raises(ResponseDecodeError):
            await chaster.settings.get_app_settings()
        fake.fail_next("profile.me", status=None, delay=2.0)
        with pytest.raises(APITimeoutError):
            await chaster.profile.me(timeout=0.2)
        fake.fail_next("profile.me", times=3, status=500)
        with pytest.raises(ServerError) as failed:
            await chaster.profile.me()

    assert [r.status for r in fake.requests[:3]] == [503, 503, 200]
    assert failed.value.retries == 2


async def test_the_fake_s_rate_limit_in_process() -> None:
    fake = FakeChaster(rate_limit=2)
    async with in_process(fake, rate_limit=False, retry=RetryPolicy(max_retries=0)) as chaster:
        await chaster.profile.me()
        await chaster.profile.me()
        with pytest.raises(RateLimitError) as info:
            await chaster.profile.me()
    assert info.value.retry_after is not None and info.value.retry_after > 0


async def test_the_app_is_started_once_and_cleaned_up_on_close() -> None:
    events: list[str] = []
    app = web.Application()

    async def hello(request: web.Request) -> web.Response:
        return web.json_response({"remote": request.remote, "host": request.host})

    async def on_startup(_app: web.Application) -> None:
        events.append("startup")

    async def on_cleanup(_app: web.Application) -> None:
        events.append("cleanup")

    app.router.add_get("/settings", hello)
    app.on_startup.append(on_startup)
    app.on_cleanup.append(on_cleanup)
    exchange = AppExchange(app)
    async with Chaster(exchange=exchange) as chaster:
        for _ in range(3):
            answer: Any = await chaster.send(_request("settings.get_app_settings", "/settings"))
        assert answer == {"remote": "127.0.0.1", "host": "api.chaster.app"}
        assert events == ["startup"]
    assert events == ["startup", "cleanup"]
    with pytest.raises(ChasterUsageError, match="closed"):
        await chaster.settings.get_app_settings()


async def test_chunked_and_gzip_answers_are_read() -> None:
    app = web.Application()

    async def chunked(request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "application/json"})
        response.enable_chunked_encoding()
        await response.prepare(request)
        for part in (b'{"parts": ', b"[1, 2", b", 3]}"):
            await response.write(part)
        await response.write_eof()
        return response

    async def zipped(request: web.Request) -> web.Response:
        body = gzip.compress(b'{"zipped": true}')
        return web.Response(
            body=body, headers={"Content-Type": "application/json", "Content-Encoding": "gzip"}
        )

    app.router.add_get("/settings", chunked)
    app.router.add_get("/extensions", zipped)
    async with Chaster(exchange=AppExchange(app)) as chaster:
        assert await chaster.send(_request("settings.get_app_settings", "/settings")) == {"parts": [1, 2, 3]}
        assert await chaster.send(_request("extensions.get_extensions", "/extensions")) == {"zipped": True}


async def test_a_handler_that_hangs_times_out_and_is_hung_up_on() -> None:
    app = web.Application()
    cancelled = asyncio.Event()

    async def hang(request: web.Request) -> web.Response:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return web.Response()

    app.router.add_get("/settings", hang)
    async with Chaster(exchange=AppExchange(app), timeout=0.1, max_retries=0) as chaster:
        with pytest.raises(APITimeoutError, match=r"timed out after 0\.1 s"):
            await chaster.settings.get_app_settings()
        await asyncio.wait_for(cancelled.wait(), 1)


def _request(key: str, path: str) -> Any:
    from chaster_async._request import Request

    return Request(OPERATIONS[key], path)
