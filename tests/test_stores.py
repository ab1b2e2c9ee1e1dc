"""The in-memory TokenStore and LimiterStorage: clients of one process sharing a token and a budget."""

from __future__ import annotations

import asyncio

import pytest

from chaster_async import (
    Chaster,
    ChasterUsageError,
    MemoryLimiterStorage,
    MemoryTokenStore,
    OAuthToken,
    RateLimiter,
    RateLimitError,
)
from chaster_async.testing import FakeChaster

from .fleet.helpers import oauth_app, oauth_token


async def test_clients_sharing_a_token_store_refresh_once_and_one_callback_runs() -> None:
    fake = FakeChaster(rate_limit=None, token_lifetime=300)
    saved: list[OAuthToken] = []
    async with fake.serve():
        token = await oauth_token(fake)
        store = MemoryTokenStore()
        clients = [
            Chaster(
                token,
                oauth=oauth_app(fake),
                token_store=store,
                base_url=fake.base_url,
                refresh_leeway=300,  # due at once
                on_token_refresh=saved.append,
            )
            for _ in range(3)
        ]
        await asyncio.gather(*(c.profile.me() for c in clients for _ in range(5)))
        for client in clients:
            await client.close()

    assert fake.refreshes == 1
    assert len(saved) == 1  # only the client that refreshed calls on_token_refresh
    assert {c.token for c in clients} == {saved[0]} == {await store.load()}


async def test_a_rejected_token_is_refreshed_once_for_every_client() -> None:
    fake = FakeChaster(rate_limit=None)
    async with fake.serve():
        token = await oauth_token(fake)
        fake.auth.tokens.pop(token.access_token)  # revoked: every client gets a 401
        store = MemoryTokenStore()
        clients = [
            Chaster(token, oauth=oauth_app(fake), token_store=store, base_url=fake.base_url) for _ in range(2)
        ]
        await asyncio.gather(*(c.profile.me() for c in clients))
        for client in clients:
            await client.close()

    assert fake.refreshes == 1


async def test_limiters_sharing_a_memory_storage_share_the_budget() -> None:
    storage = MemoryLimiterStorage()
    first = RateLimiter(per_minute=3, storage=storage, key="bot")
    second = RateLimiter(per_minute=3, storage=storage, key="bot", max_wait=0.2)
    for rl in (first, second, first):
        await rl.acquire("GET", "/locks")
        rl.update("GET", "/locks", {})
        await rl.drain()

    with pytest.raises(RateLimitError, match="shared budget 'bot'"):
        await second.acquire("GET", "/locks")
    other_key = RateLimiter(per_minute=3, storage=storage, key="another user")
    await other_key.acquire("GET", "/locks")  # a budget of its own


def test_a_token_store_needs_an_oauth_token() -> None:
    with pytest.raises(ChasterUsageError, match="developer token is never refreshed"):
        Chaster("dev", token_store=MemoryTokenStore())
    with pytest.raises(ChasterUsageError, match="token_store= needs token="):
        Chaster(token_store=MemoryTokenStore())
    with pytest.raises(ChasterUsageError, match="must be a TokenStore"):
        Chaster("dev", token_store=object())  # type: ignore[arg-type]
    with pytest.raises(ChasterUsageError, match="must be a LimiterStorage"):
        RateLimiter(storage=object())  # type: ignore[arg-type]
