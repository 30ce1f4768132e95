"""Stateful testing over the spec's links: responses feed real ids into the next calls.

Schemathesis walks the links (upload → generate captions → get / image / post, image → post, post → get →
publish → analytics, calendar create → get / update / delete) and runs every check on every step, including
``use_after_free`` (a deleted entry must stay gone) and ``ensure_resource_availability``.
"""

from __future__ import annotations

import hypothesis
import pytest

from contract_tests.support.mock_admin import MockAdmin
from contract_tests.support.schema_factory import STATEFUL_MAX_STEPS, build_schema
from contract_tests.support.targets import default_target

TARGET = default_target()
ADMIN = MockAdmin(TARGET)
schema = build_schema(TARGET, section=f"stateful · {TARGET.label}")


@pytest.fixture(scope="module", autouse=True)
def _mock_ready_for_fuzzing() -> None:
    """Lift the mock's rate limits and refill its credits before this module's tests, not at import."""
    ADMIN.prepare_for_contract_run()


class LinkedWorkflows(schema.as_state_machine()):  # type: ignore[misc]
    """The spec's state machine, on a mock reset before every scenario."""

    def setup(self) -> None:
        """Start each scenario from the same mock state.

        Which links a walk can follow depends on earlier answers (an upload fails once the storage quota
        filled up in an earlier scenario, …); with state carried over, the same choices would draw different
        data and Hypothesis reports FlakyStrategyDefinition. On a server without the admin surface (the live
        API) this does nothing."""
        if ADMIN.post("reset") is not None:
            ADMIN.prepare_for_contract_run()


class TestLinkedWorkflows(LinkedWorkflows.TestCase):  # type: ignore[name-defined,misc]
    """Bounded, seeded random walks over the links."""

    settings = hypothesis.settings(
        max_examples=100,
        stateful_step_count=STATEFUL_MAX_STEPS,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )


TestLinkedWorkflows.__test__ = True
