"""`--body`: a full JSON request body for the commands whose options cover only the common fields."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

BodyOption = Annotated[
    str | None,
    typer.Option(
        "--body",
        metavar="JSON",
        help="JSON request body: inline JSON, @file.json, or - for stdin. Other options override its fields.",
    ),
]


def load_body(raw: str | None) -> dict[str, Any]:
    """Parse `--body` into a JSON object (a usage error, exit 2, if it is not one)."""
    if raw is None:
        return {}
    if raw == "-":
        text = sys.stdin.read()
    elif raw.startswith("@"):
        try:
            text = Path(raw[1:]).read_text(encoding="utf-8")
        except OSError as exc:
            raise typer.BadParameter(f"cannot read {raw[1:]}: {exc.strerror}", param_hint="--body") from exc
    else:
        text = raw
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise typer.BadParameter(f"not JSON: {exc}", param_hint="--body") from exc
    if not isinstance(body, dict):
        raise typer.BadParameter("must be a JSON object", param_hint="--body")
    return body


def merged(raw: str | None, **fields: Any) -> dict[str, Any]:
    """`--body` with the given options laid over it; options left unset (None, empty list) are skipped."""
    body = load_body(raw)
    body.update({key: value for key, value in fields.items() if value is not None and value != []})
    return body
