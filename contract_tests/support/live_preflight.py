"""``python -m contract_tests.support.live_preflight``: what a live contract run needs; exits 2 without it."""

from __future__ import annotations

import os
import sys

from contract_tests.support.live_budget import ENV_MAX_CREDITS, ENV_MAX_LEFT_BEHIND, LiveBudget
from contract_tests.support.targets import live_target


def main() -> int:
    """Print what is missing (exit 2) or what will run (exit 0)."""
    target = live_target({**os.environ, "POWERPOST_CONTRACT_LIVE": "1"})
    if isinstance(target, str):
        print(f"make contract-live: cannot run. {target}", file=sys.stderr)
        return 2
    print(f"Checking {target.label} against spec/powerpost.yaml")
    if target.allow_spend:
        budget = LiveBudget.from_env(target)
        print(
            f"Spending allowed: at most {budget.max_credits} credits ({ENV_MAX_CREDITS}) and "
            f"{budget.max_left_behind} of each kind the API cannot delete ({ENV_MAX_LEFT_BEHIND})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
