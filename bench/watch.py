"""Figure 7: watchers on a steady workload -- events delivered per request, and latency.

A keyholder bot watches, against an embedded FakeChaster (same process and loop, Chaster's real
limit of 100 requests per 60 s, the client's default limiter, the default PollBudget: polls take
at most half, 50 a minute, each source every 2 s at best and 30 s at worst):

- ``lock_history`` of the 3 locks Kim holds (wendy's, walt's and one more),
- ``messages`` of her 3 conversations,
- ``keyholder_locks`` (the keyholder search),

seven polled sources in three streams. A producer (seeded ``random.Random(16)``) makes one event
every 0.5 s on average (exponential gaps, ~120 a minute): 45 % a history entry on one of the
locks, 45 % a message in one of the conversations, 10 % a time change on one of the held locks.
After ``duration`` seconds it stops; the watchers run until every event is delivered.

- ``watch_events_per_request``: events delivered / API requests the watchers spent (the first
  marks, the idle polls and the drain included).
- ``watch_latency_p50_s``: the median of (fake clock at delivery - the event's ``created_at``), in
  the fake's time (its clock is the wall clock here); p90 and max are printed too.

The bot makes no calls of its own here: the budget's share is what polling gets.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import random
import statistics
import time
from typing import Any

NAME = "watch"


async def _measure(duration: float) -> dict[str, Any]:
    from chaster_async import Chaster
    from chaster_async.testing import FakeChaster
    from chaster_async.watch import MemoryCursorStore, WatchEvent, WatchStream

    fake = FakeChaster()  # 100 requests per 60 s, as Chaster
    ids = fake.seed_ids
    (third,) = fake.seed_keyholder_locks(1)
    locks = [ids["wendyLock"], ids["waltLock"], third]
    conversations = [ids["conversation"], ids["waltConversation"], ids["samConversation"]]
    rng = random.Random(16)
    made: set[str] = set()
    latencies: list[float] = []
    delivered: set[str] = set()
    time_changes = 0

    async with fake.serve():
        async with Chaster(fake.developer_token, base_url=fake.base_url or "") as chaster:
            store = MemoryCursorStore()
            streams: list[WatchStream[Any]] = [
                chaster.watch.lock_history(*locks, store=store),
                chaster.watch.messages(*conversations, store=store),
                chaster.watch.keyholder_locks(store=store),
            ]

            async def consume(stream: WatchStream[Any]) -> None:
                async with stream:
                    async for event in stream:
                        assert isinstance(event, WatchEvent)
                        if event.created_at is not None:
                            latencies.append(fake.clock.time() - event.created_at.timestamp())
                        delivered.add(event.id)

            tasks = [asyncio.ensure_future(consume(stream)) for stream in streams]
            while not all(stream.ready for stream in streams):
                await asyncio.sleep(0.05)
            started = time.monotonic()
            while time.monotonic() - started < duration:
                await asyncio.sleep(rng.expovariate(2.0))
                kind = rng.random()
                if kind < 0.45:
                    made.add(fake.state.add_log(rng.choice(locks), "custom", "steady")["_id"])
                elif kind < 0.9:
                    cid = rng.choice(conversations)
                    sender = next(u for u in fake.state.conversations[cid]["users"] if u != ids["kim"])
                    made.add(fake.state.add_message(cid, sender, "steady")["_id"])
                else:
                    lock = fake.state.locks[rng.choice(locks)]
                    lock["endDate"] += dt.timedelta(minutes=5)
                    fake.state.touch(lock)
                    time_changes += 1
            produced_for = time.monotonic() - started
            deadline = time.monotonic() + 45
            while not made <= delivered and time.monotonic() < deadline:
                await asyncio.sleep(0.1)
            await asyncio.sleep(0.5)
            for stream in streams:
                stream.stop()
            await asyncio.gather(*tasks)
            requests = sum(stream.requests for stream in streams)
            changes = sum(1 for e in delivered if ":time_changed:" in e)
    events = len(delivered)
    latencies.sort()
    return {
        "events": events,
        "made": len(made) + time_changes,
        "lost": len(made - delivered),
        "time_changes": time_changes,
        "time_changes_delivered": changes,
        "requests": requests,
        "server_requests": len(fake.requests),
        "server_429": sum(1 for r in fake.requests if r.status == 429),
        "seconds": produced_for,
        "p50": statistics.median(latencies),
        "p90": latencies[int(len(latencies) * 0.9)],
        "max": latencies[-1],
    }


def run(quick: bool = False) -> dict[str, Any]:
    duration = 20.0 if quick else 60.0
    r = asyncio.run(_measure(duration))
    print(
        f"[{NAME}] steady workload: 7 sources (3 lock histories, 3 conversations, keyholder search), "
        f"~2 events/s for {r['seconds']:.0f} s, Chaster's 100 requests/60 s, default budget (half)"
    )
    print(
        f"  events: {r['made']} made, {r['events']} delivered ({r['lost']} history/message events lost; "
        f"{r['time_changes_delivered']} time-change events for {r['time_changes']} changes, coalesced per poll)"
    )
    print(
        f"  requests: {r['requests']} by the watchers ({r['server_requests']} served, {r['server_429']} 429s)"
    )
    print(f"  events per request: {r['events'] / r['requests']:.2f}")
    print(f"  latency (fake time): p50 {r['p50']:.2f} s, p90 {r['p90']:.2f} s, max {r['max']:.2f} s")
    return {
        "watch_events_per_request": round(r["events"] / r["requests"], 2),
        "watch_latency_p50_s": round(r["p50"], 2),
        "watch_latency_p90_s": round(r["p90"], 2),
        "watch_requests": r["requests"],
        "watch_events": r["events"],
        "watch_429s": r["server_429"],
    }
