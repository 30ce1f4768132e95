"""One distribution carries the generated client, the overlays, the mock (with its spec) and the CLI."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def spec_operations() -> list[tuple[str, str]]:
    """(tag, operationId) of every operation in the spec."""
    spec: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "powerpost.yaml").read_text(encoding="utf-8"))
    return [
        (op["tags"][0], op["operationId"])
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in {"get", "post", "patch", "delete"}
    ]


@pytest.mark.parametrize(("tag", "operation_id"), spec_operations())
def test_generated_client_has_a_typed_function_per_operation(tag: str, operation_id: str) -> None:
    module = importlib.import_module(f"powerpost_api.api.{tag}.{operation_id}")
    for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
        function = getattr(module, name)
        hints = inspect.get_annotations(function, eval_str=True)
        assert "return" in hints, f"{operation_id}.{name} has no return type"
        assert "client" in hints, f"{operation_id}.{name} has an untyped client"


def test_wheel_carries_every_package_and_the_spec(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("powerpost-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "powerpost_api/api/content/generate_content.py",
        "powerpost_api/models/generation.py",
        "powerpost/__init__.py",
        "powerpost/py.typed",
        "powerpost_mock/__init__.py",
        "powerpost_mock/spec/powerpost.yaml",
        # The mock's stages (subpackages) travel too, the spec beside its loader.
        "powerpost_mock/spec/loader.py",
        "powerpost_mock/http/dispatcher.py",
        "powerpost_mock/operations/jobs.py",
        "powerpost_mock/state/store.py",
        "powerpost_cli/__init__.py",
    ):
        assert expected in names, f"{expected} missing from {wheel.name}"
    spec_in_wheel = zipfile.ZipFile(wheel).read("powerpost_mock/spec/powerpost.yaml")
    assert spec_in_wheel == (ROOT / "spec" / "powerpost.yaml").read_bytes()
