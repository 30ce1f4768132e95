"""The soak's audit: the client's records, the attempts on the wire and the mock's own ledger must agree."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from tests.reliability.attempt_log import Attempt
from tests.reliability.soak_workload import SIDE_EFFECTS, CallRecord

# Failures after which the request may have reached the server: a side-effect call must stop there.
NOT_SENT = frozenset({"ConnectError", "ConnectTimeout", "PoolTimeout"})
CHARGING = {"generate_content": "generate_content", "publish_post": "publish_post"}


@attrs.frozen
class Audit:
    """Counts printed after the soak, and every broken invariant as a sentence."""

    counts: dict[str, Any]
    violations: list[str]

    def lines(self) -> list[str]:
        """The audit as printable lines."""
        rows = [f"  {name:<42} {value}" for name, value in self.counts.items()]
        verdict = (
            ["  violations: none"] if not self.violations else [f"  VIOLATION: {v}" for v in self.violations]
        )
        return ["fault soak audit", *rows, *verdict]


def _retried_after_possible_effect(attempts: Sequence[Attempt]) -> bool:
    for earlier in attempts[:-1]:
        sent_maybe = earlier.exception is not None and earlier.exception not in NOT_SENT
        if sent_maybe or (earlier.status is not None and earlier.status >= 500):
            return True
    return False


def audit(
    records: Sequence[CallRecord],
    attempts: Mapping[int | None, Sequence[Attempt]],
    ledger: Mapping[str, Any],
    initial_balance: int,
    account_balance: int,
    deadline: float | None = None,
) -> Audit:
    """Check every invariant of the fault soak; never raises, collects violations instead.

    With `deadline` (the client's `timeout`, a whole-call deadline), no call may take more than 10 %
    longer than it; the worst call is reported either way.
    """
    violations: list[str] = []
    outcomes = Counter(r.outcome for r in records)
    by_op = Counter(r.operation for r in records)
    untyped = [r for r in records if r.outcome == "untyped"]
    violations += [f"call {r.call_id} ({r.operation}) raised untyped {r.error}" for r in untyped[:10]]

    charges = ledger["charges"]
    counts: dict[str, Any] = {
        "client calls": len(records),
        "calls by operation": dict(sorted(by_op.items())),
        "succeeded": outcomes["ok"],
        "typed errors": outcomes["typed"],
        "untyped exceptions": outcomes["untyped"],
        "typed errors by class": dict(
            Counter(r.error for r in records if r.outcome == "typed").most_common()
        ),
        "HTTP attempts (retries included)": sum(len(a) for a in attempts.values()),
    }
    # Every 500 must be an injected one: any other would be a mock crash hiding among the faults.
    injected = Counter(f["fault"] for f in ledger["faults"])
    received_500 = sum(1 for tries in attempts.values() for a in tries if a.status == 500)
    dropped = sum(1 for tries in attempts.values() for a in tries if a.exception is not None)
    body_failures = sum(
        1 for tries in attempts.values() for a in tries if a.exception and a.exception.endswith("(body)")
    )
    counts["500s received / injected"] = f"{received_500} / {injected['error_500']}"
    counts["dropped connections seen / injected"] = f"{dropped} / {injected['drop_after']}"
    counts["faults injected by kind"] = dict(sorted(injected.items()))
    counts["attempts whose body failed"] = body_failures
    if received_500 != injected["error_500"]:
        violations.append(f"{received_500} responses were 500 but {injected['error_500']} were injected")
    for operation, reason in CHARGING.items():
        ok_ids = [r.result_id for r in records if r.operation == operation and r.outcome == "ok"]
        unknown = sum(1 for r in records if r.operation == operation and r.unknown_outcome)
        per_ref = Counter(c["ref"] for c in charges if c["reason"] == reason)
        total = sum(per_ref.values())
        counts[f"{operation}: ok / unknown outcome / charges"] = f"{len(ok_ids)} / {unknown} / {total}"
        if total > len(ok_ids) + unknown:
            violations.append(f"{operation}: {total} charges > {len(ok_ids)} successes + {unknown} unknown")
        for ref in ok_ids:
            if per_ref.get(ref, 0) != 1:
                violations.append(f"{operation}: call result {ref} charged {per_ref.get(ref, 0)} times")
        doubled = [ref for ref, n in per_ref.items() if n > 1]
        if doubled:
            violations.append(f"{operation}: charged more than once: {doubled[:5]}")
    published_twice = {post: n for post, n in ledger["publishes"].items() if n > 1}
    counts["posts published (twice)"] = f"{len(ledger['publishes'])} ({len(published_twice)})"
    if published_twice:
        violations.append(f"posts published more than once: {published_twice}")

    retried = [
        r.call_id
        for r in records
        if r.operation in SIDE_EFFECTS and _retried_after_possible_effect(attempts.get(r.call_id, []))
    ]
    counts["side-effect calls retried after a possible effect"] = len(retried)
    if retried:
        violations.append(f"side-effect calls retried after the server may have acted: {retried[:10]}")

    if records:
        worst = max(records, key=lambda r: r.elapsed)
        if deadline is not None:
            counts["worst call vs deadline"] = (
                f"{worst.elapsed:.3f} s of {deadline:g} s ({worst.elapsed / deadline:.1%}; "
                f"{worst.operation}, {worst.outcome} {worst.error or ''})".replace(" )", ")")
            )
            over = [r for r in records if r.elapsed > deadline * 1.10]
            counts["calls over their deadline by more than 10 %"] = len(over)
            if over:
                violations.append(
                    f"{len(over)} calls ran more than 10 % past their {deadline:g} s deadline, worst "
                    f"{worst.elapsed:.2f} s ({worst.operation})"
                )
        else:
            counts["slowest call"] = f"{worst.elapsed:.3f} s ({worst.operation})"

    expected = initial_balance - ledger["total_charged"] + ledger["total_refunded"]
    counts["credits: initial − charged + refunded = balance"] = (
        f"{initial_balance} − {ledger['total_charged']} + {ledger['total_refunded']} = {expected} "
        f"(mock says {account_balance})"
    )
    if expected != account_balance:
        violations.append(f"balance {account_balance} != initial − charges + refunds = {expected}")
    if ledger["total_refunded"] == 0:
        violations.append("no refund happened: the balance identity was not exercised")
    return Audit(counts, violations)
