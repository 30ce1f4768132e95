"""Live mode is safe with real money: it refuses plain http:// off this machine, never spends more than its
credit budget, caps what it cannot delete, and deletes its calendar entries, shown against a mock."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from contract_tests.support.live_budget import LiveBudget, worst_case_price
from contract_tests.support.live_preflight import main as preflight
from contract_tests.support.targets import REPO_ROOT, Target, TargetKind, live_target

KEY = "pp_live_sk_mock_0000000000000000"
LIVE_ENV = {"POWERPOST_CONTRACT_LIVE": "1", "POWERPOST_API_KEY": KEY, "POWERPOST_WORKSPACE_ID": "ws_x"}


@pytest.mark.parametrize(
    "url",
    ["http://powerpost.ai/api/v1", "http://10.0.0.5:4010/api/v1", "http://[2001:db8::1]/api/v1", "ftp://x/y"],
)
def test_live_mode_refuses_a_clear_text_url_off_this_machine(url: str) -> None:
    """The key would travel in clear text: refused with the SDK's own rule (before: accepted)."""
    reason = live_target({**LIVE_ENV, "POWERPOST_BASE_URL": url})
    assert isinstance(reason, str)
    assert "https://" in reason


@pytest.mark.parametrize(
    "url", ["https://powerpost.ai/api/v1", "http://127.0.0.1:4010/api/v1", "http://localhost:1/api/v1"]
)
def test_live_mode_accepts_https_and_loopback(url: str) -> None:
    """https:// anywhere, plain http:// only to this machine."""
    target = live_target({**LIVE_ENV, "POWERPOST_BASE_URL": url})
    assert isinstance(target, Target)
    assert target.base_url == url


def test_preflight_exits_2_for_a_clear_text_url(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    """`make contract-live` stops before any request."""
    for name, value in {**LIVE_ENV, "POWERPOST_BASE_URL": "http://powerpost.ai/api/v1"}.items():
        monkeypatch.setenv(name, value)
    assert preflight() == 2
    assert "https://" in capsys.readouterr().err


class _ScriptedBudget(LiveBudget):
    """A budget whose balance is a list of readings (no server)."""

    readings: list[int]

    def balance(self) -> int:
        return self.readings.pop(0) if len(self.readings) > 1 else self.readings[0]


def _budget(readings: list[int], max_credits: int = 30) -> _ScriptedBudget:
    budget = _ScriptedBudget(Target(TargetKind.LIVE, "https://x/api/v1", KEY, "ws"), max_credits, 2)
    budget.readings = readings
    return budget


def test_a_call_that_could_pass_the_budget_is_skipped() -> None:
    """Spent so far plus the call's worst case is checked against the budget before each spending call."""
    budget = _budget([100, 100, 80, 80])
    budget.before_call("get_credits", None)  # the start balance: 100
    budget.before_call("generate_image", {"quantity": 1})  # 0 + 14 <= 30
    with pytest.raises(pytest.skip.Exception, match="20 of 30 credits spent"):
        budget.before_call("generate_image", {"quantity": 1})  # 20 + 14 > 30
    budget.before_call("generate_content", {"prompt": "p"})  # 20 + 8 <= 30
    assert budget.skipped["generate_image"] == 1


def test_objects_the_api_cannot_delete_are_capped_and_entries_tracked() -> None:
    """At most `max_left_behind` drafts; created calendar entries are remembered until deleted."""
    budget = _budget([50])
    budget.before_call("get_credits", None)
    for number in range(2):
        budget.before_call("create_post", {})
        budget.after_call("create_post", {}, 200, {"post_id": f"p{number}", "items": [{}, {}]})
    with pytest.raises(pytest.skip.Exception, match="2 draft posts already created"):
        budget.before_call("create_post", {})
    budget.after_call("create_calendar_entry", {}, 200, {"entry_id": "e1"})
    budget.after_call("create_calendar_entry", {}, 200, {"entry_id": "e2"})
    budget.after_call("delete_calendar_entry", {"entry_id": "e1"}, 200, {"deleted": True})
    assert budget.entries == {"e2"}
    assert worst_case_price("publish_post", None) == 40
    budget.before_call("publish_post", None, {"post_id": "p0"})  # 2 items: 8 credits, within budget


def test_worst_case_prices_bound_every_request() -> None:
    """Malformed bodies are priced as the dearest request of their operation."""
    assert worst_case_price("generate_image", {"quantity": "lots"}) == 56
    assert worst_case_price("generate_video", {"duration": 4}) == 20
    assert worst_case_price("generate_content", {"media_ids": ["a", "b"], "source_urls": ["u"]}) == 21
    assert worst_case_price("create_calendar_entry", {}) == 0


@pytest.mark.parametrize("budget", [30, 100])
def test_live_mode_against_a_mock_stops_at_its_budget_and_cleans_up(budget: int) -> None:
    """The whole live run, spending allowed, against a mock with 1,000 credits: it spends at most
    POWERPOST_CONTRACT_MAX_CREDITS (the default 30, and 100), deletes every calendar entry it made, leaves
    at most 3 of each undeletable kind, and says so (before: 606 credits spent, 23 drafts, 36 entries and
    an upload left behind)."""
    from powerpost_mock import run_in_thread

    from contract_tests.support.targets import contract_mock_settings

    settings = contract_mock_settings(initial_credits=1000)
    with run_in_thread(settings) as mock:
        env = {
            **os.environ,
            **LIVE_ENV,
            "POWERPOST_WORKSPACE_ID": mock.workspace_id,
            "POWERPOST_BASE_URL": mock.base_url,
            "POWERPOST_CONTRACT_ALLOW_SPEND": "1",
            "POWERPOST_CONTRACT_MAX_CREDITS": str(budget),
            "POWERPOST_CONTRACT_LIVE_MAX_EXAMPLES": "2",
        }
        env.pop("POWERPOST_CONTRACT_URL", None)
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "contract_tests/test_live.py",
                "-q",
                "-s",
                "-p",
                "no:cacheprovider",
            ],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        output = run.stdout + run.stderr
        state = mock.app.state.mock
        ledger = state.snapshot()
        charged = ledger["total_charged"]
        print(f"\nlive run against the mock (exit {run.returncode}): charged {charged}, {ledger['balances']}")
        print("\n".join(line for line in output.splitlines() if line.startswith("- live budget")))
        assert charged <= budget, output[-3000:]
        assert "calls skipped to stay within it: {'" in output, output[-3000:]
        assert "live budget: spent" in output, output[-3000:]
        assert state.entries == {}, output[-3000:]
        assert len(state.posts) <= 3
        # Uploads keep their first bytes (to sniff the type); media made by generations have none.
        assert len([media for media in state.media.values() if media.head]) <= 3
