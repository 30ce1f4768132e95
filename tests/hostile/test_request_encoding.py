"""A body that cannot be encoded as JSON is a request error naming the field, and nothing is sent."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import powerpost
import pytest
from powerpost_api.models import GenerateContentRequest

from tests.hostile.conftest import Driver
from tests.hostile.server import hostile, respond, started_json

BODY = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}


def _nested(depth: int) -> Any:
    value: Any = "bottom"
    for _ in range(depth):
        value = [value]
    return value


def test_lone_surrogate_is_a_request_error_naming_the_field(drive: Callable[..., Driver]) -> None:
    with hostile(respond(200, started_json())) as server:
        client = drive(server)
        with pytest.raises(powerpost.RequestEncodingError) as caught:
            client.call(lambda c: c.content.generate({**BODY, "prompt": "dark \ud800 mode"}))
    assert caught.value.field == "prompt"
    assert isinstance(caught.value, powerpost.RequestValidationError)
    assert server.seen == []


def test_lone_surrogate_in_a_nested_field_is_named_with_its_path(drive: Callable[..., Driver]) -> None:
    body = {"items": [{"post_type": "x-post", "content": "ok"}, {"post_type": "x-post", "content": "\udfff"}]}
    with hostile(respond(200, b"{}")) as server:
        client = drive(server)
        with pytest.raises(powerpost.RequestEncodingError) as caught:
            client.call(lambda c: c.posts.create(body))
    assert caught.value.field == "items[1].content"
    assert server.seen == []


def test_ten_thousand_levels_of_nesting_is_a_request_error(drive: Callable[..., Driver]) -> None:
    request = GenerateContentRequest.from_dict(BODY)
    request["metadata"] = _nested(10_000)
    with hostile(respond(200, started_json())) as server:
        client = drive(server)
        with pytest.raises(powerpost.RequestEncodingError) as caught:
            client.call(lambda c: c.content.generate(request))
    assert caught.value.field == "metadata"
    assert "deep" in str(caught.value)
    assert server.seen == []


def test_nan_is_a_request_error(drive: Callable[..., Driver]) -> None:
    request = GenerateContentRequest.from_dict(BODY)
    request["weight"] = float("nan")
    with hostile(respond(200, started_json())) as server:
        client = drive(server)
        with pytest.raises(powerpost.RequestEncodingError) as caught:
            client.call(lambda c: c.content.generate(request))
    assert caught.value.field == "weight"
    assert server.seen == []


def test_upload_file_name_with_a_lone_surrogate_is_a_request_error(drive: Callable[..., Driver]) -> None:
    import io

    png = io.BytesIO(bytes.fromhex("89504e470d0a1a0a0000000d49484452"))
    with hostile(respond(200, b"{}")) as server:
        client = drive(server)
        with pytest.raises(powerpost.RequestEncodingError) as caught:
            client.call(lambda c: c.media.upload(png, type="image", file_name="\ud800.png"))
    assert caught.value.field == "file_name"
    assert server.seen == []
