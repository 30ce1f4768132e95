"""Webhook delivery: events go from a background task, with httpx, only to the workspace's configured URL,
with a bounded retry (`webhook_attempts` tries, backoff `webhook_backoff` × 2^n seconds)."""

from __future__ import annotations

import asyncio
import collections
import logging
from typing import Any

import httpx

from .ledger import Ledger

log = logging.getLogger("powerpost_mock.webhooks")


class WebhookDispatcher:
    """A queue drained by one asyncio task, started on demand on the running loop."""

    def __init__(self, ledger: Ledger, attempts: int, backoff: float, timeout: float) -> None:
        self.ledger = ledger
        self.attempts = max(1, attempts)
        self.backoff = max(0.0, backoff)
        self.timeout = timeout
        self._queue: collections.deque[tuple[str, dict[str, Any]]] = collections.deque()
        self._task: asyncio.Task[None] | None = None

    def enqueue(self, url: str, event: dict[str, Any]) -> None:
        """Queue one delivery; starts the worker if the caller runs inside an event loop."""
        self._queue.append((url, event))
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._task is None or self._task.done():
            self._task = loop.create_task(self._drain())

    def clear(self) -> None:
        """Drop undelivered events (on reset)."""
        self._queue.clear()

    async def _drain(self) -> None:
        async with httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, trust_env=False) as client:
            while self._queue:
                url, event = self._queue.popleft()
                await self._deliver(client, url, event)

    async def _deliver(self, client: httpx.AsyncClient, url: str, event: dict[str, Any]) -> None:
        record: dict[str, Any] = {"event": event["event"], "url": url, "attempts": 0, "delivered": False}
        self.ledger.webhooks.append(record)
        for attempt in range(self.attempts):
            record["attempts"] = attempt + 1
            try:
                response = await client.post(url, json=event)
                record["last_status"] = response.status_code
                if 200 <= response.status_code < 300:
                    record["delivered"] = True
                    return
            except httpx.HTTPError as exc:
                record["last_error"] = type(exc).__name__
            if attempt + 1 < self.attempts:
                await asyncio.sleep(self.backoff * 2**attempt)
        log.warning("webhook %s to %s not delivered after %d tries", event["event"], url, self.attempts)

    async def wait_idle(self) -> None:
        """Wait until the queue is delivered (used on shutdown and by in-process tests)."""
        if self._task is not None:
            await asyncio.shield(self._task)
