"""Both diffs against the latest release, and the verdict of the version rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .baseline import Baseline, latest_baseline
from .changes import Change
from .python_changes import PACKAGE, compare_packages
from .spec_changes import compare_specs, load_document
from .versioning import allows_breaking, changelog_announces_breaking, next_breaking_version, parse


@dataclass(frozen=True)
class Paths:
    """Where the current spec, package, baselines and changelog are."""

    root: Path
    spec: Path
    package_dir: Path
    released_dir: Path
    changelog: Path

    @classmethod
    def of(cls, root: Path) -> Paths:
        """The repository's usual layout."""
        return cls(
            root=root,
            spec=root / "spec" / "powerpost.yaml",
            package_dir=root / "overlays" / PACKAGE,
            released_dir=root / "spec" / "released",
            changelog=root / "CHANGELOG.md",
        )


@dataclass(frozen=True)
class Verdict:
    """The changes since `baseline`, and the problems that make the check fail (none: it passes)."""

    baseline: Baseline
    version: str
    changes: list[Change]
    problems: list[str] = field(default_factory=list)

    @property
    def breaking(self) -> list[Change]:
        """The changes that break code written against the release."""
        return [change for change in self.changes if change.breaking]

    @property
    def passed(self) -> bool:
        """Whether `make check-breaking` succeeds."""
        return not self.problems


def collect_changes(paths: Paths, baseline: Baseline) -> list[Change]:
    """The spec's and the package's changes since `baseline`."""
    spec_side = compare_specs(load_document(baseline.spec), load_document(paths.spec))
    python_side = compare_packages(baseline.python_dir, paths.package_dir.parent, paths.package_dir.name)
    return spec_side + python_side


def judge(baseline: Baseline, version: str, changes: list[Change], changelog: Path) -> Verdict:
    """Apply the version rule to `changes`."""
    problems: list[str] = []
    if parse(version) < parse(baseline.version):
        problems.append(f"version {version} is older than the released {baseline.version}")
    breaking = [change for change in changes if change.breaking]
    if breaking and not allows_breaking(baseline.version, version):
        problems.append(
            f"{len(breaking)} breaking change(s) need a major version bump: {baseline.version} → "
            f"{next_breaking_version(baseline.version)} or later (while 0.x, a minor bump is the major one)"
        )
    if breaking and not changelog_announces_breaking(changelog, version):
        problems.append(
            f"{changelog.name} must announce them: a '## [{version}]' or '## [Unreleased]' section that says "
            "'breaking' (make changelog-draft prints one)"
        )
    return Verdict(baseline, version, changes, problems)


def run_check(paths: Paths, version: str) -> Verdict:
    """Compare the current spec and package with the latest release and judge the result."""
    baseline = latest_baseline(paths.released_dir)
    return judge(baseline, version, collect_changes(paths, baseline), paths.changelog)
