"""Option types shared by several commands."""

from __future__ import annotations

from typing import Annotated

import typer

JsonFlag = Annotated[
    bool, typer.Option("--json", help="Print machine-readable JSON (the API object's fields) on stdout.")
]
WaitFlag = Annotated[bool, typer.Option("--wait", help="Poll until the job finishes, showing its progress.")]
TimeoutOption = Annotated[
    float | None, typer.Option("--timeout", min=0.1, help="With --wait: give up after this many seconds.")
]
