"""Raw responses (``chaster.with_raw_response``), per-call options (``extra_headers=``,
``max_retries=``) and derived clients (``chaster.with_options(...)``), over a MockExchange and
against FakeChaster in-process."""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import logging
from typing import Any

import pytest
from multidict import CIMultiDictProxy

from chaster_async import (
    APIError,
    AppExchange,
    Chaster,
    ChasterUsageError,
    ExchangeRequest,
    ExchangeResponse,
    MockExchange,
    NotFoundError,
    NotPaginatedError,
    OAuthToken,
    RateLimiter,
    RawResponse,
    RequestValidationError,
    ResponseValidationError,
    RetryPolicy,
    ServerError,
)
from chaster_async._generated.tags import RawTagNamespaces, TagNamespaces
from chaster_async.models import LockForPublic
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster

from .conftest import needs

TOKEN = "dev-token-SECRET"
LOCK = {"_id": "l1", "title": "Lock"}


async def no_sleep(_seconds: float) -> None:
    await asyncio.sleep(0)


def quick(max_retries: int = 2) -> RetryPolicy:
    return RetryPolicy(max_retries=max_retries, sleep=no_sleep, rand=lambda: 0.0)


def answers(*responses: ExchangeResponse) -> Any:
    queue = list(responses)

    def handler(_request: ExchangeRequest) -> ExchangeResponse:
        return queue.pop(0) if len(queue) > 1 else queue[0]

    return handler


def client(handler: Any, **options: Any) -> tuple[Chaster, MockExchange]:
    exchange = MockExchange(handler)
    options.setdefault("rate_limit", False)
    options.setdefault("retry", quick())
    return Chaster(options.pop("token", TOKEN), exchange=exchange, **options), exchange


def ok(body: Any = LOCK, status: int = 200, **headers: str) -> ExchangeResponse:
    headers.setdefault("x-chaster-transaction-id", "tx-1")
    return ExchangeResponse(status, json=body, headers=headers)


def namespaces(cls: type) -> list[str]:
    return sorted(name for name, member in vars(cls).items() if hasattr(member, "func"))


# --- Raw responses ----------------------------------------------------------------------------


async def test_raw_response_has_the_parsed_value_and_the_answer() -> None:
    chaster, _ = client(answers(ExchangeResponse(503), ok(**{"X-RateLimit-Remaining": "98"})))
    async with chaster:
        raw = await chaster.with_raw_response.locks.find_one("l1")

    assert isinstance(raw, RawResponse)
    assert isinstance(raw.parsed, LockForPublic) and raw.parsed.title == "Lock"
    assert raw.status == 200 and raw.reason == "OK"
    assert isinstance(raw.headers, CIMultiDictProxy)
    assert raw.headers["x-ratelimit-remaining"] == "98" == raw.headers["X-RATELIMIT-REMAINING"]
    assert raw.request_id == "tx-1"
    assert raw.retries == 1
    assert 0 < raw.elapsed < 5
    assert raw.operation is OPERATIONS["locks.find_one"]
    assert (raw.method, raw.path) == ("GET", "/locks/l1")
    assert raw.json() == LOCK and raw.json() is not raw.json()
    assert "GET /locks/l1 -> 200" in repr(raw) and "retries 1" in repr(raw)


async def test_raw_response_of_an_operation_without_a_body_and_of_a_list() -> None:
    chaster, _ = client(answers(ExchangeResponse(204), ok([LOCK])))
    async with chaster:
        archived = await chaster.with_raw_response.locks.archive("l1")
        found = await chaster.with_raw_response.locks.find_all(status="active")
    assert archived.parsed is None and archived.status == 204 and archived.json() is None
    assert isinstance(found.parsed, list) and isinstance(found.parsed[0], LockForPublic)


async def test_raw_calls_raise_as_plain_ones_do() -> None:
    chaster, _ = client(answers(ok({"message": "gone"}, 404)))
    async with chaster:
        with pytest.raises(NotFoundError) as info:
            await chaster.with_raw_response.locks.find_one("l1")
    assert info.value.operation_key == "locks.find_one"

    chaster, _ = client(answers(ok({"_id": "l1", "status": "weird-status"})), strict=True)
    async with chaster:
        with pytest.raises(ResponseValidationError) as strict:
            await chaster.with_raw_response.locks.find_one("l1")
    assert strict.value.operation_key == "locks.find_one"  # parsed in the pipeline: tagged too


@needs("partner_extensions.get_session_auth")
async def test_raw_headers_mask_what_the_call_sent() -> None:
    echo = ok(**{"X-Echo": f"token {TOKEN}", "X-Key": "key-SECRET-123"})
    chaster, _ = client(answers(echo))
    async with chaster:
        raw = await chaster.with_raw_response.partner_extensions.get_session_auth(
            "main-TOKEN-1", x_chaster_client_id="cid", extra_headers={"X-Api-Key": "key-SECRET-123"}
        )
    assert raw.headers["x-echo"] == "token ***"
    assert raw.headers["x-key"] == "***"
    assert raw.path == "/api/extensions/auth/sessions/***"


def test_every_method_has_a_raw_twin_with_the_same_arguments() -> None:
    assert namespaces(RawTagNamespaces) == [n for n in namespaces(TagNamespaces) if n != "with_raw_response"]
    for tag in namespaces(RawTagNamespaces):
        plain = vars(TagNamespaces)[tag].func(type("Owner", (), {"_transport": None})())
        raw = vars(RawTagNamespaces)[tag].func(RawTagNamespaces(None))  # type: ignore[arg-type]
        methods = [
            m for m in dir(plain) if not m.startswith("_") and inspect.iscoroutinefunction(getattr(plain, m))
        ]
        assert methods and methods == [m for m in dir(raw) if not m.startswith("_")]
        for name in methods:
            plain_signature = inspect.signature(getattr(plain, name))
            raw_signature = inspect.signature(getattr(raw, name))
            assert raw_signature.parameters == plain_signature.parameters, (tag, name)
            assert raw_signature.return_annotation == f"RawResponse[{plain_signature.return_annotation}]"


async def test_paginate_refuses_a_raw_method() -> None:
    chaster, _ = client(answers(ok()))
    async with chaster:
        with pytest.raises(NotPaginatedError):
            chaster.paginate(chaster.with_raw_response.locks.get_lock_history, "l1")  # type: ignore[call-overload]


async def test_raw_response_against_fake_chaster_in_process() -> None:
    fake = FakeChaster()
    async with Chaster(fake.developer_token, exchange=AppExchange(fake.app)) as chaster:
        raw = await chaster.with_raw_response.profile.me()
        history = await chaster.with_raw_response.locks.get_lock_history(
            fake.seed_ids["wendyLock"], body={"limit": 2}
        )
    assert raw.parsed.username == "kim"
    assert raw.headers["x-ratelimit-limit"] == "100" and raw.request_id is not None
    assert history.status == 201 and history.parsed.results


# --- Per-call options -------------------------------------------------------------------------


async def test_extra_headers_are_sent_and_win() -> None:
    chaster, exchange = client(answers(ok([])), headers={"X-Team": "bots", "X-Trace": "client"})
    async with chaster:
        await chaster.locks.find_all(extra_headers={"x-trace": "call", "user-agent": "mine/1", "X-New": "1"})
        await chaster.locks.find_all()

    first, second = (r.headers for r in exchange.requests)
    assert first.getall("X-Trace") == ["call"]  # replaced case-insensitively, not added
    assert first["User-Agent"] == "mine/1" and first["X-New"] == "1" and first["X-Team"] == "bots"
    assert first["Authorization"] == f"Bearer {TOKEN}"
    assert second["X-Trace"] == "client" and "X-New" not in second


@needs("partner_extensions.get_session_auth")
async def test_extra_headers_win_over_the_operation_s_header_parameters() -> None:
    chaster, exchange = client(answers(ok({})), client_id="client-option")
    async with chaster:
        await chaster.partner_extensions.get_session_auth(
            "t1", x_chaster_client_id="argument", extra_headers={"X-Extra": "1"}
        )
        await chaster.partner_extensions.get_session_auth(
            "t1", x_chaster_client_id="argument", extra_headers={"X-Chaster-Client-Id": "extra"}
        )
    assert [r.headers.getall("X-Chaster-Client-Id") for r in exchange.requests] == [["argument"], ["extra"]]


@pytest.mark.parametrize(
    "headers",
    [{"X-A": "line\r\nInjected: 1"}, {"X A": "1"}, {"X-A": 1}, {"": "1"}, {"X-A": "nul\0"}, [("X-A", "1")]],
    ids=["crlf", "space-in-name", "int-value", "empty-name", "nul", "not-a-mapping"],
)
async def test_bad_extra_headers_are_refused_before_any_io(headers: Any) -> None:
    chaster, exchange = client(answers(ok([])))
    async with chaster:
        with pytest.raises(RequestValidationError, match="extra_headers") as info:
            await chaster.locks.find_all(extra_headers=headers)
    assert exchange.requests == []
    assert info.value.operation_key == "locks.find_all"


async def test_secrets_in_extra_headers_are_masked_where_echoed(caplog: pytest.LogCaptureFixture) -> None:
    secret, bearer = "api-key-SECRET-42", "other-bearer-SECRET"

    def echo(request: ExchangeRequest) -> ExchangeResponse:
        said = f"bad key {request.headers['X-Api-Key']} for {request.headers['Authorization']}"
        return ExchangeResponse(
            403,
            json={"message": said, "error": "Forbidden"},
            headers={"X-Echo": said, "x-chaster-transaction-id": said},
        )

    chaster, _ = client(echo)
    with caplog.at_level(logging.DEBUG, logger="chaster_async"):
        async with chaster:
            with pytest.raises(APIError) as info:
                await chaster.locks.find_all(
                    extra_headers={"X-Api-Key": secret, "Authorization": f"Bearer {bearer}"}
                )

    error = info.value
    texts = [str(error), repr(error), error.message, repr(error.body), repr(dict(error.headers)), caplog.text]
    texts.append(str(error.request_id))
    for text in texts:
        assert secret not in text and bearer not in text
    assert error.message == "bad key *** for ***"  # the whole "Bearer ..." value, the longest spelling


async def test_short_or_innocent_header_values_are_not_masked() -> None:
    chaster, _ = client(answers(ok({"message": "trace 1 of abc"}, 400)))
    async with chaster:
        with pytest.raises(APIError) as info:
            await chaster.locks.find_all(extra_headers={"X-Key": "1", "X-Trace": "abc"})
    assert info.value.message == "trace 1 of abc"


async def test_max_retries_per_call() -> None:
    chaster, exchange = client(answers(ExchangeResponse(503)))
    async with chaster:
        with pytest.raises(ServerError) as none:
            await chaster.locks.find_all(max_retries=0)
        assert len(exchange.requests) == 1 and none.value.retries == 0
        with pytest.raises(ServerError) as more:
            await chaster.locks.find_all(max_retries=4)
        assert len(exchange.requests) == 1 + 5 and more.value.retries == 4
        with pytest.raises(ServerError):
            await chaster.locks.find_all()  # the client's policy again: 2
        assert len(exchange.requests) == 6 + 3


@pytest.mark.parametrize("value", [-1, True, 1.5, "2"])
async def test_bad_max_retries_is_a_usage_error_before_any_io(value: Any) -> None:
    chaster, exchange = client(answers(ok([])))
    async with chaster:
        with pytest.raises(ChasterUsageError, match="max_retries"):
            await chaster.locks.find_all(max_retries=value)
    assert exchange.requests == []


async def test_paginate_passes_per_call_options_to_every_page() -> None:
    pages = [
        ok({"results": [{"_id": "a"}], "count": 2, "hasMore": True}, 201),
        ok({"results": [{"_id": "b"}], "count": 2, "hasMore": False}, 201),
    ]
    chaster, exchange = client(answers(*pages))
    async with chaster:
        items = await chaster.paginate(
            chaster.locks.get_lock_history,
            "l1",
            page_size=1,
            extra_headers={"X-Trace": "walk"},
            max_retries=0,
        ).to_list()
    assert [item.id for item in items] == ["a", "b"]
    assert [r.headers["X-Trace"] for r in exchange.requests] == ["walk", "walk"]


def test_every_generated_method_takes_the_per_call_options() -> None:
    owner = type("Owner", (), {"_transport": None})()
    for tag in namespaces(TagNamespaces):
        if tag == "with_raw_response":
            continue
        api = vars(TagNamespaces)[tag].func(owner)
        for name in [
            m for m in dir(api) if not m.startswith("_") and inspect.iscoroutinefunction(getattr(api, m))
        ]:
            parameters = inspect.signature(getattr(api, name)).parameters
            for option in ("timeout", "extra_headers", "max_retries"):
                assert parameters[option].kind is inspect.Parameter.KEYWORD_ONLY, (tag, name, option)
                assert parameters[option].default is None


# --- with_options -----------------------------------------------------------------------------


async def test_with_options_shares_session_token_and_limiter() -> None:
    limiter = RateLimiter(per_minute=2, max_wait=0.01)
    chaster, exchange = client(answers(ok([])), rate_limit=limiter)
    async with chaster:
        derived = chaster.with_options(timeout=5, max_retries=0, headers={"X-Team": "bots"})
        assert derived._pipeline.exchange is chaster._pipeline.exchange
        assert derived._auth is chaster._auth and derived._pipeline.limiter is limiter
        await chaster.locks.find_all()
        await derived.locks.find_all()
        with pytest.raises(APIError, match="client-side"):
            await derived.locks.find_all()  # the third of 2 per minute, whichever client sends it

    plain, shaped = exchange.requests
    assert plain.timeout == 30.0 and "X-Team" not in plain.headers
    assert shaped.timeout == 5.0 and shaped.headers["X-Team"] == "bots"
    assert derived.closed  # the parent closed: so is every client derived from it


async def test_with_options_overrides() -> None:
    chaster, exchange = client(answers(ExchangeResponse(503)), headers={"X-A": "1"}, client_id="cid")
    async with chaster:
        derived = chaster.with_options(
            headers={"x-a": "2", "X-B": "3"},
            client_id="other",
            user_agent="bot/2",
            strict=True,
            max_retries=0,
        )
        again = derived.with_options(headers={"X-C": "4"})
        with pytest.raises(ServerError):
            await again.locks.find_all()
        with pytest.raises(ServerError):
            await chaster.locks.find_all()

    derived_request, *parent_requests = exchange.requests
    assert derived_request.headers.getall("X-A") == ["2"] and derived_request.headers["X-C"] == "4"
    assert derived_request.headers["X-Chaster-Client-Id"] == "other"
    assert derived_request.headers["User-Agent"] == "bot/2"
    assert len(parent_requests) == 3 and parent_requests[0].headers["X-A"] == "1"  # its 2 retries
    assert again.strict and derived.strict and not chaster.strict
    assert again.client_id == "other" and chaster.client_id == "cid"


async def test_closing_a_derived_client_leaves_the_parent_open() -> None:
    chaster, exchange = client(answers(ok([])))
    async with chaster:
        async with chaster.with_options(timeout=1) as derived:
            await derived.locks.find_all()
        assert derived.closed and not chaster.closed and not exchange.closed
        with pytest.raises(ChasterUsageError, match="closed"):
            await derived.locks.find_all()
        await chaster.locks.find_all()
    assert exchange.closed


async def test_a_token_refreshed_through_a_derived_client_is_the_parent_s() -> None:
    class OAuth:
        async def refresh(self, token: OAuthToken) -> OAuthToken:
            return OAuthToken("fresh", "r2", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), token.scopes)

    def handler(request: ExchangeRequest) -> ExchangeResponse:
        stale = request.headers["Authorization"] == "Bearer stale"
        return ExchangeResponse(401, json={}) if stale else ok([])

    token = OAuthToken("stale", "r1", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset({"locks"}))
    chaster, _ = client(handler, token=token, oauth=OAuth())
    async with chaster:
        await chaster.with_options(max_retries=0).locks.find_all()
        assert chaster.token is not None and chaster.token.access_token == "fresh"


@pytest.mark.parametrize(
    "options",
    [{"timeout": 0}, {"timeout": float("nan")}, {"max_retries": -1}, {"headers": {"X-A": "a\nb"}}],
    ids=["timeout-0", "timeout-nan", "retries-negative", "header-newline"],
)
def test_with_options_checks_what_it_is_given(options: dict[str, Any]) -> None:
    with pytest.raises(ChasterUsageError):
        Chaster(TOKEN).with_options(**options)


def test_client_headers_option_is_checked_at_construction() -> None:
    with pytest.raises(ChasterUsageError, match="header"):
        Chaster(TOKEN, headers={"Bad Name": "1"})


async def test_with_options_raw_and_toolkit_compose() -> None:
    chaster, exchange = client(answers(ok()))
    async with chaster:
        raw = await chaster.with_options(headers={"X-Team": "bots"}).with_raw_response.locks.find_one("l1")
        derived = chaster.with_options(client_id="ext-client")
        assert derived.extension.chaster is derived and chaster.extension.chaster is chaster
    assert raw.parsed.title == "Lock" and exchange.requests[0].headers["X-Team"] == "bots"
