"""Every operation of the spec answers a schema-valid 2xx to a schema-valid request, over real HTTP."""

from __future__ import annotations

import pytest

from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster, Spec

from .conftest import Api

SPEC = Spec()


def test_spec_has_all_operations() -> None:
    assert len(SPEC) == len({(op.method, op.path) for op in SPEC}) == len(OPERATIONS.by_key)
    assert set(SPEC.operations) == set(OPERATIONS.by_key)


@pytest.mark.parametrize("operation_id", sorted(SPEC.operations))
async def test_operation_answers(operation_id: str, fake_chaster: FakeChaster, api: Api) -> None:
    body, headers = await api.call_example(operation_id)

    assert headers["x-chaster-transaction-id"]
    if fake_chaster.spec.operations[operation_id].response_schema is None:
        assert body is None
    assert fake_chaster.requests[-1].key == operation_id
