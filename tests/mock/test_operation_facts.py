"""The mock reads each operation's `x-powerpost-side-effect` from its spec, as the SDK's table has it."""

from __future__ import annotations

import httpx
from powerpost import _operations as operations
from powerpost_mock import MockState

from tests.mock.conftest import admin, spec


def test_mock_index_has_the_spec_side_effects(state: MockState) -> None:
    in_spec = {
        op["operationId"]: op["x-powerpost-side-effect"]
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    index = state.index
    assert {op_id: op.side_effect for op_id, op in index.by_id.items()} == in_spec
    # The mock and the SDK read the same value for every operation, and draw the same line between
    # safe and unsafe repeats.
    assert {op_id: op.side_effect for op_id, op in index.by_id.items()} == {
        op.operation_id: op.effect for op in operations.OPERATIONS.values()
    }
    sdk_unsafe = {op.operation_id for op in operations.OPERATIONS.values() if op.side_effect}
    assert index.repeat_unsafe() == sdk_unsafe


async def test_fault_ledger_says_what_a_repeat_would_do(client: httpx.AsyncClient) -> None:
    await admin(client, "faults", {"error_500": 1.0})
    body = {"prompt": "abc", "post_types": ["x-post"], "research_mode": "regular"}
    assert (await client.post("/content/generate", json=body)).status_code == 500
    assert (await client.get("/account/credits")).status_code == 500
    await admin(client, "faults", {})
    ledger = (await client.get("http://mock/_mock/ledger")).json()
    assert [(f["operation"], f["side_effect"]) for f in ledger["faults"]] == [
        ("generate_content", "spends"),
        ("get_credits", "none"),
    ]
