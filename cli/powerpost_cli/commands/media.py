"""`powerpost media upload`: upload an image or video."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from powerpost_api.models import MediaType

from ..choices import choices_help, open_choice
from ..one_call import call_and_show
from ..options import JsonFlag

app = typer.Typer(
    help="Upload images and videos.\n\n"
    "Images: JPEG, PNG or WebP up to 10 MB; videos: MP4, MOV or WebM up to 500 MB."
)


@app.command("upload")
def upload(
    ctx: typer.Context,
    file: Annotated[
        Path,
        typer.Argument(
            exists=True, dir_okay=False, readable=True, metavar="FILE", help="The file to upload."
        ),
    ],
    media_type: Annotated[
        str | None,
        typer.Option(
            "--type",
            metavar="TYPE",
            click_type=open_choice("media type", MediaType),
            help=choices_help("Default: guessed from the file.", MediaType),
        ),
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """Upload a file and print its media id.

    Use the id in captions (--media-id), image references, videos and posts.
    """
    call_and_show(
        ctx,
        json_flag,
        lambda pp: pp.media.upload(file, type=media_type),
        lambda printer, media: printer.record(media, title=f"Uploaded {media.file_name}"),
    )
