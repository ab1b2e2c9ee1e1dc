from __future__ import annotations

import pytest

from generator.naming import operation_name, snake_case, strip_controller


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("getLockHistory", "get_lock_history"),
        ("findAll", "find_all"),
        ("dEPRECATEDFindAll", "deprecated_find_all"),
        ("getUserByDiscordId", "get_user_by_discord_id"),
        ("X-Chaster-Client-Id", "x_chaster_client_id"),
    ],
)
def test_snake_case(given: str, expected: str) -> None:
    assert snake_case(given) == expected


def test_nestjs_ids_lose_their_controller_prefix() -> None:
    assert strip_controller("LockController_findAll") == "findAll"
    assert strip_controller("SharedLockController_DEPRECATED_findAll") == "DEPRECATED_findAll"
    assert strip_controller("plainName") == "plainName"


def test_client_method_wins_over_operation_id() -> None:
    assert operation_name({"operationId": "locksFindAll", "x-client-method": "findAll"}) == "find_all"
    assert operation_name({"operationId": "LockController_findAll"}) == "find_all"
