"""Rate limiting, seeded fault injection (incl. a real dropped connection) and webhook delivery."""

from __future__ import annotations

import json
import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

import attrs
import httpx
import pytest
from powerpost_mock import create_app, run_in_thread

from .conftest import AUTH, FAST, admin, advance, assert_conforms, schema_errors


async def test_rate_limit_window_headers_and_retry_after(client: httpx.AsyncClient) -> None:
    await admin(client, "rate-limits", {"limit": 3, "window": 30, "operations": {"get_generation": 1}})
    remaining = [
        int((await client.get("/account/credits")).headers["x-ratelimit-remaining"]) for _ in range(3)
    ]
    assert remaining == [2, 1, 0]
    limited = await client.get("/account/credits")
    body = assert_conforms(limited, "get_credits")
    assert limited.status_code == 429
    reset = int(limited.headers["x-ratelimit-reset"])
    now = (await client.post("http://mock/_mock/clock/advance", json={"seconds": 0})).json()["now"]
    assert reset > now
    assert 1 <= body["error"]["retryAfter"] <= reset - now + 1
    other = await client.get("/content/generations/x")  # another operation has its own window and limit
    assert other.status_code == 404
    assert other.headers["x-ratelimit-limit"] == "1"
    await advance(client, body["error"]["retryAfter"])
    assert (await client.get("/account/credits")).status_code == 200


async def test_date_header_follows_the_mock_clock(client: httpx.AsyncClient) -> None:
    """Clients measure X-RateLimit-Reset against `Date`: both come from the same (advanceable) clock."""
    await advance(client, 3600)
    response = await client.get("/account/credits")
    date = parsedate_to_datetime(response.headers["date"]).timestamp()
    reset = int(response.headers["x-ratelimit-reset"])
    assert 0 < reset - date <= 10 + 1  # FAST's window, not an hour off
    assert date > time.time() + 3500


async def _fault_run(seed: int) -> list[int]:
    settings = attrs.evolve(FAST, fault_500_rate=0.3, fault_429_rate=0.2, seed=seed)
    transport = httpx.ASGITransport(create_app(settings))
    async with httpx.AsyncClient(transport=transport, base_url="http://mock/api/v1", headers=AUTH) as c:
        return [(await c.get("/account/credits")).status_code for _ in range(30)]


async def test_faults_are_seeded_and_repeatable() -> None:
    first, again, other = await _fault_run(7), await _fault_run(7), await _fault_run(8)
    assert first == again
    assert first != other
    assert {500, 429, 200} <= set(first)


async def test_500_fault_strikes_before_the_handler(client: httpx.AsyncClient) -> None:
    await admin(client, "faults", {"error_500": 1.0})
    response = await client.post(
        "/content/generate", json={"prompt": "abc", "post_types": ["x-post"], "research_mode": "regular"}
    )
    assert response.status_code == 500
    await admin(client, "faults", {})
    ledger = (await client.get("http://mock/_mock/ledger")).json()
    assert ledger["charges"] == []
    assert ledger["faults"][0]["fault"] == "error_500"


def test_dropped_connection_happens_after_the_side_effect() -> None:
    with run_in_thread(attrs.evolve(FAST, fault_drop_rate=1.0)) as mock:
        headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
        body = {"prompt": "abc", "post_types": ["x-post"], "research_mode": "regular"}
        with pytest.raises(httpx.TransportError):
            httpx.post(f"{mock.base_url}/content/generate", json=body, headers=headers, timeout=5)
        ledger = httpx.get(f"{mock.root_url}/_mock/ledger", timeout=5).json()
    assert [f["fault"] for f in ledger["faults"]] == ["drop_after"]
    assert ledger["total_charged"] == 6  # the job was started even though the answer was lost


class _Receiver(BaseHTTPRequestHandler):
    events: list[dict[str, Any]]
    failures_left: list[int]
    got: threading.Event

    def do_POST(self) -> None:
        payload = json.loads(self.rfile.read(int(self.headers["content-length"])))
        if self.failures_left[0] > 0:
            self.failures_left[0] -= 1
            self.send_response(500)
        else:
            self.events.append(payload)
            self.got.set()
            self.send_response(204)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def test_webhook_is_delivered_with_retry_and_matches_the_spec() -> None:
    events: list[dict[str, Any]] = []
    got = threading.Event()
    handler = type("Handler", (_Receiver,), {"events": events, "failures_left": [1], "got": got})
    receiver = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=receiver.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    try:
        with run_in_thread(attrs.evolve(FAST, webhook_url=url, webhook_backoff=0.01)) as mock:
            headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
            body = {"prompt": "Webhooks work", "post_types": ["x-post"], "research_mode": "regular"}
            job = httpx.post(
                f"{mock.base_url}/content/generate", json=body, headers=headers, timeout=5
            ).json()
            httpx.post(f"{mock.root_url}/_mock/clock/advance", json={"seconds": 2}, timeout=5)
            assert got.wait(timeout=10), "no webhook arrived"
            ledger = httpx.get(f"{mock.root_url}/_mock/ledger", timeout=5).json()
    finally:
        receiver.shutdown()
    event = events[0]
    assert event["event"] == "generation.completed"
    assert event["data"]["generation_id"] == job["generation_id"]
    assert not schema_errors("#/components/schemas/GenerationCompletedEvent", event)
    assert ledger["webhooks"][0]["attempts"] == 2
    assert ledger["webhooks"][0]["delivered"]
