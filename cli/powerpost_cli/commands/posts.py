"""`powerpost posts …`: draft posts and publishing."""

from __future__ import annotations

from typing import Annotated, Any, cast

import typer
from powerpost.types import CreatePostParams
from powerpost_api.models import Post, PostType

from ..choices import choices_help, open_choice
from ..jobs import JobCommands
from ..one_call import call_and_show
from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..output import Printer
from ..request_bodies import BodyOption, load_body

app = typer.Typer(help="Create draft posts, show them, publish them.")

ITEM_COLUMNS = ("item_id", "post_type", "platform", "status", "platform_post_id")


def show_post(printer: Printer, post: Post) -> None:
    """A post: JSON, or its fields and a table of its items."""
    if printer.json_mode:
        printer.json(printer.api_object(post))
        return
    data = post.to_dict()
    items = data.pop("items", [])
    printer.note(
        f"[bold]Post {data['post_id']}[/]: {data['status']}"
        + (f" (published {data['published_at']})" if data.get("published_at") else "")
    )
    printer.rows(items, ITEM_COLUMNS, title="Items")


JOBS = JobCommands("Post", lambda pp: pp.posts, show_post)


def _items(
    post_types: list[str], content: str | None, title: str | None, media_ids: list[str]
) -> list[dict[str, Any]]:
    items = []
    for post_type in post_types:
        item: dict[str, Any] = {"post_type": post_type}
        if content is not None:
            item["content"] = content
        if title is not None and post_type.startswith("youtube-"):
            item["title"] = title
        if media_ids:
            item["media_ids"] = list(media_ids)
        items.append(item)
    return items


@app.command("create")
def create(
    ctx: typer.Context,
    post_types: Annotated[
        list[str] | None,
        typer.Option(
            "--post-type",
            "-t",
            metavar="POST_TYPE",
            click_type=open_choice("post type", PostType),
            help=choices_help("One item per post type, repeatable.", PostType),
        ),
    ] = None,
    generation_id: Annotated[
        str | None,
        typer.Option("--generation-id", metavar="ID", help="Fill each item's caption from this generation."),
    ] = None,
    content: Annotated[
        str | None, typer.Option("--content", metavar="TEXT", help="Caption for every item.")
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="Title for YouTube items.")
    ] = None,
    media_ids: Annotated[
        list[str] | None,
        typer.Option(
            "--media-id",
            metavar="MEDIA_ID",
            help="Media attached to every item (items[].media_ids), repeatable.",
        ),
    ] = None,
    body: BodyOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Create a draft post (free; publishing is what spends credits)."""
    request = load_body(body)
    if generation_id is not None:
        request["generation_id"] = generation_id
    if post_types:
        request["items"] = _items(post_types, content, title, media_ids or [])
    elif "items" not in request:
        raise typer.BadParameter(
            "give at least one --post-type (or items in --body)", param_hint="--post-type"
        )
    call_and_show(ctx, json_flag, lambda pp: pp.posts.create(cast(CreatePostParams, request)), show_post)


@app.command("get")
def get(
    ctx: typer.Context,
    post_id: Annotated[str, typer.Argument(metavar="POST_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show a post and the status of each item."""
    JOBS.get(ctx, post_id, json_flag)


@app.command("publish")
def publish(
    ctx: typer.Context,
    post_id: Annotated[str, typer.Argument(metavar="POST_ID")],
    wait: WaitFlag = False,
    timeout: TimeoutOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Publish a draft post to its platforms (spends credits).

    With --wait, poll until every item is posted.
    """
    JOBS.start(
        ctx,
        json_flag,
        lambda pp: pp.posts.publish(post_id),
        job_id=lambda _started: post_id,
        wait=wait,
        timeout=timeout,
        title=f"Publishing post {post_id}",
        note=lambda started: f"Publishing post {post_id} ({started.credits_used} credits)",
    )


@app.command("wait")
def wait_post(
    ctx: typer.Context, post_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait until a post is published (or failed), showing progress."""
    JOBS.wait(ctx, post_id, timeout, json_flag)
