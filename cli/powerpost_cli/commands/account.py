"""`powerpost credits`: the account's credit balance."""

from __future__ import annotations

import typer
from powerpost_api.models import CreditBalance

from ..one_call import call_and_show
from ..options import JsonFlag
from ..output import Printer


def _show_balance(printer: Printer, balance: CreditBalance) -> None:
    if printer.json_mode:
        printer.json(printer.api_object(balance))
    else:
        printer.note(f"Balance: [bold]{balance.balance}[/] credits")


def credits(ctx: typer.Context, json_flag: JsonFlag = False) -> None:
    """Show the account's credit balance.

    Also a quick check that the API key works.
    """
    call_and_show(ctx, json_flag, lambda pp: pp.account.get_credits(), _show_balance)
