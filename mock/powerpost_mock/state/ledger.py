"""The ledger: every credit movement, fault and webhook delivery, so tests can prove side effects."""

from __future__ import annotations

from collections import Counter
from typing import Any

import attrs


@attrs.define
class Ledger:
    """Append-only records plus counters; `snapshot` is what `GET /_mock/ledger` returns."""

    entries: list[dict[str, Any]] = attrs.field(factory=list)
    faults: list[dict[str, Any]] = attrs.field(factory=list)
    webhooks: list[dict[str, Any]] = attrs.field(factory=list)
    publishes: Counter[str] = attrs.field(factory=Counter)
    requests: Counter[str] = attrs.field(factory=Counter)

    def record(self, account_id: str, kind: str, amount: int, balance: int, **details: Any) -> None:
        """One credit movement (`charge`, `refund` or `set`)."""
        self.entries.append(
            {"seq": len(self.entries) + 1, "account": account_id, "kind": kind, "amount": amount}
            | {"balance_after": balance}
            | details
        )

    def snapshot(self, balances: dict[str, int]) -> dict[str, Any]:
        """Everything, with the totals tests usually want."""
        charges = [e for e in self.entries if e["kind"] == "charge"]
        refunds = [e for e in self.entries if e["kind"] == "refund"]
        return {
            "balances": balances,
            "entries": self.entries,
            "charges": charges,
            "refunds": refunds,
            "total_charged": sum(e["amount"] for e in charges),
            "total_refunded": sum(e["amount"] for e in refunds),
            "publishes": dict(self.publishes),
            "requests": dict(self.requests),
            "faults": self.faults,
            "webhooks": self.webhooks,
        }
