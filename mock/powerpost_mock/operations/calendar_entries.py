"""Handlers: calendar entries CRUD."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..errors import validation_error
from ..state.models import CalendarEntry
from .context import RequestContext

MAX_RANGE_DAYS = 366


async def list_calendar_entries(ctx: RequestContext) -> dict[str, Any]:
    """Entries between the two dates inclusive, by date and time; the range is checked first."""
    start = date.fromisoformat(ctx.query["start_date"])
    end = date.fromisoformat(ctx.query["end_date"])
    if start > end:
        raise validation_error("query.start_date: must not be after end_date")
    if (end - start).days > MAX_RANGE_DAYS:
        raise validation_error(f"query.end_date: the range is at most {MAX_RANGE_DAYS} days")
    low, high = start.isoformat(), end.isoformat()
    entries = [
        e
        for e in ctx.state.entries.values()
        if e.workspace_id == ctx.ws.workspace_id and low <= e.scheduled_date <= high
    ]
    entries.sort(key=lambda e: (e.scheduled_date, e.scheduled_time or "", e.created_at))
    return {"entries": [e.to_json() for e in entries]}


async def create_calendar_entry(ctx: RequestContext) -> dict[str, Any]:
    """A new planning note."""
    body = ctx.body
    now = ctx.state.clock.now()
    entry = CalendarEntry(
        entry_id=ctx.state.new_id(),
        workspace_id=ctx.ws.workspace_id,
        title=body["title"],
        scheduled_date=body["scheduled_date"],
        created_at=now,
        updated_at=now,
        description=body.get("description"),
        scheduled_time=body.get("scheduled_time"),
        platforms=list(body.get("platforms", [])),
        status=body.get("status"),
    )
    ctx.state.entries[entry.entry_id] = entry
    return entry.to_json()


async def get_calendar_entry(ctx: RequestContext) -> dict[str, Any]:
    """One entry."""
    return ctx.find(ctx.state.entries, ctx.path["entry_id"], "Calendar entry").to_json()


async def update_calendar_entry(ctx: RequestContext) -> dict[str, Any]:
    """Change the given fields; `null` clears `description` / `scheduled_time`."""
    entry = ctx.find(ctx.state.entries, ctx.path["entry_id"], "Calendar entry")
    for field in ("title", "description", "scheduled_date", "scheduled_time", "platforms", "status"):
        if field in ctx.body:
            value = ctx.body[field]
            setattr(entry, field, list(value) if field == "platforms" else value)
    entry.updated_at = ctx.state.clock.now()
    return entry.to_json()


async def delete_calendar_entry(ctx: RequestContext) -> dict[str, Any]:
    """Remove the entry; afterwards it is 404."""
    entry = ctx.find(ctx.state.entries, ctx.path["entry_id"], "Calendar entry")
    del ctx.state.entries[entry.entry_id]
    return {"success": True}
