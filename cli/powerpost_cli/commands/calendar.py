"""`powerpost calendar …`: content calendar entries (planning notes; nothing is published from them)."""

from __future__ import annotations

import datetime
from typing import Annotated, Any, cast

import typer
from powerpost.types import CreateCalendarEntryParams, UpdateCalendarEntryParams
from powerpost_api.models import CalendarEntry, CalendarEntryList, DeleteResult, Platform

from ..choices import choices_help, open_choice
from ..one_call import call_and_show
from ..options import JsonFlag
from ..output import Printer
from ..request_bodies import BodyOption, merged

app = typer.Typer(help="List, create, show, update and delete calendar entries.")

LIST_COLUMNS = ("entry_id", "scheduled_date", "scheduled_time", "title", "platforms", "status")


def _parse_date(value: str, option: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


def _entry_fields(
    body: str | None,
    title: str | None,
    date: str | None,
    time: str | None,
    description: str | None,
    platforms: list[str] | None,
) -> dict[str, Any]:
    # The options are named for people (--date); the API's fields are scheduled_date etc.
    return merged(
        body,
        title=title,
        scheduled_date=date,
        scheduled_time=time,
        description=description,
        platforms=platforms,
    )


def _show_entry(printer: Printer, entry: CalendarEntry) -> None:
    printer.record(entry, title=f"Calendar entry {entry.entry_id}")


@app.command("list")
def list_entries(
    ctx: typer.Context,
    start: Annotated[
        str | None, typer.Option("--from", metavar="DATE", help="First day, YYYY-MM-DD (default: today).")
    ] = None,
    end: Annotated[
        str | None, typer.Option("--to", metavar="DATE", help="Last day, YYYY-MM-DD (default: 30 days on).")
    ] = None,
    json_flag: JsonFlag = False,
) -> None:
    """List the entries between two dates (at most 366 days apart)."""
    first = _parse_date(start, "--from") if start else datetime.date.today()
    last = _parse_date(end, "--to") if end else first + datetime.timedelta(days=30)

    def show(printer: Printer, entries: CalendarEntryList) -> None:
        payload = printer.api_object(entries)
        rows = payload.get("entries") if isinstance(payload, dict) else None
        printer.rows(rows or [], LIST_COLUMNS, title=f"Calendar {first} → {last}", payload=payload)

    call_and_show(ctx, json_flag, lambda pp: pp.calendar.list(first, last), show)


@app.command("create")
def create(
    ctx: typer.Context,
    title: Annotated[
        str | None, typer.Option("--title", metavar="TEXT", help="What is planned (≤500 chars).")
    ] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="YYYY-MM-DD.")] = None,
    time: Annotated[str | None, typer.Option("--time", metavar="HH:MM", help="24-hour time.")] = None,
    description: Annotated[
        str | None, typer.Option("--description", metavar="TEXT", help="Notes for the entry.")
    ] = None,
    platforms: Annotated[
        list[str] | None,
        typer.Option(
            "--platform",
            metavar="PLATFORM",
            click_type=open_choice("platform", Platform),
            help=choices_help("Repeatable.", Platform),
        ),
    ] = None,
    body: BodyOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Create a calendar entry."""
    request = _entry_fields(body, title, date, time, description, platforms)
    call_and_show(
        ctx, json_flag, lambda pp: pp.calendar.create(cast(CreateCalendarEntryParams, request)), _show_entry
    )


@app.command("get")
def get(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ENTRY_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Show one calendar entry."""
    call_and_show(ctx, json_flag, lambda pp: pp.calendar.get(entry_id), _show_entry)


@app.command("update")
def update(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ENTRY_ID")],
    title: Annotated[str | None, typer.Option("--title", metavar="TEXT", help="New title.")] = None,
    date: Annotated[str | None, typer.Option("--date", metavar="DATE", help="YYYY-MM-DD.")] = None,
    time: Annotated[str | None, typer.Option("--time", metavar="HH:MM", help="24-hour time.")] = None,
    description: Annotated[
        str | None, typer.Option("--description", metavar="TEXT", help="New notes.")
    ] = None,
    platforms: Annotated[
        list[str] | None,
        typer.Option(
            "--platform",
            metavar="PLATFORM",
            click_type=open_choice("platform", Platform),
            help=choices_help("Replaces the whole list; repeatable.", Platform),
        ),
    ] = None,
    clear_time: Annotated[bool, typer.Option("--clear-time", help="Remove the time.")] = False,
    clear_description: Annotated[
        bool, typer.Option("--clear-description", help="Remove the description.")
    ] = False,
    body: BodyOption = None,
    json_flag: JsonFlag = False,
) -> None:
    """Change some fields of a calendar entry.

    The fields not given stay as they are.
    """
    request = _entry_fields(body, title, date, time, description, platforms)
    if clear_time:
        request["scheduled_time"] = None
    if clear_description:
        request["description"] = None
    if not request:
        raise typer.BadParameter("nothing to change: give at least one field", param_hint="options")
    call_and_show(
        ctx,
        json_flag,
        lambda pp: pp.calendar.update(entry_id, cast(UpdateCalendarEntryParams, request)),
        _show_entry,
    )


@app.command("delete")
def delete(
    ctx: typer.Context,
    entry_id: Annotated[str, typer.Argument(metavar="ENTRY_ID")],
    json_flag: JsonFlag = False,
) -> None:
    """Delete a calendar entry."""

    def show(printer: Printer, result: DeleteResult) -> None:
        if printer.json_mode:
            printer.json(printer.api_object(result))
        else:
            printer.note(f"Deleted calendar entry {entry_id}")

    call_and_show(ctx, json_flag, lambda pp: pp.calendar.delete(entry_id), show)
