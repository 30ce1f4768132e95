"""A break needs a major bump (a minor one while 0.x) and a CHANGELOG entry; other changes pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.breaking.baseline import Baseline
from tools.breaking.changes import Change
from tools.breaking.check import judge
from tools.breaking.versioning import (
    allows_breaking,
    changelog_announces_breaking,
    next_breaking_version,
    read_project_version,
)

BREAK = Change("spec", "breaking", "Removed", "GET /account/credits (get_credits)", "operation removed")
ADDITION = Change("spec", "non-breaking", "Added", "GET /account/usage (get_usage)", "operation added")
RELEASED = Baseline("0.1.0", Path("spec/released/0.1.0"))
ANNOUNCED = (
    "# Changelog\n\n## [Unreleased]\n\n## [0.2.0]\n\n### Removed\n- **Breaking:** `GET /account/credits`\n"
)


@pytest.mark.parametrize(
    ("released", "current", "allowed"),
    [
        ("0.1.0", "0.1.0", False),
        ("0.1.0", "0.1.5", False),
        ("0.1.0", "0.2.0", True),  # while 0.x, the minor number is the major one
        ("0.1.3", "1.0.0", True),
        ("1.2.0", "1.9.0", False),
        ("1.2.0", "2.0.0", True),
        ("1.2.0", "2.0.0rc1", True),
    ],
)
def test_which_bumps_may_break(released: str, current: str, allowed: bool) -> None:
    assert allows_breaking(released, current) is allowed


def test_next_breaking_version() -> None:
    assert next_breaking_version("0.1.3") == "0.2.0"
    assert next_breaking_version("1.4.0") == "2.0.0"


def test_non_breaking_changes_pass_without_bump(tmp_path: Path) -> None:
    verdict = judge(RELEASED, "0.1.0", [ADDITION], tmp_path / "CHANGELOG.md")
    assert verdict.passed


def test_break_without_bump_or_entry_fails_naming_both(tmp_path: Path) -> None:
    verdict = judge(RELEASED, "0.1.0", [BREAK], tmp_path / "CHANGELOG.md")
    assert not verdict.passed
    assert any("0.1.0 → 0.2.0" in problem for problem in verdict.problems)
    assert any("CHANGELOG.md" in problem for problem in verdict.problems)


def test_break_with_bump_but_no_entry_fails(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [0.2.0]\n\n### Added\n- a thing\n", encoding="utf-8")
    verdict = judge(RELEASED, "0.2.0", [BREAK], changelog)
    assert len(verdict.problems) == 1
    assert "CHANGELOG.md" in verdict.problems[0]


def test_break_with_entry_but_patch_bump_fails(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(ANNOUNCED.replace("0.2.0", "0.1.1"), encoding="utf-8")
    verdict = judge(RELEASED, "0.1.1", [BREAK], changelog)
    assert len(verdict.problems) == 1
    assert "major version bump" in verdict.problems[0]


def test_break_with_bump_and_entry_passes(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(ANNOUNCED, encoding="utf-8")
    assert judge(RELEASED, "0.2.0", [BREAK], changelog).passed


def test_the_entry_may_wait_under_unreleased(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "## [Unreleased]\n\n### Removed\n- BREAKING: credits\n\n## [0.1.0]\n", encoding="utf-8"
    )
    assert changelog_announces_breaking(changelog, "0.2.0")


def test_breaking_in_an_older_section_does_not_count(tmp_path: Path) -> None:
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("## [Unreleased]\n\n## [0.1.0]\n\n- **Breaking:** old news\n", encoding="utf-8")
    assert not changelog_announces_breaking(changelog, "0.2.0")


def test_version_going_backwards_fails(tmp_path: Path) -> None:
    assert not judge(RELEASED, "0.0.9", [], tmp_path / "CHANGELOG.md").passed


def test_version_from_pyproject_or_the_file_hatch_reads(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "powerpost"\nversion = "0.3.1"\n', encoding="utf-8"
    )
    assert read_project_version(tmp_path) == "0.3.1"
    dynamic = '[project]\nname = "powerpost"\ndynamic = ["version"]\n'
    dynamic += '[tool.hatch.version]\npath = "pkg/__init__.py"\n'
    (tmp_path / "pyproject.toml").write_text(dynamic, encoding="utf-8")
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text('"""x."""\n\n__version__ = "0.4.0"\n', encoding="utf-8")
    assert read_project_version(tmp_path) == "0.4.0"
