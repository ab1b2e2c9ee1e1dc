"""Extensions API: sessions, data/metadata, actions, logs, regular actions, and the webhooks they fire."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from chaster_async.testing import FakeChaster
from tests.conftest import needs

from .conftest import Api


@needs("partner_extensions.get_sessions")
async def test_sessions_search_pagination_over_1000(api: Api, fake_chaster: FakeChaster) -> None:
    fake_chaster.seed_extension_sessions(1010)
    seen: list[str] = []
    body: dict[str, Any] = {"status": "locked", "extensionSlug": "fake-dice", "limit": 100}
    while True:
        page = await api.ok("POST", "/api/extensions/sessions/search", json=body)
        assert page["count"] == len(page["results"])
        seen += [s["sessionId"] for s in page["results"]]
        assert all(s["paginationId"] for s in page["results"])
        if not page["hasMore"]:
            break
        body["paginationLastId"] = page["results"][-1]["paginationId"]
    assert len(seen) == len(set(seen)) == 1012  # + wendy's and walt's seeded sessions (wes is unlocked)
    every = await api.ok(
        "POST",
        "/api/extensions/sessions/search",
        json={"status": "all", "extensionSlug": "fake-dice", "limit": 5},
    )
    assert every["hasMore"] is True
    other = await api.ok(
        "POST",
        "/api/extensions/sessions/search",
        json={"status": "all", "extensionSlug": "not-mine", "limit": 5},
    )
    assert other["results"] == []


@needs(
    "partner_extensions.get_extension_session",
    "partner_extensions.set_data",
    "partner_extensions.set_metadata",
    "partner_extensions.patch_extension_session",
)
async def test_session_get_patch_data_metadata(api: Api, ids: dict[str, str]) -> None:
    sid = ids["session"]
    session = (await api.ok("GET", f"/api/extensions/sessions/{sid}"))["session"]
    assert session["slug"] == "fake-dice" and session["lock"]["_id"] == ids["wendyLock"]
    await api.ok("PUT", f"/api/extensions/sessions/{sid}/data", json={"data": {"rolls": [4]}})
    meta = {"reasonsPreventingUnlocking": ["Roll a 6 first"], "homeActions": []}
    await api.ok("PUT", f"/api/extensions/sessions/{sid}/metadata", json={"metadata": meta})
    await api.ok("PATCH", f"/api/extensions/sessions/{sid}", json={"config": {"sides": 20}})
    session = (await api.ok("GET", f"/api/extensions/sessions/{sid}"))["session"]
    assert (session["data"], session["metadata"], session["config"]) == ({"rolls": [4]}, meta, {"sides": 20})
    status, _, _ = await api.call("GET", f"/api/extensions/sessions/{ids['session']}", token=None)
    assert status == 401
    status, _, _ = await api.call("GET", "/api/extensions/sessions/000000000000000000000000")
    assert status == 404


@needs("partner_extensions.do_action", "partner_extensions.log_custom_action", "partner_extensions.get_logs")
async def test_actions_and_logs(api: Api, ids: dict[str, str], fake_chaster: FakeChaster) -> None:
    sid = ids["session"]
    before = await api.ok("GET", f"/locks/{ids['wendyLock']}")
    await api.ok(
        "POST",
        f"/api/extensions/sessions/{sid}/action",
        json={"action": {"name": "add_time", "params": 3600}},
    )
    await api.ok("POST", f"/api/extensions/sessions/{sid}/action", json={"action": {"name": "freeze"}})
    after = await api.ok("GET", f"/locks/{ids['wendyLock']}")
    assert after["endDate"] > before["endDate"] and after["isFrozen"]
    status, body, _ = await api.call(
        "POST", f"/api/extensions/sessions/{sid}/action", json={"action": {"name": "explode"}}
    )
    assert status == 400 and body["statusCode"] == 400
    await api.ok(
        "POST",
        f"/api/extensions/sessions/{sid}/logs/custom",
        json={"title": "Rolled a 6", "description": "Lucky", "role": "extension", "icon": "dice"},
    )
    logs = await api.ok(
        "POST",
        f"/api/extensions/sessions/{sid}/logs/search",
        json={"role": "keyholder", "limit": 3, "showOnlyExtensionActions": True},
    )
    assert [e["title"] for e in logs["results"]] == ["Rolled a 6", "The lock was frozen", "Time added"]
    assert all(e["extension"] == "fake-dice" for e in logs["results"])

    fake_chaster.seed_extension_logs(sid, 1000)
    seen: list[str] = []
    body = {"role": "keyholder", "limit": 100, "showOnlyExtensionActions": True}
    while True:
        page = await api.ok("POST", f"/api/extensions/sessions/{sid}/logs/search", json=body)
        seen += [e["_id"] for e in page["results"]]
        if not page["hasMore"]:
            break
        body["lastId"] = page["results"][-1]["_id"]
    assert len(set(seen)) == page["count"] == 1004  # 1000 + 3 above + the seeded "Rolled a 4"


@needs("partner_extensions.get_regular_actions", "partner_extensions.submit_regular_action")
async def test_regular_actions_run_out(api: Api, ids: dict[str, str], fake_chaster: FakeChaster) -> None:
    sid = ids["session"]
    info = await api.ok("GET", f"/api/extensions/sessions/{sid}/regular-actions")
    assert (info["nbActionsRemaining"], info["mode"], info["regularity"]) == (2, "cumulative", 3600)
    for left in (1, 0):
        body = await api.ok(
            "POST", f"/api/extensions/sessions/{sid}/regular-actions", json={"payload": {"roll": 3}}
        )
        assert body["nbActionsRemaining"] == left
    status, body, _ = await api.call(
        "POST", f"/api/extensions/sessions/{sid}/regular-actions", json={"payload": {}}
    )
    assert status == 422
    assert body["statusCode"] == 422 and body["message"] == "No action remaining"
    assert (
        body["error"] == "Unprocessable Entity" and body["nbActionsRemaining"] == 0 and body["nextActionDate"]
    )
    fake_chaster.clock.advance(3600)
    info = await api.ok("GET", f"/api/extensions/sessions/{sid}/regular-actions")
    assert info["nbActionsRemaining"] == 1 and len(info["actions"]) == 2


@needs("partner_extensions.get_session_auth")
async def test_session_auth_from_main_token(api: Api, ids: dict[str, str]) -> None:
    token = ids["sessionMainToken"]
    status, body, _ = await api.call("GET", f"/api/extensions/auth/sessions/{token}")
    assert status == 400 and "X-Chaster-Client-Id should not be empty" in body["message"]
    body = await api.ok("GET", f"/api/extensions/auth/sessions/{token}", headers={"X-Chaster-Client-Id": "c"})
    assert body["userId"] == ids["wendy"] and body["session"]["sessionId"] == ids["session"]


# -- webhooks ---------------------------------------------------------------------------------
class Receiver:
    def __init__(self, fail_first: int = 0) -> None:
        self.fail_first = fail_first
        self.calls: list[tuple[str | None, dict[str, Any]]] = []

    async def handle(self, request: web.Request) -> web.Response:
        self.calls.append((request.headers.get("Authorization"), await request.json()))
        if len(self.calls) <= self.fail_first:
            return web.Response(status=503)
        return web.Response(status=200)


@pytest.fixture
async def receiver() -> AsyncIterator[tuple[Receiver, str]]:
    recv = Receiver()
    app = web.Application()
    app.router.add_post("/hook", recv.handle)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    yield recv, str(server.make_url("/hook"))
    await server.close()


def _fake(url: str, **kw: Any) -> FakeChaster:
    return FakeChaster(webhook_url=url, webhook_auth=("hook", "s3cret"), webhook_retry_delay=0.05, **kw)


@needs(
    "partner_extensions.set_data",
    "partner_extensions.log_custom_action",
    "lock_creation.set_lock_extensions",
)
async def test_webhooks_delivered_with_basic_auth(receiver: tuple[Receiver, str], http: Any) -> None:
    recv, url = receiver
    fake = _fake(url)
    async with fake.serve():
        api = Api(fake, http)
        sid = fake.seed_ids["session"]
        await api.ok("PUT", f"/api/extensions/sessions/{sid}/data", json={"data": {"x": 1}})
        await api.ok(
            "POST", f"/api/extensions/sessions/{sid}/logs/custom", json={"title": "t", "description": "d"}
        )
        combo = (await api.ok("POST", "/combinations/code", json={"code": "1"}))["combinationId"]
        lock_body = fake.example_request("lock_creation.create")["json"]
        lock_body.update(
            combinationId=combo,
            extensions=[{"slug": "fake-dice", "config": {}, "mode": "unlimited", "regularity": 60}],
        )
        lock_id = (await api.ok("POST", "/locks", json=lock_body))["lockId"]
        await api.ok("POST", f"/locks/{lock_id}/extensions", json={"extensions": []})
        deliveries = await fake.wait_webhooks()
    events = [d.event for d in deliveries]
    assert events == [
        "extension_session.updated",
        "action_log.created",
        "extension_session.created",
        "extension_session.deleted",
    ]
    expected_auth = "Basic " + base64.b64encode(b"hook:s3cret").decode()
    assert [c[0] for c in recv.calls] == [expected_auth] * 4
    schemas = {
        "extension_session.updated": "ExtensionSessionUpdated",
        "action_log.created": "ActionLogCreated",
        "extension_session.created": "ExtensionSessionCreated",
        "extension_session.deleted": "ExtensionSessionDeleted",
    }
    for _, body in recv.calls:
        assert fake.spec.validator.errors(schemas[body["event"]], body) == []
        assert fake.spec.validator.errors("WebhookEventForPublic", {"payload": body}) == []
    assert len({body["requestId"] for _, body in recv.calls}) == 4
    assert all(d.delivered and d.attempts == [200] for d in deliveries)


@needs("partner_extensions.set_data")
async def test_webhooks_retried_then_given_up(receiver: tuple[Receiver, str], http: Any) -> None:
    recv, url = receiver
    recv.fail_first = 2
    fake = _fake(url)
    async with fake.serve():
        sid = fake.seed_ids["session"]
        await Api(fake, http).ok("PUT", f"/api/extensions/sessions/{sid}/data", json={"data": {}})
        (delivery,) = await fake.wait_webhooks()
    assert delivery.attempts == [503, 503, 200] and delivery.delivered
    assert len({c[1]["requestId"] for c in recv.calls}) == 1  # same event, same requestId

    recv.calls.clear()
    recv.fail_first = 100
    fake = _fake(url, webhook_retries=2)
    async with fake.serve():
        await Api(fake, http).ok("PUT", f"/api/extensions/sessions/{sid}/data", json={"data": {}})
        (delivery,) = await fake.wait_webhooks()
    assert delivery.attempts == [503, 503, 503] and not delivery.delivered


@needs("partner_extensions.set_data")
async def test_webhook_timeout_and_unreachable(http: Any) -> None:
    async def slow(request: web.Request) -> web.Response:
        import asyncio

        await asyncio.sleep(1)
        return web.Response()

    app = web.Application()
    app.router.add_post("/hook", slow)
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        fake = _fake(str(server.make_url("/hook")), webhook_timeout=0.1, webhook_retries=1)
        async with fake.serve():
            await Api(fake, http).ok(
                "PUT", f"/api/extensions/sessions/{fake.seed_ids['session']}/data", json={"data": {}}
            )
            (delivery,) = await fake.wait_webhooks()
        assert all(isinstance(a, str) for a in delivery.attempts)  # exception names, no status
        assert len(delivery.attempts) == 2 and not delivery.delivered
    finally:
        await server.close()
