"""Session plumbing of the contract suite: the run report at the end of the session."""

from __future__ import annotations

import pytest

from contract_tests.exercise_report import RECORDER

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
    if not RECORDER.calls:
        return
    outcome = f"pytest exit status: {int(exitstatus)}"
    path = RECORDER.write(outcome)
    terminalreporter.write_sep("=", "PowerPost contract report")
    terminalreporter.write(RECORDER.render(outcome))
    terminalreporter.write_line(f"(written to {path})")
