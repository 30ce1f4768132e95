"""Credentials on every operation: no key → 401, foreign workspace → 403, missing workspace → 400."""

from __future__ import annotations

import pytest

from contract_tests.support.mock_admin import MockAdmin
from contract_tests.support.operation_calls import call_checked
from contract_tests.support.sample_requests import needs_workspace, operation_ids, required_scope
from contract_tests.support.schema_factory import build_schema
from contract_tests.support.targets import default_target

TARGET = default_target()
schema = build_schema(TARGET, section=f"auth · {TARGET.label}")
ALL_OPERATIONS = operation_ids()
WORKSPACE_OPERATIONS = [operation_id for operation_id in ALL_OPERATIONS if needs_workspace(operation_id)]
WRONG_KEY = "pp_live_sk_contract_not_a_real_key_000"
UNOWNED_WORKSPACE = "ws_contract_nobody_owns_this"


@pytest.fixture(scope="module", autouse=True)
def _mock_ready_for_fuzzing() -> None:
    """Lift the mock's rate limits and refill its credits before this module's tests, not at import."""
    MockAdmin(TARGET).prepare_for_contract_run()


@pytest.fixture(scope="module")
def admin() -> MockAdmin:
    """The mock's admin surface; skips the test on a server without one."""
    mock = MockAdmin(TARGET)
    if not mock.available():
        pytest.skip("needs the mock's /_mock/ admin surface")
    return mock


def _workspace(operation_id: str, workspace_id: str) -> dict[str, str]:
    return {"X-Workspace-Id": workspace_id} if needs_workspace(operation_id) else {}


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
def test_missing_key_is_401(operation_id: str) -> None:
    """Without a key every operation answers 401 INVALID_API_KEY."""
    call_checked(
        schema,
        operation_id,
        headers=_workspace(operation_id, TARGET.workspace_id),
        expected_status=401,
        expected_code="INVALID_API_KEY",
    )


@pytest.mark.parametrize("operation_id", ALL_OPERATIONS)
def test_wrong_key_is_401(operation_id: str) -> None:
    """A key that does not exist is refused like a missing one."""
    call_checked(
        schema,
        operation_id,
        headers={"x-api-key": WRONG_KEY, **_workspace(operation_id, TARGET.workspace_id)},
        expected_status=401,
        expected_code="INVALID_API_KEY",
    )


@pytest.mark.parametrize("operation_id", ["get_credits", "list_generations", "list_calendar_entries"])
def test_bearer_key_is_accepted(operation_id: str) -> None:
    """``Authorization: Bearer <key>`` works as well as ``x-api-key``."""
    response, _ = call_checked(
        schema,
        operation_id,
        headers={
            "Authorization": f"Bearer {TARGET.api_key}",
            **_workspace(operation_id, TARGET.workspace_id),
        },
    )
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("operation_id", WORKSPACE_OPERATIONS)
def test_unowned_workspace_is_403(operation_id: str) -> None:
    """A workspace the key's account does not own → 403 FORBIDDEN, before any id is looked up."""
    call_checked(
        schema,
        operation_id,
        headers={"x-api-key": TARGET.api_key, "X-Workspace-Id": UNOWNED_WORKSPACE},
        expected_status=403,
        expected_code="FORBIDDEN",
    )


@pytest.mark.parametrize("operation_id", WORKSPACE_OPERATIONS)
def test_missing_workspace_is_400(operation_id: str) -> None:
    """Without ``X-Workspace-Id`` a workspace operation answers 400 VALIDATION_ERROR."""
    call_checked(
        schema,
        operation_id,
        headers={"x-api-key": TARGET.api_key},
        expected_status=400,
        expected_code="VALIDATION_ERROR",
    )


@pytest.mark.parametrize("operation_id", WORKSPACE_OPERATIONS)
def test_other_accounts_workspace_is_403(operation_id: str, admin: MockAdmin) -> None:
    """A real workspace of another account is as forbidden as an unknown one."""
    created = admin.post("workspaces", {"account": "contract-foreign-account"})
    assert created is not None
    call_checked(
        schema,
        operation_id,
        headers={"x-api-key": TARGET.api_key, "X-Workspace-Id": created["workspace_id"]},
        expected_status=403,
        expected_code="FORBIDDEN",
    )


@pytest.mark.parametrize(
    "operation_id", [op for op in ALL_OPERATIONS if not required_scope(op).endswith(":read")]
)
def test_read_only_key_cannot_write(operation_id: str, admin: MockAdmin) -> None:
    """A key with only the ``:read`` scopes gets 403 INSUFFICIENT_SCOPE naming the scope it lacks."""
    created = admin.post("keys", {"preset": "read"})
    assert created is not None
    _, body = call_checked(
        schema,
        operation_id,
        headers={"x-api-key": created["api_key"], **_workspace(operation_id, TARGET.workspace_id)},
        expected_status=403,
        expected_code="INSUFFICIENT_SCOPE",
    )
    # `required_scope` is optional in the spec's error object; the message names the scope either way.
    if body["error"].get("required_scope") is not None:
        assert body["error"]["required_scope"] == required_scope(operation_id)
    assert required_scope(operation_id) in body["error"]["message"]
