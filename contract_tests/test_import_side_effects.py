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
SUITE = ROOT / "contract_tests"
TEST_MODULES = sorted(f"contract_tests.{path.stem}" for path in SUITE.glob("test_*.py"))
SUPPORT = SUITE / "support"
SUPPORT_MODULES = sorted(f"contract_tests.support.{path.stem}" for path in SUPPORT.glob("[!_]*.py"))
MODULES = TEST_MODULES + SUPPORT_MODULES

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
    importlib.import_module(name)
print("\\n".join(sent))
"""


def test_modules_list_is_complete() -> None:
    names = {name.rsplit(".", 1)[1] for name in MODULES}
    assert {"test_auth", "test_conformance", "test_stateful", "test_chains", "targets", "mock_admin"} <= names


def test_test_modules_and_helpers_are_apart() -> None:
    """The suite's folder holds test modules only; what they share lives in `contract_tests/support/`."""
    top = {path.name for path in SUITE.glob("*.py")}
    helpers = sorted(
        top - {"__init__.py", "conftest.py"} - {name for name in top if name.startswith("test_")}
    )
    assert helpers == [], f"move these helpers to contract_tests/support/: {helpers}"
    assert not list(SUPPORT.glob("test_*.py")), "test modules belong in contract_tests/"


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
