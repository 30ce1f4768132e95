"""The drift report: what the server sent that the spec does not promise, as the SDK saw and tolerated it.

The SDK logs every deviation it tolerates (a documented field missing or `null`, a field or enum value it
does not know, a value of another type) as one DEBUG record on the `powerpost.drift` logger; the record's
`drift` attribute has `operation` (operationId), `pointer` (JSON pointer into the body), `kind` (`missing`,
`null`, `unknown_field`, `unknown_enum`, `type_mismatch`) and `detail` (short text of what came).
`DriftCollector` is a logging handler that tallies them; the report groups them by operation so that the
spec can be corrected from what the API really sends. Attributes are read with `getattr`, so a record of
another shape is counted under `?` rather than breaking the run.

    collector = DriftCollector()
    with collector.attached():
        pp.content.get(generation_id)
    print(collector.render("url (http://127.0.0.1:4010/api/v1)"))
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

DRIFT_LOGGER = "powerpost.drift"
# The SDK module that records drift (private: its presence says whether the SDK in use can report).
DRIFT_MODULE = "powerpost._drift"
KINDS = ("missing", "null", "unknown_field", "unknown_enum", "type_mismatch")
REPORT_DIR_ENV = "POWERPOST_CONTRACT_REPORT_DIR"
DEFAULT_REPORT_DIR = Path(__file__).resolve().parents[1] / "report"
MARKDOWN_NAME = "drift-report.md"
JSON_NAME = "drift-report.json"
MAX_DETAILS = 3  # distinct "what came" texts shown per row; the count covers them all
MAX_DETAIL_CHARS = 80


@attrs.frozen(order=True)
class DriftKey:
    """One kind of deviation at one place of one operation's answer."""

    operation: str
    pointer: str
    kind: str


def sdk_records_drift() -> bool:
    """Whether the installed SDK has its drift recorder (`powerpost._drift`, logging as `powerpost.drift`);
    without it the report stays empty whatever the server sends."""
    try:
        return importlib.util.find_spec(DRIFT_MODULE) is not None
    except ModuleNotFoundError:
        return False


def report_dir() -> Path:
    """Where the report files go: `POWERPOST_CONTRACT_REPORT_DIR`, else `contract_tests/report/`."""
    configured = os.environ.get(REPORT_DIR_ENV, "").strip()
    return Path(configured) if configured else DEFAULT_REPORT_DIR


def _text(value: Any, default: str = "?") -> str:
    text = default if value is None else str(value)
    return text if len(text) <= MAX_DETAIL_CHARS else text[: MAX_DETAIL_CHARS - 1] + "…"


class DriftCollector(logging.Handler):
    """A handler for the `powerpost.drift` logger that counts deviations by operation, pointer and kind."""

    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.details: dict[DriftKey, Counter[str]] = {}
        self.records = 0
        self.sdk_calls = 0
        self.target = ""  # the label of the server the SDK called (set by whoever attaches the collector)
        self._counts_lock = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        """Count the record's `drift` (records without one are not drift and are ignored)."""
        drift = getattr(record, "drift", None)
        if drift is None:
            return
        key = DriftKey(
            operation=_text(getattr(drift, "operation", None)),
            pointer=_text(getattr(drift, "pointer", None), ""),
            kind=_text(getattr(drift, "kind", None)),
        )
        with self._counts_lock:
            self.records += 1
            self.details.setdefault(key, Counter())[_text(getattr(drift, "detail", None), "")] += 1

    def count_call(self, calls: int = 1) -> None:
        """Note SDK calls made against the target (the report says how much was exercised)."""
        with self._counts_lock:
            self.sdk_calls += calls

    @contextlib.contextmanager
    def attached(self) -> Iterator[DriftCollector]:
        """Listen on `powerpost._drift` (at DEBUG) for the duration of the block."""
        logger = logging.getLogger(DRIFT_LOGGER)
        previous = logger.level
        logger.addHandler(self)
        if logger.getEffectiveLevel() > logging.DEBUG:
            logger.setLevel(logging.DEBUG)
        try:
            yield self
        finally:
            logger.removeHandler(self)
            logger.setLevel(previous)

    def entries(self) -> list[dict[str, Any]]:
        """Every row of the report, by operation, pointer and kind."""
        rows = []
        for key in sorted(self.details):
            details = self.details[key]
            rows.append(
                {
                    **attrs.asdict(key),
                    "count": sum(details.values()),
                    "came": [text for text, _ in details.most_common(MAX_DETAILS)],
                }
            )
        return rows

    def render(self, target: str) -> str:
        """The report as Markdown: one table per operation (pointer, kind, what came, count)."""
        lines = ["# PowerPost drift report", "", f"Target: {target}", ""]
        summary = f"SDK calls: {self.sdk_calls}; tolerated deviations: {self.records}"
        lines.append(summary + (f" at {len(self.details)} places" if self.details else ""))
        if not sdk_records_drift():
            lines += [
                "",
                "The SDK in use has no drift recorder (`powerpost._drift`, logging as `powerpost.drift`): "
                "nothing can be reported.",
            ]
        elif not self.details:
            lines += ["", "No deviations: every answer the SDK read was what the spec promises."]
        by_operation: dict[str, list[dict[str, Any]]] = {}
        for row in self.entries():
            by_operation.setdefault(row["operation"], []).append(row)
        for operation, rows in by_operation.items():
            lines += [
                "",
                f"## {operation}",
                "",
                "| JSON pointer | kind | what came | count |",
                "|---|---|---|---:|",
            ]
            for row in rows:
                came = "; ".join(f"`{text}`" if text else "—" for text in row["came"]).replace("|", "\\|")
                lines.append(f"| `{row['pointer'] or '/'}` | {row['kind']} | {came} | {row['count']} |")
        return "\n".join(lines) + "\n"

    def write(self, target: str, directory: Path | None = None) -> Path:
        """Write `drift-report.md` and `drift-report.json` into `directory` (default: `report_dir()`) and
        return the Markdown file's path."""
        directory = directory or report_dir()
        directory.mkdir(parents=True, exist_ok=True)
        markdown = directory / MARKDOWN_NAME
        markdown.write_text(self.render(target), encoding="utf-8")
        document = {
            "target": target,
            "sdk_calls": self.sdk_calls,
            "records": self.records,
            "sdk_records_drift": sdk_records_drift(),
            "entries": self.entries(),
        }
        (directory / JSON_NAME).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        return markdown


DRIFT = DriftCollector()
