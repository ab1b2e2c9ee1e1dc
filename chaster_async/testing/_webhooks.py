"""Outgoing extension webhooks, delivered and retried the way Chaster does it."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import uuid
from dataclasses import dataclass, field
from typing import Any

import aiohttp

__all__ = ["Delivery", "WebhookSender"]


@dataclass
class Delivery:
    """One webhook event and what happened to it."""

    event: str
    body: dict[str, Any]
    url: str
    attempts: list[int | str] = field(default_factory=list)  # status codes or exception names
    delivered: bool = False

    @property
    def request_id(self) -> str:
        return str(self.body["requestId"])


class WebhookSender:
    """POSTs events to ``url`` with optional Basic auth; ``retries`` extra attempts ``retry_delay`` apart."""

    def __init__(
        self,
        url: str | None,
        *,
        auth: tuple[str, str] | None = None,
        retries: int = 4,
        retry_delay: float = 60.0,
        timeout: float = 10.0,
        wrap_payload: bool = False,
    ) -> None:
        self.url = url
        self.auth = auth
        self.retries = retries
        self.retry_delay = retry_delay
        self.timeout = timeout
        self.wrap_payload = wrap_payload
        self.deliveries: list[Delivery] = []
        self._tasks: set[asyncio.Task[None]] = set()
        self._session: aiohttp.ClientSession | None = None

    def send(self, event: str, data: dict[str, Any], sent_at: str) -> Delivery | None:
        if not self.url:
            return None
        body: dict[str, Any] = {
            "event": event,
            "requestId": str(uuid.uuid4()),
            "data": data,
            "sentAt": sent_at,
        }
        delivery = Delivery(event, body, self.url)
        self.deliveries.append(delivery)
        task = asyncio.get_running_loop().create_task(self._deliver(delivery))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return delivery

    async def _deliver(self, delivery: Delivery) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession()
        payload = {"payload": delivery.body} if self.wrap_payload else delivery.body
        headers = {"User-Agent": "Chaster-Webhooks (FakeChaster)", "Content-Type": "application/json"}
        if self.auth:
            user, password = self.auth
            headers["Authorization"] = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        for attempt in range(self.retries + 1):
            if attempt:
                await asyncio.sleep(self.retry_delay)
            try:
                async with self._session.post(
                    delivery.url,
                    json=payload,
                    headers=headers,
                    timeout=aiohttp.ClientTimeout(total=self.timeout),
                ) as resp:
                    await resp.read()
                    delivery.attempts.append(resp.status)
                    if 200 <= resp.status < 300:
                        delivery.delivered = True
                        return
            except (TimeoutError, aiohttp.ClientError) as exc:
                delivery.attempts.append(type(exc).__name__)

    async def drain(self, timeout: float | None = None) -> None:  # noqa: ASYNC109
        """Wait until every pending delivery finished (delivered or gave up)."""
        if self._tasks:
            await asyncio.wait_for(asyncio.gather(*list(self._tasks), return_exceptions=True), timeout)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None
