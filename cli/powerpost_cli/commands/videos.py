"""`powerpost video …`: AI video generation."""

from __future__ import annotations

from typing import Annotated

import typer

from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..progress import waiting
from ..request_bodies import BodyOption, merged
from ..state import state_of

app = typer.Typer(help="Generate videos from a prompt, optionally starting from an uploaded image.")


@app.command("generate")
def generate(
    ctx: typer.Context,
    prompt: Annotated[str | None, typer.Option("--prompt", "-p", help="What to film.")] = None,
    duration: Annotated[
        int | None, typer.Option("--duration", "-d", help="Seconds (a duration the model offers).")
    ] = None,
    size: Annotated[str | None, typer.Option("--size", help="landscape or portrait.")] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="kling-3.0-pro, veo-3.1 or runway-gen-4.5.")
    ] = None,
    has_audio: Annotated[bool | None, typer.Option("--audio/--no-audio")] = None,
    source_image: Annotated[
        str | None, typer.Option("--source-image", help="Media id of the first frame.")
    ] = None,
    enhance_prompt: Annotated[bool | None, typer.Option("--enhance-prompt/--no-enhance-prompt")] = None,
    body: BodyOption = None,
    wait: WaitFlag = False,
    timeout: TimeoutOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Start a video generation (spends credits); with --wait, show the video when done."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    request = merged(
        body,
        prompt=prompt,
        duration=duration,
        size=size,
        model=model,
        has_audio=has_audio,
        source_image=source_image,
        enhance_prompt=enhance_prompt,
    )
    with state.client(printer) as pp:
        started = pp.videos.generate(request)
        if not wait:
            printer.record(started, title="Video generation started")
            return
        job_id = started.video_generation_id
        printer.note(f"Started video generation {job_id} ({started.credits_used} credits)")
        limits = {} if timeout is None else {"timeout": timeout}
        with waiting(printer.err, f"Video generation {job_id}") as on_progress:
            job = pp.videos.wait(job_id, on_progress=on_progress, **limits)
    printer.record(job, title=f"Video generation {job_id}")


@app.command("get")
def get(ctx: typer.Context, video_generation_id: str, json_flag: JsonFlag = False) -> None:
    """Show one video generation (with its video once completed)."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        job = pp.videos.get(video_generation_id)
    printer.record(job, title=f"Video generation {video_generation_id}")


@app.command("wait")
def wait(
    ctx: typer.Context, video_generation_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait for a video generation to finish, showing its progress."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    limits = {} if timeout is None else {"timeout": timeout}
    with (
        state.client(printer) as pp,
        waiting(printer.err, f"Video generation {video_generation_id}") as progress,
    ):
        job = pp.videos.wait(video_generation_id, on_progress=progress, **limits)
    printer.record(job, title=f"Video generation {video_generation_id}")
