"""The shape of most commands: one SDK call on a fresh client, then its result printed.

SDK errors end the command through `CliState.client` (message on stderr, documented exit status).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import typer
from powerpost import PowerPost

from .output import Printer
from .state import state_of

ResultT = TypeVar("ResultT")


def call_and_show(
    ctx: typer.Context,
    json_flag: bool,
    call: Callable[[PowerPost], ResultT],
    show: Callable[[Printer, ResultT], None],
) -> None:
    """Run `call` with a client for this invocation, then `show` what it returned."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        result = call(pp)
    show(printer, result)
