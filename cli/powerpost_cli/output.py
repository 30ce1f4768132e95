"""How results and errors are shown: rich tables for people, JSON (the API's own objects) for programs.

Results go to stdout; errors and progress go to stderr, so `--json` output can always be piped.

On a terminal, text wraps at spaces to the terminal's width, and a table is drawn only when every word of
every cell fits in its column; a table that would have to split words is shown as one `field: value` block
per row instead. When stdout is not a terminal (a pipe, a file), nothing is wrapped: each line is as long as
its content, so `grep` and `cut` see whole values.
"""

from __future__ import annotations

import json
import math
import textwrap
import time
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import attrs
import powerpost
import typer
from powerpost._retry_after import http_date
from rich.console import Console
from rich.markup import escape
from rich.measure import Measurement
from rich.table import Table

from .api_json import ResponseBodies
from .exit_codes import ExitCode

# The width a console gets when it is not a terminal: wide enough that rich never wraps a line.
UNWRAPPED = 1_000_000


class HasToDict(Protocol):
    """A generated model (or anything else with `to_dict()`)."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready fields."""
        ...


def _cell(value: Any) -> str:
    """One value as table text: scalars as they are, nested objects as compact JSON."""
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int | float):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


# The SDK's advice names its Python arguments; on the command line the same settings are flags.
_CLI_WORDS = (
    (
        "pass workspace_id= to the client or set POWERPOST_WORKSPACE_ID (--workspace in the CLI)",
        "pass --workspace or set POWERPOST_WORKSPACE_ID",
    ),
    ("api_key=", "--api-key"),
    ("workspace_id=", "--workspace"),
    ("base_url=", "--base-url"),
)


def cli_words(message: str) -> str:
    """`message` with the SDK's Python spellings (`api_key=`) replaced by the CLI's flags (`--api-key`)."""
    for python, cli in _CLI_WORDS:
        message = message.replace(python, cli)
    return message


def _reset_wait(headers: Mapping[str, str]) -> float | None:
    """Seconds until `X-RateLimit-Reset` (Unix seconds on the server's clock, so measured against its `Date`).

    The fallback when a 429 names no `retryAfter` or `Retry-After`: the spec's error envelope requires only
    `code` and `message`, while the rate-limit headers come with every answer."""
    try:
        reset = int(headers.get("x-ratelimit-reset") or "")
    except ValueError:
        return None
    now = http_date(headers.get("date"))
    return float(max(0, math.ceil(reset - (time.time() if now is None else now))))


def error_fields(exc: BaseException) -> dict[str, Any]:
    """The code, message, HTTP status and request id of an SDK error (whatever of them it has)."""
    fields: dict[str, Any] = {"type": type(exc).__name__, "code": None, "message": cli_words(str(exc))}
    if isinstance(exc, powerpost.APIStatusError):
        fields.update(
            code=exc.code, message=cli_words(exc.message), status=exc.status_code, request_id=exc.request_id
        )
        if isinstance(exc, powerpost.RateLimitError):
            wait = exc.retry_after if exc.retry_after is not None else _reset_wait(exc.headers)
            if wait is not None:
                fields["retry_after"] = wait
    elif isinstance(exc, powerpost.JobFailedError) and exc.job_error is not None:
        fields.update(
            code=getattr(exc.job_error, "code", None), job_message=getattr(exc.job_error, "message", None)
        )
    return fields


def console(*, stderr: bool = False) -> Console:
    """A console for stdout or stderr: the terminal's width on a terminal, no wrapping elsewhere."""
    probe = Console(stderr=stderr)
    if probe.is_terminal:
        return Console(stderr=stderr, highlight=False)
    return Console(stderr=stderr, highlight=False, width=UNWRAPPED, soft_wrap=True)


def _fits(out: Console, table: Table) -> bool:
    """Whether `table` fits the console's width without splitting a word of any cell."""
    wide = out.options.update(max_width=UNWRAPPED)
    return Measurement.get(out, wide, table).minimum <= out.width


@attrs.define
class Printer:
    """Writes one command's output in the chosen mode."""

    json_mode: bool
    out: Console = attrs.field(factory=console)
    err: Console = attrs.field(factory=lambda: console(stderr=True))
    # The JSON bodies PowerPost sent during this command (recorded under the SDK's transport).
    bodies: ResponseBodies = attrs.field(factory=ResponseBodies)

    def json(self, payload: Any) -> None:
        """Print a JSON document on stdout (plain text: no colours, no wrapping)."""
        typer.echo(json.dumps(payload, indent=2, ensure_ascii=False, default=str))

    def api_object(self, model: HasToDict) -> Any:
        """The object as PowerPost sent it: the last response body, else (nothing recorded) the model's."""
        recorded = self.bodies.last
        return recorded if recorded is not None else model.to_dict()

    def note(self, text: str) -> None:
        """A line for people (rich markup allowed); in JSON mode on stderr, keeping stdout parseable."""
        (self.err if self.json_mode else self.out).print(text)

    def record(self, model: HasToDict, *, title: str, omit: Sequence[str] = ()) -> None:
        """One API object: its JSON, or a two-column table (without the `omit` fields)."""
        if self.json_mode:
            self.json(self.api_object(model))
            return
        shown = self.api_object(model)
        fields = shown if isinstance(shown, dict) else model.to_dict()
        data = {key: value for key, value in fields.items() if key not in omit}
        table = Table(title=title, show_header=False, title_justify="left", title_style="bold")
        table.add_column("field", style="cyan", no_wrap=True)
        table.add_column("value")
        for key, value in data.items():
            table.add_row(key, escape(_cell(value)))
        if _fits(self.out, table):
            self.out.print(table)
        else:
            self._blocks(title, [data], list(data))

    def rows(
        self,
        rows: Sequence[Mapping[str, Any]],
        columns: Sequence[str],
        *,
        title: str,
        payload: Any = None,
    ) -> None:
        """Several API objects: JSON (`payload`, default the rows), or a table of the chosen columns."""
        if self.json_mode:
            self.json(list(rows) if payload is None else payload)
            return
        heading = f"{title} ({len(rows)})"
        table = Table(title=heading, title_justify="left", title_style="bold")
        for column in columns:
            # Ids must stay copyable in one piece; everything else wraps at spaces.
            table.add_column(column, no_wrap=column.endswith("_id"))
        for row in rows:
            table.add_row(*(escape(_cell(row.get(column))) for column in columns))
        if _fits(self.out, table):
            self.out.print(table)
        else:
            self._blocks(heading, rows, columns)

    def _blocks(self, title: str, rows: Sequence[Mapping[str, Any]], columns: Sequence[str]) -> None:
        """Rows as `field: value` lines, one block per row: every value whole, however narrow the screen."""
        self.out.print(f"[bold]{escape(title)}[/]")
        width = max((len(column) for column in columns), default=0)
        for row in rows:
            self.out.print()
            for column in columns:
                lines = textwrap.wrap(
                    _cell(row.get(column)),
                    max(self.out.width - width - 2, 20),
                    # A word longer than a line (a URL) stays whole: the terminal wraps it, copying gets it.
                    break_long_words=False,
                    break_on_hyphens=False,
                ) or [""]
                self.out.print(f"[cyan]{column:<{width}}[/]  {escape(lines[0])}", soft_wrap=True)
                for line in lines[1:]:
                    self.out.print(f"{'':<{width}}  {escape(line)}", soft_wrap=True)

    def error(self, exc: BaseException, exit_code: ExitCode) -> None:
        """Report an error on stderr: code, message and request id (JSON in JSON mode)."""
        fields = error_fields(exc)
        if self.json_mode:
            typer.echo(json.dumps({"error": {**fields, "exit_code": int(exit_code)}}, default=str), err=True)
            return
        head = fields["code"] or fields["type"]
        status = f" (HTTP {fields['status']})" if "status" in fields else ""
        self.err.print(f"[bold red]Error[/]: {escape(str(head))}{status}: {escape(str(fields['message']))}")
        if fields.get("job_message"):
            self.err.print(f"  job error: {escape(str(fields['job_message']))}")
        if "retry_after" in fields:
            self.err.print(f"  retry after: {fields['retry_after']} s")
        if "status" in fields:
            self.err.print(f"  request id: {escape(str(fields.get('request_id') or 'none'))}")
