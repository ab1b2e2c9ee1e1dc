"""FakeChaster serving an older Chaster document, as it does after a regeneration from one.

The documents are the fixed copies in tests/data/spec-history (normalized as the generator ships
them), whichever document the package itself was generated from: the fake seeds only what such a
document describes, and every operation of it answers its example request with a 2xx that is valid
under that document's schemas (the records follow the newest API and are projected onto them).
"""

from __future__ import annotations

import aiohttp
import pytest

from chaster_async.errors import UnknownOperationError
from chaster_async.testing import FakeChaster, Spec, load_spec
from generator.normalize import normalize
from tests.conftest import needs
from tests.spec_samples import HISTORY

from .conftest import Api

OLDER = ("0.12.54", "0.11.2")  # neither has the Extensions API; 0.11.2 has no shared-lock favorites either
SPECS = {
    version: Spec(normalize(load_spec(HISTORY / f"chaster-openapi-{version}.json"))) for version in OLDER
}
PARTNER_SEED = {"extension", "extensionSlug", "session", "waltSession", "wesSession", "sessionMainToken"}


@pytest.mark.parametrize("version", OLDER)
def test_an_older_document_seeds_only_what_it_describes(version: str) -> None:
    fake = FakeChaster(spec=SPECS[version])

    assert fake.older_document and fake.project_responses
    assert not PARTNER_SEED & set(fake.seed_ids)
    assert fake.state.extensions == {} and fake.state.sessions == {}
    assert all(lock["extensions"] == [] for lock in fake.state.locks.values())
    assert all(shared["extensions"] == [] for shared in fake.state.shared_locks.values())
    assert fake.state.users[fake.seed_ids["kim"]]["features"] == []
    assert all(entry.get("extension") is None for t in fake.state.history.values() for entry in t.items)
    favorites = (
        {fake.seed_ids["samPublicSharedLock"]}
        if "shared_locks.get_favorite_shared_locks" in fake.spec.operations
        else set()
    )
    assert fake.state.favorites[fake.seed_ids["kim"]] == favorites  # (0.12.54 has them)
    with pytest.raises(UnknownOperationError):
        fake.seed_extension_sessions(1)
    with pytest.raises(UnknownOperationError):
        fake.seed_extension_logs("no-session", 1)
    # the rest of the seed world is there
    assert {"wendyLock", "waltLock", "wesLock", "kimLock", "kimSharedLock", "conversation"} <= set(
        fake.seed_ids
    )


@needs("partner_extensions.get_sessions", "shared_locks.get_favorite_shared_locks")
def test_the_newest_document_seeds_the_extension_and_favorites() -> None:
    fake = FakeChaster(spec=Spec(load_spec(HISTORY / "chaster-openapi-0.35.0.json")))

    assert PARTNER_SEED <= set(fake.seed_ids)
    assert len(fake.state.sessions) == 3
    assert fake.state.favorites[fake.seed_ids["kim"]] == {fake.seed_ids["samPublicSharedLock"]}


@pytest.mark.parametrize(
    ("version", "key"), [(version, key) for version in OLDER for key in sorted(SPECS[version].operations)]
)
async def test_every_operation_of_an_older_document_answers(
    version: str, key: str, http: aiohttp.ClientSession
) -> None:
    fake = FakeChaster(spec=SPECS[version], rate_limit=None)

    async with fake.serve():
        await Api(fake, http).call_example(key)

    assert fake.requests[-1].key == key
