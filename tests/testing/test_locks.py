"""Stateful lock flows: combinations, locks, time, freeze, settings, history, unlock, archive, reveal."""

from __future__ import annotations

from chaster_async.testing import FakeChaster
from tests.conftest import needs

from .conftest import Api


def _lock_body(combination_id: str, **extra: object) -> dict[str, object]:
    body: dict[str, object] = {
        "minDuration": 0,
        "maxDuration": 0,
        "maxLimitDuration": None,
        "displayRemainingTime": True,
        "limitLockTime": False,
        "combinationId": combination_id,
        "extensions": [],
        "allowSessionOffer": False,
        "isTestLock": True,
        "hideTimeLogs": False,
    }
    body.update(extra)
    return body


async def _history_types(api: Api, lock_id: str) -> list[str]:
    body = await api.ok("POST", f"/locks/{lock_id}/history", json={"limit": 100})
    return [entry["type"] for entry in body["results"]]


async def test_self_lock_lifecycle(api: Api, fake_chaster: FakeChaster) -> None:
    combo = (await api.ok("POST", "/combinations/code", json={"code": "1234"}))["combinationId"]
    lock_id = (await api.ok("POST", "/locks", json=_lock_body(combo)))["lockId"]
    lock = await api.ok("GET", f"/locks/{lock_id}")
    assert (lock["status"], lock["role"], lock["combination"]) == ("locked", "wearer", combo)
    assert lock_id in [lk["_id"] for lk in await api.ok("GET", "/locks")]

    # combination hidden while locked
    status, body, _ = await api.call("GET", f"/locks/{lock_id}/combination")
    assert status == 400 and body["statusCode"] == 400 and body["error"] == "Bad Request"
    # the wearer cannot remove time, but can add it
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/update-time", json={"duration": -60})
    assert status == 400
    await api.ok("POST", f"/locks/{lock_id}/update-time", json={"duration": 60})
    assert not (await api.ok("GET", f"/locks/{lock_id}"))["canBeUnlocked"]
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/unlock")
    assert status == 400

    fake_chaster.clock.advance(61)
    assert (await api.ok("GET", f"/locks/{lock_id}"))["canBeUnlocked"]
    settings_schema = fake_chaster.spec.validator.resolve(
        fake_chaster.spec.find("locks.set_settings").body_schema or {}
    )
    # 0.11.2's lock settings were displayRemainingTime alone (required)
    settings = (
        {"hideTimeLogs": True}
        if "hideTimeLogs" in settings_schema["properties"]
        else {"displayRemainingTime": True}
    )
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/settings", json=settings)
    assert status == 204
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/unlock")
    assert status == 204
    reveal = await api.ok("GET", f"/locks/{lock_id}/combination")
    assert (reveal["_id"], reveal["code"]) == (combo, "1234")
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/archive")
    assert status == 204
    assert lock_id in [lk["_id"] for lk in await api.ok("GET", "/locks", params={"status": "archived"})]
    assert lock_id not in [lk["_id"] for lk in await api.ok("GET", "/locks")]

    assert await _history_types(api, lock_id) == [
        "unlocked",
        "lock_settings_updated",
        "time_changed",
        "locked",
    ]


async def test_combination_is_single_use(api: Api) -> None:
    combo = (await api.ok("POST", "/combinations/code", json={"code": "1"}))["combinationId"]
    await api.ok("POST", "/locks", json=_lock_body(combo))
    status, body, _ = await api.call("POST", "/locks", json=_lock_body(combo))
    assert status == 400, body


async def test_keyholder_time_freeze_unlock(api: Api, ids: dict[str, str], fake_chaster: FakeChaster) -> None:
    lock_id = ids["wendyLock"]
    before = await api.ok("GET", f"/locks/{lock_id}")
    assert before["role"] == "keyholder"
    await api.call("POST", f"/locks/{lock_id}/update-time", json={"duration": -3600})
    after = await api.ok("GET", f"/locks/{lock_id}")
    assert after["endDate"] < before["endDate"]

    assert (await api.call("POST", f"/locks/{lock_id}/freeze", json={"isFrozen": True}))[0] == 204
    assert (await api.ok("GET", f"/locks/{lock_id}"))["isFrozen"] is True
    fake_chaster.clock.advance(600)
    assert (await api.call("POST", f"/locks/{lock_id}/freeze", json={"isFrozen": False}))[0] == 204
    unfrozen = await api.ok("GET", f"/locks/{lock_id}")
    assert unfrozen["isFrozen"] is False and unfrozen["endDate"] > after["endDate"]

    # the wearer may not freeze; a stranger does not see the lock
    wendy = fake_chaster.token_for("wendy")
    status, _, _ = await api.call("POST", f"/locks/{lock_id}/freeze", json={"isFrozen": True}, token=wendy)
    assert status == 403
    status, body, _ = await api.call("GET", f"/locks/{lock_id}", token=fake_chaster.token_for("sam"))
    assert status == 404 and body == {"statusCode": 404, "message": "Lock not found", "error": "Not Found"}

    assert (await api.call("POST", f"/locks/{lock_id}/unlock"))[0] == 204
    reveal = await api.ok("GET", f"/locks/{lock_id}/combination", token=wendy)
    assert reveal["type"] == "code"
    types = await _history_types(api, lock_id)
    assert types[:4] == ["unlocked", "lock_unfrozen", "lock_frozen", "time_changed"]


async def test_history_pagination_over_1000_entries(
    api: Api, ids: dict[str, str], fake_chaster: FakeChaster
) -> None:
    lock_id = ids["kimLock"]
    fake_chaster.seed_history(lock_id, 1200)
    seen: list[str] = []
    last_id = None
    while True:
        body = await api.ok(
            "POST",
            f"/locks/{lock_id}/history",
            json={"limit": 100, **({"lastId": last_id} if last_id else {})},
        )
        assert body["count"] == 1201
        seen += [e["_id"] for e in body["results"]]
        if not body["hasMore"]:
            break
        last_id = body["results"][-1]["_id"]
    assert len(seen) == len(set(seen)) == 1201
    assert seen == sorted(seen, reverse=True)


@needs("keyholder.search_locks")
async def test_keyholder_search_page_limit_over_1000(api: Api, fake_chaster: FakeChaster) -> None:
    fake_chaster.seed_keyholder_locks(1030)
    first = await api.ok(
        "POST", "/keyholder/locks/search", json={"page": 0, "limit": 100, "status": "locked"}
    )
    total = first["total"]
    assert total >= 1030 and first["pages"] == -(-total // 100)
    seen = {lk["_id"] for lk in first["locks"]}
    for page in range(1, first["pages"]):
        body = await api.ok(
            "POST", "/keyholder/locks/search", json={"page": page, "limit": 100, "status": "locked"}
        )
        assert all(lk["role"] == "keyholder" and lk["status"] == "locked" for lk in body["locks"])
        seen |= {lk["_id"] for lk in body["locks"]}
    assert len(seen) == total
    empty = await api.ok("POST", "/keyholder/locks/search", json={"page": first["pages"], "limit": 100})
    assert empty["locks"] == []
    found = await api.ok("POST", "/keyholder/locks/search", json={"search": "walt"})
    assert [lk["user"]["username"] for lk in found["locks"]] == ["walt"]


def _path(fake: FakeChaster, key: str, **params: str) -> str:
    """Where the served document puts the operation (an older Chaster had shared locks under
    ``/locks/shared-locks``)."""
    return fake.spec.find(key).format_path(**params)


def _lock_from_shared_lock_body(fake: FakeChaster, combination_id: str, **extra: object) -> dict[str, object]:
    """The required fields of a create-lock body, as the served document has them (0.12.54 also
    requires ``isTestLock``), plus ``extra``."""
    op = fake.spec.find("lock_creation.create_lock_from_shared_lock")
    required = fake.spec.validator.resolve(op.body_schema or {}).get("required", ())
    example = fake.example_request(op.key)["json"]
    body: dict[str, object] = {k: example[k] for k in required}
    body.update(combinationId=combination_id, **extra)
    return body


async def test_shared_locks_crud_and_lock_from_shared_lock(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    body = fake.example_request("shared_locks.create")["json"]
    body.update(name="Bot lock", password=None, minDuration=60, maxDuration=120)
    shared_id = (await api.ok("POST", _path(fake, "shared_locks.create"), json=body))["id"]
    one = _path(fake, "shared_locks.find_one", sharedLockId=shared_id)
    assert (await api.ok("GET", one))["name"] == "Bot lock"
    update = _path(fake, "shared_locks.update", sharedLockId=shared_id)
    await api.ok("PUT", update, json={**body, "name": "Renamed"})
    listed = await api.ok("GET", _path(fake, "shared_locks.find_all"))
    assert "Renamed" in [s["name"] for s in listed]

    wendy = fake.token_for("wendy")
    combo = (await api.ok("POST", "/combinations/code", json={"code": "9"}, token=wendy))["combinationId"]
    lock_id = (
        await api.ok(
            "POST",
            f"/public-locks/{shared_id}/create-lock",
            json=_lock_from_shared_lock_body(fake, combo),
            token=wendy,
        )
    )["lockId"]
    lock = await api.ok("GET", f"/locks/{lock_id}", token=wendy)
    assert lock["keyholder"]["username"] == "kim" and lock["sharedLock"]["_id"] == shared_id
    assert lock_id in [lk["_id"] for lk in (await api.ok("GET", one))["locks"]]

    await api.ok("POST", _path(fake, "shared_locks.archive", sharedLockId=shared_id))
    archived = await api.ok("GET", _path(fake, "shared_locks.find_all"), params={"status": "archived"})
    assert shared_id in [s["_id"] for s in archived]


async def test_password_protected_shared_lock(
    api: Api, ids: dict[str, str], fake_chaster: FakeChaster
) -> None:
    wendy = fake_chaster.token_for("wendy")
    shared = ids["samPrivateSharedLock"]
    combo = ids["wendyCombination"]
    path = f"/public-locks/{shared}/create-lock"
    wrong = _lock_from_shared_lock_body(fake_chaster, combo, password="no")
    status, _, _ = await api.call("POST", path, json=wrong, token=wendy)
    assert status == 403
    right = _lock_from_shared_lock_body(fake_chaster, combo, password="letmein")
    await api.ok("POST", path, json=right, token=wendy)
