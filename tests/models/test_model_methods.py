"""What every model offers a user: `to_dict()`, `to_json()`, equality by value and a short, clean repr."""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from powerpost import types
from powerpost.types import Generation, GenerationList

from tests.overlays.conftest import Harness, generation

MODELS = sorted(
    (
        obj
        for obj in vars(types).values()
        if isinstance(obj, type) and attrs.has(obj) and hasattr(obj, "from_dict")
    ),
    key=lambda cls: cls.__name__,
)
LONG_PROMPT = "Announce our dark mode launch to every follower who asked for it " * 5
PAGE_BODY: dict[str, Any] = {
    "data": [generation(f"gen_{i}", "completed", prompt=LONG_PROMPT) for i in range(30)],
    "has_more": True,
    "next_cursor": "c2",
    "served_by": "eu-1",  # a field newer than this SDK
}


def test_every_model_has_to_dict_to_json_and_equality() -> None:
    assert len(MODELS) > 30
    for cls in MODELS:
        empty = cls.from_dict({"a_new_field": "kept"})
        if hasattr(cls, "to_multipart"):  # a multipart body holds a file stream: no JSON form
            assert not hasattr(cls, "to_json")
        else:
            assert json.loads(empty.to_json()) == empty.to_dict(), cls.__name__
        assert empty.to_dict()["a_new_field"] == "kept", cls.__name__
        assert empty == cls.from_dict({"a_new_field": "kept"}), cls.__name__
        assert empty != cls.from_dict({"a_new_field": "changed"}), cls.__name__
        assert " at 0x" not in repr(empty), cls.__name__


def test_to_json_is_to_dict_as_json_text_with_unknown_fields() -> None:
    page = GenerationList.from_dict(PAGE_BODY)
    assert json.loads(page.to_json()) == page.to_dict()
    assert json.loads(page.to_json())["served_by"] == "eu-1"
    assert "\n" not in page.to_json()
    indented = page.to_json(indent=2)
    assert indented.startswith('{\n  "')
    assert json.loads(indented) == page.to_dict()
    caption = Generation.from_dict(generation(prompt="Lune 🌙 — été"))
    assert "Lune 🌙 — été" in caption.to_json()  # text stays readable, not \\u-escaped


def test_models_parsed_from_the_same_json_are_equal_and_differ_when_a_field_does() -> None:
    body = copy.deepcopy(PAGE_BODY)
    one, two = GenerationList.from_dict(body), GenerationList.from_dict(json.loads(json.dumps(body)))
    assert one == two
    assert one is not two
    body["data"][29]["status"] = "failed"
    assert GenerationList.from_dict(body) != one  # a nested field, in the last item
    assert GenerationList.from_dict({**PAGE_BODY, "served_by": "us-1"}) != one  # an unknown field
    assert Generation.from_dict(generation("g1")) != Generation.from_dict(generation("g2"))
    as_dict: Any = generation("g1")
    assert Generation.from_dict(as_dict) != as_dict  # a model is not its dict


def test_repr_is_short_and_readable() -> None:
    one = Generation.from_dict(generation("gen_1", "completed", prompt=LONG_PROMPT))
    text = repr(one)
    assert text.startswith("Generation(generation_id='gen_1', status='completed', ")
    assert "post_types=['x-post']" in text
    assert "created_at=2026-01-10T18:30:00+00:00" in text
    assert "prompt='Announce our dark mode launch" in text
    assert LONG_PROMPT not in text
    assert "…" in text
    assert "<" not in text  # no `<GenerationStatus.COMPLETED: 'completed'>`
    assert len(text) < 400
    page = repr(GenerationList.from_dict(PAGE_BODY))
    assert page.count("Generation(") == 3
    assert "… 27 more]" in page
    assert "additional_properties={'served_by': 'eu-1'}" in page
    assert len(page) < 1500  # a 30-item page


def test_repr_shows_an_enum_value_newer_than_the_sdk() -> None:
    one = Generation.from_dict(generation(status="archived"))
    assert "status='archived'" in repr(one)


@pytest.mark.parametrize("path", ["/content/generations/g1"])
def test_models_from_both_clients_are_equal_and_print_the_same(api: Harness, path: str) -> None:
    api.router.get(path).respond(200, json=generation("g1", "completed"))
    got = api.run(api.client.content.get("g1"))
    expected = Generation.from_dict(generation("g1", "completed"))
    assert got == expected
    assert repr(got) == repr(expected)
    assert got.to_json() == expected.to_json()
