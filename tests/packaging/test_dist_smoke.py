"""The smoke test `make dist` runs in a fresh virtual environment where only the built wheel (with its
`mock` and `cli` extras) is installed: `python tests/packaging/test_dist_smoke.py`. pytest runs it too, in
the development environment, so it cannot rot between releases.

It checks what a user of the wheel meets first: the version is the same everywhere, the type marker is
there, the mock serves its embedded spec, the SDK talks to it, and both console scripts answer.
"""

from __future__ import annotations

import importlib.metadata
import importlib.resources
import shutil
import subprocess
import sys
from pathlib import Path


def _script(name: str) -> str:
    """The console script installed beside this interpreter (falling back to PATH)."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    assert found, f"console script {name} is not installed"
    return found


def smoke() -> list[str]:
    """Run the checks; return what was checked (raises AssertionError on the first failure)."""
    import powerpost
    from powerpost._generated_client import USER_AGENT
    from powerpost_mock import MockSettings, run_in_thread

    checked = []
    version = importlib.metadata.version("powerpost")
    assert powerpost.__version__ == version, (powerpost.__version__, version)
    assert f"powerpost-python/{version}" == USER_AGENT, USER_AGENT
    checked.append(f"version {version} (package, powerpost.__version__, User-Agent)")

    assert importlib.resources.files("powerpost").joinpath("py.typed").is_file()
    import powerpost_mock
    from powerpost_mock.spec.loader import find_spec_path

    spec = find_spec_path()
    assert "openapi: 3.1" in spec.read_text(encoding="utf-8")
    package_dir = Path(powerpost_mock.__file__).parent
    if "site-packages" in package_dir.parts:  # installed from the wheel: the spec must travel inside it
        assert spec == package_dir / "spec" / "powerpost.yaml", spec
    checked.append(f"py.typed and the mock's spec ({spec})")

    with run_in_thread(MockSettings(initial_credits=7)) as mock:
        with powerpost.PowerPost(mock.api_key, mock.workspace_id, mock.base_url) as pp:
            assert pp.account.get_credits().balance == 7
        env = {"POWERPOST_API_KEY": mock.api_key, "POWERPOST_WORKSPACE_ID": mock.workspace_id}
        credits = subprocess.run(
            [_script("powerpost"), "--base-url", mock.base_url, "--json", "credits"],
            capture_output=True,
            text=True,
            timeout=60,
            env={**env, "PATH": str(Path(sys.executable).parent)},
            check=True,
        )
        assert '"balance": 7' in credits.stdout, credits.stdout
    checked.append("SDK and `powerpost credits --json` against the mock")

    shown = subprocess.run([_script("powerpost"), "--version"], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == f"powerpost {version}", shown.stdout
    mock_help = subprocess.run(
        [_script("powerpost-mock"), "--help"], capture_output=True, text=True, check=True
    )
    assert "--caption-delay SECONDS" in mock_help.stdout
    checked.append("`powerpost --version` and `powerpost-mock --help`")
    return checked


def test_smoke_in_this_environment() -> None:
    """The same checks in the development environment (the package installed editable)."""
    assert len(smoke()) == 4


if __name__ == "__main__":
    for line in smoke():
        print(f"ok: {line}")
    print(f"smoke test passed on Python {sys.version.split()[0]}")
