"""Shared fixtures. Keep each group clearly marked; add new groups below."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import attrs
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from hypothesis import HealthCheck, settings

from chaster_async._operation import Operation, OperationTable
from chaster_async._request import Request
from chaster_async._retry import RetryPolicy

# Property tests: the machine's load must not decide a run. No per-example deadline, and no
# "too slow" health check (data generation slows down on a busy 2-core machine); tests that set
# their own settings inherit these.
settings.register_profile("chaster_async", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("chaster_async")

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
            "submitRegularAction",
            "POST",
            "/api/extensions/sessions/{sessionId}/regular-actions",
            tag="partner_extensions",
            name="submit_regular_action",
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
    config.addinivalue_line(
        "markers", "needs_schemas(*names): skip unless the generated spec has these component schemas"
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
    for mark in item.iter_markers("needs_schemas"):
        missing = missing_schemas(*mark.args)
        if missing:
            pytest.skip(schema_skip_reason(missing))


def require_operations(*keys: str) -> None:
    """At the top of a test module (before importing models of those operations): skip the whole
    module when the generated spec lacks any of them."""
    missing = missing_operations(*keys)
    if missing:
        pytest.skip(skip_reason(missing), allow_module_level=True)


def needs(*keys: str) -> pytest.MarkDecorator:
    """``@needs("locks.get_lock_history")``: the test skips when the spec lacks the operation."""
    return pytest.mark.needs(*keys)


@functools.cache
def generated_schemas() -> dict[str, frozenset[str]]:
    """The component schemas of the document the package was generated from, each with the names
    of its properties."""
    from chaster_async.testing import load_spec

    found = load_spec().get("components", {}).get("schemas", {})
    return {name: frozenset(schema.get("properties", {})) for name, schema in found.items()}


def missing_schemas(*names: str) -> list[str]:
    """The component schemas among ``names`` (``"Schema"`` or ``"Schema.property"``) that the
    generated spec lacks (a schema's model too)."""
    from chaster_async._generated import models

    have = generated_schemas()

    def lacks(name: str) -> bool:
        schema, _, prop = name.partition(".")
        return schema not in have or schema not in models.__all__ or bool(prop and prop not in have[schema])

    return [name for name in names if lacks(name)]


def schema_skip_reason(missing: list[str]) -> str:
    plural = "s" if len(missing) > 1 else ""
    return f"the spec this package was generated from lacks schema{plural} {', '.join(missing)}"


def needs_schemas(*names: str) -> pytest.MarkDecorator:
    """``@needs_schemas("LockAction", "AppSettingsDto.communityEvent")``: the test skips when the
    spec lacks the schemas (and so the generated models of those names) or properties."""
    return pytest.mark.needs_schemas(*names)


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
# A real redis-server (tests/fleet): started once per test process on a free port of 127.0.0.1,
# without persistence, in a temporary directory; stopped at the end. Without the Debian package
# (``make redis`` installs it) or the ``redis`` extra, the tests using it skip and say why --
# unless CHASTER_ASYNC_REQUIRE_REDIS=1 (set by .ci/run once it installed it): then they fail.
# ---------------------------------------------------------------------------------------------
import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from .fleet.redis_server import RedisUnavailable, free_port, start_redis, stop_redis  # noqa: E402, F401


def _no_redis(reason: str) -> None:
    if os.environ.get("CHASTER_ASYNC_REQUIRE_REDIS") == "1":
        pytest.fail(f"{reason} (CHASTER_ASYNC_REQUIRE_REDIS=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    try:
        import limits  # noqa: F401
        import redis  # noqa: F401
    except ImportError:
        _no_redis("the redis extra is not installed: pip install -e '.[redis]' (make install does)")
    try:
        process, url = start_redis(tmp_path_factory.mktemp("redis"))
    except RedisUnavailable as exc:
        _no_redis(str(exc))
    try:
        yield url
    finally:
        stop_redis(process)


@pytest.fixture
def redis_url(redis_server: str) -> str:
    """The session's redis-server, emptied for this test."""
    import redis as sync_redis

    client = sync_redis.Redis.from_url(redis_server)
    try:
        client.flushdb()
    finally:
        client.close()
    return redis_server
