"""Each change to the SDK's source is classified by griffe on the public surface of `powerpost`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools.breaking.baseline import Baseline
from tools.breaking.changes import Change
from tools.breaking.python_changes import compare_packages, load_package, public_surface


def _mutated(baseline: Baseline, tmp_path: Path, module: str, *edits: str) -> list[Change]:
    """Copy the released package, replace each `old` of (old, new, old, new, …) in `module`, compare."""
    copy_root = tmp_path / "python"
    shutil.copytree(baseline.python_dir, copy_root)
    source = copy_root / "powerpost" / module
    text = source.read_text(encoding="utf-8")
    for old, new in zip(edits[::2], edits[1::2], strict=True):
        assert text.count(old) == 1, f"{old!r} is not once in {module}"
        text = text.replace(old, new)
    source.write_text(text, encoding="utf-8")
    return compare_packages(baseline.python_dir, copy_root)


def _lines(changes: list[Change]) -> str:
    return "\n".join(change.line() for change in changes)


def test_renamed_method_is_a_removal(baseline: Baseline, tmp_path: Path) -> None:
    changes = _mutated(
        baseline,
        tmp_path,
        "client.py",
        "    def get(self, generation_id: str)",
        "    def fetch(self, generation_id: str)",
    )
    broken = [c for c in changes if c.breaking]
    assert [c.where.split(" ")[1] for c in broken] == ["powerpost.PowerPost.content.get"], _lines(changes)
    assert "removed" in broken[0].what
    assert broken[0].where.startswith("powerpost/client.py:")
    assert any(
        c.where.endswith("powerpost.PowerPost.content.fetch") and c.section == "Added" for c in changes
    )


def test_added_required_parameter_is_breaking(baseline: Baseline, tmp_path: Path) -> None:
    changes = _mutated(
        baseline,
        tmp_path,
        "client.py",
        "def publish(self, post_id: str)",
        "def publish(self, post_id: str, when: str)",
    )
    broken = [c for c in changes if c.breaking]
    assert len(broken) == 1, _lines(changes)
    assert broken[0].where.endswith("powerpost.PowerPost.posts.publish")
    assert broken[0].what == "Parameter was added as required: `when`"


def test_added_optional_parameter_is_listed_not_breaking(baseline: Baseline, tmp_path: Path) -> None:
    changes = _mutated(
        baseline,
        tmp_path,
        "client.py",
        "def delete(self, entry_id: str)",
        "def delete(self, entry_id: str, *, force: bool = False)",
    )
    assert changes, "the new parameter is not listed"
    assert not any(c.breaking for c in changes), _lines(changes)
    (change,) = changes
    assert change.where.endswith("powerpost.PowerPost.calendar.delete")
    assert "force: bool = False" in change.what


def test_removed_export_is_breaking(baseline: Baseline, tmp_path: Path) -> None:
    edits = ('    "RetryPolicy",\n', "", "from .retry import RetryPolicy\n", "")
    changes = _mutated(baseline, tmp_path, "__init__.py", *edits)
    assert [c.where.split(" ")[1] for c in changes if c.breaking] == ["powerpost.RetryPolicy"], _lines(
        changes
    )


def test_async_client_is_checked_too(baseline: Baseline, tmp_path: Path) -> None:
    text = "async def get(self, generation_id: str)"
    changes = _mutated(
        baseline, tmp_path, "async_client.py", text, "async def get(self, generation_id: str, x: int)"
    )
    assert [c.where.split(" ")[1] for c in changes if c.breaking] == ["powerpost.AsyncPowerPost.content.get"]


def test_implementation_modules_are_not_public(baseline: Baseline, tmp_path: Path) -> None:
    # `powerpost.safety` is not exported: renaming its helpers breaks no user.
    source = (baseline.python_dir / "powerpost" / "safety.py").read_text(encoding="utf-8")
    name = next(line.split("(")[0][4:] for line in source.splitlines() if line.startswith("def "))
    changes = _mutated(baseline, tmp_path, "safety.py", f"def {name}(", f"def {name}_renamed(")
    assert changes == [], _lines(changes)


def test_public_surface_reaches_resource_methods(baseline: Baseline) -> None:
    surface = public_surface(load_package(baseline.python_dir))
    assert "powerpost.PowerPost.content.generate" in surface
    assert "powerpost.errors.RateLimitError" in surface
    assert not any(path.startswith("powerpost.transport") for path in surface)


@pytest.mark.parametrize("module", ["client.py"])
def test_unchanged_package_has_no_changes(baseline: Baseline, tmp_path: Path, module: str) -> None:
    assert _mutated(baseline, tmp_path, module, "class PowerPost(", "class PowerPost(") == []
