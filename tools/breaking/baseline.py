"""The released baselines under spec/released/<version>/: the spec and the public package as shipped.

Each release directory holds `powerpost.yaml` (the spec) and `python/powerpost/` (the source of the public
package), so the check needs neither git tags nor the network: CI compares a fresh clone against them.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .versioning import parse

SPEC_FILE = "powerpost.yaml"
PYTHON_DIR = "python"


@dataclass(frozen=True)
class Baseline:
    """One released version's spec and package source."""

    version: str
    directory: Path

    @property
    def spec(self) -> Path:
        """The spec as released."""
        return self.directory / SPEC_FILE

    @property
    def python_dir(self) -> Path:
        """The directory holding the released package (a search path for griffe)."""
        return self.directory / PYTHON_DIR


def latest_baseline(released_dir: Path) -> Baseline:
    """The highest released version in `released_dir` that has both a spec and a package copy."""
    candidates = (
        [
            Baseline(entry.name, entry)
            for entry in released_dir.iterdir()
            if entry.is_dir() and (entry / SPEC_FILE).is_file() and (entry / PYTHON_DIR).is_dir()
        ]
        if released_dir.is_dir()
        else []
    )
    if not candidates:
        raise FileNotFoundError(
            f"no released baseline (<version>/{SPEC_FILE} and <version>/{PYTHON_DIR}/) in {released_dir}"
        )
    return max(candidates, key=lambda baseline: parse(baseline.version))


def write_baseline(
    released_dir: Path, version: str, spec: Path, package_dir: Path, *, replace: bool = False
) -> Baseline:
    """Record `spec` and `package_dir` as released `version` (run when the release is cut)."""
    parse(version)
    baseline = Baseline(version, released_dir / version)
    if baseline.directory.exists():
        if not replace:
            raise FileExistsError(f"{baseline.directory} exists; a released baseline is not rewritten")
        shutil.rmtree(baseline.directory)
    baseline.python_dir.mkdir(parents=True)
    shutil.copyfile(spec, baseline.spec)
    shutil.copytree(
        package_dir,
        baseline.python_dir / package_dir.name,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    return baseline
