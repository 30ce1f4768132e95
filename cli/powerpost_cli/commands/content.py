"""`powerpost generate` and `powerpost generations …`: caption generation jobs."""

from __future__ import annotations

from typing import Annotated, Any, cast

import attrs
import typer
from powerpost import PowerPost
from powerpost.types import GenerateContentParams
from powerpost_api.models import Generation, GenerationStatus, PostType, ResearchMode

from ..choices import choices_help, open_choice
from ..jobs import JobCommands
from ..one_call import call_and_show
from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..output import Printer
from ..request_bodies import BodyOption, merged

generations_app = typer.Typer(help="List, show and wait for caption generations.")

LIST_COLUMNS = ("generation_id", "status", "created_at", "post_types", "prompt")


@attrs.frozen
class ListedPages:
    """What `generations list` read: the generations, and where the last page said the list goes on."""

    data: list[Generation]
    next_cursor: str | None
    has_more: bool


def show_generation(printer: Printer, generation: Generation) -> None:
    """A generation: its fields, then one caption per platform when completed."""
    printer.record(generation, title=f"Caption generation {generation.generation_id}", omit=("outputs",))
    if printer.json_mode:
        return
    outputs = generation.to_dict().get("outputs") or {}
    for platform, caption in outputs.items():
        if isinstance(caption, dict):
            caption = f"{caption.get('title', '')}\n{caption.get('description', '')}"
        printer.note(f"\n[bold]{platform}[/]\n{caption}")


JOBS = JobCommands("Caption generation", lambda pp: pp.content, show_generation)


def generate(
    ctx: typer.Context,
    prompt: Annotated[
        str | None,
        typer.Option("--prompt", "-p", metavar="TEXT", help="What to write about (3–2,000 chars)."),
    ] = None,
    post_types: Annotated[
        list[str] | None,
        typer.Option(
            "--post-type",
            "-t",
            metavar="POST_TYPE",
            click_type=open_choice("post type", PostType),
            help=choices_help("Target post type, repeatable.", PostType),
        ),
    ] = None,
    research_mode: Annotated[
        str,
        typer.Option(
            "--research-mode",
            metavar="MODE",
            click_type=open_choice("research mode", ResearchMode),
            help=choices_help("How much research (deep costs more).", ResearchMode),
        ),
    ] = "regular",
    media_ids: Annotated[
        list[str] | None,
        typer.Option("--media-id", metavar="MEDIA_ID", help="Uploaded media to write about, repeatable."),
    ] = None,
    source_urls: Annotated[
        list[str] | None,
        typer.Option("--source-url", metavar="URL", help="https:// page to research, repeatable."),
    ] = None,
    cta_text: Annotated[
        str | None, typer.Option("--cta", metavar="TEXT", help="Call to action (≤100 chars).")
    ] = None,
    writing_style_id: Annotated[
        str | None, typer.Option("--writing-style-id", metavar="ID", help="A saved writing style.")
    ] = None,
    body: BodyOption = None,
    wait: WaitFlag = False,
    timeout: TimeoutOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Start a caption generation (spends credits).

    With --wait, show the captions when done.
    """
    request = merged(
        body,
        prompt=prompt,
        post_types=post_types,
        research_mode=research_mode,
        media_ids=media_ids,
        source_urls=source_urls,
        cta_text=cta_text,
        writing_style_id=writing_style_id,
    )
    JOBS.start(
        ctx,
        json_flag,
        lambda pp: pp.content.generate(cast(GenerateContentParams, request)),
        job_id=lambda started: started.generation_id,
        wait=wait,
        timeout=timeout,
        note=lambda started: (
            f"Started caption generation {started.generation_id} ({started.credits_used} credits"
            # PowerPost may leave `remaining_credits` out: then the note says nothing of the balance.
            + ("" if started.remaining_credits is None else f", {started.remaining_credits} left")
            + ")"
        ),
    )


@generations_app.command("list")
def list_generations(
    ctx: typer.Context,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            click_type=open_choice("status", GenerationStatus),
            help=choices_help("Only generations in this status.", GenerationStatus),
        ),
    ] = None,
    page_size: Annotated[
        int | None,
        typer.Option("--page-size", min=1, max=100, metavar="N", help="Items per request (1–100)."),
    ] = None,
    max_items: Annotated[
        int | None,
        typer.Option("--max", min=1, metavar="N", help="Stop after this many (default: every page)."),
    ] = None,
    cursor: Annotated[
        str | None,
        typer.Option("--cursor", metavar="CURSOR", help="Start here: a next_cursor from an earlier list."),
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """List caption generations, newest first, following every page.

    --json prints one page object as PowerPost returns it: `data` holds every generation fetched, and
    `next_cursor` / `has_more` are those of the last page read (null / false when the list is complete;
    with --max, pass `next_cursor` to --cursor to go on).
    """

    def fetch(pp: PowerPost) -> ListedPages:
        return _read_pages(pp, status, page_size, max_items, cursor)

    def show(printer: Printer, listed: ListedPages) -> None:
        payload = _page_object(printer, listed)
        printer.rows(payload["data"], LIST_COLUMNS, title="Caption generations", payload=payload)
        if not printer.json_mode and payload.get("has_more"):
            printer.note(f"More: --cursor {payload['next_cursor']}")

    call_and_show(ctx, json_flag, fetch, show)


def _read_pages(
    pp: PowerPost, status: str | None, page_size: int | None, max_items: int | None, cursor: str | None
) -> ListedPages:
    """Pages until the list ends or `max_items` are read; the last request asks for exactly what is left,
    so the last page's `next_cursor` continues right after the last item shown."""
    data: list[Generation] = []
    while True:
        want = page_size
        if max_items is not None:
            left = max_items - len(data)
            want = min(page_size or 100, left)
        page = pp.content.list(status=status, limit=want, cursor=cursor)
        data.extend(page.data if isinstance(page.data, list) else [])
        cursor = page.next_cursor if isinstance(page.next_cursor, str) else None
        has_more = page.has_more is True and cursor is not None
        if not has_more or (max_items is not None and len(data) >= max_items):
            return ListedPages(data=data, next_cursor=cursor if has_more else None, has_more=has_more)


def _page_object(printer: Printer, listed: ListedPages) -> dict[str, Any]:
    """The pages read, as one page object: the recorded bodies' items joined, the last page's cursor."""
    pages = [body for body in printer.bodies.bodies if isinstance(body, dict) and "data" in body]
    if not pages:
        data = [generation.to_dict() for generation in listed.data]
        return {"data": data, "next_cursor": listed.next_cursor, "has_more": listed.has_more}
    last = pages[-1]
    return {**last, "data": [item for page in pages for item in page["data"]]}


@generations_app.command("get")
def get_generation(
    ctx: typer.Context,
    generation_id: Annotated[str, typer.Argument(metavar="GENERATION_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show one caption generation (with its captions once completed)."""
    JOBS.get(ctx, generation_id, json_flag)


@generations_app.command("wait")
def wait_generation(
    ctx: typer.Context, generation_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait for a caption generation to finish, showing its progress."""
    JOBS.wait(ctx, generation_id, timeout, json_flag)
