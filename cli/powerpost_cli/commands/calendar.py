"""`powerpost calendar …`: content calendar entries (planning notes; nothing is published from them)."""

from __future__ import annotations

import datetime
from typing import Annotated, Any

import typer

from ..options import JsonFlag
from ..request_bodies import BodyOption, merged
from ..state import state_of

app = typer.Typer(help="List, create, show, update and delete calendar entries.")

LIST_COLUMNS = ("entry_id", "scheduled_date", "scheduled_time", "title", "platforms", "status")


def _parse_date(value: str, option: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


@app.command("list")
def list_entries(
    ctx: typer.Context,
    start: Annotated[
        str | None, typer.Option("--from", help="First day, YYYY-MM-DD (default: today).")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", help="Last day, YYYY-MM-DD (default: 30 days on).")
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """List the entries between two dates (at most 366 days apart)."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    first = _parse_date(start, "--from") if start else datetime.date.today()
    last = _parse_date(end, "--to") if end else first + datetime.timedelta(days=30)
    with state.client(printer) as pp:
        entries = pp.calendar.list(first, last)
    payload = entries.to_dict()
    printer.rows(payload["entries"], LIST_COLUMNS, title=f"Calendar {first} → {last}", payload=payload)


@app.command("create")
def create(
    ctx: typer.Context,
    title: Annotated[str | None, typer.Option("--title", help="What is planned (≤500 chars).")] = None,
    date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
    time: Annotated[str | None, typer.Option("--time", help="HH:MM, 24-hour.")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    platforms: Annotated[
        list[str] | None, typer.Option("--platform", help="Repeatable, e.g. instagram.")
    ] = None,
    body: BodyOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Create a calendar entry."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    request = merged(
        body,
        title=title,
        scheduled_date=date,
        scheduled_time=time,
        description=description,
        platforms=platforms,
    )
    with state.client(printer) as pp:
        entry = pp.calendar.create(request)
    printer.record(entry, title=f"Calendar entry {entry.entry_id}")


@app.command("get")
def get(ctx: typer.Context, entry_id: str, json_flag: JsonFlag = False) -> None:
    """Show one calendar entry."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        entry = pp.calendar.get(entry_id)
    printer.record(entry, title=f"Calendar entry {entry_id}")


@app.command("update")
def update(
    ctx: typer.Context,
    entry_id: str,
    title: Annotated[str | None, typer.Option("--title")] = None,
    date: Annotated[str | None, typer.Option("--date", help="YYYY-MM-DD")] = None,
    time: Annotated[str | None, typer.Option("--time", help="HH:MM, 24-hour.")] = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    platforms: Annotated[
        list[str] | None, typer.Option("--platform", help="Replaces the whole list; repeatable.")
    ] = None,
    clear_time: Annotated[bool, typer.Option("--clear-time", help="Remove the time.")] = False,
    clear_description: Annotated[
        bool, typer.Option("--clear-description", help="Remove the description.")
    ] = False,
    body: BodyOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Change some fields of a calendar entry (the others stay as they are)."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    request: dict[str, Any] = merged(
        body,
        title=title,
        scheduled_date=date,
        scheduled_time=time,
        description=description,
        platforms=platforms,
    )
    if clear_time:
        request["scheduled_time"] = None
    if clear_description:
        request["description"] = None
    if not request:
        raise typer.BadParameter("nothing to change: give at least one field", param_hint="options")
    with state.client(printer) as pp:
        entry = pp.calendar.update(entry_id, request)
    printer.record(entry, title=f"Calendar entry {entry_id}")


@app.command("delete")
def delete(ctx: typer.Context, entry_id: str, json_flag: JsonFlag = False) -> None:
    """Delete a calendar entry."""
    state = state_of(ctx)
    printer = state.printer(json_flag)
    with state.client(printer) as pp:
        result = pp.calendar.delete(entry_id)
    if printer.json_mode:
        printer.json(result.to_dict())
    else:
        printer.note(f"Deleted calendar entry {entry_id}")
