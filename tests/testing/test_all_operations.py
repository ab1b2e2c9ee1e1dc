"""Every operation of the spec answers a schema-valid 2xx to a schema-valid request, over real HTTP."""

from __future__ import annotations

import aiohttp
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
    op = fake_chaster.spec.operations[operation_id]
    req = fake_chaster.example_request(operation_id)
    if op.body_schema is not None and "json" in req:
        assert fake_chaster.spec.validator.errors(op.body_schema, req["json"]) == []
    data = None
    if "form" in req:
        data = aiohttp.FormData()
        for name, value in req["form"].items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, bytes):
                    data.add_field(name, item, filename="image.png", content_type="image/png")
                else:
                    data.add_field(name, item)

    status, body, headers = await api.call(
        req["method"],
        req["path"],
        params=req["query"],
        json=req.get("json"),
        data=data,
        headers=req["headers"],
        token=fake_chaster.token_for(req["user"]),
    )

    assert status == op.success_status, body
    assert headers["x-chaster-transaction-id"]
    if op.response_schema is not None:
        assert fake_chaster.spec.validator.errors(op.response_schema, body) == []
    else:
        assert body is None
    assert fake_chaster.requests[-1].key == operation_id
    assert fake_chaster.response_errors == []
