"""The SDK's operation table is the spec's: every operation, its path and what a retry could repeat."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from powerpost import _operations as operations

from scripts import generate_operation_facts as generator

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "powerpost.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REPEAT_UNSAFE = {"creates", "spends", "publishes"}


def _spec_operations() -> dict[str, tuple[str, str, str]]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {
        op["operationId"]: (method.upper(), path, op["x-powerpost-side-effect"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def test_sdk_table_and_spec_agree() -> None:
    """Same operations, methods and templates; `side_effect` (no retry) exactly where a repeat duplicates."""
    in_spec = _spec_operations()
    assert set(operations.OPERATIONS) == set(in_spec)
    for operation_id, (method, path, effect) in in_spec.items():
        op = operations.OPERATIONS[operation_id]
        assert (op.method, op.template, op.effect) == (method, path, effect), operation_id
        assert op.side_effect is (effect in REPEAT_UNSAFE), operation_id


def test_calls_that_charge_or_publish_are_never_marked_retry_safe() -> None:
    """The facts the retry logic lives by, pinned so a careless spec edit cannot flip them."""
    by_id = operations.OPERATIONS
    for operation_id in ("generate_content", "generate_image", "generate_video"):
        assert by_id[operation_id].effect == "spends"
    assert by_id["publish_post"].effect == "publishes"
    for operation_id in ("upload_media", "create_post", "create_calendar_entry"):
        assert by_id[operation_id].effect == "creates"
    assert {op.operation_id for op in by_id.values() if op.side_effect} == {
        "upload_media",
        "generate_content",
        "generate_image",
        "generate_video",
        "create_post",
        "publish_post",
        "create_calendar_entry",
    }
    assert all(op.effect == "none" for op in by_id.values() if op.method == "GET")


def test_committed_module_matches_the_spec() -> None:
    assert generator.main(["--check"]) == 0


def test_a_changed_side_effect_makes_the_committed_module_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = SPEC_PATH.read_text(encoding="utf-8")
    anchor = "x-powerpost-scope: calendar:write\n      x-powerpost-side-effect: idempotent\n"
    assert anchor in spec
    changed = spec.replace(anchor, anchor.replace("idempotent", "creates"), 1)
    (tmp_path / "powerpost.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    assert generator.main(["--check"]) == 1  # checks only: the committed module stays as it is
    assert '"update_calendar_entry", "PATCH", "/calendar/entries/{entry_id}", "creates"' in generator.render(
        yaml.safe_load(changed)
    )


def test_an_unknown_side_effect_value_is_refused() -> None:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    spec["paths"]["/posts"]["post"]["x-powerpost-side-effect"] = "maybe"
    with pytest.raises(SystemExit, match="create_post"):
        generator.render(spec)
