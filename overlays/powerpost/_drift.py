"""What the SDK tolerated in a response: one `Drift` per deviation from the spec, on a debug logger.

By default the SDK never refuses a 2xx JSON object: a field that is missing or `null`, a value of another
type, an enum value or a key the spec does not list is kept (missing and null read None). Each such
deviation is logged as one DEBUG record on the `powerpost.drift` logger, with the `Drift` in the record's
`drift` attribute, so that the spec can be corrected from what the real API sends:

    import logging
    logging.getLogger("powerpost.drift").setLevel(logging.DEBUG)   # plus a handler

With `strict=True` (or POWERPOST_STRICT=1) the same deviations raise `UnexpectedResponseError` instead.
When neither strict mode nor that logger's DEBUG level is on, nothing is collected: parsing pays only for
the deviations themselves.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import Token

from powerpost_api.types import DRIFT_KINDS, UNSET, DriftHook, reset_drift_hook, set_drift_hook

__all__ = ["DETAIL_LIMIT", "KINDS", "LOGGER_NAME", "Drift", "Recorder", "describe", "logger", "recording"]

LOGGER_NAME = "powerpost.drift"
logger = logging.getLogger(LOGGER_NAME)

KINDS = DRIFT_KINDS
"""Every `Drift.kind`."""

DETAIL_LIMIT = 120
"""The longest `Drift.detail`, in characters."""


@dataclasses.dataclass(frozen=True)
class Drift:
    """One deviation of a response from the spec.

    `operation` is the spec's operationId (`get_generation`), `pointer` a JSON pointer into the response
    body (`/outputs/youtube/title`), `kind` one of `KINDS` and `detail` a short text of what came.
    """

    operation: str
    pointer: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.operation} {self.pointer or '/'}: {self.kind} ({self.detail})"


def describe(kind: str, value: object) -> str:
    """A short text of what came: `absent`, `null`, `field present`, or the value's type and repr
    (truncated to `DETAIL_LIMIT`)."""
    if kind == "missing" or value is UNSET:
        return "absent"
    if kind == "null" or value is None:
        return "null"
    if kind == "unknown_field":
        return "field present"
    text = f"{type(value).__name__} {value!r}"
    return text if len(text) <= DETAIL_LIMIT else text[: DETAIL_LIMIT - 1] + "…"


class Recorder:
    """Collects the deviations of one parse (installed as the generated parsers' drift hook)."""

    __slots__ = ("found", "operation")

    def __init__(self, operation: str) -> None:
        self.operation = operation
        self.found: list[Drift] = []

    def __call__(self, pointer: str, kind: str, value: object) -> None:
        self.found.append(Drift(self.operation, pointer, kind, describe(kind, value)))

    def log(self) -> None:
        """One DEBUG record per deviation, with the `Drift` as `record.drift`."""
        for item in self.found:
            logger.debug("response drift: %s", item, extra={"drift": item})


def wanted(strict: bool) -> bool:
    """Whether deviations must be collected at all (strict mode, or someone listens at DEBUG)."""
    return strict or logger.isEnabledFor(logging.DEBUG)


@contextmanager
def recording(operation: str) -> Iterator[Recorder]:
    """Collect the deviations of the parses inside the block (for code that parses models itself)."""
    recorder = Recorder(operation)
    token: Token[DriftHook | None] = set_drift_hook(recorder)
    try:
        yield recorder
    finally:
        reset_drift_hook(token)
