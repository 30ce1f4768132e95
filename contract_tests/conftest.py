"""Session plumbing of the contract suite: the run report at the end of the session."""

from __future__ import annotations

import os

import pytest

from contract_tests.support.drift_report import DRIFT
from contract_tests.support.exercise_report import RECORDER
from contract_tests.support.targets import TargetKind, default_target_kind

# Mock bugs this suite found and reported (see the contract report to the lead). Each is a strict xfail on
# the one fuzzed operation it breaks: once the mock is fixed the test passes, XPASS fails the run, and the
# entry must go. Never add an entry without a report naming request, response and check.
KNOWN_MOCK_BUGS: dict[tuple[str, str], str] = {}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the fuzzed operations broken by a reported mock bug as strict expected failures."""
    for item in items:
        # Schemathesis names each operation's test item but gives them all the function's node id.
        reason = KNOWN_MOCK_BUGS.get((item.path.name, item.name))
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=True))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, exitstatus: int) -> None:
    """Print what the contract run exercised and write it to contract_tests/report/."""
    _drift_summary(terminalreporter)
    if not RECORDER.calls:
        return
    outcome = f"pytest exit status: {int(exitstatus)}"
    path = RECORDER.write(outcome)
    terminalreporter.write_sep("=", "PowerPost contract report")
    terminalreporter.write(RECORDER.render(outcome))
    terminalreporter.write_line(f"(written to {path})")


def _drift_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """URL and live modes end with the drift report (what the SDK tolerated), also written to report/."""
    if os.environ.get("POWERPOST_CONTRACT_LIVE") == "1":
        mode = "live"
    elif default_target_kind() is TargetKind.URL:
        mode = "url"
    else:
        return
    target = DRIFT.target or f"{mode} (the SDK drift sweep did not run)"
    path = DRIFT.write(target)
    terminalreporter.write_sep("=", "PowerPost drift report")
    terminalreporter.write(DRIFT.render(target))
    terminalreporter.write_line(f"(written to {path} and {path.with_suffix('.json').name})")
