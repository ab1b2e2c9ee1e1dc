"""Every operation's example request, sent twice to a fresh seeded fake: the second answer (and
the fake's state) reflects the first wherever the operation changes state.

Each operation is classified by what Chaster does when the same request comes twice:

- ``READ``: nothing changes; both answers are equal.
- ``EACH``: every call changes the state again (a new id, a new history entry, one more action
  used); a second answer with a body differs from the first (a fresh id or token).
- ``ONCE``: the first call used up what the request points at (a combination, an offer, a token,
  the last regular action); the second is refused with a 4xx and changes nothing.
- ``SAME``: the first call set something; the second sets it again: the same answer, no further
  change.

The clock is frozen, so "changes nothing" is exact. An operation without a stateful handler
(the README's short list) answers its generated example and must be a ``READ``.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from chaster_async.testing import FakeChaster, Spec
from chaster_async.testing._state import State, Timeline

from .conftest import Api

READ, EACH, ONCE, SAME = "READ", "EACH", "ONCE", "SAME"

KINDS: dict[str, str] = {
    # blocks
    "blocks.block_user": ONCE,  # already blocked
    "blocks.find_blocks": READ,
    "blocks.get_block_interaction": READ,
    "blocks.unblock_user": ONCE,  # no such block any more
    # combinations, files, reports
    "combinations.create_code": EACH,
    "combinations.upload_image": EACH,
    "files.upload_files": EACH,
    "files.get_file_from_key": READ,
    "reports.create_report": EACH,
    # locks
    "lock_creation.create": ONCE,  # the combination is used now
    "lock_creation.create_lock_from_shared_lock": ONCE,
    "lock_creation.set_lock_extensions": EACH,  # each save is in the history
    "locks.archive": SAME,
    "locks.archive_keyholder": SAME,
    "locks.combination": READ,
    "locks.convert_to_self_lock": ONCE,  # the keyholder is gone (and so their access)
    "locks.find_all": READ,
    "locks.find_one": READ,
    "locks.get_lock_history": READ,
    "locks.get_user_locks": READ,
    "locks.search": READ,
    "locks.set_as_test_lock": SAME,
    "locks.set_freeze": SAME,
    "locks.set_max_limit_date": EACH,
    "locks.set_settings": EACH,
    "locks.trust_keyholder": EACH,
    "locks.unlock": ONCE,
    "locks.update_time": EACH,
    "keyholder.search_locks": READ,
    # the built-in extensions
    "locks.trigger_action": ONCE,  # wes's dice: the one regular action is used
    "locks.get_lock_info_from_extension": READ,
    "extensions.get_extensions": READ,
    "extensions_penalties.find": READ,
    "extensions_temporary_opening.get_combination": READ,
    "extensions_temporary_opening.get_combination_from_history_entry": READ,
    "extensions_temporary_opening.set_combination": ONCE,  # relocked
    "extensions_verification_picture.get_verification_pictures": READ,
    "extensions_verification_picture.submit_picture": ONCE,  # the request is answered
    # messaging
    "messaging.create_conversation": EACH,  # (the private conversation exists: one more message)
    "messaging.find_ignored_users": READ,
    "messaging.get_conversation": READ,
    "messaging.get_conversation_by_user_id": READ,
    "messaging.get_conversations": READ,
    "messaging.get_messages": READ,
    "messaging.send_message": EACH,
    "messaging.set_conversation_status": SAME,
    "messaging.set_conversation_unread": SAME,
    # partner configurations and the Extensions API
    "partner_configurations.create_lock_partner_configuration": EACH,
    "partner_configurations.create_partner_configuration": EACH,
    "partner_configurations.create_shared_lock_partner_configuration": EACH,
    "partner_extensions.create": EACH,
    "partner_extensions.delete": ONCE,
    "partner_extensions.do_action": EACH,
    "partner_extensions.find_all": READ,
    "partner_extensions.find_one": READ,
    "partner_extensions.get_configuration": READ,
    "partner_extensions.get_extension_session": READ,
    "partner_extensions.get_logs": READ,
    "partner_extensions.get_regular_actions": READ,
    "partner_extensions.get_session_auth": READ,
    "partner_extensions.get_sessions": READ,
    "partner_extensions.log_custom_action": EACH,
    "partner_extensions.patch_extension_session": SAME,
    "partner_extensions.set_data": SAME,
    "partner_extensions.set_metadata": SAME,
    "partner_extensions.submit_regular_action": EACH,
    "partner_extensions.update": SAME,
    "partner_extensions.update_configuration": SAME,
    # profile, users, public locks
    "profile.get_updated_profile": READ,
    "profile.get_user": READ,
    "profile.get_user_badge_count": READ,
    "profile.get_user_by_id": READ,
    "profile.get_user_profile": READ,
    "profile.me": READ,
    "users.get_user_by_discord_id": READ,
    "users.search_by_username": READ,
    "users.search_users": READ,
    "public_locks.find_all": READ,
    "public_locks.find_one": READ,
    "public_locks.get_shared_lock_image": READ,
    "public_locks.search": READ,
    # session offers
    "session_offer.accept_keyholding_request": ONCE,  # the offer token is spent
    "session_offer.archive_keyholding_offer": ONCE,
    "session_offer.create_keyholding_offer": ONCE,  # one pending offer per keyholder
    "session_offer.get_keyholder_requests": READ,
    "session_offer.get_lock_keyholding_request": READ,
    "session_offer.get_offer_request_status": READ,
    "session_offer.validate_offer_request": ONCE,  # answered
    # shared locks
    "shared_locks.archive": SAME,
    "shared_locks.create": EACH,
    "shared_locks.deprecated_create": EACH,
    "shared_locks.deprecated_find_all": READ,
    "shared_locks.deprecated_find_one": READ,
    "shared_locks.deprecated_update": SAME,
    "shared_locks.find_all": READ,
    "shared_locks.find_all_tags": READ,
    "shared_locks.find_one": READ,
    "shared_locks.find_suggested_tags": READ,
    "shared_locks.get_favorite_shared_locks": READ,
    "shared_locks.is_favorite": READ,
    "shared_locks.remove_favorite": SAME,
    "shared_locks.set_favorite": SAME,
    "shared_locks.set_shared_lock_extensions": SAME,
    "shared_locks.update": SAME,
}

SPEC = Spec()


def _plain(value: Any) -> Any:
    if isinstance(value, Timeline):
        return [_plain(item) for item in value.items]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, set):
        return sorted(value)
    return value


def snapshot(state: State) -> dict[str, Any]:
    """Everything the fake knows (records, counters), as plain comparable data."""
    skip = {"validator", "clock", "emit", "rng"}
    return {name: _plain(value) for name, value in vars(state).items() if name not in skip}


async def _send(api: Api, fake: FakeChaster, req: dict[str, Any]) -> tuple[int, Any]:
    data = None
    if "form" in req:
        data = aiohttp.FormData()
        for name, value in req["form"].items():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, bytes):
                    data.add_field(name, item, filename="image.png", content_type="image/png")
                else:
                    data.add_field(name, item)
    status, body, _ = await api.call(
        req["method"],
        req["path"],
        params=req["query"],
        json=req.get("json"),
        data=data,
        headers=req["headers"],
        token=fake.token_for(req["user"]),
    )
    return status, body


def test_every_operation_is_classified() -> None:
    fake = FakeChaster(seed=False)
    unclassified = sorted(key for key in fake.handlers if key not in KINDS)
    assert unclassified == []


@pytest.mark.parametrize("key", sorted(SPEC.operations))
async def test_the_second_answer_reflects_the_first(key: str, fake_chaster: FakeChaster, api: Api) -> None:
    fake = fake_chaster
    fake.clock.freeze()
    kind = KINDS.get(key, READ) if key in fake.handlers else READ  # an example changes nothing
    req = fake.example_request(key)

    before = snapshot(fake.state)
    first = await _send(api, fake, req)
    after_first = snapshot(fake.state)
    second = await _send(api, fake, req)
    after_second = snapshot(fake.state)

    assert 200 <= first[0] < 300, first
    assert fake.response_errors == []
    if kind == READ:
        assert after_first == before and after_second == before
        assert second == first
        return
    assert after_first != before, f"{key}: the first call changed nothing"
    if kind == EACH:
        assert 200 <= second[0] < 300, second
        assert after_second != after_first, f"{key}: the second call changed nothing"
        if first[1] is not None:
            assert second[1] != first[1], f"{key}: the same answer twice"
    elif kind == ONCE:
        assert 400 <= second[0] < 500, second
        assert after_second == after_first, f"{key}: a refused call changed the state"
    else:
        assert second == first
        assert after_second == after_first, f"{key}: setting the same again changed the state"
