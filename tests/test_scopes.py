"""Scope checks from OPERATIONS, before any I/O, and the required_scopes helper."""

from __future__ import annotations

import datetime as dt

import pytest
from aioresponses import aioresponses

from chaster_async import Chaster, ChasterUsageError, OAuthToken, ScopeError, required_scopes
from chaster_async._operation import OperationTable
from chaster_async._request import Request
from chaster_async._scopes import check_scopes


def token(scopes: set[str]) -> OAuthToken:
    return OAuthToken("acc", "ref", dt.datetime.now(dt.UTC) + dt.timedelta(hours=1), frozenset(scopes))


def test_missing_scope_raises(operations: OperationTable) -> None:
    with pytest.raises(ScopeError) as info:
        check_scopes(operations["locks.find_all"], frozenset({"profile"}))

    assert info.value.operation_id == "locksFindAll"
    assert info.value.missing == frozenset({"locks"})
    assert info.value.granted == frozenset({"profile"})
    assert "locksFindAll" in str(info.value) and "locks" in str(info.value)


def test_granted_scope_passes(operations: OperationTable) -> None:
    check_scopes(operations["locks.find_all"], frozenset({"locks", "profile"}))


def test_developer_token_passes_everything(operations: OperationTable) -> None:
    check_scopes(operations["locks.find_all"], None)


def test_public_operation_passes(operations: OperationTable) -> None:
    check_scopes(operations["publicLock"], frozenset())


async def test_scope_error_before_any_network_io(operations: OperationTable) -> None:
    async with Chaster(token({"profile"})) as chaster:
        with aioresponses() as mocked:  # any request would fail loudly here
            with pytest.raises(ScopeError):
                await chaster.send(Request(operations["locks.find_all"], "/locks"))
            assert mocked.requests == {}


def test_required_scopes_by_id_tag_name_and_unique_name(operations: OperationTable) -> None:
    assert required_scopes("locks.find_all", operations) == {"locks"}
    assert required_scopes(["locks.find_all", "profile.me", "messaging.create_conversation"], operations) == {
        "locks",
        "profile",
        "messaging",
    }
    assert required_scopes("profile.me", operations) == {"profile"}


def test_required_scopes_ambiguous_and_unknown_names(operations: OperationTable) -> None:
    with pytest.raises(ChasterUsageError, match="ambiguous"):
        required_scopes("find_all", operations)
    with pytest.raises(ChasterUsageError, match="unknown"):
        required_scopes("nope", operations)
    with pytest.raises(ChasterUsageError):
        operations.find(42)  # type: ignore[arg-type]


def test_unknown_operation_is_a_key_error_too(operations: OperationTable) -> None:
    with pytest.raises(KeyError):
        operations["nope"]
    assert "nope" not in operations
    assert operations.get("nope") is None
    assert "locks.find_all" in operations and "locks.find_all" in operations


def test_required_scopes_from_namespace_method(operations: OperationTable) -> None:
    class SharedLocksApi:
        OPERATION_KEYS = {"find_all": "shared_locks.find_all"}

        def find_all(self) -> None: ...

    class NotAnApi:
        def find_all(self) -> None: ...

    assert required_scopes(SharedLocksApi().find_all, operations) == {"shared_locks"}
    with pytest.raises(ChasterUsageError, match="not a Chaster operation"):
        required_scopes(NotAnApi().find_all, operations)


def test_client_required_scopes() -> None:
    chaster = Chaster("dev")

    from chaster_async.operations import OPERATIONS

    wanted = ["locks.find_all", "messaging.get_conversations"]
    assert chaster.required_scopes(wanted) == {"locks", "messaging"}
    assert chaster.required_scopes(wanted) == OPERATIONS[wanted[0]].scopes | OPERATIONS[wanted[1]].scopes


def test_generated_operations_are_used_by_default() -> None:
    from chaster_async.operations import OPERATIONS

    some = next(op for op in OPERATIONS.values() if op.scopes)

    assert required_scopes(some.operation_id) == some.scopes
    assert required_scopes(some.key) == some.scopes
