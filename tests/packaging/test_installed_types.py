"""Types reach the user: the wheel, installed with its extras in a fresh virtual environment outside the
repository, type-checks the README's and `examples/` code under `mypy --strict` with no project config,
and the same check fails on code that misuses results or request bodies, line by line.

The project's own mypy run reads `generated/` through `mypy_path`, so it cannot see a missing `py.typed`;
only an installed wheel can. Versions are pinned by requirements.lock (as constraints).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

ROOT = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "typing_cases"
FENCE = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
ERROR = re.compile(r"^(?P<file>[\w.]+):(?P<line>\d+): error: (?P<text>.*)  \[(?P<code>[\w-]+)\]$")
EXPECTED = re.compile(r"#\s*E:\s*(?P<code>[\w-]+)\s*$")


def _uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found is None:
        pytest.fail("uv is not installed: `make install` installs it (requirements.lock)")
    return found


def _run(args: list[str], cwd: Path, timeout: float = 240) -> subprocess.CompletedProcess[str]:
    # No MYPYPATH/PYTHONPATH from the developer's shell: the check sees only what the wheel installed.
    env = {k: v for k, v in os.environ.items() if k not in {"MYPYPATH", "PYTHONPATH", "VIRTUAL_ENV"}}
    return subprocess.run(
        args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@attrs.frozen
class Installed:
    """A fresh virtual environment with the wheel and its extras, and a scratch folder outside the repo."""

    python: Path
    workdir: Path
    timings: dict[str, float]

    def mypy(self, *files: str) -> subprocess.CompletedProcess[str]:
        started = time.perf_counter()
        result = _run([str(self.python), "-m", "mypy", "--strict", "--no-color-output", *files], self.workdir)
        self.timings[f"mypy {' '.join(files)[:40]}"] = time.perf_counter() - started
        return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed-wheel")
    assert ROOT not in base.parents, "the check must run outside the repository (no project config)"
    uv, timings = _uv(), {}

    def step(name: str, args: list[str]) -> None:
        started = time.perf_counter()
        result = _run(args, base)
        timings[name] = time.perf_counter() - started
        assert result.returncode == 0, f"{name} failed:\n{result.stdout}\n{result.stderr}"

    step("build wheel", [uv, "build", "--wheel", "--quiet", "--out-dir", str(base / "dist"), str(ROOT)])
    (wheel,) = (base / "dist").glob("powerpost-*.whl")
    step("create venv", [uv, "venv", "--quiet", "--python", sys.executable, str(base / "venv")])
    python = base / "venv" / "bin" / "python"
    constraints = ["--constraint", str(ROOT / "requirements.lock")]
    step(
        "install",
        [
            uv,
            "pip",
            "install",
            "--quiet",
            "--python",
            str(python),
            *constraints,
            f"{wheel}[mock,cli]",
            "mypy",
        ],
    )
    workdir = base / "check"
    workdir.mkdir()
    yield Installed(python, workdir, timings)
    print("\ninstalled-wheel type check timings (s):", {k: round(v, 1) for k, v in timings.items()})


def _readme_blocks() -> dict[str, str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return {
        f"readme_line_{text.count(chr(10), 0, m.start()) + 1}.py": m.group(1) for m in FENCE.finditer(text)
    }


def test_every_shipped_package_carries_py_typed(installed: Installed) -> None:
    result = _run([str(installed.python), "-c", _FIND_MARKERS], installed.workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["powerpost", "powerpost_api", "powerpost_cli", "powerpost_mock"]


_FIND_MARKERS = """
import importlib, pathlib
for name in ("powerpost", "powerpost_api", "powerpost_cli", "powerpost_mock"):
    module = importlib.import_module(name)
    if (pathlib.Path(module.__file__).parent / "py.typed").is_file():
        print(name)
"""


def test_readme_and_examples_pass_mypy_strict_from_the_installed_wheel(installed: Installed) -> None:
    files = {name: code for name, code in _readme_blocks().items()}
    files["quickstart.py"] = (ROOT / "examples" / "quickstart.py").read_text(encoding="utf-8")
    assert len(files) >= 2
    for name, code in files.items():
        (installed.workdir / name).write_text(code, encoding="utf-8")
    result = installed.mypy(*sorted(files))
    assert result.returncode == 0, (
        f"mypy --strict failed on the README/examples:\n{result.stdout}{result.stderr}"
    )
    assert f"no issues found in {len(files)} source files" in result.stdout


def test_results_are_typed_not_any_once_installed(installed: Installed) -> None:
    (installed.workdir / "reveal.py").write_text(
        "from powerpost import PowerPost\n"
        "reveal_type(PowerPost().content.get('g1').credits_used)\n"
        "reveal_type(PowerPost().posts.create({'items': [{'post_type': 'x-post'}]}).items)\n",
        encoding="utf-8",
    )
    result = installed.mypy("reveal.py")
    assert re.search(r'Revealed type is "(builtins\.)?float"', result.stdout), result.stdout
    assert "powerpost_api.models.post_item.PostItem" in result.stdout, result.stdout
    assert "Any" not in result.stdout


def test_misuse_fails_type_checking_on_each_marked_line(installed: Installed) -> None:
    source = (CASES / "misuse.py.txt").read_text(encoding="utf-8")
    (installed.workdir / "misuse.py").write_text(source, encoding="utf-8")
    expected = {
        number: match.group("code")
        for number, line in enumerate(source.splitlines(), start=1)
        if (match := EXPECTED.search(line))
    }
    assert len(expected) >= 10
    result = installed.mypy("misuse.py")
    found: dict[int, set[str]] = {}
    for line in result.stdout.splitlines():
        match = ERROR.match(line)
        if match and match.group("file") == "misuse.py":
            found.setdefault(int(match.group("line")), set()).add(match.group("code"))
    missed = {n: code for n, code in expected.items() if code not in found.get(n, set())}
    unexpected = {n: codes for n, codes in found.items() if n not in expected}
    assert not missed, f"misuse not caught on lines {missed}:\n{result.stdout}"
    assert not unexpected, f"correct code refused on lines {unexpected}:\n{result.stdout}"
    assert result.returncode == 1
