"""The library's own client against FakeChaster, for every operation of the spec.

Each call goes through ``chaster.<tag>.<name>(...)`` with the fake's schema-valid example request;
the answer must come back as the typed return value with no deviation from the spec.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from chaster_async import Chaster
from chaster_async._model import collect_deviations
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster
from generator.naming import snake_case


def _path_arguments(template: str, path: str) -> list[str]:
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$"
    found = re.match(pattern, path)
    assert found is not None, (template, path)
    return list(found.groups())


def _arguments(operation_id: str, example: dict[str, Any]) -> tuple[list[str], dict[str, Any]]:
    operation = OPERATIONS[operation_id]
    kwargs: dict[str, Any] = {snake_case(name): value for name, value in example["query"].items()}
    kwargs.update({snake_case(name): value for name, value in example["headers"].items()})
    if "json" in example:
        kwargs["body"] = example["json"]
    if "form" in example:
        kwargs["body"] = example["form"]
    return _path_arguments(operation.path, example["path"]), kwargs


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_client_calls_every_operation(operation_id: str, fake_chaster: FakeChaster) -> None:
    example = fake_chaster.example_request(operation_id)
    args, kwargs = _arguments(operation_id, example)
    operation = OPERATIONS[operation_id]
    token = fake_chaster.token_for(example["user"])

    async with Chaster(token, base_url=fake_chaster.base_url, rate_limit=False, max_retries=0) as chaster:
        method = getattr(getattr(chaster, operation.tag), operation.name)
        result = await method(*args, **kwargs)

    assert fake_chaster.requests[-1].key == operation_id
    if operation.returns_body:
        assert result is not None
        assert collect_deviations(result) == []
    else:
        assert result is None
