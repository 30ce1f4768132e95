"""A body that fails after the headers (reset, cut short, bad gzip) is a typed error, never a raw httpx one.

Reads are retried; a call that spends or creates is not, and its error says the outcome is unknown.
"""

from __future__ import annotations

from collections.abc import Callable

import powerpost
import pytest

from tests.hostile.conftest import Driver
from tests.hostile.server import (
    credits_json,
    gzip_garbage,
    gzipped,
    hostile,
    reset_mid_body,
    respond,
    started_json,
    truncated,
)

GENERATE = {"prompt": "We shipped dark mode", "post_types": ["x-post"], "research_mode": "regular"}


def test_reset_mid_body_on_a_read_is_retried_then_succeeds(drive: Callable[..., Driver]) -> None:
    with hostile(reset_mid_body(credits_json()), respond(200, credits_json())) as server:
        client = drive(server)
        assert client.call(lambda c: c.account.get_credits()).balance == 42
    assert len(server.seen) == 2
    assert len(client.sleeps) == 1


def test_reset_mid_body_every_time_raises_connection_error_with_request_id(
    drive: Callable[..., Driver],
) -> None:
    with hostile(reset_mid_body(credits_json())) as server:
        client = drive(server, max_retries=1)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert type(caught.value) is powerpost.APIConnectionError
    assert caught.value.request_id == "req_reset"
    assert "ReadError" in str(caught.value)
    assert "req_reset" in str(caught.value)
    assert len(server.seen) == 2


def test_reset_mid_body_on_generate_is_not_retried_and_says_the_outcome_is_unknown(
    drive: Callable[..., Driver],
) -> None:
    with hostile(reset_mid_body(started_json())) as server:
        client = drive(server)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.content.generate(GENERATE))
    assert len(server.seen) == 1
    assert caught.value.outcome_unknown is True
    assert "outcome is unknown" in str(caught.value)
    assert client.sleeps == []


def test_truncated_body_on_create_post_is_a_connection_error_sent_once(drive: Callable[..., Driver]) -> None:
    with hostile(truncated(b'{"post_id": "p1", "status": "dr')) as server:
        client = drive(server)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.posts.create({"items": [{"post_type": "x-post", "content": "hi"}]}))
    assert len(server.seen) == 1
    assert "RemoteProtocolError" in str(caught.value)
    assert caught.value.outcome_unknown is True


def test_truncated_body_on_a_read_is_retried(drive: Callable[..., Driver]) -> None:
    with hostile(truncated(b'{"balance": 4'), respond(200, credits_json())) as server:
        client = drive(server)
        assert client.call(lambda c: c.account.get_credits()).balance == 42
    assert len(server.seen) == 2


def test_gzip_garbage_is_a_connection_error(drive: Callable[..., Driver]) -> None:
    with hostile(gzip_garbage()) as server:
        client = drive(server, max_retries=0)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.account.get_credits())
    assert "DecodingError" in str(caught.value)
    assert caught.value.request_id == "req_gzip"


def test_valid_gzip_is_decoded_once(drive: Callable[..., Driver]) -> None:
    with hostile(gzipped(credits_json())) as server:
        client = drive(server)
        raw = client.call(lambda c: c.account.with_raw_response.get_credits())
        assert raw.parse().balance == 42
        assert raw.request_id == "req_gz_ok"


def test_reset_mid_body_of_an_upload_is_not_retried(drive: Callable[..., Driver]) -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    media = b'{"media_id": "m1", "type": "image", "url": "https://x", "size": 16}'
    with hostile(reset_mid_body(media)) as server:
        client = drive(server)
        with pytest.raises(powerpost.APIConnectionError) as caught:
            client.call(lambda c: c.media.upload(png_file(png), type="image", file_name="a.png"))
    assert len(server.seen) == 1
    assert caught.value.outcome_unknown is True


def png_file(data: bytes) -> object:
    import io

    return io.BytesIO(data)
