"""Stateful testing over the spec's links: responses feed real ids into the next calls.

Schemathesis walks the links (upload → generate captions → get / image / post, image → post, post → get →
publish → analytics, calendar create → get / update / delete) and runs every check on every step, including
``use_after_free`` (a deleted entry must stay gone) and ``ensure_resource_availability``.
"""

from __future__ import annotations

import hypothesis

from contract_tests.mock_admin import MockAdmin
from contract_tests.schema_factory import STATEFUL_MAX_STEPS, build_schema
from contract_tests.targets import default_target

TARGET = default_target()
MockAdmin(TARGET).prepare_for_contract_run()
schema = build_schema(TARGET, section=f"stateful · {TARGET.label}")

StatefulMachine = schema.as_state_machine()


class TestLinkedWorkflows(StatefulMachine.TestCase):  # type: ignore[name-defined,misc]
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
