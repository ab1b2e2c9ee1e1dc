"""Fixtures for the FakeChaster tests: the plugin's fixtures plus a raw aiohttp session."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from chaster_async.testing import FakeChaster
from chaster_async.testing.pytest_plugin import chaster, fake_chaster, fake_chaster_options

__all__ = ["Api", "chaster", "fake_chaster", "fake_chaster_options"]


class Api:
    """Tiny raw HTTP helper: ``await api.call("GET", "/locks")`` → ``(status, json_or_text, headers)``."""

    def __init__(self, fake: FakeChaster, session: aiohttp.ClientSession) -> None:
        self.fake = fake
        self.session = session
        self.token: str | None = fake.developer_token

    async def call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, str] | None = None,
        token: str | None = "default",
        headers: dict[str, str] | None = None,
        data: Any = None,
    ) -> tuple[int, Any, Any]:
        hdrs = dict(headers or {})
        tok = self.token if token == "default" else token
        if tok:
            hdrs["Authorization"] = f"Bearer {tok}"
        kwargs: dict[str, Any] = {"params": params, "headers": hdrs}
        if json is not None:
            kwargs["json"] = json
        if data is not None:
            kwargs["data"] = data
        async with self.session.request(method, f"{self.fake.base_url}{path}", **kwargs) as resp:
            text = await resp.text()
            try:
                body: Any = await resp.json(content_type=None) if text else None
            except ValueError:
                body = text
            return resp.status, body, resp.headers

    async def call_example(self, key: str) -> tuple[Any, Any]:
        """Send the fake's example request for operation ``key`` (its body checked valid first) and
        check the answer: the operation's success status, a body valid under its response schema,
        nothing the fake found wrong in its own answer. Returns ``(body, headers)``."""
        fake = self.fake
        op = fake.spec.operations[key]
        req = fake.example_request(key)
        if op.body_schema is not None and "json" in req:
            assert fake.spec.validator.errors(op.body_schema, req["json"]) == []
        status, body, headers = await self.call(
            req["method"],
            req["path"],
            params=req["query"],
            json=req.get("json"),
            data=_form(req["form"]) if "form" in req else None,
            headers=req["headers"],
            token=fake.token_for(req["user"]),
        )
        assert status == op.success_status, body
        if op.response_schema is not None:
            assert fake.spec.validator.errors(op.response_schema, body) == []
        assert fake.response_errors == []
        return body, headers

    async def ok(self, method: str, path: str, **kwargs: Any) -> Any:
        status, body, _ = await self.call(method, path, **kwargs)
        assert 200 <= status < 300, (status, body)
        return body


def _form(fields: dict[str, Any]) -> aiohttp.FormData:
    data = aiohttp.FormData()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, bytes):
                data.add_field(name, item, filename="image.png", content_type="image/png")
            else:
                data.add_field(name, item)
    return data


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
def api(fake_chaster: FakeChaster, http: aiohttp.ClientSession) -> Api:
    return Api(fake_chaster, http)


@pytest.fixture
def ids(fake_chaster: FakeChaster) -> dict[str, str]:
    return fake_chaster.seed_ids
