"""api.md, the SDK reference, is generated from the code, complete, current, and linked from the README."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from powerpost import AsyncPowerPost, PowerPost

from scripts.gen_api_md import API_MD, render

ROOT = Path(__file__).resolve().parents[2]


def test_api_md_is_what_the_code_gives() -> None:
    """The committed api.md equals a fresh rendering (run `make api-md` after changing the SDK)."""
    assert API_MD.read_text(encoding="utf-8") == render(), "api.md is stale: run `make api-md`"


@pytest.mark.parametrize("client", [PowerPost, AsyncPowerPost], ids=lambda c: c.__name__)
def test_every_resource_method_is_documented_with_its_return_type(client: type) -> None:
    """Each public method of each resource has its heading and a signature line ending in its return type."""
    text = API_MD.read_text(encoding="utf-8")
    section = text.split(f"## {client.__name__}\n", 1)[1].split("\n## ", 1)[0]
    resources: dict[str, type] = client.RESOURCES  # type: ignore[attr-defined]
    assert set(resources) == {
        "account",
        "media",
        "content",
        "images",
        "videos",
        "posts",
        "analytics",
        "calendar",
    }
    count = 0
    for resource, resource_cls in resources.items():
        for name, function in inspect.getmembers(resource_cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            count += 1
            assert f"#### `pp.{resource}.{name}`" in section, f"{client.__name__}: pp.{resource}.{name}"
            returns = inspect.signature(function).return_annotation
            assert f"-> {returns}\n```" in section.split(f"#### `pp.{resource}.{name}`", 1)[1]
            for parameter in inspect.signature(function).parameters:
                if parameter != "self":
                    assert parameter in section.split(f"#### `pp.{resource}.{name}`", 1)[1].split("```")[1]
    assert count >= 20


def test_readme_links_the_sdk_reference() -> None:
    """A reader of the README finds api.md."""
    assert "](api.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
