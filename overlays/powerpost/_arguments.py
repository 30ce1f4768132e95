"""Turn the facade's friendly arguments into what the generated functions take (shared by sync and async)."""

from __future__ import annotations

import datetime
from typing import Any, cast

from powerpost_api.models import GenerationStatus
from powerpost_api.types import UNSET

from ._errors import RequestValidationError


def as_date(value: datetime.date | str, field: str) -> datetime.date:
    """Accept a date, a datetime (its date is sent) or a `YYYY-MM-DD` string."""
    if isinstance(value, datetime.datetime):
        return value.date()  # `isoformat()` of a datetime would send a time the API refuses
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise RequestValidationError(
            f"{field} must be a date or 'YYYY-MM-DD', not {value!r}", field=field
        ) from exc


class _OpenValue(str):
    """A value the spec does not list (yet), sent as is where the generated code reads an enum's `.value`."""

    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)


def as_status(value: GenerationStatus | str | None) -> GenerationStatus | None:
    """Accept a generation status as the enum or a string; a status this SDK does not know is sent as is."""
    if value is None or isinstance(value, GenerationStatus):
        return value
    if not isinstance(value, str):
        raise RequestValidationError(
            f"status must be a string or GenerationStatus, not {type(value).__name__}", field="status"
        )
    try:
        return GenerationStatus(value)
    except ValueError:
        # The server owns the list of statuses: let it judge one that is newer than this SDK.
        return cast(GenerationStatus, _OpenValue(value))


def list_generations_query(
    status: GenerationStatus | str | None, limit: int | None, cursor: str | None
) -> dict[str, Any]:
    """The keyword arguments of the generated `list_generations`; None means "not sent"."""
    return {
        "status": as_status(status) or UNSET,
        "limit": UNSET if limit is None else limit,
        "cursor": UNSET if cursor is None else cursor,
    }


def calendar_range_query(start_date: datetime.date | str, end_date: datetime.date | str) -> dict[str, Any]:
    """The keyword arguments of the generated `list_calendar_entries`."""
    return {"start_date": as_date(start_date, "start_date"), "end_date": as_date(end_date, "end_date")}
