"""Conversations (offset = last message date) and messages (lastId cursor)."""

from __future__ import annotations

from chaster_async.testing import FakeChaster

from .conftest import Api


async def test_create_send_and_read(api: Api, ids: dict[str, str], fake_chaster: FakeChaster) -> None:
    conv = await api.ok(
        "POST", "/conversations", json={"users": [ids["wes"]], "type": "private", "message": "hi"}
    )
    assert {u["username"] for u in conv["users"]} == {"kim", "wes"}
    msg = await api.ok(
        "POST", f"/conversations/{conv['_id']}", json={"message": "still there?", "nonce": "n1"}
    )
    assert (msg["message"], msg["nonce"], msg["user"]) == ("still there?", "n1", ids["kim"])
    wes = fake_chaster.token_for("wes")
    by_user = await api.ok("GET", f"/conversations/by-user/{ids['kim']}", token=wes)
    assert by_user["_id"] == conv["_id"] and by_user["unread"] is True
    messages = await api.ok("GET", f"/conversations/{conv['_id']}/messages", token=wes)
    assert [m["message"] for m in messages["results"]] == ["still there?", "hi"]
    await api.ok("PUT", f"/conversations/{conv['_id']}/unread", json={"unread": False}, token=wes)
    assert (await api.ok("GET", f"/conversations/{conv['_id']}", token=wes))["unread"] is False
    await api.ok("PUT", f"/conversations/{conv['_id']}/status", json={"status": "approved"})
    assert (await api.ok("GET", f"/conversations/{conv['_id']}"))["status"] == "approved"
    status, _, _ = await api.call("GET", f"/conversations/{conv['_id']}", token=fake_chaster.token_for("sam"))
    assert status == 404


async def test_messages_last_id_pagination_over_1000(
    api: Api, ids: dict[str, str], fake_chaster: FakeChaster
) -> None:
    conv = ids["conversation"]
    fake_chaster.seed_messages(conv, 1100)
    seen: list[str] = []
    params: dict[str, str] = {"limit": "100"}
    while True:
        body = await api.ok("GET", f"/conversations/{conv}/messages", params=params)
        seen += [m["_id"] for m in body["results"]]
        if not body["hasMore"]:
            break
        params["lastId"] = body["results"][-1]["_id"]
    assert len(seen) == len(set(seen)) == 1103
    assert seen == sorted(seen, reverse=True)


async def test_conversations_offset_pagination_over_1000(api: Api, fake_chaster: FakeChaster) -> None:
    fake_chaster.seed_conversations(1050)
    seen: list[str] = []
    params: dict[str, str] = {"limit": "100"}
    dates: list[str] = []
    while True:
        body = await api.ok("GET", "/conversations", params=params)
        seen += [c["_id"] for c in body["results"]]
        dates += [c["lastMessageAt"] for c in body["results"]]
        if not body["hasMore"]:
            break
        params["offset"] = body["results"][-1]["lastMessageAt"]
    assert len(seen) == len(set(seen)) == 1053  # + the 3 seeded conversations of kim
    assert dates == sorted(dates, reverse=True)
    pending = await api.ok("GET", "/conversations", params={"status": "pending"})
    assert [c["status"] for c in pending["results"]] == ["pending"]


async def test_bad_query_param_is_400(api: Api) -> None:
    status, body, _ = await api.call("GET", "/conversations", params={"limit": "many", "offset": "yesterday"})
    assert status == 400
    assert body["error"] == "Bad Request" and isinstance(body["message"], list) and len(body["message"]) == 2
