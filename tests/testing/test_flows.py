"""Whole flows through the library's client against FakeChaster: session offers (by request and
by offer token, refusal, archive), partner configurations, blocks and files. What one call
creates, the next ones see; ids and tokens the fake did not mint are refused."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Any

import aiohttp
import pytest

from chaster_async import Chaster, ExtensionToolkit
from chaster_async.errors import BadRequestError, ForbiddenError, NotFoundError
from chaster_async.testing import FakeChaster
from tests.conftest import needs, needs_schemas

Clients = Callable[[str], Chaster]


@pytest.fixture
async def client_of(fake_chaster: FakeChaster) -> AsyncIterator[Clients]:
    """``client_of("wendy")``: a client with that seed user's developer token."""
    async with AsyncExitStack() as stack:
        clients: dict[str, Chaster] = {}

        def get(name: str) -> Chaster:
            if name not in clients:
                clients[name] = Chaster(
                    fake_chaster.developer_tokens[name],
                    base_url=fake_chaster.base_url,
                    client_id="flow-test-client",
                    rate_limit=False,
                    max_retries=0,
                )
                stack.push_async_callback(clients[name].close)
            return clients[name]

        yield get


def _self_lock(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "minDuration": 3600,
        "maxDuration": 3600,
        "maxLimitDuration": None,
        "displayRemainingTime": True,
        "limitLockTime": False,
        "extensions": [],
        "allowSessionOffer": True,
        "isTestLock": True,
        "hideTimeLogs": False,
    }
    body.update(extra)
    return body


async def _new_lock(wendy: Chaster, **extra: Any) -> str:
    code = await wendy.combinations.create_code(body={"code": "2468"})
    created = await wendy.lock_creation.create(body=_self_lock(combinationId=code.combination_id, **extra))
    return str(created.lock_id)


SESSION_OFFER = (
    "lock_creation.create",
    "session_offer.create_keyholding_offer",
    "session_offer.get_offer_request_status",
    "session_offer.get_keyholder_requests",
    "session_offer.validate_offer_request",
    "session_offer.archive_keyholding_offer",
    "session_offer.get_lock_keyholding_request",
    "session_offer.accept_keyholding_request",
)


# (older documents give the keyholder's requests no _id: they cannot be answered through their models)
@needs(*SESSION_OFFER)
@needs_schemas("SessionOfferRequestForKeyholder._id")
async def test_session_offer_accepted_by_request(client_of: Clients, fake_chaster: FakeChaster) -> None:
    wendy, kim = client_of("wendy"), client_of("kim")
    lock_id = await _new_lock(wendy)
    lock = await wendy.locks.find_one(lock_id)
    assert lock.allow_session_offer and lock.offer_token and lock.keyholder is None

    await wendy.session_offer.create_keyholding_offer(lock_id, body={"keyholder": "kim"})
    (sent,) = await wendy.session_offer.get_offer_request_status(lock_id)
    assert (sent.keyholder.username, sent.status.value, sent.lock) == ("kim", "pending", lock_id)
    assert sent.validated_at is None and sent.archived_at is None
    with pytest.raises(BadRequestError):  # one pending offer per keyholder
        await wendy.session_offer.create_keyholding_offer(lock_id, body={"keyholder": "kim"})

    requests = await kim.session_offer.get_keyholder_requests()
    mine = [r for r in requests if r.lock.id == lock_id]
    assert [(r.id, r.status.value, r.keyholder) for r in mine] == [
        (sent.id, "pending", fake_chaster.seed_ids["kim"])
    ]
    assert mine[0].lock.role.value == "visitor"  # not kim's lock yet

    with pytest.raises(NotFoundError):  # only the keyholder it is made to answers it
        await client_of("sam").session_offer.validate_offer_request(sent.id, body={"accept": True})
    await kim.session_offer.validate_offer_request(sent.id, body={"accept": True})

    held = await kim.locks.find_one(lock_id)
    assert held.role.value == "keyholder" and held.keyholder is not None and held.keyholder.username == "kim"
    assert (await wendy.locks.find_one(lock_id)).offer_token is None  # the share link is spent
    (answered,) = await wendy.session_offer.get_offer_request_status(lock_id)
    assert answered.status.value == "accepted" and answered.validated_at is not None
    assert all(r.id != sent.id for r in await kim.session_offer.get_keyholder_requests())
    with pytest.raises(BadRequestError):
        await kim.session_offer.validate_offer_request(sent.id, body={"accept": True})
    history = await wendy.locks.get_lock_history(lock_id, body={"limit": 10})
    assert history.results[0].type_ == "session_offer_accepted"
    # kim now keyholds it: kim's keyholder search lists it
    found = await kim.keyholder.search_locks(body={"page": 0, "limit": 100})
    assert lock_id in [lk.id for lk in found.locks]


@needs(*SESSION_OFFER)
@needs_schemas("SessionOfferRequestForKeyholder._id")
async def test_session_offer_refused_archived_and_accepted_by_token(client_of: Clients) -> None:
    wendy, kim, sam = client_of("wendy"), client_of("kim"), client_of("sam")
    lock_id = await _new_lock(wendy)

    # refused: the lock keeps no keyholder, a new offer can be made
    await wendy.session_offer.create_keyholding_offer(lock_id, body={"keyholder": "kim"})
    (offer,) = [r for r in await kim.session_offer.get_keyholder_requests() if r.lock.id == lock_id]
    await kim.session_offer.validate_offer_request(offer.id, body={"accept": False})
    (refused,) = await wendy.session_offer.get_offer_request_status(lock_id)
    assert refused.status.value == "rejected" and refused.validated_at is not None
    assert (await wendy.locks.find_one(lock_id)).keyholder is None

    # archived (withdrawn) by the wearer: the keyholder no longer sees it
    await wendy.session_offer.create_keyholding_offer(lock_id, body={"keyholder": "sam"})
    pending = [r for r in await sam.session_offer.get_keyholder_requests() if r.lock.id == lock_id]
    assert len(pending) == 1
    await wendy.session_offer.archive_keyholding_offer(pending[0].id)
    assert [r for r in await sam.session_offer.get_keyholder_requests() if r.lock.id == lock_id] == []
    statuses = {o.id: o for o in await wendy.session_offer.get_offer_request_status(lock_id)}
    assert statuses[pending[0].id].archived_at is not None
    with pytest.raises(BadRequestError):
        await sam.session_offer.validate_offer_request(pending[0].id, body={"accept": True})
    with pytest.raises(NotFoundError):
        await wendy.session_offer.archive_keyholding_offer("0" * 24)

    # accepted through the share link (offerToken): whoever opens it becomes the keyholder
    token = (await wendy.locks.find_one(lock_id)).offer_token
    assert isinstance(token, str)
    seen = await sam.session_offer.get_lock_keyholding_request(token)
    assert seen.id == lock_id and seen.role.value == "visitor"
    with pytest.raises(BadRequestError):  # not by the wearer
        await wendy.session_offer.accept_keyholding_request(token)
    await sam.session_offer.accept_keyholding_request(token)
    held = await sam.locks.find_one(lock_id)
    assert held.keyholder is not None and held.keyholder.username == "sam"
    for bad in (token, "not-a-token"):
        with pytest.raises(NotFoundError):
            await kim.session_offer.accept_keyholding_request(bad)
        with pytest.raises(NotFoundError):
            await kim.session_offer.get_lock_keyholding_request(bad)


@needs("lock_creation.create", "session_offer.create_keyholding_offer")
async def test_session_offers_need_the_option(client_of: Clients, fake_chaster: FakeChaster) -> None:
    wendy = client_of("wendy")
    lock_id = await _new_lock(wendy, allowSessionOffer=False)
    assert fake_chaster.state.locks[lock_id]["offerToken"] is None  # (an older schema cannot say null)
    with pytest.raises(BadRequestError):
        await wendy.session_offer.create_keyholding_offer(lock_id, body={"keyholder": "kim"})
    with pytest.raises(NotFoundError):
        await wendy.session_offer.create_keyholding_offer(lock_id[::-1], body={"keyholder": "kim"})


@needs(
    "partner_configurations.create_partner_configuration",
    "partner_configurations.create_shared_lock_partner_configuration",
    "partner_configurations.create_lock_partner_configuration",
    "partner_extensions.get_configuration",
    "partner_extensions.update_configuration",
    "shared_locks.set_shared_lock_extensions",
    "shared_locks.find_one",
)
async def test_partner_configuration_flow(client_of: Clients, fake_chaster: FakeChaster) -> None:
    ids = fake_chaster.seed_ids
    kim, wendy = client_of("kim"), client_of("wendy")
    ext = ExtensionToolkit(kim)

    # a wearer configures the extension for a new lock; the extension's page (kim's backend) edits it
    created = await wendy.partner_configurations.create_partner_configuration(
        ids["extension"], body={"role": "wearer"}
    )
    token = created.token
    assert token != "token" and token != ids["configurationToken"]
    conf = await ext.get_configuration(token)
    assert conf.role.value == "wearer" and conf.user == ids["wendy"] and conf.extension_slug == "fake-dice"
    assert conf.config.to_dict() == {"sides": 6} and conf.session_id is None
    saved = await ext.save_configuration(token, {"sides": 20})
    assert saved.config.to_dict() == {"sides": 20}
    assert (await ext.get_configuration(token)).config.to_dict() == {"sides": 20}  # kept
    other = await wendy.partner_configurations.create_partner_configuration(
        ids["extension"], body={"role": "wearer"}
    )
    assert other.token != token and (await ext.get_configuration(other.token)).config.to_dict() == {
        "sides": 6
    }

    # the keyholder edits the shared lock's configuration, then saves the shared lock with it
    shared = await kim.partner_configurations.create_shared_lock_partner_configuration(
        ids["kimSharedLock"], ids["extension"]
    )
    assert (await ext.get_configuration(shared.token)).config.to_dict() == {"sides": 6}
    await ext.save_configuration(shared.token, {"sides": 12})
    await kim.shared_locks.set_shared_lock_extensions(
        ids["kimSharedLock"],
        body={
            "extensions": [
                {
                    "slug": "fake-dice",
                    "config": {},
                    "partnerConfigurationToken": shared.token,
                    "mode": "cumulative",
                    "regularity": 3600,
                }
            ]
        },
    )
    found = await kim.shared_locks.find_one(ids["kimSharedLock"])
    assert [(e.slug, e.config.to_dict()) for e in found.extensions] == [("fake-dice", {"sides": 12})]

    # editing a running lock's extension: the configuration names the session
    running = await kim.partner_configurations.create_lock_partner_configuration(
        ids["wendyLock"], ids["extension"]
    )
    on_lock = await ext.get_configuration(running.token)
    assert on_lock.session_id == ids["session"] and on_lock.role.value == "keyholder"

    # tokens the fake did not mint, and other developers, get nothing
    for bad in ("token", "config-token-forged"):
        with pytest.raises(NotFoundError):
            await ext.get_configuration(bad)
        with pytest.raises(NotFoundError):
            await ext.save_configuration(bad, {"sides": 1})
    with pytest.raises(NotFoundError):
        await ExtensionToolkit(client_of("sam")).get_configuration(token)
    with pytest.raises(NotFoundError):
        await wendy.partner_configurations.create_partner_configuration("0" * 24, body={"role": "wearer"})
    with pytest.raises(BadRequestError):
        await kim.shared_locks.set_shared_lock_extensions(
            ids["kimSharedLock"],
            body={
                "extensions": [
                    {
                        "slug": "fake-dice",
                        "config": {},
                        "partnerConfigurationToken": "forged",
                        "mode": "cumulative",
                        "regularity": 3600,
                    }
                ]
            },
        )


@needs("blocks.block_user", "blocks.find_blocks", "blocks.get_block_interaction", "blocks.unblock_user")
async def test_block_flow(client_of: Clients, fake_chaster: FakeChaster) -> None:
    ids = fake_chaster.seed_ids
    kim, wes = client_of("kim"), client_of("wes")
    assert [u.username for u in (await kim.blocks.find_blocks()).results] == ["troll"]  # seeded

    await kim.blocks.block_user(body={"targetUserId": ids["wes"]})
    assert [u.username for u in (await kim.blocks.find_blocks()).results] == ["troll", "wes"]
    mine = await kim.blocks.get_block_interaction(ids["wes"])
    theirs = await wes.blocks.get_block_interaction(ids["kim"])
    assert (mine.blocked_by_action_user, mine.blocked_by_other_user, mine.can_interact) == (
        True,
        False,
        False,
    )
    assert (theirs.blocked_by_action_user, theirs.blocked_by_other_user, theirs.can_interact) == (
        False,
        True,
        False,
    )
    with pytest.raises(ForbiddenError):  # blocked users cannot write to each other
        await wes.messaging.create_conversation(
            body={"users": [ids["kim"]], "type": "private", "message": "hi"}
        )
    with pytest.raises(BadRequestError):
        await kim.blocks.block_user(body={"targetUserId": ids["wes"]})

    await kim.blocks.unblock_user(body={"targetUserId": ids["wes"]})
    assert [u.username for u in (await kim.blocks.find_blocks()).results] == ["troll"]
    assert (await wes.blocks.get_block_interaction(ids["kim"])).can_interact is True
    with pytest.raises(NotFoundError):
        await kim.blocks.unblock_user(body={"targetUserId": ids["wes"]})
    with pytest.raises(NotFoundError):
        await kim.blocks.block_user(body={"targetUserId": "0" * 24})
    with pytest.raises(NotFoundError):
        await kim.blocks.get_block_interaction("0" * 24)


@needs(
    "files.upload_files",
    "files.get_file_from_key",
    "messaging.send_message",
    "extensions_verification_picture.get_verification_pictures",
)
async def test_file_flow(client_of: Clients, fake_chaster: FakeChaster) -> None:
    ids = fake_chaster.seed_ids
    kim, wendy = client_of("kim"), client_of("wendy")
    content = b"\x89PNG\r\n\x1a\n a picture for wendy"

    uploaded = await kim.files.upload_files(body={"files": [content], "type": "messaging"})
    assert uploaded.token not in ("token", ids["attachmentsToken"])
    message = await kim.messaging.send_message(
        ids["conversation"], body={"message": "Look", "attachments": uploaded.token}
    )
    (attachment,) = message.attachments
    key = attachment.url.rsplit("/", 1)[-1]
    assert (await kim.files.get_file_from_key(key)).url == attachment.url
    async with aiohttp.ClientSession() as http, http.get(attachment.url) as resp:
        assert resp.status == 200 and await resp.read() == content
    # wendy sees the message with its attachment
    messages = await wendy.messaging.get_messages(ids["conversation"])
    assert messages.results[0].attachments[0].url == attachment.url

    # someone else's upload token, or one the fake did not mint, cannot be attached
    for bad in (uploaded.token, "token"):
        with pytest.raises(BadRequestError):
            await wendy.messaging.send_message(ids["conversation"], body={"message": "x", "attachments": bad})
    for bad in ("token", "0" * 32):
        with pytest.raises(NotFoundError):
            await kim.files.get_file_from_key(bad)

    # a verification picture's image key is a file key too
    if "wesTasksLock" in ids:
        (picture,) = await client_of("wes").extensions_verification_picture.get_verification_pictures(
            ids["wesTasksLock"]
        )
        assert (await kim.files.get_file_from_key(picture.image_key)).url.endswith(picture.image_key)
