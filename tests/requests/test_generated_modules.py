"""The request shapes and typed params are generated from the spec, and a spec change shows as stale."""

from __future__ import annotations

import typing
from pathlib import Path

import pytest
from powerpost import _params as params
from powerpost._request_shapes import BODIES

from scripts import generate_request_shapes as generator


def test_committed_modules_match_the_spec() -> None:
    assert generator.main(["--check"]) == 0


def test_a_new_spec_field_makes_the_committed_modules_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = generator.SPEC.read_text(encoding="utf-8")
    anchor = "    CreatePostRequest:\n      type: object\n"
    assert anchor in spec
    changed = spec.replace(anchor, anchor + "      x-note: unchanged shape\n")
    changed = changed.replace(
        "        generation_id:\n          type: string\n          minLength: 1\n          maxLength: 200\n"
        "          description: A completed caption generation to fill the items' content from.\n",
        "        generation_id:\n          type: string\n          minLength: 1\n          maxLength: 200\n"
        "          description: A completed caption generation to fill the items' content from.\n"
        "        scheduled_at: {type: string, format: date-time, description: When to publish.}\n",
    )
    assert "scheduled_at" in changed
    (tmp_path / "powerpost.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    rendered = generator.render()
    assert "'scheduled_at': Shape(kind='datetime')" in rendered[generator.SHAPES_OUT].replace('"', "'")
    assert "scheduled_at: NotRequired[str | datetime.datetime]" in rendered[generator.PARAMS_OUT]
    assert generator.main(["--check"]) == 1


def test_every_body_has_a_shape_and_a_typed_dict() -> None:
    assert set(BODIES) == {
        "generate_content",
        "generate_image",
        "generate_video",
        "create_post",
        "create_calendar_entry",
        "update_calendar_entry",
    }
    hints = typing.get_type_hints(params.CreatePostParams)
    assert set(hints) == set(BODIES["create_post"].fields)
    assert params.CreatePostParams.__required_keys__ == frozenset({"items"})
    item_keys = params.CreatePostItemParams.__required_keys__
    assert item_keys == frozenset(BODIES["create_post"].fields["items"].items.required)  # type: ignore[union-attr]
    assert "threads-post" not in typing.get_args(params.PostTypeChoice)[0].__args__


def test_open_enum_refs_and_nullable_any_of_give_the_same_shapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spellings a spec review may switch to (`anyOf` open enums, `anyOf [..., null]`) change nothing sent."""
    before = generator.render()
    spec = generator.SPEC.read_text(encoding="utf-8")
    changed = spec.replace(
        "          items: {$ref: '#/components/schemas/PostType'}\n",
        "          items: {$ref: '#/components/schemas/PostTypeValue'}\n",
    ).replace(
        "description: {type: [string, 'null'], maxLength: 5000,",
        "description: {anyOf: [{type: string, maxLength: 5000}, {type: 'null'}],",
    )
    assert changed.count("PostTypeValue'}") > spec.count("PostTypeValue'}")
    assert "anyOf: [{type: string, maxLength: 5000}" in changed
    (tmp_path / "powerpost.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    assert generator.render() == before
