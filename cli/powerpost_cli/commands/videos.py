"""`powerpost video …`: AI video generation."""

from __future__ import annotations

from typing import Annotated, cast

import typer
from powerpost.types import GenerateVideoParams
from powerpost_api.models import GenerateVideoRequestDuration, VideoGeneration, VideoModel, VideoSize

from ..choices import choices_help, open_choice
from ..jobs import JobCommands
from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..output import Printer
from ..request_bodies import BodyOption, merged

app = typer.Typer(help="Generate videos.\n\nFrom a prompt, optionally starting from an uploaded image.")


def show_job(printer: Printer, job: VideoGeneration) -> None:
    """A video generation (with its video once completed)."""
    printer.record(job, title=f"Video generation {job.video_generation_id}")


JOBS = JobCommands("Video generation", lambda pp: pp.videos, show_job)


@app.command("generate")
def generate(
    ctx: typer.Context,
    prompt: Annotated[
        str | None, typer.Option("--prompt", "-p", metavar="TEXT", help="What to film.")
    ] = None,
    duration: Annotated[
        int | None,
        typer.Option(
            "--duration",
            "-d",
            metavar="SECONDS",
            click_type=open_choice("duration", GenerateVideoRequestDuration),
            help=choices_help("Length in seconds (the model must offer it).", GenerateVideoRequestDuration),
        ),
    ] = None,
    size: Annotated[
        str | None,
        typer.Option(
            "--size",
            metavar="SIZE",
            click_type=open_choice("video size", VideoSize),
            help=choices_help("Aspect ratio.", VideoSize),
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            metavar="MODEL",
            click_type=open_choice("video model", VideoModel),
            help=choices_help("Video model.", VideoModel),
        ),
    ] = None,
    has_audio: Annotated[
        bool | None, typer.Option("--audio/--no-audio", help="With or without sound (model permitting).")
    ] = None,
    source_image: Annotated[
        str | None, typer.Option("--source-image", metavar="MEDIA_ID", help="An uploaded first frame.")
    ] = None,
    enhance_prompt: Annotated[
        bool | None,
        typer.Option("--enhance-prompt/--no-enhance-prompt", help="Let PowerPost improve the prompt."),
    ] = None,
    body: BodyOption = None,
    wait: WaitFlag = False,
    timeout: TimeoutOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Start a video generation (spends credits).

    With --wait, show the video when done.
    """
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
    JOBS.start(
        ctx,
        json_flag,
        lambda pp: pp.videos.generate(cast(GenerateVideoParams, request)),
        job_id=lambda started: started.video_generation_id,
        wait=wait,
        timeout=timeout,
    )


@app.command("get")
def get(
    ctx: typer.Context,
    video_generation_id: Annotated[str, typer.Argument(metavar="VIDEO_GENERATION_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show one video generation (with its video once completed)."""
    JOBS.get(ctx, video_generation_id, json_flag)


@app.command("wait")
def wait(
    ctx: typer.Context, video_generation_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait for a video generation to finish, showing its progress."""
    JOBS.wait(ctx, video_generation_id, timeout, json_flag)
