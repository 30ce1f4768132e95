"""Contains some shared types for properties, and the hook through which parsers report drift"""

import datetime
import json
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from contextvars import ContextVar, Token
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

from attrs import define


class Unset:
    """The value of a request field or query parameter that is not sent."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# `HTTPStatus(code)` is an enum call costing about a microsecond; a dict lookup costs a tenth of that.
HTTP_STATUSES: dict[int, HTTPStatus] = {status.value: status for status in HTTPStatus}

# The characters `quote(..., safe="")` leaves as they are (RFC 3986 unreserved).
_UNRESERVED = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~"
)


def path_segment(value: object) -> str:
    """`quote(str(value), safe="")`, without its work for the usual id that has nothing to quote."""
    text = str(value)
    return text if _UNRESERVED.issuperset(text) else quote(text, safe="")


# ------------------------------------------------------------------------------------------------ drift
# The models' `from_dict` never refuses a JSON object: a field that is missing, `null`, of another type, an
# enum value or a key the spec does not list is kept as it came (missing and null read None) and reported
# here. Nothing is reported unless a hook is installed, and the check for one runs only on a deviation.
DriftHook = Callable[[str, str, object], None]
"""Called as `hook(pointer, kind, value)`: a JSON pointer into the parsed document, one of `DRIFT_KINDS`,
and the value that came (`UNSET` when the field was missing)."""

DRIFT_KINDS = ("missing", "null", "unknown_field", "unknown_enum", "type_mismatch")

_drift_hook: ContextVar[DriftHook | None] = ContextVar(
    "powerpost_api_drift_hook", default=None
)


def set_drift_hook(hook: DriftHook | None) -> Token[DriftHook | None]:
    """Report the drift of every parse in this context to `hook`; undo with `reset_drift_hook`."""
    return _drift_hook.set(hook)


def reset_drift_hook(token: Token[DriftHook | None]) -> None:
    """Undo the `set_drift_hook` that returned `token`."""
    _drift_hook.reset(token)


def _escape(key: str) -> str:
    return key.replace("~", "~0").replace("/", "~1")


def report(pointer: str, kind: str, value: object) -> None:
    """Hand one deviation to the installed hook, if any."""
    hook = _drift_hook.get()
    if hook is not None:
        hook(pointer, kind, value)


def deviation(value: object, at: str, key: str | int) -> Any:
    """What a model keeps of a field that is not what the spec says, reported: None if missing or null,
    else the value as it came."""
    if _drift_hook.get() is not None:
        kind = (
            "missing"
            if value is UNSET
            else "null"
            if value is None
            else "type_mismatch"
        )
        report(f"{at}/{_escape(str(key))}", kind, value)
    return None if value is UNSET else value


def enum_deviation(value: object, at: str, key: str | int) -> Any:
    """Like `deviation`, but a string is a value the enum does not list yet: kept as a plain str."""
    if isinstance(value, str):
        report(f"{at}/{_escape(str(key))}", "unknown_enum", value)
        return value
    return deviation(value, at, key)


def unknown_fields(fields: Iterable[str], at: str) -> None:
    """Report keys the spec does not list (they stay in `additional_properties`)."""
    if _drift_hook.get() is not None:
        for key in fields:
            report(f"{at}/{_escape(key)}", "unknown_field", None)


E = TypeVar("E", bound=Enum)


def enum_index(enum: type[E]) -> dict[object, E]:
    """Value -> member, for a lookup that costs one dict access and never raises."""
    return {member.value: member for member in enum}


def short_repr(
    obj: object, names: Iterable[str], extra: Mapping[str, Any] | None
) -> str:
    """`Model(a=1, b='x')` with the fields that are set only, then any unknown fields.

    Kept short enough to read in a log or a REPL: an enum shows its value, a date its ISO form, a long string
    its first `REPR_CHARS` characters and a list or dict its first `REPR_ITEMS` entries (then how many more).
    """
    parts = []
    for name in names:
        value = getattr(obj, name)
        if value is not None and value is not UNSET:
            parts.append(f"{name}={_short(value)}")
    if extra:
        parts.append(f"additional_properties={_short(extra)}")
    return f"{type(obj).__name__}({', '.join(parts)})"


REPR_CHARS = 60
REPR_ITEMS = 3


def _short(value: object) -> str:
    """One value of `short_repr`; a nested model uses its own (short) repr."""
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, str):
        return repr(
            value if len(value) <= REPR_CHARS else value[: REPR_CHARS - 1] + "…"
        )
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        shown = [_short(item) for item in value[:REPR_ITEMS]]
        return "[" + ", ".join(shown + _more(len(value))) + "]"
    if isinstance(value, Mapping):
        pairs = [
            f"{key!r}: {_short(item)}" for key, item in list(value.items())[:REPR_ITEMS]
        ]
        return "{" + ", ".join(pairs + _more(len(value))) + "}"
    return repr(value)


def _more(count: int) -> list[str]:
    return [f"… {count - REPR_ITEMS} more"] if count > REPR_ITEMS else []


def json_text(data: Any, indent: int | None = None) -> str:
    """A model's `to_dict()` as JSON text (`indent` as in `json.dumps`; non-ASCII text kept as is)."""
    return json.dumps(data, indent=indent, ensure_ascii=False)


__all__ = [
    "DRIFT_KINDS",
    "UNSET",
    "DriftHook",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "reset_drift_hook",
    "set_drift_hook",
]
