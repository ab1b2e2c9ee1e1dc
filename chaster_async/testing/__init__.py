"""Testing tools: :class:`FakeChaster`, an embedded in-memory Chaster API server.

    fake = FakeChaster()
    async with fake.serve() as server:
        ...  # point the client at server.base_url with token fake.developer_token

See the README section "Testing against a fake Chaster" for the seed data, options and fault injection.
"""

from __future__ import annotations

from ._auth import ALL_SCOPES, SSO_PREFIX, s256
from ._errors import ApiError
from ._faults import Fault
from ._seed import EXTENSION_SLUG, SEED_USERS
from ._server import FakeChaster, RecordedRequest
from ._spec import Operation, SchemaValidator, Spec, load_spec, spec_path
from ._state import Clock
from ._webhooks import Delivery

__all__ = [
    "ALL_SCOPES",
    "EXTENSION_SLUG",
    "SEED_USERS",
    "SSO_PREFIX",
    "ApiError",
    "Clock",
    "Delivery",
    "FakeChaster",
    "Fault",
    "Operation",
    "RecordedRequest",
    "SchemaValidator",
    "Spec",
    "load_spec",
    "s256",
    "spec_path",
]
