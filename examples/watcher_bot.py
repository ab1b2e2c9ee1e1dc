"""A keyholder bot built on watchers, run against the embedded fake Chaster (``make demo``).

Kim, the keyholder, runs a bot that reacts to what her wearer Wendy does:

- a new **message** from Wendy: the bot answers; asking for anything ("may I", "please") also
  costs Wendy 15 minutes, which the bot adds to her lock;
- a new **history entry** made by Wendy herself (she added time to her own lock): the bot thanks
  her;
- what the bot itself did (its answers, the time it added) shows up in the same streams and is
  left alone.

The bot keeps its cursors in a JSON file and is **restarted** half-way: the first run reacts to
Wendy's first message and stops; while it is down Wendy adds time and writes again; the second run
resumes from the file and reacts to exactly those two events. The script checks that nothing was
lost or handled twice, and exits 0.

Wendy's side is scripted with her own developer token. The fake's rate limit is lifted and the
client told so (``RateLimiter(per_minute=2000)``), so that the demo polls every 50-250 ms and ends
in a few seconds; against Chaster keep the defaults (polls share 50 of the 100 requests/minute).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from chaster_async import Chaster, RateLimiter
from chaster_async.operations import OPERATIONS
from chaster_async.testing import FakeChaster
from chaster_async.watch import HistoryEvent, JsonFileCursorStore, MessageEvent, PollBudget, Watch

NEEDS = ("locks.get_lock_history", "messaging.get_messages", "messaging.send_message", "locks.update_time")


def say(step: str, text: str) -> None:
    print(f"[{step}] {text}", flush=True)


class KeyholderBot:
    """One run of Kim's bot: two streams, two handlers, a cursor file."""

    def __init__(self, chaster: Chaster, cursors: Path, lock_id: str, conversation_id: str) -> None:
        self.chaster = chaster
        self.lock_id = lock_id
        self.conversation_id = conversation_id
        self.me = ""
        watch = Watch(
            chaster,
            store=JsonFileCursorStore(cursors),
            budget=PollBudget(min_interval=0.05, max_interval=0.25),
        )
        self.history = watch.lock_history(lock_id)
        self.messages = watch.messages(conversation_id)
        self.reactions: list[str] = []  # ids of the events this run reacted to
        self.stop_after = 0

    async def on_message(self, event: MessageEvent) -> None:
        message = event.message
        if message.user == self.me:
            return  # the bot's own answer
        text = message.message
        say("bot", f"message from Wendy: {text!r}")
        if any(word in text.lower() for word in ("may i", "please")):
            await self.chaster.locks.update_time(self.lock_id, body={"duration": 15 * 60})
            answer = "No. And that question cost you 15 minutes."
        else:
            answer = "Noted. Be good."
        await self.chaster.messaging.send_message(self.conversation_id, body={"message": answer})
        say("bot", f"answered {answer!r}")
        self.reacted(event.id)

    async def on_history(self, event: HistoryEvent) -> None:
        entry = event.entry
        if str(entry.role) != "user":
            say("bot", f"history: {entry.title!r} by the {entry.role} (left alone)")
            return
        say("bot", f"history: Wendy did {entry.title!r}; thanking her")
        await self.chaster.messaging.send_message(
            self.conversation_id, body={"message": "Thank you for adding time, good girl."}
        )
        self.reacted(event.id)

    def reacted(self, event_id: str) -> None:
        self.reactions.append(event_id)
        if len(self.reactions) >= self.stop_after:
            self.history.stop()
            self.messages.stop()

    async def run(self, stop_after: int, ready: asyncio.Event) -> list[str]:
        """React to ``stop_after`` events of Wendy's, then stop (acknowledged: not seen again)."""
        self.stop_after = stop_after
        self.me = (await self.chaster.profile.me()).id

        async def announce_ready() -> None:
            for _ in range(1000):  # 10 s at most
                if self.history.ready and self.messages.ready:
                    ready.set()
                    return
                await asyncio.sleep(0.01)

        async with asyncio.TaskGroup() as group:
            group.create_task(self.history.run(self.on_history))
            group.create_task(self.messages.run(self.on_message))
            group.create_task(announce_ready())
        return self.reactions


async def start_bot(
    fake: FakeChaster, cursors: Path, stop_after: int
) -> tuple[Chaster, asyncio.Task[list[str]], asyncio.Event]:
    """Start one run of the bot (a new client: a new process, as far as it knows)."""
    base_url = fake.base_url or ""
    chaster = Chaster(fake.developer_token, base_url=base_url, rate_limit=RateLimiter(per_minute=2000))
    bot = KeyholderBot(chaster, cursors, fake.seed_ids["wendyLock"], fake.seed_ids["conversation"])
    ready = asyncio.Event()
    task = asyncio.create_task(bot.run(stop_after, ready))
    return chaster, task, ready


async def main() -> int:
    missing = [key for key in NEEDS if key not in OPERATIONS]
    if missing:
        say("watch", f"skipped: the spec this package was generated from lacks {', '.join(missing)}")
        return 0
    fake = FakeChaster(rate_limit=None)
    async with fake.serve():
        lock_id, conversation = fake.seed_ids["wendyLock"], fake.seed_ids["conversation"]
        with tempfile.TemporaryDirectory() as tmp:
            cursors = Path(tmp) / "cursors.json"
            async with Chaster(fake.token_for("wendy"), base_url=fake.base_url or "") as wendy:
                # Run 1: the bot marks "now" in both streams, reacts to one message, stops.
                chaster, task, ready = await start_bot(fake, cursors, stop_after=1)
                await asyncio.wait_for(ready.wait(), 10)
                say("watch", "run 1 started; cursors saved in " + cursors.name)
                first = await wendy.messaging.send_message(
                    conversation, body={"message": "May I take a break?"}
                )
                run1 = await asyncio.wait_for(task, 10)
                await chaster.close()
                say("watch", f"run 1 stopped after {len(run1)} reaction(s)")

                # While the bot is down, Wendy adds time to her own lock and writes again.
                await wendy.locks.update_time(lock_id, body={"duration": 30 * 60})
                second = await wendy.messaging.send_message(conversation, body={"message": "Added 30 min."})

                # Run 2: resumes from the file; reacts to exactly those two.
                chaster, task, ready = await start_bot(fake, cursors, stop_after=2)
                run2 = await asyncio.wait_for(task, 10)
                await chaster.close()
                say("watch", f"run 2 resumed and stopped after {len(run2)} reaction(s)")

        history_ids = [e["_id"] for e in fake.state.history[lock_id].items]
        wendys_entry = next(
            e["_id"] for e in reversed(fake.state.history[lock_id].items) if e["role"] == "user"
        )
        assert wendys_entry in history_ids
        if run1 != [first.id] or sorted(run2) != sorted([wendys_entry, second.id]):
            say("done", f"FAILED: run 1 reacted to {run1}, run 2 to {run2}")
            return 1
        if set(run1) & set(run2):
            say("done", "FAILED: an event was handled twice")
            return 1
    say("done", "every event handled once, across a restart")
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
