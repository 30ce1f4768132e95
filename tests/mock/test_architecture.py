"""The mock's import contracts (pyproject's `[tool.importlinter]`): its stages import only the stages below
them (http > operations > state > spec), settings and errors import no stage above spec, and no import cycle
exists anywhere inside `powerpost_mock`, TYPE_CHECKING imports included.

The contracts are checked by import-linter on the real package, and on copies with one bad import added, so
a broken contract is known to fail the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mock" / "powerpost_mock"
CONFIG = ROOT / "pyproject.toml"
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"
LAYERS = "mock stages: http > operations > state > spec"
ACYCLIC = "mock: no import cycle"
SHARED = "mock: settings and errors, shared by every stage, import no stage above spec"


def lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's verdict on the `powerpost_mock` found in `package_parent` (no cache written)."""
    env = {**os.environ, "PYTHONPATH": str(package_parent), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--config", str(CONFIG)],
        capture_output=True,
        text=True,
        cwd=package_parent,
        env=env,
        timeout=120,
        check=False,
    )


def test_the_mock_keeps_its_import_contracts() -> None:
    result = lint_imports(PACKAGE.parent)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    for name in (LAYERS, ACYCLIC, SHARED):
        assert f"{name} KEPT" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "broken"),
    [
        # A lower stage reaching up: the state may not know the HTTP side.
        ("state/ledger.py", "from ..http import dispatcher", LAYERS),
        # The cycle this layout removed: the store finishing jobs itself (store -> jobs -> store).
        ("state/store.py", "from ..operations import jobs", LAYERS),
        # A cycle inside one stage, through a TYPE_CHECKING import.
        ("spec/simple_schemas.py", "if TYPE_CHECKING:\n    from . import validation", ACYCLIC),
        ("errors.py", "from .state import clock", SHARED),
    ],
)
def test_a_bad_import_breaks_a_contract(tmp_path: Path, module: str, bad_import: str, broken: str) -> None:
    copy = tmp_path / "powerpost_mock"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    source = target.read_text(encoding="utf-8")
    header = "from typing import TYPE_CHECKING\n" if "TYPE_CHECKING" in bad_import else ""
    target.write_text(f"{source}\n{header}{bad_import}  # noqa\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{broken} BROKEN" in result.stdout, result.stdout[-3000:]
