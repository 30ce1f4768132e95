"""A 400 for a value PowerPost owns says which sent value the spec does not list, the listed ones and the
closest match; values the spec lists, and errors of other operations, get no such hint."""

from __future__ import annotations

import json

import httpx
import powerpost
import pytest

from .conftest import GENERATE_BODY, Harness, error_json


def _refuse(api: Harness, path: str, status: int = 400, code: str = "VALIDATION_ERROR") -> list[bytes]:
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(status, json=error_json(code, "Invalid request body"))

    api.router.post(path).mock(side_effect=answer)
    return sent


def test_a_misspelt_post_type_is_named_with_the_closest_match(api: Harness) -> None:
    sent = _refuse(api, "/content/generate")
    body = {**GENERATE_BODY, "post_types": ["instagram-feed", "x-psot"]}
    with pytest.raises(powerpost.ValidationError) as caught:
        api.run(api.client.content.generate(body))
    assert json.loads(sent[0])["post_types"] == ["instagram-feed", "x-psot"]  # sent as given
    message = caught.value.message
    assert message.startswith("Invalid request body")
    assert "post_types[1]: 'x-psot' is not a value the spec lists (" in message
    assert "linkedin-post" in message  # the listed values
    assert message.endswith("did you mean 'x-post'?")
    assert "instagram-feed'" not in message.split("(")[0]  # a listed value is not blamed


def test_nested_values_are_found_by_their_path(api: Harness) -> None:
    _refuse(api, "/posts", status=422, code="UNSUPPORTED_POST_TYPE")
    body = {"generation_id": "g1", "items": [{"post_type": "x-post"}, {"post_type": "linkedn-post"}]}
    with pytest.raises(powerpost.UnprocessableEntityError) as caught:
        api.run(api.client.posts.create(body))
    assert "items[1].post_type: 'linkedn-post' is not a value the spec lists" in str(caught.value)
    assert "did you mean 'linkedin-post'?" in str(caught.value)


def test_listed_values_get_no_hint(api: Harness) -> None:
    _refuse(api, "/content/generate")
    with pytest.raises(powerpost.ValidationError) as caught:
        api.run(api.client.content.generate(GENERATE_BODY))
    assert caught.value.message == "Invalid request body"


def test_a_value_far_from_every_choice_lists_them_without_a_guess(api: Harness) -> None:
    _refuse(api, "/content/generate")
    with pytest.raises(powerpost.ValidationError) as caught:
        api.run(api.client.content.generate({**GENERATE_BODY, "research_mode": "zzz"}))
    message = caught.value.message
    assert "research_mode: 'zzz' is not a value the spec lists (regular, deep)" in message
    assert "did you mean" not in message
