"""Tests for chaster_async._request: the request-building helpers generated code relies on."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import pytest
from aiohttp import web

from chaster_async import Chaster
from chaster_async._request import File, multipart_body, path_value
from chaster_async.errors import RequestValidationError
from tests.conftest import ServerFactory, needs

TOKEN = "developer-token-for-tests"


# -- multipart bodies: file objects are read once, so a retry sends the same bytes --------------


@pytest.mark.parametrize(
    "make_file",
    [
        pytest.param(lambda data: io.BytesIO(data), id="file-object"),
        pytest.param(lambda data: File(payload=io.BytesIO(data), file_name="a.png"), id="File-payload"),
    ],
)
async def test_a_retried_upload_sends_the_whole_file_again(serve: ServerFactory, make_file: Any) -> None:
    content = b"A" * 5000
    received: list[list[bytes]] = []

    async def upload(request: web.Request) -> web.Response:
        form = await request.post()
        received.append([part.file.read() for part in form.getall("files")])  # type: ignore[union-attr]
        if len(received) == 1:
            return web.json_response({"message": "slow down"}, status=429, headers={"Retry-After": "0"})
        return web.json_response({"token": "attachment-token"}, status=201)

    app = web.Application()
    app.router.add_post("/files/upload", upload)
    base = await serve(app)
    async with Chaster(TOKEN, base_url=base, rate_limit=False) as chaster:
        result = await chaster.files.upload_files(body={"files": [make_file(content)], "type": "messaging"})

    assert result.token == "attachment-token"
    assert received == [[content], [content]]


class UploadBody:
    """Stands in for a generated multipart body model (the bodies below are mappings)."""


def test_multipart_body_reads_file_objects_into_bytes_when_built() -> None:
    binary, text = io.BytesIO(b"\x89PNG"), io.StringIO("héllo")
    parts = multipart_body(
        "files.upload_files", {"files": [binary, File(payload=text)], "type": "x"}, UploadBody, (), ()
    )
    assert [part.value for part in parts] == [b"\x89PNG", "héllo".encode(), "x"]


def test_an_asynchronous_file_object_is_a_clear_error() -> None:
    class AsyncFile:
        async def read(self) -> bytes:
            return b""

    with pytest.raises(RequestValidationError, match="asynchronous file object"):
        multipart_body("files.upload_files", {"files": [AsyncFile()]}, UploadBody, (), ())


# -- path parameters: dot-segments would address another route ----------------------------------


async def _find_lock(chaster: Chaster, value: str) -> None:
    with pytest.raises(RequestValidationError, match="path parameter lock_id cannot be"):
        await chaster.locks.find_one(value)


async def _session_from_main_token(chaster: Chaster, value: str) -> None:
    with pytest.raises(RequestValidationError, match="cannot be"):
        await chaster.extension.session_from_main_token(value)


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(_find_lock, id="generated"),
        pytest.param(
            _session_from_main_token, id="facade", marks=needs("partner_extensions.get_session_auth")
        ),
    ],
)
@pytest.mark.parametrize("value", [".", ".."])
async def test_a_dot_segment_path_parameter_is_refused_before_any_request(
    serve: ServerFactory, value: str, call: Callable[[Chaster, str], Awaitable[None]]
) -> None:
    seen: list[str] = []

    async def anything(request: web.Request) -> web.Response:
        seen.append(request.raw_path)
        return web.json_response({})

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", anything)
    base = await serve(app)
    async with Chaster(TOKEN, base_url=base, client_id="c", rate_limit=False, max_retries=0) as chaster:
        await call(chaster, value)
    assert seen == []


@pytest.mark.parametrize("value", ["...", ".x", "a..b", "..%2f", 0])
def test_other_path_values_with_dots_are_encoded_as_usual(value: str | int) -> None:
    assert path_value("op", "id", value) == quote(str(value), safe="")


# -- caller input: nothing but a ChasterError leaves a call ------------------------------------


class Echo:
    """Records each request's raw path and query; answers {}."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.app = web.Application()
        self.app.router.add_route("*", "/{tail:.*}", self.anything)

    async def anything(self, request: web.Request) -> web.Response:
        self.seen.append(request.raw_path)
        return web.json_response({})


def _recursive() -> dict[str, Any]:
    body: dict[str, Any] = {"criteria": {}}
    body["criteria"]["again"] = body
    return body


class Opaque:
    def __str__(self) -> str:
        return "opaque"


BAD_CALLS = {
    "surrogate-in-path": lambda c: c.locks.find_one("lock-\udc80"),
    "surrogate-in-query": lambda c: c.messaging.get_messages("conv-1", last_id="\udc80"),
    "surrogate-in-enum-query": lambda c: c.locks.find_all(status="active\ud800"),
    "dict-in-query": lambda c: c.locks.find_all(status={"$ne": "archived"}),
    "set-in-query": lambda c: c.locks.find_all(status={"active"}),
    "bytes-in-query": lambda c: c.locks.find_all(status=b"active"),
    "object-in-query": lambda c: c.locks.find_all(status=Opaque()),
    "nan-in-query": lambda c: c.messaging.get_conversations(limit=float("nan")),
    "inf-in-query": lambda c: c.messaging.get_conversations(limit=float("inf")),
    "recursive-body": lambda c: c.locks.get_lock_history("lock-1", body=_recursive()),
}


@pytest.mark.parametrize("call", sorted(BAD_CALLS))
async def test_bad_caller_input_is_a_request_validation_error_before_any_request(
    serve: ServerFactory, call: str
) -> None:
    echo = Echo()
    base = await serve(echo.app)
    async with Chaster(TOKEN, base_url=base, rate_limit=False, max_retries=0) as chaster:
        with pytest.raises(RequestValidationError) as info:
            await BAD_CALLS[call](chaster)

    assert echo.seen == []
    assert len(str(info.value)) < 300


@pytest.mark.parametrize(
    ("offset", "sent"),
    [
        (dt.datetime(2026, 1, 2, 3, 4, 5), "2026-01-02T03:04:05%2B00:00"),  # naive: taken as UTC
        (dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "2026-01-02T03:04:05%2B00:00"),
        (
            dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            "2026-01-02T03:04:05%2B02:00",
        ),
    ],
    ids=["naive", "utc", "plus-2"],
)
async def test_a_datetime_is_never_sent_without_a_zone(
    serve: ServerFactory, offset: dt.datetime, sent: str
) -> None:
    echo = Echo()
    base = await serve(echo.app)
    async with Chaster(TOKEN, base_url=base, rate_limit=False, max_retries=0) as chaster:
        await chaster.messaging.get_conversations(offset=offset)

    assert echo.seen == [f"/conversations?offset={sent}"]


def test_a_naive_datetime_in_a_body_is_sent_as_utc() -> None:
    from chaster_async._model import json_value

    assert json_value({"at": dt.datetime(2026, 1, 2, 3, 4, 5)}) == {"at": "2026-01-02T03:04:05+00:00"}


@pytest.mark.parametrize(
    ("value", "sent"),
    [("a b", "a b"), (3, "3"), (2.0, "2"), (2.5, "2.5"), (True, "true"), (dt.date(2026, 1, 2), "2026-01-02")],
)
def test_plain_query_values(value: object, sent: str) -> None:
    from chaster_async._request import query_value

    assert query_value(value) == sent
