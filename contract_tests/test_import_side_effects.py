"""Importing the contract suite's modules sends nothing: the mock is prepared by fixtures, not at import.

Collection imports every module, so a request sent at import would reach the target even for a run that
selects none of the module's tests (and would hit a live API before any skip could apply).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODULES = sorted(path.stem for path in (ROOT / "contract_tests").glob("test_*.py"))

# Counts every request an httpx client (Starlette's TestClient included) sends while the modules import.
PROBE = """
import importlib, sys
import httpx

sent = []
original = httpx.Client.send


def counting_send(self, request, **kwargs):
    sent.append(f"{request.method} {request.url}")
    return original(self, request, **kwargs)


httpx.Client.send = counting_send
for name in sys.argv[1:]:
    importlib.import_module(f"contract_tests.{name}")
print("\\n".join(sent))
"""


def test_modules_list_is_complete() -> None:
    assert {"test_auth", "test_conformance", "test_stateful", "test_chains"} <= set(MODULES)


@pytest.mark.timeout(300)
def test_importing_the_test_modules_sends_no_request() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POWERPOST_CONTRACT")}
    probe = subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, "-c", PROBE, *MODULES],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert probe.stdout.strip() == "", f"requests sent at import:\n{probe.stdout}"
