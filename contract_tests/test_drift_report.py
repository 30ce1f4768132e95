"""The drift report: records of the SDK's `powerpost.drift` logger, grouped by operation, printed and written.

The collector is fed synthetic records here (the SDK's recorder is the only source in real runs); the last
test runs the contract suite in URL mode against a mock answering in minimal shape, as a user would.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import uvicorn

from contract_tests.support.drift_report import (
    DRIFT_LOGGER,
    JSON_NAME,
    MARKDOWN_NAME,
    REPORT_DIR_ENV,
    DriftCollector,
    sdk_records_drift,
)
from contract_tests.support.targets import REPO_ROOT

powerpost_mock = pytest.importorskip("powerpost_mock", reason="the mock package is not importable")


def _drift(operation: str, pointer: str, kind: str, detail: str) -> SimpleNamespace:
    return SimpleNamespace(operation=operation, pointer=pointer, kind=kind, detail=detail)


def _log(drift: Any) -> None:
    logging.getLogger(DRIFT_LOGGER).debug("drift", extra={"drift": drift})


def test_records_are_grouped_by_operation_pointer_and_kind(tmp_path: Path) -> None:
    collector = DriftCollector()
    with collector.attached():
        for _ in range(3):
            _log(_drift("get_generation", "/post_types", "missing", "absent"))
        _log(_drift("get_generation", "/status", "unknown_enum", "'queued'"))
        _log(_drift("get_generation", "/status", "unknown_enum", "'paused'"))
        _log(_drift("list_generations", "/data/0/outputs", "null", "null"))
        logging.getLogger(DRIFT_LOGGER).debug("a record without drift is not counted")
    _log(_drift("get_post", "/items", "missing", "absent"))  # after detaching: not counted

    assert collector.records == 6
    assert collector.entries() == [
        {
            "operation": "get_generation",
            "pointer": "/post_types",
            "kind": "missing",
            "count": 3,
            "came": ["absent"],
        },
        {
            "operation": "get_generation",
            "pointer": "/status",
            "kind": "unknown_enum",
            "count": 2,
            "came": ["'queued'", "'paused'"],
        },
        {
            "operation": "list_generations",
            "pointer": "/data/0/outputs",
            "kind": "null",
            "count": 1,
            "came": ["null"],
        },
    ]
    text = collector.render("url (test)")
    assert text.index("## get_generation") < text.index("## list_generations")
    assert "| `/post_types` | missing | `absent` | 3 |" in text
    assert "| `/status` | unknown_enum | `'queued'`; `'paused'` | 2 |" in text

    collector.count_call(4)
    markdown = collector.write("url (test)", tmp_path)
    assert markdown.read_text(encoding="utf-8") == collector.render("url (test)")
    document = json.loads((tmp_path / JSON_NAME).read_text(encoding="utf-8"))
    assert document["sdk_calls"] == 4
    assert document["records"] == 6
    assert document["entries"] == collector.entries()


def test_records_of_another_shape_do_not_break_the_report() -> None:
    """Missing attributes read `?`; long or odd details are shortened and escaped for the table."""
    collector = DriftCollector()
    with collector.attached():
        _log(SimpleNamespace(kind="type_mismatch", detail="x" * 500))
        _log(_drift("get_post", "/items/0/platform", "unknown_field", "a|b"))
    rows = collector.entries()
    assert rows[0]["operation"] == "?"
    assert len(rows[0]["came"][0]) == 80
    assert "`a\\|b`" in collector.render("t")


def test_the_logger_is_restored_after_the_block() -> None:
    logger = logging.getLogger(DRIFT_LOGGER)
    before = (logger.level, list(logger.handlers))
    with DriftCollector().attached():
        assert logger.isEnabledFor(logging.DEBUG)
    assert (logger.level, list(logger.handlers)) == before


PROBE_FIELD = "drift_probe"


def with_unknown_field(app: Any) -> Any:
    """The mock's ASGI app, with a field no spec declares added to every JSON object it answers with 2xx:
    a deviation the SDK must tolerate and record (`unknown_field` at `/drift_probe`)."""

    async def wrapped(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api/v1"):
            await app(scope, receive, send)
            return
        started: dict[str, Any] = {}

        async def send_with_probe(message: Any) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
                return
            body = message.get("body", b"")
            data = json.loads(body) if body and 200 <= started["status"] < 300 else None
            if isinstance(data, dict):
                body = json.dumps({**data, PROBE_FIELD: "added by the test"}).encode()
            headers = [(k, v) for k, v in started["headers"] if k != b"content-length"]
            await send({**started, "headers": [*headers, (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})

        await app(scope, receive, send_with_probe)

    return wrapped


@contextlib.contextmanager
def serve(app: Any) -> Iterator[str]:
    """`app` on a free 127.0.0.1 port (uvicorn in a thread): its root URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on", http="h11"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.started, "the test server did not start"
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def test_url_mode_against_a_minimal_mock_prints_a_drift_report(tmp_path: Path) -> None:
    """`make contract URL=...` against `powerpost-mock --shape minimal` (here also sending one field the
    spec does not know) ends with the drift report, printed and written, grouped by operation."""
    app = powerpost_mock.create_app(powerpost_mock.MockSettings(shape="minimal", initial_credits=10_000))
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("POWERPOST_", "PYTEST_"))},
        REPORT_DIR_ENV: str(tmp_path),
        # The sweep needs none of the plugins installed for the rest of the suite (schemathesis, playwright,
        # hypothesis): not loading them halves the start-up.
        "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
    }
    plugins = ["-p", "pytest_timeout", "-p", "pytest_asyncio"]
    with serve(with_unknown_field(app)) as root_url:
        env["POWERPOST_CONTRACT_URL"] = root_url
        run = subprocess.run(  # noqa: S603 - argv built here, no shell
            [
                sys.executable,
                "-m",
                "pytest",
                "contract_tests/test_sdk_drift.py",
                "-q",
                "-m",
                "not live",
                *plugins,
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=240,
            check=False,
        )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "PowerPost drift report" in run.stdout
    assert f"Target: url ({root_url}/api/v1)" in run.stdout
    assert (tmp_path / MARKDOWN_NAME).read_text(encoding="utf-8").startswith("# PowerPost drift report")
    document = json.loads((tmp_path / JSON_NAME).read_text(encoding="utf-8"))
    assert document["sdk_calls"] >= 18
    for entry in document["entries"]:
        assert set(entry) == {"operation", "pointer", "kind", "count", "came"}
        assert entry["kind"] in {"missing", "null", "unknown_field", "unknown_enum", "type_mismatch"}
        assert entry["pointer"] == "" or entry["pointer"].startswith("/")
        assert entry["count"] >= 1
        assert f"## {entry['operation']}" in run.stdout
    assert document["sdk_records_drift"] is sdk_records_drift()
    probes = {e["operation"] for e in document["entries"] if e["pointer"] == f"/{PROBE_FIELD}"}
    if sdk_records_drift():
        # Every operation the sweep read answered with the unknown field.
        assert {"get_credits", "get_generation", "create_post", "get_calendar_entry"} <= probes, document
    else:
        assert document["entries"] == []
        assert "no drift recorder" in run.stdout
