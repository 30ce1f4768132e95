"""POWERPOST_LOG=debug|info: one stderr handler on the `powerpost` logger, each event at its level, no key."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator

import pytest
from powerpost import _env_logging as env_logging

from .conftest import KEY

# A client on an in-process fake server: a 2xx, a 429 that is retried, an error response echoing the key
# in its body and headers, and a pacing hold (the remaining budget is 0 until the window resets).
_SCRIPT = textwrap.dedent(
    """
    import asyncio, sys, time
    import httpx
    import powerpost

    KEY = sys.argv[1]
    calls = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if request.url.path.endswith("/account/credits"):
            if calls["n"] % 2 == 1:
                return httpx.Response(429, json={"error": {"code": "RATE_LIMIT_EXCEEDED", "message": "slow",
                                      "retryAfter": 0.01}}, headers={"x-request-id": "req_429"})
            reset = str(int(time.time()) + 1)
            return httpx.Response(200, json={"balance": 5}, headers={
                "x-request-id": "req_ok", "x-ratelimit-limit": "1", "x-ratelimit-remaining": "0",
                "x-ratelimit-reset": reset})
        return httpx.Response(404, json={"error": {"code": "NOT_FOUND", "message": "no " + KEY}},
                              headers={"x-request-id": "req_404", "x-echo": KEY})

    def run_sync() -> None:
        with powerpost.PowerPost(KEY, "ws_1", "https://api.test/api/v1",
                                 transport=httpx.MockTransport(handler)) as pp:
            pp.account.get_credits()
            pp.account.get_credits()
            try:
                pp.content.get("gen_x")
            except powerpost.NotFoundError:
                pass

    async def run_async() -> None:
        async with powerpost.AsyncPowerPost(KEY, "ws_1", "https://api.test/api/v1",
                                            transport=httpx.MockTransport(handler)) as pp:
            try:
                await pp.content.get("gen_y")
            except powerpost.NotFoundError:
                pass

    run_sync()
    asyncio.run(run_async())
    print("handlers", len(__import__("logging").getLogger("powerpost").handlers))
    """
)


def _run(level: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POWERPOST_")}
    if level is not None:
        env["POWERPOST_LOG"] = level
    return subprocess.run(
        [sys.executable, "-c", _SCRIPT, KEY], env=env, capture_output=True, text=True, timeout=60, check=True
    )


def test_debug_logs_every_event_and_never_the_key() -> None:
    result = _run("debug")
    err = result.stderr
    assert "Sending GET https://api.test/api/v1/account/credits (attempt 1)" in err
    assert "GET /api/v1/account/credits -> 200" in err
    assert "Retrying GET /api/v1/account/credits" in err
    assert "429 RATE_LIMIT_EXCEEDED" in err
    assert "Holding" in err  # the pacing hold before the second call
    assert "GET /api/v1/content/generations/gen_x -> 404 NOT_FOUND" in err
    assert "gen_y -> 404 NOT_FOUND" in err  # the async client logs the same way
    assert "DEBUG" in err
    assert "INFO" in err
    assert KEY not in err + result.stdout
    assert "handlers 1" in result.stdout  # two clients, one handler


def test_info_keeps_retries_and_errors_but_not_each_request() -> None:
    err = _run("info").stderr
    assert "Retrying GET /api/v1/account/credits" in err
    assert "-> 404 NOT_FOUND" in err
    assert "Sending" not in err
    assert "-> 200" not in err
    assert KEY not in err


def test_unset_logs_nothing() -> None:
    result = _run(None)
    assert result.stderr == ""
    assert "handlers 0" in result.stdout


@pytest.fixture
def restore_logger() -> Iterator[logging.Logger]:
    logger = logging.getLogger("powerpost")
    handlers, level, attached = list(logger.handlers), logger.level, env_logging._handler
    yield logger
    logger.handlers[:] = handlers
    logger.setLevel(level)
    env_logging._handler = attached


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), (" INFO ", logging.INFO)])
def test_setup_attaches_one_handler_at_the_level(
    restore_logger: logging.Logger, value: str, level: int
) -> None:
    env_logging._handler = None
    before = len(restore_logger.handlers)
    first = env_logging.setup_logging({"POWERPOST_LOG": value})
    second = env_logging.setup_logging({"POWERPOST_LOG": value})
    assert first is not None
    assert first is second
    assert len(restore_logger.handlers) == before + 1
    assert restore_logger.level == level


@pytest.mark.parametrize("value", ["", "verbose", "warning"])
def test_other_values_attach_nothing(restore_logger: logging.Logger, value: str) -> None:
    env_logging._handler = None
    before = len(restore_logger.handlers)
    assert env_logging.setup_logging({"POWERPOST_LOG": value}) is None
    assert len(restore_logger.handlers) == before
