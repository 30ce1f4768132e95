"""Option types shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

JSON_HELP = "Print the API object as PowerPost returns it (JSON) on stdout."

JsonFlag = Annotated[bool, typer.Option("--json", help=JSON_HELP)]
WaitFlag = Annotated[bool, typer.Option("--wait", help="Poll until the job finishes, showing its progress.")]
TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout", min=0.1, metavar="SECONDS", help="With --wait: give up after this many seconds."
    ),
]
