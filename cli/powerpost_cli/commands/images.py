"""`powerpost image …`: AI image generation."""

from __future__ import annotations

from typing import Annotated, cast

import typer
from powerpost.types import GenerateImageParams
from powerpost_api.models import ImageGeneration, ImageModel, ImageSize, PostType

from ..choices import choices_help, open_choice
from ..jobs import JobCommands
from ..options import JsonFlag, TimeoutOption, WaitFlag
from ..output import Printer
from ..request_bodies import BodyOption, merged

app = typer.Typer(help="Generate images.\n\nFrom a prompt, reference images or a caption generation.")


def show_job(printer: Printer, job: ImageGeneration) -> None:
    """An image generation, then the media ids to use in posts."""
    printer.record(job, title=f"Image generation {job.image_generation_id}")
    images = job.images if isinstance(job.images, list) else []
    if images and not printer.json_mode:
        printer.note("Media ids for posts: " + ", ".join(image.media_id for image in images))


JOBS = JobCommands("Image generation", lambda pp: pp.images, show_job)


@app.command("generate")
def generate(
    ctx: typer.Context,
    prompt: Annotated[
        str | None, typer.Option("--prompt", "-p", metavar="TEXT", help="What to draw (≤2,000 chars).")
    ] = None,
    size: Annotated[
        str | None,
        typer.Option(
            "--size",
            metavar="SIZE",
            click_type=open_choice("image size", ImageSize),
            help=choices_help("Aspect ratio.", ImageSize),
        ),
    ] = None,
    quantity: Annotated[
        int | None,
        typer.Option("--quantity", "-n", min=1, max=4, metavar="N", help="How many images (1–4)."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            metavar="MODEL",
            click_type=open_choice("image model", ImageModel),
            help=choices_help("Image model.", ImageModel),
        ),
    ] = None,
    style_images: Annotated[
        list[str] | None,
        typer.Option("--style-image", metavar="MEDIA_ID", help="A reference image, repeatable."),
    ] = None,
    generation_id: Annotated[
        str | None,
        typer.Option("--generation-id", metavar="ID", help="Draw from this caption generation (post mode)."),
    ] = None,
    source_post_type: Annotated[
        str | None,
        typer.Option(
            "--source-post-type",
            metavar="POST_TYPE",
            click_type=open_choice("post type", PostType),
            help=choices_help("With --generation-id: the caption to draw from.", PostType),
        ),
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
    """Start an image generation (spends credits).

    With --wait, show the images when done.
    """
    request = merged(
        body,
        prompt=prompt,
        size=size,
        quantity=quantity,
        model=model,
        style_images=style_images,
        generation_id=generation_id,
        source_post_type=source_post_type,
        enhance_prompt=enhance_prompt,
    )
    JOBS.start(
        ctx,
        json_flag,
        lambda pp: pp.images.generate(cast(GenerateImageParams, request)),
        job_id=lambda started: started.image_generation_id,
        wait=wait,
        timeout=timeout,
    )


@app.command("get")
def get(
    ctx: typer.Context,
    image_generation_id: Annotated[str, typer.Argument(metavar="IMAGE_GENERATION_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show one image generation (with its images once completed)."""
    JOBS.get(ctx, image_generation_id, json_flag)


@app.command("wait")
def wait(
    ctx: typer.Context, image_generation_id: str, timeout: TimeoutOption = None, json_flag: JsonFlag = False
) -> None:
    """Wait for an image generation to finish, showing its progress."""
    JOBS.wait(ctx, image_generation_id, timeout, json_flag)
