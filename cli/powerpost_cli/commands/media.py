"""`powerpost media upload`: upload an image or video."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ..one_call import call_and_show
from ..options import JsonFlag

app = typer.Typer(help="Upload media (images: JPEG/PNG/WebP up to 10 MB; videos: MP4/MOV/WebM up to 500 MB).")


@app.command("upload")
def upload(
    ctx: typer.Context,
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, readable=True, help="The file to upload.")
    ],
    media_type: Annotated[
        str | None, typer.Option("--type", help="image or video (default: guessed from the file).")
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """Upload a file; prints its media id for captions, image references, videos and posts."""
    call_and_show(
        ctx,
        json_flag,
        lambda pp: pp.media.upload(file, type=media_type),
        lambda printer, media: printer.record(media, title=f"Uploaded {media.file_name}"),
    )
