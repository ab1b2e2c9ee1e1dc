"""Chaster's own extensions on a lock: each action answers what the extension would, shaped like the
live answers in tests/data/captured, changes the lock and its history, and is refused on a lock
without that extension. Also: optional request fields sent as null, and the seed's variety."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chaster_async.testing import FakeChaster
from tests.conftest import needs
from tests.spec_samples import ROOT

from .conftest import Api

CAPTURED = ROOT / "tests" / "data" / "captured"
pytestmark = needs("locks.trigger_action", "partner_extensions.get_sessions")  # the seed's extension locks


def captured_keys(name: str) -> set[str]:
    payload = json.loads((CAPTURED / f"locks.trigger_action.{name}.json").read_text())
    return set(payload)


async def act(
    api: Api, fake: FakeChaster, user: str, lock: str, party: str, verb: str, /, **payload: Any
) -> Any:
    status, body, _ = await api.call(
        "POST",
        f"/locks/{fake.seed_ids[lock]}/extensions/{fake.seed_ids[party]}/action",
        json={"action": verb, "payload": payload},
        token=fake.token_for(user),
    )
    return status, body


async def history(api: Api, fake: FakeChaster, lock: str) -> list[dict[str, Any]]:
    token = fake.token_for("wes")  # (the wearer of both extension locks)
    body = await api.ok("POST", f"/locks/{fake.seed_ids[lock]}/history", json={"limit": 100}, token=token)
    return list(body["results"])


async def end_date(api: Api, fake: FakeChaster, lock: str) -> str:
    return str((await api.ok("GET", f"/locks/{fake.seed_ids[lock]}", token=fake.token_for("wes")))["endDate"])


async def test_dice(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    status, roll = await act(api, fake, "wes", "wesGameLock", "wesDice", "submit")
    assert status == 201 and set(roll) == captured_keys("dice.submit")
    assert roll["duration"] == (roll["adminDice"] - roll["playerDice"]) * 1800  # the config's multiplier
    newest = (await history(api, fake, "wesGameLock"))[0]
    assert (newest["type"], newest["extension"], newest["payload"]) == ("dice_rolled", "dice", roll)
    # non-cumulative, one action an hour: the next roll waits
    status, body = await act(api, fake, "wes", "wesGameLock", "wesDice", "submit")
    assert status == 400 and body["message"] == "No action remaining" and body["nextActionDate"]
    fake.clock.advance(3601)
    assert (await act(api, fake, "wes", "wesGameLock", "wesDice", "submit"))[0] == 201
    # the keyholder does not roll; a stranger does not see the lock; an unknown action is a 400
    assert (await act(api, fake, "kim", "wesGameLock", "wesDice", "submit"))[0] == 403
    assert (await act(api, fake, "walt", "wesGameLock", "wesDice", "submit"))[0] == 404
    assert (await act(api, fake, "wes", "wesGameLock", "wesDice", "spin"))[0] == 400


async def test_wheel_of_fortune(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    segments = fake.state.locks[fake.seed_ids["wesGameLock"]]["extensions"][1]["config"]["segments"]
    for _ in range(2):  # cumulative, two actions left
        status, spin = await act(api, fake, "wes", "wesGameLock", "wesWheel", "submit")
        assert status == 201 and set(spin) == captured_keys("wheel_of_fortune.submit")
        assert set(spin["action"]["segment"]) == {"type", "text", "duration"}
        picked = segments[spin["index"]]
        assert spin["action"]["segment"]["duration"] == picked["duration"]
        assert spin["text"] == (picked["text"] or spin["text"]) and spin["text"]
    assert (await history(api, fake, "wesGameLock"))[0]["type"] == "wheel_of_fortune_turned"
    assert (await act(api, fake, "wes", "wesGameLock", "wesWheel", "submit"))[0] == 400


async def test_share_link_and_its_vote(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    status, link = await act(api, fake, "wes", "wesGameLock", "wesLink", "getLink")
    assert status == 201 and set(link) == captured_keys("link.get_link")
    token = link["link"].rsplit("/", 1)[-1]
    status, info = await act(api, fake, "wendy", "wesGameLock", "wesLink", "getInfo")
    assert status == 201 and set(info) == captured_keys("link.get_info")
    assert (info["lockId"], info["extensionId"]) == (fake.seed_ids["wesGameLock"], fake.seed_ids["wesLink"])
    assert (info["votes"], info["canVote"]) == (1, True)  # walt voted (seed)

    before = await end_date(api, fake, "wesGameLock")
    status, vote = await act(
        api, fake, "wendy", "wesGameLock", "wesLink", "vote", action="add", sessionId=token
    )
    assert status == 201 and set(vote) == captured_keys("link.vote") and vote == {"duration": 3600}
    assert await end_date(api, fake, "wesGameLock") > before
    assert (await history(api, fake, "wesGameLock"))[0]["type"] == "link_time_changed"
    status, info = await act(api, fake, "wendy", "wesGameLock", "wesLink", "getInfo")
    assert (info["votes"], info["canVote"]) == (2, False)
    # once a day per visitor; not the wearer; only with the link's own token
    assert (await act(api, fake, "wendy", "wesGameLock", "wesLink", "vote", action="add", sessionId=token))[
        0
    ] == 400
    assert (await act(api, fake, "wes", "wesGameLock", "wesLink", "vote", action="add", sessionId=token))[
        0
    ] == 400
    assert (await act(api, fake, "sam", "wesGameLock", "wesLink", "vote", action="add", sessionId="forged"))[
        0
    ] == 404
    status, vote = await act(
        api, fake, "sam", "wesGameLock", "wesLink", "vote", action="remove", sessionId=token
    )
    assert status == 201 and vote == {"duration": -1800}


async def test_pillory_votes(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    status, pillory = await act(api, fake, "sam", "wesGameLock", "wesPillory", "getStatus")
    assert status == 201 and set(pillory) == captured_keys("pillory.get_status")
    (seeded,) = pillory["votes"]
    assert (seeded["nbVotes"], seeded["canVote"], seeded["reason"]) == (1, True, "Late check-in")
    status, vote = await act(api, fake, "sam", "wesGameLock", "wesPillory", "vote")
    assert status == 201 and vote == {"duration": 900}
    (voted,) = (await act(api, fake, "sam", "wesGameLock", "wesPillory", "getStatus"))[1]["votes"]
    assert (voted["nbVotes"], voted["totalDurationAdded"], voted["canVote"]) == (2, 1800, False)
    assert (await act(api, fake, "sam", "wesGameLock", "wesPillory", "vote"))[0] == 400
    # the keyholder puts the wearer in again; the wearer cannot
    assert (await act(api, fake, "wes", "wesGameLock", "wesPillory", "submit", duration=600, reason="x"))[
        0
    ] == 403
    assert (await act(api, fake, "kim", "wesGameLock", "wesPillory", "submit", duration=600, reason="Rude"))[
        0
    ] == 201
    votes = (await act(api, fake, "walt", "wesGameLock", "wesPillory", "getStatus"))[1]["votes"]
    assert [v["reason"] for v in votes] == ["Late check-in", "Rude"]
    assert (await history(api, fake, "wesGameLock"))[0]["type"] == "pillory_in"
    fake.clock.advance(3601)  # both pillories are over
    assert (await act(api, fake, "walt", "wesGameLock", "wesPillory", "getStatus"))[1] == {"votes": []}


async def test_guess_the_timer(api: Api, fake_chaster: FakeChaster) -> None:
    status, guess = await act(api, fake_chaster, "wes", "wesGameLock", "wesGuessTimer", "submit")
    assert (
        status == 201
        and set(guess) == captured_keys("guess_timer.submit")
        and guess == {"canBeUnlocked": False}
    )


async def test_tasks(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    lock = fake.seed_ids["wesTasksLock"]

    async def current() -> Any:
        found = await api.ok("GET", f"/locks/{lock}", token=fake.token_for("wes"))
        (party,) = [e for e in found["extensions"] if e["slug"] == "tasks"]
        return party["userData"]

    assert (await current())["currentTask"]["task"] == "Write a diary page"
    assert (await act(api, fake, "wes", "wesTasksLock", "wesTasks", "submit", requestVote=False))[0] == 400
    assert (await act(api, fake, "wes", "wesTasksLock", "wesTasks", "completeTask", isCompleted=True))[
        0
    ] == 201
    assert (await current()) == {"currentTask": None, "points": 2}
    assert (await history(api, fake, "wesTasksLock"))[0]["type"] == "tasks_task_completed"
    # a random task of the configuration, then abandoned: the configured hour is added
    assert (await act(api, fake, "wes", "wesTasksLock", "wesTasks", "submit", requestVote=False))[0] == 201
    assert (await current())["currentTask"]["task"] in ("Clean the kitchen", "20 minutes of stretching")
    before = await end_date(api, fake, "wesTasksLock")
    assert (await act(api, fake, "wes", "wesTasksLock", "wesTasks", "completeTask", isCompleted=False))[
        0
    ] == 201
    assert await end_date(api, fake, "wesTasksLock") > before
    assert [e["type"] for e in (await history(api, fake, "wesTasksLock"))[:2]] == [
        "time_changed",
        "tasks_task_failed",
    ]
    # the keyholder assigns one of their own
    task = {"task": "Plank for two minutes", "points": 4}
    assert (await act(api, fake, "sam", "wesTasksLock", "wesTasks", "assignTask", task=task))[0] == 201
    assert (await current())["currentTask"]["task"] == "Plank for two minutes"


async def test_temporary_opening(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    lock, wes = fake.seed_ids["wesTasksLock"], fake.token_for("wes")
    old = fake.state.locks[lock]["combination"]
    revealed = await api.ok("GET", f"/extensions/temporary-opening/{lock}/combination", token=wes)
    assert revealed["_id"] == old
    entry = fake.seed_ids["wesOpeningLog"]
    path = f"/extensions/temporary-opening/{lock}/action-log/{entry}/combination"
    assert (await api.ok("GET", path, token=wes))["_id"] == old
    status, _, _ = await api.call(
        "GET", f"/extensions/temporary-opening/{lock}/action-log/{lock}/combination", token=wes
    )
    assert status == 404

    # relock with a new combination (within the 15 minutes: no penalty)
    new = (await api.ok("POST", "/combinations/code", json={"code": "1357"}, token=wes))["combinationId"]
    status, _, _ = await api.call(
        "POST", f"/extensions/temporary-opening/{lock}/combination", json={"combinationId": new}, token=wes
    )
    assert status == 201 and fake.state.locks[lock]["combination"] == new
    assert (await history(api, fake, "wesTasksLock"))[0]["type"] == "temporary_opening_locked"
    status, _, _ = await api.call("GET", f"/extensions/temporary-opening/{lock}/combination", token=wes)
    assert status == 400  # not opened any more
    # the regular action is used: the wearer waits; the keyholder opens at any time
    assert (await act(api, fake, "wes", "wesTasksLock", "wesOpening", "submit"))[0] == 400
    assert (await act(api, fake, "sam", "wesTasksLock", "wesOpening", "keyholderOpen"))[0] == 201
    assert (await api.ok("GET", f"/extensions/temporary-opening/{lock}/combination", token=wes))["_id"] == new
    fake.clock.advance(901)  # late: the 12 h penalty
    before = await end_date(api, fake, "wesTasksLock")
    again = (await api.ok("POST", "/combinations/code", json={"code": "9753"}, token=wes))["combinationId"]
    await api.ok(
        "POST", f"/extensions/temporary-opening/{lock}/combination", json={"combinationId": again}, token=wes
    )
    assert (await history(api, fake, "wesTasksLock"))[0]["type"] == "temporary_opening_locked_late"
    assert await end_date(api, fake, "wesTasksLock") > before


async def test_verification_picture(api: Api, fake_chaster: FakeChaster) -> None:
    import aiohttp

    fake = fake_chaster
    lock, wes = fake.seed_ids["wesTasksLock"], fake.token_for("wes")
    (seeded,) = await api.ok("GET", f"/locks/{lock}/verification-pictures", token=wes)
    assert seeded["votes"]["status"] == "verified"
    form = aiohttp.FormData()
    form.add_field("file", b"\x89PNG proof", filename="proof.png", content_type="image/png")
    status, _, _ = await api.call(
        "POST", f"/extensions/verification-picture/{lock}/submit", data=form, token=wes
    )
    assert status == 201
    newest, _ = await api.ok("GET", f"/locks/{lock}/verification-pictures", token=wes)
    assert newest["verificationCode"] == "482913" and newest["votes"]["status"] == "ongoing"
    found = await api.ok("GET", f"/locks/{lock}", token=wes)
    assert found["lastVerificationPicture"]["imageKey"] == newest["imageKey"]
    assert (await history(api, fake, "wesTasksLock"))[0]["type"] == "verification_picture_submitted"
    # answered: the next picture needs a new request (the keyholder asks)
    status, _, _ = await api.call("POST", f"/extensions/verification-picture/{lock}/submit", token=wes)
    assert status == 400
    assert (await act(api, fake, "sam", "wesTasksLock", "wesVerification", "createVerificationRequest"))[
        0
    ] == 201
    status, _, _ = await api.call("POST", f"/extensions/verification-picture/{lock}/submit", token=wes)
    assert status == 201


async def test_penalties(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    lock, wes = fake.seed_ids["wesTasksLock"], fake.token_for("wes")
    body = await api.ok(
        "GET", f"/locks/{lock}/extensions/{fake.seed_ids['wesPenalty']}/penalty-session", token=wes
    )
    (habit,) = body["habits"]
    (period,) = body["penaltyPeriods"]
    assert habit["habitName"] == period["habitName"] == "verification_picture"
    assert period["nbActionsRequired"] == 1 and period["status"] == "ongoing"


async def test_actions_refused_on_locks_without_the_extension(api: Api, fake_chaster: FakeChaster) -> None:
    fake = fake_chaster
    ids, kim = fake.seed_ids, fake.developer_token
    game, tasks, wendy_lock = ids["wesGameLock"], ids["wesTasksLock"], ids["wendyLock"]
    # an extension id of another lock, or none at all
    for lock, party in ((wendy_lock, ids["wesDice"]), (game, ids["wesTasks"]), (game, "0" * 24)):
        status, _, _ = await api.call(
            "POST",
            f"/locks/{lock}/extensions/{party}/action",
            json={"action": "submit", "payload": {}},
            token=kim,
        )
        assert status == 404
        status, _, _ = await api.call("GET", f"/locks/{lock}/extensions/{party}", token=kim)
        assert status == 404
    # penalties: only on a penalty extension; temporary opening and pictures: only with theirs
    status, _, _ = await api.call(
        "GET", f"/locks/{game}/extensions/{ids['wesDice']}/penalty-session", token=kim
    )
    assert status == 404
    for path, method in (
        (f"/extensions/temporary-opening/{game}/combination", "GET"),
        (f"/extensions/temporary-opening/{wendy_lock}/action-log/{ids['wesOpeningLog']}/combination", "GET"),
        (f"/extensions/verification-picture/{wendy_lock}/submit", "POST"),
    ):
        token = fake.token_for("wes") if game in path else kim
        token = fake.token_for("wendy") if wendy_lock in path else token
        status, _, _ = await api.call(method, path, token=token)
        assert status == 404, path
    status, _, _ = await api.call(
        "POST",
        f"/extensions/temporary-opening/{game}/combination",
        json={"combinationId": ids["wesCombination"]},
        token=fake.token_for("wes"),
    )
    assert status == 404
    # the partner extension acts through the Extensions API, not here
    party = fake.state.locks[wendy_lock]["extensions"][0]["_id"]
    status, _, _ = await api.call(
        "POST",
        f"/locks/{wendy_lock}/extensions/{party}/action",
        json={"action": "submit", "payload": {}},
        token=kim,
    )
    assert status == 400
    assert tasks  # (wes's tasks lock keeps its extensions)


async def test_lock_info_from_extension_is_the_lock_asked_for(api: Api, fake_chaster: FakeChaster) -> None:
    ids = fake_chaster.seed_ids
    body = await api.ok("GET", f"/locks/{ids['wesGameLock']}/extensions/{ids['wesLink']}")
    assert body["lock"]["_id"] == ids["wesGameLock"] and body["lock"]["role"] == "keyholder"
    assert body["extension"]["_id"] == ids["wesLink"] and body["extension"]["slug"] == "link"
    assert body["extension"]["nbActionsRemaining"] == -1  # unlimited


@needs("shared_locks.get_favorite_shared_locks", "public_locks.search")
async def test_optional_fields_accept_null(api: Api) -> None:
    # NestJS's @IsOptional() lets null through: the captured requests of the live SDK
    for name, path, expected in (
        ("shared_locks.get_favorite_shared_locks", "/favorites/shared-locks", 201),
        ("public_locks.search", "/public-locks/search", 200),
    ):
        body = json.loads((CAPTURED / f"{name}.request.json").read_text())
        status, answer, _ = await api.call("POST", path, json=body)
        assert status == expected, answer
        assert answer["results"]
    # a required field still may not be null
    status, body, _ = await api.call("POST", "/public-locks/search", json={"criteria": {}, "limit": None})
    assert status == 400 and "limit should not be null" in body["message"]


def test_seed_variety() -> None:
    state = FakeChaster().state
    photos = [rec["unsplashPhoto"] for rec in state.shared_locks.values()]
    assert any(photos) and not all(photos)
    for rec in state.shared_locks.values():
        assert all(isinstance(rec[k], int) for k in ("minDuration", "maxDuration"))
    ages = [u["age"] for u in state.users.values()]
    assert None in ages and any(isinstance(a, int) for a in ages)
    assert any(u["discordId"] for u in state.users.values()) and any(
        u["lastSeen"] for u in state.users.values()
    )


@pytest.mark.parametrize("name", ["wesGameLock", "wesTasksLock"])
async def test_wes_locks_render(api: Api, fake_chaster: FakeChaster, name: str) -> None:
    found = await api.ok("GET", f"/locks/{fake_chaster.seed_ids[name]}", token=fake_chaster.token_for("wes"))
    assert all(isinstance(e["regularity"], int) for e in found["extensions"])
    assert fake_chaster.response_errors == []
