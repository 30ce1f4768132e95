"""Finding and loading `powerpost.yaml`, the single source of truth the mock validates against."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import yaml

# The package `powerpost_mock`; a wheel carries the spec in this folder (`powerpost_mock/spec/`).
PACKAGE_DIR = Path(__file__).resolve().parents[1]


def find_spec_path() -> Path:
    """The spec force-included next to the package in a wheel, else the repository's `spec/`."""
    candidates = (
        PACKAGE_DIR / "spec" / "powerpost.yaml",
        PACKAGE_DIR.parent.parent / "spec" / "powerpost.yaml",
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"powerpost.yaml not found in {', '.join(map(str, candidates))}")


def load_spec(path: Path | None = None) -> tuple[dict[str, Any], str]:
    """The parsed spec and its raw YAML text."""
    text = (path or find_spec_path()).read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return cast(dict[str, Any], yaml.load(text, Loader=loader)), text  # noqa: S506 - a safe loader
