"""The soak's audit catches what it is there to catch (so a green soak means something)."""

from __future__ import annotations

from typing import Any

from tests.reliability.attempt_log import Attempt
from tests.reliability.soak_audit import audit
from tests.reliability.soak_workload import CallRecord

POST = Attempt("POST", "/api/v1/content/generate", 200, None)
DROPPED = Attempt("POST", "/api/v1/content/generate", None, "RemoteProtocolError")


def _ledger(charges: list[tuple[str, str, int]], refunded: int = 2, faults: int = 0) -> dict[str, Any]:
    rows = [{"reason": reason, "ref": ref, "amount": amount} for reason, ref, amount in charges]
    return {
        "charges": rows,
        "total_charged": sum(amount for _, _, amount in charges),
        "total_refunded": refunded,
        "publishes": {ref: 1 for reason, ref, _ in charges if reason == "publish_post"},
        "faults": [{"fault": "drop_after"}] * faults,
    }


def _records() -> list[CallRecord]:
    return [
        CallRecord(1, "generate_content", "ok", result_id="g1"),
        CallRecord(2, "generate_content", "typed", error="APIConnectionError"),
        CallRecord(3, "publish_post", "ok", result_id="p1"),
    ]


def test_a_consistent_run_has_no_violations() -> None:
    """Charges for the ok call and for the dropped (unknown outcome) call, balance adding up."""
    ledger = _ledger(
        [("generate_content", "g1", 6), ("generate_content", "g_unknown", 6), ("publish_post", "p1", 1)],
        faults=1,
    )
    result = audit(_records(), {1: [POST], 2: [DROPPED], 3: [POST]}, ledger, 100, 100 - 13 + 2)
    assert result.violations == []


def test_double_charge_balance_drift_retry_and_untyped_errors_are_all_reported() -> None:
    """Each broken invariant becomes its own violation line."""
    records = [*_records(), CallRecord(4, "get_credits", "untyped", error="KeyError: 'balance'")]
    ledger = _ledger(
        [("generate_content", "g1", 6), ("generate_content", "g1", 6), ("publish_post", "p1", 1)]
    )
    ledger["publishes"] = {"p1": 2}
    result = audit(records, {1: [POST], 2: [DROPPED, POST], 3: [POST]}, ledger, 100, 50)
    text = "\n".join(result.violations)
    assert "g1 charged 2 times" in text
    assert "published more than once" in text
    assert "retried after the server may have acted: [2]" in text
    assert "balance 50 !=" in text
    assert "untyped KeyError" in text


def test_a_call_more_than_10_percent_past_its_deadline_is_reported() -> None:
    """The worst call is held against the whole-call deadline; 3.4 s on a 3 s deadline is a violation."""
    ledger = _ledger([("generate_content", "g1", 6), ("publish_post", "p1", 1)])
    records = [
        CallRecord(1, "generate_content", "ok", result_id="g1", elapsed=0.2),
        CallRecord(3, "publish_post", "ok", result_id="p1", elapsed=3.25),
        CallRecord(4, "get_credits", "typed", error="APITimeoutError", elapsed=3.4),
    ]
    within = audit(records[:2], {1: [POST], 3: [POST]}, ledger, 100, 100 - 7 + 2, deadline=3.0)
    assert within.violations == []
    assert "3.250 s of 3 s" in within.counts["worst call vs deadline"]
    late = audit(records, {1: [POST], 3: [POST]}, ledger, 100, 100 - 7 + 2, deadline=3.0)
    assert any("past their 3 s deadline" in v for v in late.violations)


def test_a_body_failure_before_a_retry_counts_as_a_possible_effect() -> None:
    """An attempt whose body failed reached the server: retrying a charge after it is a violation."""
    body_failed = Attempt("POST", "/api/v1/content/generate", 200, "ReadError (body)")
    ledger = _ledger([("generate_content", "g1", 6), ("publish_post", "p1", 1)])
    records = [CallRecord(1, "generate_content", "ok", result_id="g1")]
    result = audit(records, {1: [body_failed, POST]}, ledger, 100, 100 - 7 + 2)
    assert "retried after the server may have acted: [1]" in "\n".join(result.violations)
