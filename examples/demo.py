"""An example keyholder bot, run end to end against the embedded fake Chaster (``make demo``).

It does what a real bot does, with nothing but this library and the network on 127.0.0.1:

1. logs in with OAuth 2 (authorization code + PKCE) on the fake Keycloak SSO;
2. reads its profile and lists its own locks;
3. as a keyholder, searches the locks of its wearers and adds an hour to one;
4. pages through that lock's history (several pages, through ``chaster.paginate``);
5. refreshes its short-lived token on the way (``on_token_refresh`` persists it);
6. receives a webhook from the Extensions API on its own ``WebhookRouter`` and prints it.

Run it directly with ``python examples/demo.py``; it exits 0 when every step worked. A step whose
operations the generated spec lacks (after regenerating from an older Chaster document) is
skipped, and the demo says which and why.
"""

from __future__ import annotations

import asyncio
import sys
from urllib.parse import parse_qs, urlparse

import aiohttp
from aiohttp import web

from chaster_async import Chaster, ChasterOAuth, OAuthToken
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster
from chaster_async.webhooks import ActionLogCreatedEvent, WebhookRouter

WEBHOOK_USER, WEBHOOK_PASSWORD = "demo-hook", "demo-hook-password"


def say(step: str, text: str) -> None:
    print(f"[{step}] {text}", flush=True)


def supported(step: str, *operations: str) -> bool:
    """Whether the generated spec has every operation a step needs; says why when not."""
    missing = [key for key in operations if key not in OPERATIONS]
    if missing:
        say(step, f"skipped: the spec this package was generated from lacks {', '.join(missing)}")
    return not missing


async def log_in(oauth: ChasterOAuth) -> OAuthToken:
    """The authorization-code flow a web app runs, with the browser step done by aiohttp."""
    request = oauth.authorization_request(scopes=["profile", "locks", "keyholder", "developer"])
    async with aiohttp.ClientSession() as browser:
        async with browser.get(request.url, allow_redirects=False) as answer:
            location = answer.headers["Location"]
    callback = parse_qs(urlparse(location).query)
    if callback["state"] != [request.state]:
        raise RuntimeError("state mismatch: the callback is not for this login")
    code = callback["code"][0]
    return await oauth.exchange_code(code, code_verifier=request.code_verifier, scopes=request.scopes)


async def start_webhook_receiver(
    received: asyncio.Queue[ActionLogCreatedEvent],
) -> tuple[web.AppRunner, str]:
    router = WebhookRouter(username=WEBHOOK_USER, password=WEBHOOK_PASSWORD)

    @router.on("action_log.created")
    async def on_action_log(event: ActionLogCreatedEvent) -> None:
        await received.put(event)

    runner = web.AppRunner(router.app("/webhooks"))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    return runner, f"http://127.0.0.1:{port}/webhooks"


async def main() -> int:
    received: asyncio.Queue[ActionLogCreatedEvent] = asyncio.Queue()
    receiver, webhook_url = await start_webhook_receiver(received)
    fake = FakeChaster(
        webhook_url=webhook_url,
        webhook_auth=(WEBHOOK_USER, WEBHOOK_PASSWORD),
        webhook_retry_delay=0.2,
        token_lifetime=4,  # short, so that the bot refreshes during the demo
    )
    async with fake.serve():
        say("fake", f"Chaster API at {fake.base_url}, SSO token URL {fake.token_url}")
        wendy_lock = fake.seed_ids["wendyLock"]
        fake.seed_history(wendy_lock, 120)

        oauth = ChasterOAuth(
            client_id=fake.client_id,
            client_secret=fake.client_secret or "",
            redirect_uri="http://127.0.0.1/callback",
            authorize_url=fake.authorize_url,
            token_url=fake.token_url,
        )
        token = await log_in(oauth)
        say("oauth", f"logged in, scopes {sorted(token.scopes)}, token expires {token.expires_at:%H:%M:%S}")

        refreshed: list[OAuthToken] = []

        async def save(new_token: OAuthToken) -> None:
            refreshed.append(new_token)  # a real bot writes it to its database
            say("oauth", f"token refreshed, now valid until {new_token.expires_at:%H:%M:%S}")

        async with Chaster(
            oauth=oauth, token=token, on_token_refresh=save, base_url=fake.base_url, refresh_leeway=1
        ) as chaster:
            if supported("profile", "profile.me"):
                me = await chaster.profile.me()
                say("profile", f"I am {me.username}")

            if supported("locks", "locks.find_all"):
                own = await chaster.locks.find_all()
                say("locks", f"{len(own)} lock(s) of my own: " + ", ".join(str(lock.title) for lock in own))

            if supported("keyholder", "keyholder.search_locks"):
                page = await chaster.keyholder.search_locks(body={"page": 0, "limit": 10})
                wearers = ", ".join(f"{lock.user.username} ({lock.status})" for lock in page.locks)
                say("keyholder", f"{page.total} wearer lock(s): {wearers}")

            if supported("keyholder", "locks.find_one", "locks.update_time"):
                before = await chaster.locks.find_one(wendy_lock)
                await chaster.locks.update_time(wendy_lock, body={"duration": 3600})
                after = await chaster.locks.find_one(wendy_lock)
                say(
                    "keyholder",
                    f"added 1 h to {before.user.username}'s lock: "
                    f"end {before.end_date:%H:%M} -> {after.end_date:%H:%M}",
                )

            await asyncio.sleep(3.5)  # the access token expires; the next call refreshes it first
            if supported("history", "locks.get_lock_history"):
                history = [
                    entry
                    async for entry in chaster.paginate(
                        chaster.locks.get_lock_history, wendy_lock, body={"limit": 50}
                    )
                ]
                say("history", f"paged through {len(history)} history entries; newest: {history[0].type_}")

            if supported("webhook", "partner_extensions.log_custom_action"):
                session_id = fake.seed_ids["session"]
                await chaster.extension.log(
                    session_id,
                    title="Demo bot",
                    description="Hello from the demo",
                    role="extension",
                    icon="dice",
                )
                event = await asyncio.wait_for(received.get(), timeout=10)
                say(
                    "webhook", f"received {event.event} (request {event.request_id}) for session {session_id}"
                )

        if not refreshed and supported("oauth", "locks.get_lock_history"):
            raise RuntimeError("the token was never refreshed")
    await receiver.cleanup()
    say("done", "every step worked")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
