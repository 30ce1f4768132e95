"""The version rule: a breaking change needs a major bump (a minor bump while 0.x) and a CHANGELOG entry.

Semantic Versioning, item 4: "Major version zero (0.y.z) is for initial development. Anything MAY
change at any time." Read with the usual convention (Cargo, npm's caret ranges), a 0.x release line
treats its minor number as the major one: 0.1.0 → 0.2.0 may break, 0.1.0 → 0.1.1 may not. From
1.0.0 on, only a major bump may break.
"""

from __future__ import annotations

import importlib.metadata
import re
import tomllib
from pathlib import Path

from packaging.version import InvalidVersion, Version

_VERSION_ASSIGNMENT = re.compile(r"""^__version__\s*=\s*["']([^"']+)["']""", re.MULTILINE)
_SECTION_HEADING = re.compile(r"^## \[([^\]]+)\]", re.MULTILINE)


def read_project_version(root: Path) -> str:
    """The version being built: pyproject's `[project] version`, or the file hatch reads it from."""
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    project = pyproject.get("project", {})
    if isinstance(project.get("version"), str):
        return str(project["version"])
    version_file = pyproject.get("tool", {}).get("hatch", {}).get("version", {}).get("path")
    if isinstance(version_file, str) and (root / version_file).is_file():
        match = _VERSION_ASSIGNMENT.search((root / version_file).read_text(encoding="utf-8"))
        if match:
            return match.group(1)
    return importlib.metadata.version(str(project.get("name", "powerpost")))


def parse(version: str) -> Version:
    """A PEP 440 version, or a ValueError naming the bad string."""
    try:
        return Version(version)
    except InvalidVersion as error:
        raise ValueError(f"not a version: {version!r}") from error


def allows_breaking(released: str, current: str) -> bool:
    """Whether going from `released` to `current` is a major bump (for 0.x, a minor bump counts as one)."""
    old, new = parse(released), parse(current)
    if new.major != old.major:
        return new.major > old.major
    return old.major == 0 and new.minor > old.minor


def next_breaking_version(released: str) -> str:
    """The smallest version that may break `released`: 0.1.3 → 0.2.0, 1.4.0 → 2.0.0."""
    old = parse(released)
    return f"0.{old.minor + 1}.0" if old.major == 0 else f"{old.major + 1}.0.0"


def changelog_sections(text: str) -> dict[str, str]:
    """The body of each `## [name]` section of a Keep a Changelog file, by name."""
    headings = list(_SECTION_HEADING.finditer(text))
    return {
        match.group(1): text[match.end() : headings[i + 1].start() if i + 1 < len(headings) else len(text)]
        for i, match in enumerate(headings)
    }


def changelog_announces_breaking(changelog: Path, version: str) -> bool:
    """Whether CHANGELOG.md's `[version]` or `[Unreleased]` section says "breaking" (any case)."""
    if not changelog.is_file():
        return False
    sections = changelog_sections(changelog.read_text(encoding="utf-8"))
    return any("breaking" in sections.get(name, "").lower() for name in (version, "Unreleased"))
