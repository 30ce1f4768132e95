"""The suite is tested too: every deliberately broken variant of the mock must make it fail."""

from __future__ import annotations

import pytest

from contract_tests.support.exercise_report import RECORDER
from contract_tests.support.mutants import MUTANTS, Mutant
from contract_tests.support.targets import TargetKind, default_target_kind
from contract_tests.support.variant_runner import checks_that_fail

pytestmark = pytest.mark.skipif(
    default_target_kind() is not TargetKind.IN_PROCESS,
    reason="broken variants wrap the in-process mock; they do not depend on POWERPOST_CONTRACT_URL",
)


@pytest.mark.parametrize("mutant", MUTANTS, ids=[mutant.name for mutant in MUTANTS])
def test_broken_variant_is_caught(mutant: Mutant) -> None:
    """Running the suite against the variant fails, and the check meant for this bug is among the failures."""
    failed = checks_that_fail(mutant)
    caught_by = ", ".join(f"{name} ({count})" for name, count in failed.most_common()) or "nothing"
    RECORDER.note(f"variant `{mutant.name}` ({mutant.description}): caught by {caught_by}")
    assert failed, f"variant {mutant.name} passed the suite: {mutant.description}"
    assert mutant.expected_check in failed, f"{mutant.expected_check} did not fire; fired: {caught_by}"
