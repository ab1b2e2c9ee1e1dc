"""FakeChaster serving a newer Chaster document, as it does after a regeneration from one.

The newer document is ``python -m generator future-spec`` applied to the fixed copy of the vendored
0.35.0 document (new operations and schemas, a new required ``LockForPublic.isPaused``, a new enum
value, ...), corrected and normalized as the generator ships a document. The fake's records follow
0.35.0: served a newer document, its answers are projected onto that document's schemas, so every
operation still answers a 2xx valid under them (the new ones their example), and so are its webhooks.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from chaster_async.testing import FakeChaster, Spec, load_spec
from generator.future_spec import future_spec
from generator.normalize import normalize
from generator.overlay import for_generation
from tests.spec_samples import HISTORY

from .conftest import Api

if FakeChaster(seed=False).older_document:
    # .ci/regeneration-check with an older document: the fake finds its handlers' routes by this
    # package's OPERATIONS, which then lack most of 0.35.0's (test_older_documents covers that case)
    pytest.skip("the package was generated from an older document", allow_module_level=True)


def _as_shipped(document: dict[str, Any]) -> Spec:
    return Spec(normalize(for_generation(document)))


VENDORED = HISTORY / "chaster-openapi-0.35.0.json"
NEWER = _as_shipped(future_spec(load_spec(VENDORED)))


def test_the_answers_are_projected_onto_a_newer_document_only() -> None:
    newer = FakeChaster(spec=NEWER)
    same = FakeChaster(spec=_as_shipped(load_spec(VENDORED)))

    assert not newer.older_document and newer.project_responses
    # the document the handlers follow: an answer they get wrong stays a 500 (a bug of the fake)
    assert not same.older_document and not same.project_responses


async def test_a_record_gains_the_required_field_it_lacks(http: aiohttp.ClientSession) -> None:
    fake = FakeChaster(spec=NEWER, rate_limit=None)
    lock_id = fake.seed_ids["wendyLock"]

    async with fake.serve():
        lock = await Api(fake, http).ok("GET", f"/locks/{lock_id}")

    assert lock["_id"] == lock_id and lock["title"] == fake.state.locks[lock_id]["title"]
    assert lock["isPaused"] is False  # the schema's example: the fake has no such state
    assert fake.response_errors == []


async def test_a_webhook_gains_the_required_field_it_lacks(http: aiohttp.ClientSession) -> None:
    # nobody listens on port 9: the body is recorded all the same (one attempt, refused)
    fake = FakeChaster(spec=NEWER, rate_limit=None, webhook_url="http://127.0.0.1:9/hook", webhook_retries=0)
    session_id = fake.seed_ids["session"]

    async with fake.serve():
        await Api(fake, http).ok(
            "PUT", f"/api/extensions/sessions/{session_id}/data", json={"data": {"x": 1}}
        )
        (delivery,) = await fake.wait_webhooks()

    assert delivery.event == "extension_session.updated"
    assert delivery.body["data"]["session"]["lock"]["isPaused"] is False
    assert fake.spec.validator.errors("WebhookEventForPublic", {"payload": delivery.body}) == []


@pytest.mark.parametrize("key", sorted(NEWER.operations))
async def test_every_operation_of_a_newer_document_answers(key: str, http: aiohttp.ClientSession) -> None:
    fake = FakeChaster(spec=NEWER, rate_limit=None)

    async with fake.serve():
        await Api(fake, http).call_example(key)

    assert fake.requests[-1].key == key
