"""A small but complete Chaster extension backend ("Dice"), built on aiohttp.web and chaster_async.

What it serves:

- ``POST /webhooks``: Chaster's webhooks (a ``WebhookRouter``). On ``extension_session.created``
  it initialises the session's custom data and metadata and writes a custom log entry; on
  ``action_log.created`` it records the entry in the session's custom data.
- ``POST /api/session`` ``{"mainToken": ...}``: what the main iframe page calls with the
  ``mainToken`` Chaster gave it; the token is exchanged for the session, whose summary is returned.
- ``GET`` / ``PUT /api/config/{configToken}``: the configuration page reads and saves the
  extension configuration (``{"config": {"sides": 6}}``).
- ``POST /api/roll`` ``{"mainToken": ...}``: the regular action: rolls a die, uses one regular
  action (``429`` with ``nextActionDate`` and ``Retry-After`` when none is left), adds that many
  ten-minute steps to the lock, logs it and updates custom data and metadata.
- ``GET /api/sessions``: every locked session of the extension (paginated search). An operator
  endpoint: protect it in a real deployment.

The iframe never sends a session id: every call carries the ``mainToken`` and the backend asks
Chaster which session it belongs to, so a page cannot act on somebody else's session.

Run it against the fake server::

    python -m chaster_async.testing --port 8080 --developer-token DEV \\
        --webhook-url http://127.0.0.1:8090/webhooks
    python examples/extension_backend.py --chaster-url http://127.0.0.1:8080 --token DEV --port 8090

or all in one process, exiting 0 when every step worked: ``python examples/extension_backend.py --self-test``.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import math
import os
import random
import socket
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

import aiohttp
from aiohttp import web

from chaster_async import Chaster, ExtensionToolkit
from chaster_async.errors import APIError, ChasterError, NoActionRemainingError, NotFoundError
from chaster_async.webhooks import ActionLogCreatedEvent, ExtensionSessionCreatedEvent, WebhookRouter

DEFAULT_SLUG = "fake-dice"  # the seed extension of FakeChaster
# What the backend calls (through chaster.extension), by stable operation key.
BACKEND_OPERATIONS = (
    "partner_extensions.get_session_auth",
    "partner_extensions.get_configuration",
    "partner_extensions.update_configuration",
    "partner_extensions.get_sessions",
    "partner_extensions.patch_extension_session",
    "partner_extensions.submit_regular_action",
    "partner_extensions.get_regular_actions",
    "partner_extensions.do_action",
    "partner_extensions.log_custom_action",
)
STEP_SECONDS = 600  # each pip of the die adds ten minutes


@dataclass(frozen=True)
class Settings:
    chaster_url: str | None
    token: str
    client_id: str
    extension_slug: str = DEFAULT_SLUG
    webhook_username: str | None = None
    webhook_password: str | None = None


SETTINGS = web.AppKey("settings", Settings)
CHASTER = web.AppKey("chaster", Chaster)
EXT = web.AppKey("extension", ExtensionToolkit)
DATA_LOCK = web.AppKey("data_lock", asyncio.Lock)
ROUTER = web.AppKey("webhook_router", WebhookRouter)


# -- helpers ----------------------------------------------------------------------------------------


def iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(dt.UTC).isoformat()


def plain(value: Any) -> Any:
    """A model field as plain JSON (models -> dict, UNSET/None -> None)."""
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Enum):
        return value.value
    return value if isinstance(value, str | int | float | bool | list | dict) else None


async def read_json(request: web.Request) -> dict[str, Any]:
    try:
        body = await request.json()
    except ValueError:
        raise web.HTTPBadRequest(text="expected a JSON object") from None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text="expected a JSON object")
    return body


def main_token_of(body: dict[str, Any]) -> str:
    token = body.get("mainToken")
    if not isinstance(token, str) or not token:
        raise web.HTTPBadRequest(text="mainToken is required")
    return token


async def update_data(
    app: web.Application, session_id: str, change: Callable[[dict[str, Any]], None]
) -> None:
    """Read-modify-write of a session's custom data (serialised: webhooks arrive concurrently)."""
    ext = app[EXT]
    async with app[DATA_LOCK]:
        data = plain((await ext.get_session(session_id)).session.data) or {}
        change(data)
        await ext.set_custom_data(session_id, data)


@web.middleware
async def chaster_errors(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Turn the client's exceptions into JSON answers for the iframe."""
    try:
        return await handler(request)
    except NotFoundError:
        return web.json_response({"error": "unknown or expired token"}, status=404)
    except APIError as exc:
        return web.json_response(
            {"error": "chaster_error", "status": exc.status, "message": exc.message}, status=502
        )
    except ChasterError as exc:
        return web.json_response({"error": "chaster_unreachable", "message": str(exc)}, status=502)


# -- webhooks -------------------------------------------------------------------------------------


def webhook_router(app: web.Application) -> WebhookRouter:
    settings = app[SETTINGS]
    router = WebhookRouter(settings.webhook_username, settings.webhook_password, run_in_background=True)

    @router.on("extension_session.created")
    async def on_session_created(event: ExtensionSessionCreatedEvent) -> None:
        if event.data.extension.slug != settings.extension_slug:
            return
        ext = app[EXT]
        session_id = event.data.session.session_id
        await ext.set_custom_data(session_id, {"rolls": [], "seenLogs": 0})
        await ext.set_metadata(
            session_id,
            {
                "reasonsPreventingUnlocking": ["Roll the dice at least once"],
                "homeActions": [
                    {"slug": "roll", "title": "Roll the dice", "description": "Use your roll", "icon": "dice"}
                ],
            },
        )
        await ext.log(session_id, title="Dice ready", description="Roll the dice to add time", icon="dice")

    @router.on("action_log.created")
    async def on_action_log(event: ActionLogCreatedEvent) -> None:
        log = event.data.action_log

        def record(data: dict[str, Any]) -> None:
            data["seenLogs"] = int(data.get("seenLogs") or 0) + 1
            data["lastLog"] = {"type": plain(log.type_), "title": plain(log.title)}

        # Only record; writing a log here would trigger another action_log.created.
        await update_data(app, event.data.session_id, record)

    return router


# -- iframe endpoints -------------------------------------------------------------------------------


async def session_info(request: web.Request) -> web.Response:
    ext = request.app[EXT]
    auth = await ext.session_from_main_token(main_token_of(await read_json(request)))
    session = auth.session
    actions = await ext.regular_actions(session.session_id)
    return web.json_response(
        {
            "sessionId": session.session_id,
            "role": plain(auth.role),
            "userId": auth.user_id,
            "lockId": plain(auth.lock_for_user.id),
            "config": plain(session.config),
            "data": plain(session.data),
            "regularActions": {
                "remaining": actions.nb_actions_remaining,
                "nextActionDate": actions.next_action_date,
                "mode": plain(actions.mode),
            },
        }
    )


async def roll(request: web.Request) -> web.Response:
    ext = request.app[EXT]
    auth = await ext.session_from_main_token(main_token_of(await read_json(request)))
    session_id = auth.session.session_id
    sides = (plain(auth.session.config) or {}).get("sides", 6)
    sides = sides if isinstance(sides, int) and 2 <= sides <= 100 else 6
    value = random.randint(1, sides)
    try:
        state = await ext.submit_regular_action(session_id, {"roll": value, "sides": sides})
    except NoActionRemainingError as exc:
        headers = {}
        if exc.next_action_date is not None:
            wait = (exc.next_action_date - dt.datetime.now(dt.UTC)).total_seconds()
            headers["Retry-After"] = str(max(1, math.ceil(wait)))
        return web.json_response(
            {"error": "no_action_remaining", "nextActionDate": iso(exc.next_action_date)},
            status=429,
            headers=headers,
        )
    await ext.do_action(session_id, {"name": "add_time", "params": value * STEP_SECONDS})
    await ext.log(
        session_id,
        title=f"Rolled a {value}",
        description=f"{value * STEP_SECONDS // 60} minutes added",
        icon="dice",
    )
    await update_data(request.app, session_id, lambda data: data.setdefault("rolls", []).append(value))
    await ext.set_metadata(session_id, {"reasonsPreventingUnlocking": [], "homeActions": []})
    return web.json_response(
        {"roll": value, "remaining": state.nb_actions_remaining, "nextActionDate": state.next_action_date}
    )


async def get_config(request: web.Request) -> web.Response:
    conf = await request.app[EXT].get_configuration(request.match_info["token"])
    return web.json_response(
        {
            "config": plain(conf.config),
            "role": plain(conf.role),
            "sessionId": conf.session_id,
            "extensionSlug": conf.extension_slug,
        }
    )


async def put_config(request: web.Request) -> web.Response:
    config = (await read_json(request)).get("config")
    if not isinstance(config, dict):
        raise web.HTTPBadRequest(text="config must be an object")
    sides = config.get("sides", 6)
    if not isinstance(sides, int) or isinstance(sides, bool) or not 2 <= sides <= 100:
        raise web.HTTPBadRequest(text="sides must be an integer from 2 to 100")
    saved = await request.app[EXT].save_configuration(request.match_info["token"], {"sides": sides})
    return web.json_response({"config": plain(saved.config)})


async def list_sessions(request: web.Request) -> web.Response:
    status = request.query.get("status", "locked")
    ext = request.app[EXT]
    ids = [
        s.session_id
        async for s in ext.sessions(extension_slug=request.app[SETTINGS].extension_slug, status=status)
    ]
    return web.json_response({"count": len(ids), "sessionIds": ids})


# -- the application --------------------------------------------------------------------------------


async def chaster_client(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    async with Chaster(
        settings.token, base_url=settings.chaster_url, client_id=settings.client_id
    ) as chaster:
        app[CHASTER] = chaster
        app[EXT] = chaster.extension
        yield


def build_app(settings: Settings) -> web.Application:
    app = web.Application(middlewares=[chaster_errors])
    app[SETTINGS] = settings
    app[DATA_LOCK] = asyncio.Lock()
    app.cleanup_ctx.append(chaster_client)
    app[ROUTER] = webhook_router(app)
    app[ROUTER].setup(app, "/webhooks")
    app.router.add_post("/api/session", session_info)
    app.router.add_post("/api/roll", roll)
    app.router.add_get("/api/config/{token}", get_config)
    app.router.add_put("/api/config/{token}", put_config)
    app.router.add_get("/api/sessions", list_sessions)
    return app


# -- self-test: the whole flow against an in-process FakeChaster -------------------------------------


async def run_demo(*, verbose: bool = True) -> int:
    """Start FakeChaster and the backend on 127.0.0.1, play a session through; 0 when all worked."""
    from chaster_async.testing import FakeChaster

    def say(text: str) -> None:
        if verbose:
            print(f"[self-test] {text}", flush=True)

    from chaster_async.operations import OPERATIONS

    missing = [key for key in BACKEND_OPERATIONS if key not in OPERATIONS]
    if missing:
        # Regenerated from an older Chaster document without the Extensions API: nothing to play.
        say(f"skipped every step: the spec this package was generated from lacks {', '.join(missing)}")
        return 0
    hook_user, hook_password = "chaster", "demo-webhook-password"
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    backend = f"http://127.0.0.1:{port}"
    fake = FakeChaster(
        webhook_url=f"{backend}/webhooks", webhook_auth=(hook_user, hook_password), webhook_retry_delay=0.2
    )
    async with fake.serve("127.0.0.1", 0):
        settings = Settings(
            fake.base_url, fake.developer_token, fake.client_id, DEFAULT_SLUG, hook_user, hook_password
        )
        runner = web.AppRunner(build_app(settings), access_log=None)
        await runner.setup()
        try:
            await web.SockSite(runner, sock).start()
            say(f"FakeChaster on {fake.base_url}, backend on {backend}")
            async with aiohttp.ClientSession(base_url=backend) as iframe:
                await _play(fake, runner.app, iframe, say)
        except AssertionError as exc:
            print(f"[self-test] FAILED: {exc}", file=sys.stderr, flush=True)
            return 1
        finally:
            await runner.cleanup()
    say("all steps passed")
    return 0


async def _play(
    fake: Any, app: web.Application, iframe: aiohttp.ClientSession, say: Callable[[str], None]
) -> None:
    seed = fake.seed_ids
    async with (
        Chaster(fake.token_for("walt"), base_url=fake.base_url) as walt,
        Chaster(fake.developer_token, base_url=fake.base_url, client_id=fake.client_id) as kim,
    ):
        ext = kim.extension  # to look at what the backend did, as the extension's owner

        # 1. Walt (a wearer) starts a lock from Kim's shared lock, which has the extension:
        #    Chaster creates an extension session and sends extension_session.created.
        code = await walt.combinations.create_code(body={"code": "2468"})
        lock = await walt.lock_creation.create_lock_from_shared_lock(
            seed["kimSharedLock"], body={"combinationId": code.combination_id}
        )
        await _settle(fake, app)
        created = [d for d in fake.webhook_deliveries if d.event == "extension_session.created"]
        assert len(created) == 1, [d.event for d in fake.webhook_deliveries]
        new_session = created[0].body["data"]["session"]["sessionId"]
        session = (await ext.get_session(new_session)).session
        data = plain(session.data)
        assert data.get("rolls") == [], f"session not initialised by the webhook: {data}"
        assert session.metadata.reasons_preventing_unlocking, "metadata not set"
        assert data.get("seenLogs", 0) >= 1, f"action_log.created not recorded: {data}"
        say(f"lock {lock.lock_id}: session {new_session} initialised; then saw log {data['lastLog']}")

        # 2. The iframe's main page exchanges its mainToken (wendy's seeded session: 2 actions left).
        session_id, main_token = seed["session"], seed["sessionMainToken"]
        async with iframe.post("/api/session", json={"mainToken": main_token}) as resp:
            info = await resp.json()
            assert resp.status == 200 and info["sessionId"] == session_id, (resp.status, info)
        say(
            f"mainToken exchanged: role={info['role']} lock={info['lockId']} actions={info['regularActions']}"
        )
        async with iframe.post("/api/session", json={"mainToken": "forged"}) as resp:
            assert resp.status == 404, resp.status

        # 3. The configuration page reads and saves the configuration.
        async with iframe.get("/api/config/config-token") as resp:
            assert resp.status == 200, resp.status
        async with iframe.put("/api/config/config-token", json={"config": {"sides": 20}}) as resp:
            assert resp.status == 200, (resp.status, await resp.text())
        async with iframe.put("/api/config/config-token", json={"config": {"sides": 1}}) as resp:
            assert resp.status == 400, resp.status
        say("configuration read and saved")

        # 4. Regular actions until none is left.
        rolls = []
        for _ in range(info["regularActions"]["remaining"]):
            async with iframe.post("/api/roll", json={"mainToken": main_token}) as resp:
                rolled = await resp.json()
                assert resp.status == 200, (resp.status, rolled)
            rolls.append(rolled["roll"])
            say(f"rolled {rolled['roll']}, {rolled['remaining']} action(s) left")
        async with iframe.post("/api/roll", json={"mainToken": main_token}) as resp:
            refused = await resp.json()
            assert resp.status == 429 and refused["nextActionDate"], (resp.status, refused)
            assert int(resp.headers["Retry-After"]) > 0
        say(f"no action remaining; next at {refused['nextActionDate']}")
        await _settle(fake, app)
        session = (await ext.get_session(session_id)).session
        assert plain(session.data)["rolls"] == rolls, plain(session.data)
        assert session.metadata.reasons_preventing_unlocking == [], plain(session.metadata)

        # 5. The operator view: every locked session, page by page.
        fake.seed_extension_sessions(120)
        async with iframe.get("/api/sessions") as resp:
            listed = await resp.json()
            assert resp.status == 200 and new_session in listed["sessionIds"], resp.status
            assert listed["count"] == 123, listed["count"]  # + wendy's, walt's seeded and walt's new one
        say(f"{listed['count']} locked sessions listed")
        failed = [d for d in fake.webhook_deliveries if not d.delivered]
        assert not failed, f"undelivered webhooks: {[(d.event, d.attempts) for d in failed]}"
        say(f"{len(fake.webhook_deliveries)} webhooks delivered and handled")


async def _settle(fake: Any, app: web.Application, limit: float = 10.0) -> None:
    """Wait until the fake delivered every webhook and the backend's handlers finished."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while loop.time() < deadline:
        await fake.wait_webhooks(max(0.1, deadline - loop.time()))
        count = len(fake.webhook_deliveries)
        await asyncio.sleep(0.02)
        done = all(d.delivered or len(d.attempts) > fake.webhooks.retries for d in fake.webhook_deliveries)
        if done and app[ROUTER].pending == 0 and len(fake.webhook_deliveries) == count:
            return
    raise AssertionError("webhooks did not settle")


# -- command line ---------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="A Chaster extension backend (dice) built on chaster_async.")
    p.add_argument("--chaster-url", default=None, help="API root (default: https://api.chaster.app)")
    p.add_argument(
        "--token", default=os.environ.get("CHASTER_TOKEN"), help="developer token ($CHASTER_TOKEN)"
    )
    p.add_argument(
        "--client-id",
        default=os.environ.get("CHASTER_CLIENT_ID", "fake-client-id"),
        help="the extension's client id, sent as X-Chaster-Client-Id ($CHASTER_CLIENT_ID)",
    )
    p.add_argument(
        "--extension-slug", default=DEFAULT_SLUG, help=f"the extension's slug (default: {DEFAULT_SLUG})"
    )
    p.add_argument("--webhook-username", default=None, help="HTTP Basic user Chaster sends with webhooks")
    p.add_argument(
        "--webhook-password",
        default=os.environ.get("CHASTER_WEBHOOK_PASSWORD"),
        help="($CHASTER_WEBHOOK_PASSWORD)",
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8090)
    p.add_argument("--self-test", action="store_true", help="run against an in-process FakeChaster and exit")
    args = p.parse_args(argv)
    if not args.self_test and not args.token:
        p.error("--token (or $CHASTER_TOKEN) is required")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.self_test:
        return asyncio.run(run_demo())
    settings = Settings(
        args.chaster_url,
        args.token,
        args.client_id,
        args.extension_slug,
        args.webhook_username,
        args.webhook_password,
    )
    print(f"extension backend on http://{args.host}:{args.port} (webhooks at /webhooks)", flush=True)
    web.run_app(build_app(settings), host=args.host, port=args.port, print=None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
