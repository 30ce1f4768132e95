"""Runs the conformance part of the suite against one broken variant and says which checks fired."""

from __future__ import annotations

import contextlib
from collections import Counter
from typing import Any

import hypothesis
import hypothesis.errors
from schemathesis.core.failures import FailureGroup
from schemathesis.generation import GenerationMode

from contract_tests.support.exercise_report import RECORDER
from contract_tests.support.mutants import Mutant
from contract_tests.support.operation_calls import call_checked
from contract_tests.support.schema_factory import SEED, build_schema
from contract_tests.support.targets import Target, in_process_target

VARIANT_MAX_EXAMPLES = 8


def _fuzz(operation: Any, mode: GenerationMode, max_examples: int) -> None:
    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis.settings(
        max_examples=max_examples,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[hypothesis.Phase.generate],
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    @hypothesis.seed(SEED)
    def run(case: Any) -> None:
        # Keep going after a failure: the after_validate hook records which checks fired.
        with contextlib.suppress(FailureGroup):
            case.call_and_validate()

    # An operation without inputs (get_credits) has no invalid data to draw.
    with contextlib.suppress(hypothesis.errors.Unsatisfiable):
        run()


def checks_that_fail(mutant: Mutant, max_examples: int = VARIANT_MAX_EXAMPLES) -> Counter[str]:
    """Fuzz the mutant's operations (valid and invalid data) plus one sample request each; failing checks."""
    healthy = in_process_target()
    target = Target(
        kind=healthy.kind,
        base_url=healthy.base_url,
        api_key=healthy.api_key,
        workspace_id=healthy.workspace_id,
        app=mutant.wrap(healthy.app),
    )
    section = f"variant · {mutant.name}"
    schema = build_schema(target, section=section, max_examples=max_examples)
    for result in schema.get_all_operations():
        operation = result.ok()
        operation_id = operation.definition.raw["operationId"]
        # Filtered here: `schema.include()` does not narrow a schema with `[[operations]]` config entries.
        if mutant.operations and operation_id not in mutant.operations:
            continue
        with contextlib.suppress(FailureGroup, AssertionError):
            call_checked(
                schema,
                operation_id,
                headers={"x-api-key": target.api_key, "X-Workspace-Id": target.workspace_id},
            )
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _fuzz(operation, mode, max_examples)
    return Counter(RECORDER.checks_failed.get(section, Counter()))
