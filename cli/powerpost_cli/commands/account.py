"""`powerpost credits`: the account's credit balance."""

from __future__ import annotations

import typer

from ..options import JsonFlag
from ..state import state_of


def credits(ctx: typer.Context, json_flag: JsonFlag = False) -> None:
    """Show the account's credit balance (also a quick check that the API key works)."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        balance = pp.account.get_credits()
    if printer.json_mode:
        printer.json(balance.to_dict())
    else:
        printer.note(f"Balance: [bold]{balance.balance}[/] credits")
