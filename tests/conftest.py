"""Shared fixtures. Keep each group clearly marked; add new groups below."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from chaster_async._operation import Operation, OperationTable
from chaster_async._request import Request
from chaster_async._retry import RetryPolicy

# ---------------------------------------------------------------------------------------------
# Facade fixtures (tests/test_auth.py, test_scopes.py, test_retry.py, test_ratelimit.py,
# test_transport.py, test_client.py)
# ---------------------------------------------------------------------------------------------

NOW = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)


def make_operation(
    operation_id: str,
    method: str,
    path: str,
    scopes: frozenset[str] = frozenset(),
    *,
    tag: str = "locks",
    name: str | None = None,
    requires_auth: bool = True,
) -> Operation:
    return Operation(
        operation_id=operation_id,
        name=name or operation_id,
        method=method,
        path=path,
        tag=tag,
        scopes=scopes,
        requires_auth=requires_auth,
        pagination=None,
        module=f"tests.fake.{operation_id}",
    )


# A small OPERATIONS table standing in for the generated one.
TEST_OPERATIONS = OperationTable(
    [
        make_operation("locksFindAll", "GET", "/locks", frozenset({"locks"}), name="find_all"),
        make_operation("profileMe", "GET", "/auth/profile", frozenset({"profile"}), tag="profile", name="me"),
        make_operation(
            "sharedFindAll",
            "GET",
            "/locks/shared-locks",
            frozenset({"shared_locks"}),
            tag="shared_locks",
            name="find_all",
        ),
        make_operation(
            "createConversation",
            "POST",
            "/conversations",
            frozenset({"messaging"}),
            tag="messaging",
            name="create_conversation",
        ),
        make_operation(
            "publicLock",
            "GET",
            "/public-locks/{id}",
            tag="public_locks",
            name="find_one",
            requires_auth=False,
        ),
        make_operation(
            "getSessionAuth",
            "GET",
            "/api/extensions/auth/sessions/{token}",
            tag="partner_extensions",
            name="get_session_auth",
        ),
        make_operation(
            "submitRegularActions",
            "POST",
            "/api/extensions/sessions/{sessionId}/regular-actions",
            tag="extensions",
        ),
    ]
)


@pytest.fixture
def operations() -> OperationTable:
    return TEST_OPERATIONS


def make_request(
    operation_id: str, method: str, path: str, *, expects_body: bool = False, **kwargs: Any
) -> Request:
    """A Request for one of TEST_OPERATIONS (or a made-up operation), as generated code builds it."""
    operation = TEST_OPERATIONS.get(operation_id) or make_operation(operation_id, method, path)
    operation = attrs.evolve(operation, method=method, returns_body=expects_body)
    return Request(operation, path, **kwargs)


class SleepRecorder:
    """An injectable ``sleep`` that records waits and only yields to the loop."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        import asyncio

        self.calls.append(seconds)
        await asyncio.sleep(0)


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture
def fast_retry(sleeps: SleepRecorder) -> RetryPolicy:
    """The default policy (2 retries) without real waiting and with a fixed wall clock."""
    return RetryPolicy(sleep=sleeps, clock=lambda: NOW.timestamp(), rand=lambda: 0.0)


ServerFactory = Callable[[web.Application], Awaitable[str]]


@pytest.fixture
async def serve() -> AsyncIterator[ServerFactory]:
    """Start an aiohttp app on 127.0.0.1 and give its base URL; stopped after the test."""
    servers: list[TestServer] = []

    async def start(app: web.Application) -> str:
        server = TestServer(app, host="127.0.0.1")
        await server.start_server()
        servers.append(server)
        return str(server.make_url("")).rstrip("/")

    yield start
    for server in servers:
        await server.close()


# ---------------------------------------------------------------------------------------------
# Regeneration: tests that need operations an older generated spec lacks skip, saying which.
# ---------------------------------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "needs(*keys): skip unless the generated spec has these operations (stable keys)"
    )


def missing_operations(*keys: str) -> list[str]:
    """The stable keys among ``keys`` that the generated spec lacks."""
    from chaster_async.operations import OPERATIONS

    return [key for key in keys if key not in OPERATIONS.by_key]


def skip_reason(missing: list[str]) -> str:
    return f"the spec this package was generated from lacks {', '.join(missing)}"


def pytest_runtest_setup(item: pytest.Item) -> None:
    for mark in item.iter_markers("needs"):
        missing = missing_operations(*mark.args)
        if missing:
            pytest.skip(skip_reason(missing))


def require_operations(*keys: str) -> None:
    """At the top of a test module (before importing models of those operations): skip the whole
    module when the generated spec lacks any of them."""
    missing = missing_operations(*keys)
    if missing:
        pytest.skip(skip_reason(missing), allow_module_level=True)


def needs(*keys: str) -> pytest.MarkDecorator:
    """``@needs("locks.get_lock_history")``: the test skips when the spec lacks the operation."""
    return pytest.mark.needs(*keys)


# ---------------------------------------------------------------------------------------------
# aioresponses 0.7.9 builds ClientResponse without the ``stream_writer`` argument aiohttp 3.14
# made mandatory; give it a no-op writer so mocked responses still construct.
# ---------------------------------------------------------------------------------------------
import aioresponses.core as _aioresponses_core  # noqa: E402
from aiohttp import ClientResponse as _ClientResponse  # noqa: E402


class _NoStreamWriter:
    output_size = 0


class _CompatClientResponse(_ClientResponse):
    def __init__(self, method, url, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("stream_writer", _NoStreamWriter())
        super().__init__(method, url, **kwargs)


_aioresponses_core.ClientResponse = _CompatClientResponse  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Redis (tests/test_cursors.py, tests/test_watch.py): a real redis-server on a free port of
# 127.0.0.1, nothing saved to disk; the tests that need it skip when redis-server is not on PATH.
# ---------------------------------------------------------------------------------------------
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import time as _time  # noqa: E402


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Any:
    server = shutil.which("redis-server")
    if server is None:
        pytest.skip("redis-server is not on PATH: the Redis cursor store tests need a real server")
    pytest.importorskip("redis", reason="the redis package (the 'redis' extra) is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workdir = tmp_path_factory.mktemp("redis")
    process = subprocess.Popen(
        [
            server,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(workdir),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = _time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if process.poll() is not None or _time.monotonic() > deadline:
                    pytest.skip(f"redis-server did not start on port {port}")
                _time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
