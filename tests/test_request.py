"""Tests for chaster_async._request: the request-building helpers generated code relies on."""

from __future__ import annotations

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
