"""`powerpost analytics`: metrics of one published post item."""

from __future__ import annotations

from typing import Annotated

import typer
from powerpost_api.models import PostItemAnalytics

from ..one_call import call_and_show
from ..options import JsonFlag
from ..output import Printer


def analytics(
    ctx: typer.Context,
    post_item_id: Annotated[str, typer.Argument(metavar="POST_ITEM_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show views, likes and comments of a post item.

    POST_ITEM_ID is an item's `item_id` from `powerpost posts get`.
    """

    def show(printer: Printer, result: PostItemAnalytics) -> None:
        if printer.json_mode:
            printer.json(printer.api_object(result))
            return
        printer.record(result, title=f"Analytics of post item {post_item_id}")
        if result.metrics is None:
            printer.note("No metrics yet: they appear once the item is posted and polled (daily).")

    call_and_show(ctx, json_flag, lambda pp: pp.analytics.get(post_item_id), show)
