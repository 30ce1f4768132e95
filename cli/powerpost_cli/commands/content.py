"""`powerpost generate` and `powerpost generations …`: caption generation jobs."""

from __future__ import annotations

from itertools import islice
from typing import Annotated, cast

import typer
from powerpost.params import GenerateContentParams
from powerpost_api.models import Generation

from ..jobs import JobCommands
from ..one_call import call_and_show
from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..output import Printer
from ..request_bodies import BodyOption, merged

generations_app = typer.Typer(help="List, show and wait for caption generations.")

LIST_COLUMNS = ("generation_id", "status", "created_at", "post_types", "prompt")


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
        str | None, typer.Option("--prompt", "-p", help="What to write about (3–2,000 chars).")
    ] = None,
    post_types: Annotated[
        list[str] | None,
        typer.Option("--post-type", "-t", help="Target post type, repeatable (e.g. x-post)."),
    ] = None,
    research_mode: Annotated[str, typer.Option("--research-mode", help="regular or deep.")] = "regular",
    media_ids: Annotated[
        list[str] | None, typer.Option("--media-id", help="Uploaded media to write about, repeatable.")
    ] = None,
    source_urls: Annotated[
        list[str] | None, typer.Option("--source-url", help="https:// page to research, repeatable.")
    ] = None,
    cta_text: Annotated[str | None, typer.Option("--cta", help="Call to action (≤100 chars).")] = None,
    writing_style_id: Annotated[str | None, typer.Option("--writing-style-id")] = None,
    body: BodyOption = None,
    wait: WaitFlag = False,
    timeout: TimeoutOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Start a caption generation (spends credits); with --wait, show the captions when done."""
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
            f"Started caption generation {started.generation_id} "
            f"({started.credits_used} credits, {started.remaining_credits} left)"
        ),
    )


@generations_app.command("list")
def list_generations(
    ctx: typer.Context,
    status: Annotated[
        str | None, typer.Option("--status", help="pending, processing, completed or failed.")
    ] = None,
    page_size: Annotated[
        int | None, typer.Option("--page-size", min=1, max=100, help="Items per request.")
    ] = None,
    max_items: Annotated[
        int | None, typer.Option("--max", min=1, help="Stop after this many (default: every page).")
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """List caption generations, newest first, following every page."""
    call_and_show(
        ctx,
        json_flag,
        lambda pp: list(islice(pp.content.iter(status=status, page_size=page_size), max_items)),
        lambda printer, generations: printer.rows(
            [g.to_dict() for g in generations], LIST_COLUMNS, title="Caption generations"
        ),
    )


@generations_app.command("get")
def get_generation(ctx: typer.Context, generation_id: str, json_flag: JsonFlag = False) -> None:
    """Show one caption generation (with its captions once completed)."""
    JOBS.get(ctx, generation_id, json_flag)


@generations_app.command("wait")
def wait_generation(
    ctx: typer.Context, generation_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait for a caption generation to finish, showing its progress."""
    JOBS.wait(ctx, generation_id, timeout, json_flag)
