"""`python -m tools.breaking check|draft` on a copy of the repository's layout, end to end."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.breaking.__main__ import main
from tools.breaking.baseline import Baseline

ANNOUNCED = "# Changelog\n\n## [Unreleased]\n\n## [0.2.0]\n\n### Removed\n- **Breaking:** see below\n"


def _project(tmp_path: Path, baseline: Baseline, version: str) -> Path:
    """A repository layout: the released baseline, and a current spec and package copied from it."""
    root = tmp_path / "repo"
    shutil.copytree(baseline.directory, root / "spec" / "released" / baseline.version)
    shutil.copyfile(baseline.spec, root / "spec" / "powerpost.yaml")
    shutil.copytree(baseline.python_dir / "powerpost", root / "overlays" / "powerpost")
    (root / "pyproject.toml").write_text(
        f'[project]\nname = "powerpost"\nversion = "{version}"\n', encoding="utf-8"
    )
    return root


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _break_both_sides(root: Path) -> None:
    _edit(
        root / "spec" / "powerpost.yaml",
        "required: [post_types, research_mode]",
        "required: [post_types, research_mode, cta_text]",
    )
    _edit(
        root / "overlays" / "powerpost" / "client.py",
        "def publish(self, post_id: str)",
        "def publish(self, post_id: str, when: str)",
    )


def test_breaks_without_bump_fail_and_name_each_place(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, baseline.version)
    _break_both_sides(root)
    assert main(["check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert "Breaking changes (2):" in out
    assert (
        "spec   POST /content/generate (generate_content) request body: field `cta_text` became required"
        in out
    )
    publish = "powerpost/client.py:280 powerpost.PowerPost.posts.publish"
    assert f"python {publish}: Parameter was added as required: `when`" in out
    assert "ERROR: 2 breaking change(s) need a major version bump: 0.1.0 → 0.2.0" in out
    assert "ERROR: CHANGELOG.md must announce them" in out


def test_breaks_with_bump_and_changelog_pass(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, "0.2.0")
    _break_both_sides(root)
    (root / "CHANGELOG.md").write_text(ANNOUNCED, encoding="utf-8")
    assert main(["check", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "Breaking changes (2):" in out
    assert out.rstrip().endswith("check-breaking: OK")


def test_non_breaking_changes_pass_and_are_listed(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, baseline.version)
    _edit(
        root / "spec" / "powerpost.yaml",
        "enum: [draft, posting, posted, failed]",
        "enum: [draft, posting, posted, failed, scheduled]",
    )
    _edit(
        root / "overlays" / "powerpost" / "client.py",
        "def delete(self, entry_id: str)",
        "def delete(self, entry_id: str, *, force: bool = False)",
    )
    assert main(["check", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "Breaking changes" not in out
    assert "value `scheduled` added" in out
    assert "powerpost.PowerPost.calendar.delete: parameter `force: bool = False` added" in out

    assert main(["draft", "--root", str(root)]) == 0
    draft = capsys.readouterr().out
    assert draft.startswith("## [Unreleased]\n")
    assert "### Added\n" in draft
    assert "### Changed\n" in draft
    assert "**Breaking:**" not in draft


def test_draft_marks_breaks_under_keep_a_changelog_sections(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, baseline.version)
    _break_both_sides(root)
    assert main(["draft", "--root", str(root)]) == 0
    draft = capsys.readouterr().out
    assert (
        "### Changed\n- **Breaking:** API: field `cta_text` became required (POST /content/generate" in draft
    )
    assert (
        "- **Breaking:** SDK: `powerpost.PowerPost.posts.publish`: Parameter was added as required: `when`"
        in draft
    )


def test_missing_baseline_is_reported_not_a_traceback(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, baseline.version)
    shutil.rmtree(root / "spec" / "released")
    assert main(["check", "--root", str(root)]) == 2
    assert "no released baseline" in capsys.readouterr().err


def test_record_makes_the_current_state_the_new_baseline(
    tmp_path: Path, baseline: Baseline, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _project(tmp_path, baseline, "0.2.0")
    _break_both_sides(root)
    assert main(["record", "--root", str(root)]) == 0
    released = root / "spec" / "released" / "0.2.0"
    assert (released / "powerpost.yaml").read_bytes() == (root / "spec" / "powerpost.yaml").read_bytes()
    assert (released / "python" / "powerpost" / "client.py").is_file()
    assert not list(released.rglob("__pycache__"))
    capsys.readouterr()
    assert main(["check", "--root", str(root)]) == 0
    assert "Compared with release 0.2.0" in capsys.readouterr().out
    assert main(["record", "--root", str(root)]) == 2  # a released baseline is never rewritten
    assert "is not rewritten" in capsys.readouterr().err
