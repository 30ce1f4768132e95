"""Every operation of the spec, fuzzed with valid and invalid data, against the suite's target.

Runs all of schemathesis's checks (server errors, status codes, content types, headers, schemas, negative
data rejection, auth enforcement, …) plus the PowerPost checks of ``powerpost_checks``.
"""

from __future__ import annotations

import pytest

from contract_tests.support.error_contract import load_spec
from contract_tests.support.mock_admin import MockAdmin
from contract_tests.support.powerpost_checks import Case
from contract_tests.support.schema_factory import build_schema
from contract_tests.support.targets import default_target

TARGET = default_target()
schema = build_schema(TARGET, section=f"conformance · {TARGET.label}")


@pytest.fixture(scope="module", autouse=True)
def _mock_ready_for_fuzzing() -> None:
    """Lift the mock's rate limits and refill its credits before this module's tests, not at import."""
    MockAdmin(TARGET).prepare_for_contract_run()


@schema.parametrize()  # type: ignore[untyped-decorator]
def test_operation_honours_the_spec(case: Case) -> None:
    """Each generated request gets a response that passes every check."""
    case.call_and_validate()


def test_every_spec_operation_is_fuzzed() -> None:
    """No operation of the spec is left out of the run (a filter or loader change would hide drift)."""
    spec_operation_ids = {
        operation["operationId"]
        for path in load_spec()["paths"].values()
        for method, operation in path.items()
        if method in ("get", "post", "put", "patch", "delete")
    }
    fuzzed = {operation.ok().definition.raw["operationId"] for operation in schema.get_all_operations()}
    assert fuzzed == spec_operation_ids
    assert len(fuzzed) == 18
