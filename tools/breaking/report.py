"""How a verdict and a changelog draft are printed."""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from .changes import Change, Section
from .check import Verdict

SECTIONS: tuple[Section, ...] = ("Added", "Changed", "Deprecated", "Removed")


def verdict_report(verdict: Verdict) -> str:
    """The check's output: every break with its place, the other changes, then the verdict."""
    where = str(verdict.baseline.directory)
    if verdict.baseline.directory.resolve().is_relative_to(Path.cwd()):
        where = os.path.relpath(verdict.baseline.directory)
    lines = [f"Compared with release {verdict.baseline.version} ({where}); version now {verdict.version}."]
    breaking = verdict.breaking
    listed = [c for c in verdict.changes if not c.breaking and c.severity != "docs"]
    docs = sum(1 for c in verdict.changes if c.severity == "docs")
    if breaking:
        lines.append(f"Breaking changes ({len(breaking)}):")
        lines += [f"  {change.line()}" for change in breaking]
    if listed:
        lines.append(f"Non-breaking changes ({len(listed)}):")
        lines += [f"  {change.line()}" for change in listed]
    if docs:
        lines.append(f"Documentation-only changes: {docs} (descriptions, examples, summaries).")
    if not verdict.changes:
        lines.append("No changes.")
    if verdict.passed:
        lines.append("check-breaking: OK")
    else:
        lines += [f"ERROR: {problem}" for problem in verdict.problems]
    return "\n".join(lines)


def changelog_draft(changes: list[Change], heading: str = "Unreleased") -> str:
    """Keep a Changelog sections from the changes; places sharing one change are listed on one line."""
    grouped: dict[Section, dict[tuple[bool, str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
    docs = 0
    for change in changes:
        if change.severity == "docs":
            docs += 1
            continue
        surface = "API" if change.surface == "spec" else "SDK"
        where, _, subject = change.where.partition(" `")
        what = f"`{subject} {change.what}" if subject else change.what
        if change.surface == "python":
            where, _, name = change.where.partition(" ")
            what, where = f"`{name}`: {change.what}", where
        grouped[change.section][(change.breaking, surface, what)].append(where)
    if docs:
        grouped["Changed"][(False, "API", f"documentation updated in {docs} places")] = []
    lines = [f"## [{heading}]"]
    for section in SECTIONS:
        entries = grouped.get(section)
        if not entries:
            continue
        lines += ["", f"### {section}"]
        for (breaking, surface, what), places in sorted(
            entries.items(), key=lambda item: (not item[0][0], item[0])
        ):
            mark = "**Breaking:** " if breaking else ""
            shown = ", ".join(sorted(set(places))[:6]) + (", …" if len(set(places)) > 6 else "")
            lines.append(f"- {mark}{surface}: {what}" + (f" ({shown})" if shown else ""))
    if len(lines) == 1:
        lines += ["", "No changes since the last release."]
    return "\n".join(lines)
