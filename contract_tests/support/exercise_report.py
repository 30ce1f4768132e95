"""Records what the contract run exercised and renders the report (terminal summary and report/ file)."""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import attrs

REPORT_DIR = Path(__file__).resolve().parents[1] / "report"
REPORT_FILE = REPORT_DIR / "contract-report.md"


@attrs.define
class OperationStats:
    """Requests sent to one operation in one part of the run."""

    cases: int = 0
    modes: Counter[str] = attrs.field(factory=Counter)
    phases: Counter[str] = attrs.field(factory=Counter)
    statuses: Counter[int] = attrs.field(factory=Counter)


@attrs.define
class Recorder:
    """Thread-safe tallies of calls and check outcomes, per part of the run and operation."""

    calls: dict[str, dict[str, OperationStats]] = attrs.field(factory=lambda: defaultdict(dict))
    checks_run: dict[str, Counter[str]] = attrs.field(factory=lambda: defaultdict(Counter))
    checks_failed: dict[str, Counter[str]] = attrs.field(factory=lambda: defaultdict(Counter))
    notes: list[str] = attrs.field(factory=list)
    started: float = attrs.field(factory=time.monotonic)
    _lock: threading.Lock = attrs.field(factory=threading.Lock)

    def record_call(self, section: str, case: Any, response: Any) -> None:
        """Count one request of ``case`` and its status."""
        with self._lock:
            stats = self.calls[section].setdefault(case.operation.label, OperationStats())
            stats.cases += 1
            stats.statuses[response.status_code] += 1
            if case.meta is not None:
                stats.modes[case.meta.generation.mode.value] += 1
                stats.phases[case.meta.phase.name.value] += 1

    def record_checks(self, section: str, case: Any, results: list[Any]) -> None:
        """Count which checks ran on a response and which of them failed."""
        with self._lock:
            for result in results:
                self.checks_run[section][result.name] += 1
                if result.failure is not None:
                    self.checks_failed[section][result.name] += 1

    def note(self, line: str) -> None:
        """Add a line to the report (e.g. which check caught a broken variant)."""
        with self._lock:
            self.notes.append(line)

    def render(self, outcome: str = "") -> str:
        """The report as Markdown."""
        lines = ["# PowerPost contract run", ""]
        if outcome:
            lines += [outcome, ""]
        lines.append(f"Wall time so far: {time.monotonic() - self.started:.1f} s")
        for section in sorted(self.calls):
            operations = self.calls[section]
            total = sum(stats.cases for stats in operations.values())
            lines += ["", f"## {section}: {len(operations)} operations, {total} requests", ""]
            lines.append("| operation | requests | positive/negative | phases | statuses |")
            lines.append("|---|---:|---|---|---|")
            for label in sorted(operations):
                stats = operations[label]
                modes = "/".join(str(stats.modes.get(mode, 0)) for mode in ("positive", "negative"))
                phases = ", ".join(f"{name} {count}" for name, count in sorted(stats.phases.items()))
                statuses = ", ".join(f"{code}×{count}" for code, count in sorted(stats.statuses.items()))
                lines.append(f"| {label} | {stats.cases} | {modes} | {phases} | {statuses} |")
            ran = self.checks_run.get(section, Counter())
            failed = self.checks_failed.get(section, Counter())
            if ran:
                lines += ["", "Checks run (responses checked, failures):", ""]
                lines += [
                    f"- {name}: {count}, {failed.get(name, 0)} failed" for name, count in sorted(ran.items())
                ]
        if self.notes:
            lines += ["", "## Notes", ""] + [f"- {note}" for note in self.notes]
        return "\n".join(lines) + "\n"

    def write(self, outcome: str = "") -> Path:
        """Write the report to ``contract_tests/report/contract-report.md`` and return the path."""
        REPORT_DIR.mkdir(exist_ok=True)
        REPORT_FILE.write_text(self.render(outcome), encoding="utf-8")
        return REPORT_FILE


RECORDER = Recorder()
