"""Cursor stores of chaster_async.watch: memory, JSON file (atomic writes) and Redis (real server)."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest

from chaster_async.errors import ChasterUsageError, LeaseLostError, StorageError
from chaster_async.watch import CursorStore, JsonFileCursorStore, MemoryCursorStore, RedisCursorStore


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


CURSOR = {"kind": "lock_history", "id": "abc", "at": "2026-01-01T12:00:00+00:00", "recent": ["abc"]}


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _local_stores(tmp_path: Path, clock: Clock) -> list[Any]:
    return [MemoryCursorStore(clock=clock), JsonFileCursorStore(tmp_path / "cursors.json", clock=clock)]


@pytest.mark.parametrize("kind", ["memory", "json"])
async def test_save_load_round_trip_copies(tmp_path: Path, clock: Clock, kind: str) -> None:
    store = _local_stores(tmp_path, clock)[0 if kind == "memory" else 1]
    assert isinstance(store, CursorStore)
    assert await store.load("a") is None
    cursor = dict(CURSOR)
    await store.save("a", cursor)
    cursor["id"] = "changed after the save"
    loaded = await store.load("a")
    assert loaded == CURSOR
    assert loaded is not None
    loaded["id"] = "changed after the load"
    assert await store.load("a") == CURSOR
    await store.close()


@pytest.mark.parametrize("kind", ["memory", "json"])
async def test_local_leases(tmp_path: Path, clock: Clock, kind: str) -> None:
    store = _local_stores(tmp_path, clock)[0 if kind == "memory" else 1]
    assert await store.acquire("a", "one", 10)
    assert await store.acquire("a", "one", 10)  # renewal
    assert not await store.acquire("a", "two", 10)
    await store.save("a", CURSOR, owner="one")
    with pytest.raises(LeaseLostError) as caught:
        await store.save("a", CURSOR, owner="two")
    assert caught.value.key == "a"
    await store.release("a", "two")  # not two's: nothing happens
    assert not await store.acquire("a", "two", 10)
    clock.now += 11  # expired
    assert await store.acquire("a", "two", 10)
    await store.release("a", "two")
    assert await store.acquire("a", "one", 10)
    with pytest.raises(ChasterUsageError):
        await store.acquire("a", "one", 0)


async def test_json_file_survives_a_new_instance_and_is_plain_json(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cursors.json"
    store = JsonFileCursorStore(path)
    await store.save("a", CURSOR)
    await store.save("b", {"kind": "keyholder_locks", "locks": {}})
    again = JsonFileCursorStore(path)
    assert await again.load("a") == CURSOR
    assert await again.load("b") == {"kind": "keyholder_locks", "locks": {}}
    assert json.loads(path.read_text()) == {"a": CURSOR, "b": {"kind": "keyholder_locks", "locks": {}}}
    assert [p.name for p in path.parent.iterdir()] == ["cursors.json"]  # no temporary file left


async def test_json_file_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cursors.json"
    store = JsonFileCursorStore(path)
    await store.save("a", CURSOR)
    before = path.read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(StorageError, match=r"cannot be written .*disk gone"):  # typed, with the cause
        await store.save("a", dict(CURSOR, id="new"))
    monkeypatch.undo()
    assert path.read_bytes() == before  # the old file, whole
    assert [p.name for p in tmp_path.iterdir()] == ["cursors.json"]
    assert await JsonFileCursorStore(path).load("a") == CURSOR
    assert await store.load("a") == CURSOR  # memory follows the file


async def test_json_file_saves_build_on_each_other_even_when_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "cursors.json"
    store = JsonFileCursorStore(path, fsync=False)
    first = asyncio.ensure_future(store.save("a", CURSOR))
    await asyncio.sleep(0)
    first.cancel()  # its thread still writes
    await asyncio.gather(*(store.save(f"k{i}", {"n": i}) for i in range(20)))
    data = json.loads(path.read_text())
    assert data["a"] == CURSOR
    assert {k: v["n"] for k, v in data.items() if k != "a"} == {f"k{i}": i for i in range(20)}


async def test_json_file_refuses_what_is_not_a_cursor_file(tmp_path: Path) -> None:
    path = tmp_path / "cursors.json"
    path.write_text("[1, 2]")
    with pytest.raises(ChasterUsageError, match="not a cursor file"):
        await JsonFileCursorStore(path).load("a")
    path.write_text("")
    assert await JsonFileCursorStore(path).load("a") is None


# -- Redis -----------------------------------------------------------------------------------------


@pytest.fixture
async def redis_stores(redis_url: str) -> Any:
    prefix = f"test:{uuid.uuid4().hex}:"
    stores = [RedisCursorStore(redis_url, prefix=prefix), RedisCursorStore(redis_url, prefix=prefix)]
    yield stores
    for store in stores:
        await store.close()


async def test_redis_round_trip_between_processes(redis_stores: list[RedisCursorStore]) -> None:
    one, two = redis_stores
    assert await one.load("a") is None
    await one.save("a", CURSOR)
    assert await two.load("a") == CURSOR
    await two.save("a", dict(CURSOR, id="later"))
    assert (await one.load("a") or {})["id"] == "later"


async def test_redis_leases_are_exclusive_renewable_and_expire(redis_stores: list[RedisCursorStore]) -> None:
    one, two = redis_stores
    assert await one.acquire("a", "one", 0.3)
    assert await one.acquire("a", "one", 0.3)  # renewed by its owner
    assert not await two.acquire("a", "two", 0.3)
    await two.release("a", "two")  # not two's lease: kept
    assert not await two.acquire("a", "two", 0.3)
    await asyncio.sleep(0.45)
    assert await two.acquire("a", "two", 5)  # expired: taken over
    assert not await one.acquire("a", "one", 5)
    await two.release("a", "two")
    assert await one.acquire("a", "one", 5)


async def test_redis_save_is_fenced_by_the_lease(redis_stores: list[RedisCursorStore]) -> None:
    one, two = redis_stores
    assert await one.acquire("a", "one", 5)
    await one.save("a", CURSOR, owner="one")
    with pytest.raises(LeaseLostError):
        await two.save("a", dict(CURSOR, id="stale"), owner="two")
    assert await two.load("a") == CURSOR
    await two.save("a", dict(CURSOR, id="unfenced"))  # no owner: written
    assert (await one.load("a") or {})["id"] == "unfenced"


async def test_redis_store_with_a_borrowed_client(redis_url: str) -> None:
    import redis.asyncio as redis_asyncio

    client = redis_asyncio.Redis.from_url(redis_url, decode_responses=True)
    store = RedisCursorStore(client=client, prefix=f"test:{uuid.uuid4().hex}:")
    await store.save("a", CURSOR)
    assert await store.load("a") == CURSOR
    await store.close()
    assert await client.ping()  # not closed: borrowed
    await client.aclose()


def test_redis_store_needs_a_url_or_a_client() -> None:
    with pytest.raises(ChasterUsageError):
        RedisCursorStore()
    with pytest.raises(ChasterUsageError):
        RedisCursorStore("redis://x", client=object())
