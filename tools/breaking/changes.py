"""One classified change, from either diff, and how it is worded for people."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Surface = Literal["spec", "python"]
Severity = Literal["breaking", "non-breaking", "deprecated", "docs"]
Section = Literal["Added", "Changed", "Deprecated", "Removed"]


@dataclass(frozen=True)
class Change:
    """A change between the released and the current version, classified for an SDK user.

    `where` names the place (an operation and the part of it, or a Python name with its file and line),
    `what` says what changed there, `rule` names the project rule that overrode the diff tool, if one did.
    """

    surface: Surface
    severity: Severity
    section: Section
    where: str
    what: str
    rule: str = ""

    @property
    def breaking(self) -> bool:
        """Whether the change breaks code written against the released version."""
        return self.severity == "breaking"

    def line(self) -> str:
        """One line for the check's report: `spec  POST /x → request body: field `a` became required`."""
        suffix = f"  [{self.rule}]" if self.rule else ""
        return f"{self.surface:<6} {self.where}: {self.what}{suffix}"
