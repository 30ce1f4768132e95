"""The hostile client against the mock on a real socket, with both of uvicorn's HTTP implementations.

No malformed request may be answered 500 or leave the mock hanging, every answer the server can give is
the documented envelope with its headers, and afterwards valid requests get correct answers (nothing of
the attacks was stored or charged). `POWERPOST_HOSTILE_ROUNDS` repeats the whole run (`make hostile`).
"""

from __future__ import annotations

import os
import socket
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
from powerpost_mock import MockSettings, run_in_thread

from tests.hostile_client.harness import Attack, Outcome, attacks, fire

READ_TIMEOUT = 1.0
DEADLINE = READ_TIMEOUT + 3.0
ROUNDS = int(os.environ.get("POWERPOST_HOSTILE_ROUNDS", "1"))
SETTINGS = MockSettings(read_timeout=READ_TIMEOUT, rate_limit=100_000)
ENVELOPE_HEADERS = ("x-request-id", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
# Answers that come from the admin surface (off the spec): a JSON error, without the API's headers.
ADMIN = "admin "


def _port(root_url: str) -> int:
    return int(root_url.rsplit(":", 1)[1])


def _run(port: int, batch: list[Attack]) -> list[Outcome]:
    with ThreadPoolExecutor(max_workers=8) as pool:
        return list(pool.map(lambda attack: fire(port, attack, DEADLINE), batch))


def _check_answer(outcome: Outcome) -> str | None:
    """Why an answer breaks the rules, or None."""
    if outcome.status is None:
        return None  # closed without an answer: allowed where the server cannot answer
    if outcome.status >= 500:
        return f"answered {outcome.status}"
    body = outcome.envelope()
    error = body.get("error") if isinstance(body, dict) else None
    if outcome.status >= 400 and not (isinstance(error, dict) and error.get("code") and error.get("message")):
        return f"{outcome.status} without the error envelope: {outcome.raw[:200]!r}"
    if not outcome.name.startswith(ADMIN):
        missing = [h for h in ENVELOPE_HEADERS if h not in outcome.headers()]
        if missing:
            return f"{outcome.status} without {missing}"
    return None


@pytest.mark.parametrize("http", ["httptools", "h11"])
def test_no_malformed_request_gets_a_500_a_hang_or_a_poisoned_mock(http: str) -> None:
    """Every attack of the harness, `ROUNDS` times: 0 answers 500, 0 hangs, envelopes everywhere; then
    valid requests are answered correctly and nothing was stored or charged."""
    with run_in_thread(SETTINGS, http=http) as mock:
        port = _port(mock.root_url)
        batch = attacks(mock.api_key, mock.workspace_id)
        outcomes = [outcome for _ in range(ROUNDS) for outcome in _run(port, batch)]
        statuses = Counter(str(o.status) for o in outcomes)
        problems = {o.name: p for o in outcomes if (p := _check_answer(o))}
        hangs = [o.name for o in outcomes if o.hung]
        summary = f"statuses {dict(statuses)}, hangs {len(hangs)}"
        print(f"\nhostile client ({http}, {len(outcomes)} attacks): {summary}")
        assert not problems
        assert hangs == []
        assert statuses["500"] == 0
        slowest = max(outcomes, key=lambda o: o.seconds)
        assert slowest.seconds < DEADLINE, slowest

        headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
        with httpx.Client(base_url=mock.base_url, headers=headers, timeout=5) as client:
            assert client.get("/account/credits").json() == {"balance": SETTINGS.initial_credits}
            march = {"start_date": "2026-03-01", "end_date": "2026-03-31"}
            assert client.get("/calendar/entries", params=march).json()["entries"] == []
            state = mock.app.state.mock
            assert (state.entries, state.captions, state.posts) == ({}, {}, {})
            created = client.post(
                "/calendar/entries", json={"title": "après ☕ 🚀", "scheduled_date": "2026-03-25"}
            )
            assert created.status_code == 200, created.text
            listed = client.get("/calendar/entries", params=march).json()["entries"]
            assert [entry["title"] for entry in listed] == ["après ☕ 🚀"]
            ledger = client.get(f"{mock.root_url}/_mock/ledger").json()
            assert ledger["charges"] == []
            assert ledger["clock"]["offset_seconds"] == 0


@pytest.mark.parametrize("http", ["httptools", "h11"])
def test_protocol_refusals_carry_the_envelope_and_the_status(http: str) -> None:
    """What the parser refuses is answered in the envelope, with the status HTTP has for it."""
    expected = {
        "64 KiB URL": (414, "VALIDATION_ERROR"),
        "64 KiB header": (431, "VALIDATION_ERROR"),
        "5,000 headers": (431, "VALIDATION_ERROR"),
        "control byte in method": (400, "VALIDATION_ERROR"),
        "Content-Length -1": (400, "VALIDATION_ERROR"),
        "bad chunk size": (400, "VALIDATION_ERROR"),
        "stalled head": (408, "REQUEST_TIMEOUT"),
        "stalled body": (408, "REQUEST_TIMEOUT"),
        "dripped head": (408, "REQUEST_TIMEOUT"),
    }
    with run_in_thread(SETTINGS, http=http) as mock:
        chosen = [a for a in attacks(mock.api_key, mock.workspace_id) if a.name in expected]
        for outcome in _run(_port(mock.root_url), chosen):
            status, code = expected[outcome.name]
            assert (outcome.status, outcome.closed) == (status, True), outcome
            assert outcome.envelope()["error"]["code"] == code
            assert outcome.headers()["connection"] == "close"
            assert _check_answer(outcome) is None


@pytest.mark.parametrize("http", ["httptools", "h11"])
def test_an_unknown_method_token_is_refused_in_the_envelope(http: str) -> None:
    """httptools refuses a method it does not know (400), h11 passes any token to the app (405); both
    answers are the envelope with the usual headers."""
    with run_in_thread(SETTINGS, http=http) as mock:
        [attack] = [a for a in attacks(mock.api_key, mock.workspace_id) if a.name == "unknown method token"]
        outcome = fire(_port(mock.root_url), attack, DEADLINE)
        assert (outcome.status, outcome.envelope()["error"]["code"]) in (
            (400, "VALIDATION_ERROR"),
            (405, "METHOD_NOT_ALLOWED"),
        )
        assert _check_answer(outcome) is None


def test_stalled_connections_are_closed_and_others_still_served() -> None:
    """60 connections that stall (silent, in the head, in the body) are all closed within the read timeout
    plus a margin, while valid requests are answered meanwhile (before: 100 of 200 still open after 30 s)."""
    with run_in_thread(SETTINGS) as mock:
        port = _port(mock.root_url)
        partial_head = b"GET /api/v1/account/credits HTTP/1.1\r\nHost: mock\r\n"
        partial_body = (
            b"POST /api/v1/calendar/entries HTTP/1.1\r\nHost: mock\r\nx-api-key: "
            + mock.api_key.encode()
            + b"\r\nX-Workspace-Id: "
            + mock.workspace_id.encode()
            + b'\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"title"'
        )
        sockets = []
        for index in range(60):
            sock = socket.create_connection(("127.0.0.1", port))
            sock.sendall([b"", partial_head, partial_body][index % 3])
            sockets.append(sock)
        started = time.monotonic()
        with httpx.Client(base_url=mock.base_url, headers={"x-api-key": mock.api_key}, timeout=5) as client:
            assert client.get("/account/credits").status_code == 200
        still_open = 0
        for sock in sockets:
            sock.settimeout(max(0.1, READ_TIMEOUT + 2.0 - (time.monotonic() - started)))
            try:
                while sock.recv(65536):
                    pass
            except TimeoutError:
                still_open += 1
            except OSError:
                pass
            finally:
                sock.close()
        assert still_open == 0
        assert time.monotonic() - started < READ_TIMEOUT + 2.5
