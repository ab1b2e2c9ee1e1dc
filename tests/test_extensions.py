"""ExtensionToolkit against FakeChaster: every helper, the 422 -> NoActionRemainingError mapping,
session iteration over 1,000+ sessions and the X-Chaster-Client-Id header."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

import pytest

from chaster_async import Chaster
from chaster_async._extensions import ExtensionToolkit, next_action_date_of
from chaster_async.errors import (
    ChasterUsageError,
    NoActionRemainingError,
    NotFoundError,
    UnprocessableEntityError,
)
from chaster_async.operations import OPERATIONS
from chaster_async.testing import EXTENSION_SLUG, FakeChaster
from chaster_async.testing.pytest_plugin import fake_chaster, fake_chaster_options
from tests.conftest import require_operations

require_operations("partner_extensions.get_session_auth", "partner_extensions.get_sessions")

from chaster_async.models import (  # noqa: E402  (after the skip: an older spec lacks them)
    ActionLogRoleEnum,
    AddTimeLockActionModel,
    AddTimeLockActionModelName,
    ExtensionSessionForSearch,
    GetRegularActionsRepDto,
    PartnerConfigurationForPublic,
    PartnerGetSessionAuthRepDto,
    PartnerMetadata,
)

__all__ = ["fake_chaster", "fake_chaster_options"]

CLIENT_ID = "my-extension-client-id"


@pytest.fixture
def fake_chaster_options() -> dict[str, Any]:  # noqa: F811 - overrides the plugin's default
    return {"rate_limit": None}


@pytest.fixture
async def client(fake_chaster: FakeChaster) -> AsyncIterator[Chaster]:
    async with Chaster(
        fake_chaster.developer_token,
        base_url=fake_chaster.base_url,
        client_id=CLIENT_ID,
        rate_limit=False,
        max_retries=0,
    ) as chaster:
        yield chaster


@pytest.fixture
def ext(client: Chaster) -> ExtensionToolkit:
    return ExtensionToolkit(client)


@pytest.fixture
def ids(fake_chaster: FakeChaster) -> dict[str, str]:
    return fake_chaster.seed_ids


def requests_of(fake: FakeChaster, operation_id: str) -> list[Any]:
    return [r for r in fake.requests if r.key == operation_id]


def header(record: Any, name: str) -> str | None:
    return {k.lower(): v for k, v in record.headers.items()}.get(name.lower())


# -- main token & client id ---------------------------------------------------------------------


async def test_session_from_main_token_sends_client_id(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    auth = await ext.session_from_main_token(ids["sessionMainToken"])
    assert isinstance(auth, PartnerGetSessionAuthRepDto)
    assert auth.session.session_id == ids["session"]
    assert auth.user_id == ids["wendy"]
    assert auth.role.value == "wearer"
    assert auth.lock_for_user.id == ids["wendyLock"]
    assert auth.deviations() == ()
    (record,) = requests_of(fake_chaster, "partner_extensions.get_session_auth")
    assert record.path == f"/api/extensions/auth/sessions/{ids['sessionMainToken']}"
    assert header(record, "X-Chaster-Client-Id") == CLIENT_ID


async def test_session_from_main_token_explicit_client_id(
    fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    async with Chaster(fake_chaster.developer_token, base_url=fake_chaster.base_url) as chaster:
        ext = ExtensionToolkit(chaster)
        with pytest.raises(ChasterUsageError, match="client id"):
            await ext.session_from_main_token(ids["sessionMainToken"])
        assert requests_of(fake_chaster, "partner_extensions.get_session_auth") == []  # nothing was sent
        auth = await ext.session_from_main_token(ids["sessionMainToken"], client_id="other-id")
    assert auth.session.session_id == ids["session"]
    (record,) = requests_of(fake_chaster, "partner_extensions.get_session_auth")
    assert header(record, "X-Chaster-Client-Id") == "other-id"


async def test_client_id_sent_on_partner_calls(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    await ext.regular_actions(ids["session"])
    (record,) = requests_of(fake_chaster, "partner_extensions.get_regular_actions")
    assert header(record, "X-Chaster-Client-Id") == CLIENT_ID


async def test_unknown_main_token(ext: ExtensionToolkit) -> None:
    with pytest.raises(NotFoundError):
        await ext.session_from_main_token("not-a-token")


# -- configuration --------------------------------------------------------------------------------


async def test_get_and_save_configuration(ext: ExtensionToolkit, fake_chaster: FakeChaster) -> None:
    conf = await ext.get_configuration("config-token")
    assert isinstance(conf, PartnerConfigurationForPublic)
    assert conf.created_at.tzinfo is not None
    saved = await ext.save_configuration("config-token", {"sides": 20, "penalty": {"hours": 2}})
    assert isinstance(saved, PartnerConfigurationForPublic)
    (put,) = requests_of(fake_chaster, "partner_extensions.update_configuration")
    assert put.method == "PUT" and put.path == "/api/extensions/configurations/config-token"
    assert put.json == {"config": {"sides": 20, "penalty": {"hours": 2}}}


async def test_save_configuration_accepts_models(ext: ExtensionToolkit, fake_chaster: FakeChaster) -> None:
    from chaster_async.models import UpdatePartnerConfigurationDto, UpdatePartnerConfigurationDtoConfig

    config = UpdatePartnerConfigurationDtoConfig.from_dict({"sides": 12})
    # tokens the fake minted: one made now, the seed's well-known one (unknown tokens get 404)
    made = await ext.chaster.partner_configurations.create_partner_configuration(
        fake_chaster.seed_ids["extension"], body={"role": "wearer"}
    )
    await ext.save_configuration(made.token, config)
    await ext.save_configuration(
        fake_chaster.seed_ids["configurationToken"], UpdatePartnerConfigurationDto(config=config)
    )
    bodies = [r.json for r in requests_of(fake_chaster, "partner_extensions.update_configuration")]
    assert bodies == [{"config": {"sides": 12}}, {"config": {"sides": 12}}]


# -- regular actions ------------------------------------------------------------------------------


async def test_regular_actions_and_no_action_remaining(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    sid = ids["session"]  # wendy's session: cumulative, 2 actions left
    before = await ext.regular_actions(sid)
    assert isinstance(before, GetRegularActionsRepDto)
    assert before.nb_actions_remaining == 2 and before.actions == []
    expected = next_action_date_of(before.next_action_date)
    assert expected is not None and expected.tzinfo is not None

    first = await ext.submit_regular_action(sid, {"roll": 4})
    assert first.nb_actions_remaining == 1
    second = await ext.submit_regular_action(sid)  # payload defaults to {}
    assert second.nb_actions_remaining == 0
    assert [a.payload.to_dict() for a in second.actions] == [{"roll": 4}, {}]

    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(sid, {"roll": 6})
    exc = info.value
    assert isinstance(exc, UnprocessableEntityError)
    assert exc.status == 422 and "No action remaining" in exc.message
    assert exc.next_action_date == expected
    assert exc.next_action_date.tzinfo is not None
    assert exc.body["nbActionsRemaining"] == 0
    assert (
        len(requests_of(fake_chaster, "partner_extensions.get_regular_actions")) == 1
    )  # the date came with the 422

    # Once the next action date passes, an action is available again.
    fake_chaster.clock.advance((expected - fake_chaster.clock.now()).total_seconds() + 1)
    again = await ext.submit_regular_action(sid, {"roll": 6})
    assert again.nb_actions_remaining == 0 and len(again.actions) == 3


async def test_no_action_remaining_without_date_fetches_it(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    sid = ids["session"]
    fake_chaster.fail_next(
        "partner_extensions.submit_regular_action",
        status=422,
        body={"statusCode": 422, "message": "No action remaining", "error": "Unprocessable Entity"},
    )
    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(sid, {"roll": 1})
    assert len(requests_of(fake_chaster, "partner_extensions.get_regular_actions")) == 1
    expected = next_action_date_of((await ext.regular_actions(sid)).next_action_date)
    assert expected is not None and info.value.next_action_date == expected


async def test_no_action_remaining_date_unknown(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    sid = ids["session"]
    # No date in the body and the follow-up GET fails: None, and the original 422 is what is raised.
    fake_chaster.fail_next(
        "partner_extensions.submit_regular_action",
        status=422,
        body={"statusCode": 422, "message": "No action remaining"},
    )
    fake_chaster.fail_next("partner_extensions.get_regular_actions", status=500)
    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(sid)
    assert info.value.next_action_date is None
    assert info.value.message == "No action remaining"

    # An explicit null means "no date scheduled" (turn mode): no follow-up request.
    calls = len(requests_of(fake_chaster, "partner_extensions.get_regular_actions"))
    body = {
        "statusCode": 422,
        "message": "No action remaining",
        "nbActionsRemaining": 0,
        "nextActionDate": None,
        "regularity": 3600,
        "mode": "turn",
    }
    fake_chaster.fail_next("partner_extensions.submit_regular_action", status=422, body=body)
    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(sid)
    assert info.value.next_action_date is None
    assert len(requests_of(fake_chaster, "partner_extensions.get_regular_actions")) == calls


async def test_no_action_remaining_date_formats(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    body = {"statusCode": 422, "message": "No action remaining", "nextActionDate": "2030-05-01T10:00:00"}
    fake_chaster.fail_next("partner_extensions.submit_regular_action", status=422, body=body)
    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(ids["session"])
    assert info.value.next_action_date == dt.datetime(2030, 5, 1, 10, tzinfo=dt.UTC)  # naive read as UTC
    body = {
        "statusCode": 422,
        "message": ["No action remaining"],
        "nextActionDate": "2030-05-01T12:00:00+02:00",
    }
    fake_chaster.fail_next("partner_extensions.submit_regular_action", status=422, body=body)
    with pytest.raises(NoActionRemainingError) as info:
        await ext.submit_regular_action(ids["session"])
    assert info.value.next_action_date == dt.datetime(2030, 5, 1, 10, tzinfo=dt.UTC)


async def test_other_422_stays_unprocessable_entity(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    body = {"statusCode": 422, "message": "The lock is frozen", "error": "Unprocessable Entity"}
    fake_chaster.fail_next("partner_extensions.submit_regular_action", status=422, body=body)
    with pytest.raises(UnprocessableEntityError) as info:
        await ext.submit_regular_action(ids["session"], {"roll": 3})
    assert type(info.value) is UnprocessableEntityError
    assert info.value.message == "The lock is frozen" and info.value.body == body
    assert info.value.operation_id == OPERATIONS["partner_extensions.submit_regular_action"].operation_id
    fake_chaster.fail_next("partner_extensions.get_regular_actions", status=422, body=body)
    with pytest.raises(UnprocessableEntityError) as info:
        await ext.regular_actions(ids["session"])
    assert type(info.value) is UnprocessableEntityError


async def test_submit_regular_action_accepts_models(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    from chaster_async.models import SubmitRegularActionDto, SubmitRegularActionDtoPayload

    payload = SubmitRegularActionDtoPayload.from_dict({"roll": 5})
    await ext.submit_regular_action(ids["session"], payload)
    await ext.submit_regular_action(ids["session"], SubmitRegularActionDto(payload=payload))
    bodies = [r.json for r in requests_of(fake_chaster, "partner_extensions.submit_regular_action")]
    assert bodies == [{"payload": {"roll": 5}}, {"payload": {"roll": 5}}]


# -- data, metadata, logs, actions -----------------------------------------------------------------


async def test_custom_data_and_metadata(
    ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]
) -> None:
    sid = ids["session"]
    await ext.set_custom_data(sid, {"rolls": [4, 6], "streak": 2})
    await ext.set_metadata(sid, {"reasonsPreventingUnlocking": ["Roll a 6 first"]})
    session = (await ext.get_session(sid)).session
    assert session.data.to_dict() == {"rolls": [4, 6], "streak": 2}
    assert session.metadata.reasons_preventing_unlocking == ["Roll a 6 first"]
    assert session.metadata.home_actions == []  # filled in for the caller

    meta = PartnerMetadata.from_dict(
        {
            "reasonsPreventingUnlocking": [],
            "homeActions": [
                {"slug": "roll", "title": "Roll", "description": "Roll the dice", "icon": "dice"}
            ],
        }
    )
    await ext.set_metadata(sid, meta)
    stored = fake_chaster.state.sessions[sid]["metadata"]
    assert stored["reasonsPreventingUnlocking"] == [] and stored["homeActions"][0]["slug"] == "roll"
    patches = requests_of(fake_chaster, "partner_extensions.patch_extension_session")
    assert [r.method for r in patches] == ["PATCH"] * 3
    assert patches[0].json == {"data": {"rolls": [4, 6], "streak": 2}}


async def test_log_and_logs(ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]) -> None:
    sid = ids["session"]
    await ext.log(sid, title="Rolled a 6", description="Six hours added")
    await ext.log(
        sid,
        title="Bonus",
        description="Lucky streak",
        role=ActionLogRoleEnum.KEYHOLDER,
        icon="star",
        color="#ff0000",
    )
    bodies = [r.json for r in requests_of(fake_chaster, "partner_extensions.log_custom_action")]
    assert bodies == [
        {"title": "Rolled a 6", "description": "Six hours added"},
        {
            "title": "Bonus",
            "description": "Lucky streak",
            "role": "keyholder",
            "icon": "star",
            "color": "#ff0000",
        },
    ]
    entries = await ext.logs(sid, extension_only=True, limit=2).to_list()
    assert [e.title for e in entries[:2]] == ["Bonus", "Rolled a 6"]  # newest first
    assert all(e.extension == EXTENSION_SLUG for e in entries)
    assert len(entries) == 3  # plus the seeded "Rolled a 4"


async def test_do_action(ext: ExtensionToolkit, fake_chaster: FakeChaster, ids: dict[str, str]) -> None:
    sid = ids["session"]
    lock = fake_chaster.state.locks[ids["wendyLock"]]
    end = lock["endDate"]
    await ext.do_action(sid, {"name": "add_time", "params": 3600})
    await ext.do_action(sid, AddTimeLockActionModel(name=AddTimeLockActionModelName.ADD_TIME, params=1800))
    assert lock["endDate"] - end == dt.timedelta(seconds=5400)
    bodies = [r.json for r in requests_of(fake_chaster, "partner_extensions.do_action")]
    assert bodies[1] == {"action": {"name": "add_time", "params": 1800}}
    await ext.do_action(sid, {"name": "freeze"})
    assert lock["frozenAt"] is not None


async def test_unknown_session(ext: ExtensionToolkit) -> None:
    with pytest.raises(NotFoundError):
        await ext.set_custom_data("000000000000000000000000", {"a": 1})


# -- sessions search ---------------------------------------------------------------------------------


async def test_sessions_iterates_over_many(ext: ExtensionToolkit, fake_chaster: FakeChaster) -> None:
    fake_chaster.seed_extension_sessions(1200)
    expected = {
        sid
        for sid, s in fake_chaster.state.sessions.items()
        if fake_chaster.state.locks[s["lock"]]["status"] == "locked"
    }
    assert len(expected) == 1202  # + wendy's and walt's seeded sessions (wes's lock is unlocked)
    seen: list[str] = []
    async for session in ext.sessions(extension_slug=EXTENSION_SLUG, limit=100):
        assert isinstance(session, ExtensionSessionForSearch)
        seen.append(session.session_id)
    assert len(seen) == len(set(seen)) == 1202 and set(seen) == expected
    searches = requests_of(fake_chaster, "partner_extensions.get_sessions")
    assert len(searches) == 13  # 12 full pages + 1 short one
    assert "paginationLastId" not in searches[0].json
    assert searches[1].json["paginationLastId"] == seen[99]
    assert all(r.json["limit"] == 100 and r.json["status"] == "locked" for r in searches)


async def test_sessions_status_and_max_items(ext: ExtensionToolkit, fake_chaster: FakeChaster) -> None:
    every = [s.session_id async for s in ext.sessions(extension_slug=EXTENSION_SLUG, status="all")]
    assert len(every) == 3
    unlocked = await ext.sessions(extension_slug=EXTENSION_SLUG, status="unlocked").to_list()
    assert [s.session_id for s in unlocked] == [fake_chaster.seed_ids["wesSession"]]
    fake_chaster.seed_extension_sessions(30)
    before = len(requests_of(fake_chaster, "partner_extensions.get_sessions"))
    some = await ext.sessions(extension_slug=EXTENSION_SLUG, limit=10, max_items=15).to_list()
    assert len(some) == 15
    assert len(requests_of(fake_chaster, "partner_extensions.get_sessions")) - before == 2
    assert await ext.sessions(extension_slug="someone-elses").to_list() == []
