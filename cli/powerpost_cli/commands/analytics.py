"""`powerpost analytics`: metrics of one published post item."""

from __future__ import annotations

import typer

from ..options import JsonFlag
from ..state import state_of


def analytics(ctx: typer.Context, post_item_id: str, json_flag: JsonFlag = False) -> None:
    """Show views, likes and comments of a post item (`item_id` from `powerpost posts get`)."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        result = pp.analytics.get(post_item_id)
    if printer.json_mode:
        printer.json(result.to_dict())
        return
    printer.record(result, title=f"Analytics of post item {post_item_id}")
    if result.metrics is None:
        printer.note("No metrics yet: they appear once the item is posted and polled (daily).")
