"""pytest fixtures for FakeChaster.

Enable with ``pytest_plugins = ["chaster_async.testing.pytest_plugin"]`` in your top-level ``conftest.py``
(or ``-p chaster_async.testing.pytest_plugin``). Fixtures:

* ``fake_chaster_options`` — override to pass keyword arguments to :class:`FakeChaster` (default ``{}``);
* ``fake_chaster`` — a started :class:`FakeChaster` on 127.0.0.1 with a random port, one per test;
* ``chaster`` — a ``chaster_async.Chaster`` client wired to it.

Async tests need pytest-asyncio (``pip install chaster_async[testing]``). It works in either of
its modes: in the default strict mode this plugin marks every ``async def`` test that asks for one
of these fixtures with ``pytest.mark.asyncio`` itself, so nothing else needs configuring.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable
from typing import Any, TypeVar, cast

import pytest

from .._client import Chaster
from ._server import FakeChaster

_F = TypeVar("_F", bound=Callable[..., Any])

try:  # pytest-asyncio's decorator works in both its strict and auto modes
    import pytest_asyncio

    _async_fixture = cast(Callable[[_F], _F], pytest_asyncio.fixture)
except ImportError:  # pragma: no cover - plain pytest with another async plugin
    _async_fixture = cast(Callable[[_F], _F], pytest.fixture)

__all__ = ["chaster", "fake_chaster", "fake_chaster_options", "pytest_pycollect_makeitem"]

_FIXTURES = frozenset({"fake_chaster", "chaster"})


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makeitem(collector: pytest.Collector, name: str, obj: object) -> None:
    """Mark async tests that use this plugin's fixtures for pytest-asyncio, which in its default
    strict mode runs only marked ones; runs before the test item is made, so the mark counts."""
    if not inspect.iscoroutinefunction(obj) or not name.startswith("test"):
        return
    try:
        parameters = inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return
    marks = getattr(obj, "pytestmark", [])
    if _FIXTURES.intersection(parameters) and not any(m.name == "asyncio" for m in marks):
        pytest.mark.asyncio(obj)


@pytest.fixture
def fake_chaster_options() -> dict[str, Any]:
    """Keyword arguments for the ``fake_chaster`` fixture's :class:`FakeChaster`; override per module."""
    return {}


@_async_fixture
async def fake_chaster(fake_chaster_options: dict[str, Any]) -> AsyncIterator[FakeChaster]:
    """A running FakeChaster (``.base_url``, ``.token_url``, ``.authorize_url``, ``.developer_token``...)."""
    fake = FakeChaster(**fake_chaster_options)
    async with fake.serve("127.0.0.1", 0):
        yield fake


@_async_fixture
async def chaster(fake_chaster: FakeChaster) -> AsyncIterator[Chaster]:
    """A :class:`~chaster_async.Chaster` client using the fake's developer token, closed after the test."""
    async with Chaster(token=fake_chaster.developer_token, base_url=fake_chaster.base_url) as client:
        yield client
