"""Scope checks from OPERATIONS, before any I/O, and the required_scopes helper."""

from __future__ import annotations

import datetime as dt

import pytest
from aioresponses import aioresponses

from chaster_async import Chaster, ChasterUsageError, OAuthToken, ScopeError, required_scopes
from chaster_async._runtime import Operation, Request
from chaster_async._scopes import check_scopes, find_operation


def token(scopes: set[str]) -> OAuthToken:
    return OAuthToken("acc", "ref", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset(scopes))


def test_missing_scope_raises(operations: dict[str, Operation]) -> None:
    with pytest.raises(ScopeError) as info:
        check_scopes("locksFindAll", frozenset({"profile"}), operations)

    assert info.value.operation_id == "locksFindAll"
    assert info.value.missing == frozenset({"locks"})
    assert info.value.granted == frozenset({"profile"})
    assert "locksFindAll" in str(info.value) and "locks" in str(info.value)


def test_granted_scope_passes(operations: dict[str, Operation]) -> None:
    check_scopes("locksFindAll", frozenset({"locks", "profile"}), operations)


def test_developer_token_passes_everything(operations: dict[str, Operation]) -> None:
    check_scopes("locksFindAll", None, operations)


def test_unknown_or_public_operation_passes(operations: dict[str, Operation]) -> None:
    check_scopes("notInTable", frozenset(), operations)
    check_scopes("publicLock", frozenset(), operations)


async def test_scope_error_before_any_network_io(operations: dict[str, Operation]) -> None:
    async with Chaster(token({"profile"}), operations=operations) as chaster:
        with aioresponses() as mocked:  # any request would fail loudly here
            with pytest.raises(ScopeError):
                await chaster.send(Request("locksFindAll", "GET", "/locks"))
            assert mocked.requests == {}


def test_required_scopes_by_id_tag_name_and_unique_name(operations: dict[str, Operation]) -> None:
    assert required_scopes("locksFindAll", operations) == {"locks"}
    assert required_scopes(["locks.find_all", "profile.me", "createConversation"], operations) == {
        "locks",
        "profile",
        "messaging",
    }
    assert required_scopes("me", operations) == {"profile"}


def test_required_scopes_ambiguous_and_unknown_names(operations: dict[str, Operation]) -> None:
    with pytest.raises(ChasterUsageError, match="ambiguous"):
        required_scopes("find_all", operations)
    with pytest.raises(ChasterUsageError, match="unknown"):
        required_scopes("nope", operations)
    with pytest.raises(ChasterUsageError):
        find_operation(42, operations)


def test_required_scopes_from_namespace_method(operations: dict[str, Operation]) -> None:
    class SharedLocksApi:
        OPERATION_IDS = {"find_all": "sharedFindAll"}

        def find_all(self) -> None: ...

    class LocksApi:
        def find_all(self) -> None: ...

    assert required_scopes(SharedLocksApi().find_all, operations) == {"shared_locks"}
    assert required_scopes(LocksApi().find_all, operations) == {"locks"}  # tag from the class name


def test_client_required_scopes(operations: dict[str, Operation]) -> None:
    chaster = Chaster("dev", operations=operations)

    assert chaster.required_scopes(["locks.find_all", "profile.me"]) == {"locks", "profile"}


def test_generated_operations_are_used_by_default() -> None:
    from chaster_async._generated.operations import OPERATIONS

    some = next(op for op in OPERATIONS.values() if op.scopes)

    assert required_scopes(some.operation_id) == some.scopes
