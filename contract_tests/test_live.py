"""The same contract, checked against PowerPost itself (``make contract-live``).

Skipped unless POWERPOST_CONTRACT_LIVE=1 and a key and workspace are set. By default only read operations
run (nothing is spent or published); POWERPOST_CONTRACT_ALLOW_SPEND=1 runs every operation and the
stateful walk, which spends credits and may publish posts, within a budget (`live_budget`): at most
POWERPOST_CONTRACT_MAX_CREDITS credits (default 30), calendar entries deleted at the end, and what was spent
and left behind written to the report.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import hypothesis
import pytest

from contract_tests.support.exercise_report import RECORDER
from contract_tests.support.live_budget import LiveBudget
from contract_tests.support.operation_calls import call_checked
from contract_tests.support.powerpost_checks import Case
from contract_tests.support.schema_factory import STATEFUL_MAX_STEPS, build_schema
from contract_tests.support.targets import Target, live_target

LIVE = live_target(os.environ)
pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(isinstance(LIVE, str), reason=LIVE if isinstance(LIVE, str) else ""),
]


def _target() -> Target:
    if isinstance(LIVE, str):
        pytest.skip(LIVE)
    return LIVE


# Built at import only when the live run is requested (loading the spec sends nothing). A lazy
# `schemathesis.pytest.from_fixture` schema would be neater, but schemathesis 4.32.5 reads
# `Function._nodeid`, which pytest 9 no longer has.
LIVE_MAX_EXAMPLES = int(os.environ.get("POWERPOST_CONTRACT_LIVE_MAX_EXAMPLES", "10"))
LIVE_SCHEMA = (
    None
    if isinstance(LIVE, str)
    else build_schema(LIVE, section=f"live · {LIVE.label}", max_examples=LIVE_MAX_EXAMPLES)
)
BUDGET = None if isinstance(LIVE, str) else LiveBudget.from_env(LIVE)
if LIVE_SCHEMA is not None and BUDGET is not None:
    BUDGET.install(LIVE_SCHEMA)


@pytest.fixture(scope="module", autouse=True)
def live_budget() -> Iterator[LiveBudget | None]:
    """The run's budget; at the end, created calendar entries are deleted and the spending reported."""
    yield BUDGET
    if BUDGET is not None:
        BUDGET.clean_up()
        for line in BUDGET.report():
            RECORDER.note(line)
            print(line)


@pytest.fixture(scope="module")
def live_schema() -> Any:
    """The spec bound to the live API (read operations only unless spending is allowed)."""
    _target()
    return LIVE_SCHEMA


if LIVE_SCHEMA is not None:

    @LIVE_SCHEMA.parametrize()  # type: ignore[untyped-decorator]
    def test_live_operation_honours_the_spec(case: Case) -> None:
        """Each request to PowerPost gets a response that passes every check."""
        case.call_and_validate()


def test_live_missing_key_is_401(live_schema: Any) -> None:
    """PowerPost refuses a request without a key with 401 INVALID_API_KEY."""
    call_checked(live_schema, "get_credits", headers={}, expected_status=401, expected_code="INVALID_API_KEY")


def test_live_unowned_workspace_is_403(live_schema: Any) -> None:
    """PowerPost refuses a workspace the key's account does not own with 403 FORBIDDEN."""
    call_checked(
        live_schema,
        "list_generations",
        headers={"x-api-key": _target().api_key, "X-Workspace-Id": "ws_contract_nobody_owns_this"},
        expected_status=403,
        expected_code="FORBIDDEN",
    )


def test_live_stateful_walk(live_schema: Any) -> None:
    """With spending allowed, a short walk over the links (spends credits)."""
    if not _target().allow_spend:
        pytest.skip("spends credits: set POWERPOST_CONTRACT_ALLOW_SPEND=1")
    machine = live_schema.as_state_machine()
    machine.run(
        settings=hypothesis.settings(
            max_examples=5,
            stateful_step_count=STATEFUL_MAX_STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
