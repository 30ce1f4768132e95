"""The entry point: configuration from the environment, workspaces, options, safety and request bodies."""

from __future__ import annotations

import io
import json
import logging
import os
from pathlib import Path

import httpx
import powerpost
import pytest
from powerpost import ConfigurationError, PowerPost
from powerpost_api.models import GenerateContentRequest, PostType, ResearchMode

from .conftest import BASE, GENERATE_BODY, KEY, WORKSPACE, Harness, error_json, started


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POWERPOST_API_KEY", "pp_live_sk_from_env_000")
    monkeypatch.setenv("POWERPOST_WORKSPACE_ID", "ws_env")
    monkeypatch.setenv("POWERPOST_BASE_URL", "http://127.0.0.1:4010/api/v1")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"balance": 1})

    client = PowerPost(transport=httpx.MockTransport(handler))
    client.account.get_credits()
    assert str(seen[0].url) == "http://127.0.0.1:4010/api/v1/account/credits"
    assert seen[0].headers["x-api-key"] == "pp_live_sk_from_env_000"
    assert seen[0].headers["x-workspace-id"] == "ws_env"


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POWERPOST_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="POWERPOST_API_KEY"):
        PowerPost()


def test_default_base_url_is_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("POWERPOST_BASE_URL", raising=False)
    assert PowerPost(KEY).base_url == "https://powerpost.ai/api/v1"


@pytest.mark.parametrize(
    "url", ["http://api.example.com/api/v1", "http://10.0.0.5/api/v1", "ftp://127.0.0.1/x", "not a url"]
)
def test_insecure_base_url_is_refused(url: str) -> None:
    with pytest.raises(powerpost.InsecureBaseURLError):
        PowerPost(KEY, base_url=url)


@pytest.mark.parametrize(
    "url",
    ["http://localhost:4010/api/v1", "http://127.0.0.1/api/v1", "http://127.8.9.10/x", "http://[::1]:80/x"],
)
def test_loopback_http_is_allowed(url: str) -> None:
    assert PowerPost(KEY, base_url=url).base_url == url


def test_with_workspace_sends_the_other_header_and_leaves_the_original_alone(api: Harness) -> None:
    route = api.router.post("/content/generate").respond(200, json=started())
    other = api.client.with_workspace("ws_other")
    api.run(other.content.generate(GENERATE_BODY))
    api.run(api.client.content.generate(GENERATE_BODY))
    assert [c.request.headers["x-workspace-id"] for c in route.calls] == ["ws_other", WORKSPACE]
    assert other.workspace_id == "ws_other"
    assert api.client.workspace_id == WORKSPACE
    assert other._core.transport._inner is api.client._core.transport._inner  # one connection pool


def test_key_is_sent_once_and_never_shown(api: Harness, caplog: pytest.LogCaptureFixture) -> None:
    route = api.router.get("/account/credits").respond(200, json={"balance": 2})
    with caplog.at_level(logging.DEBUG):
        api.run(api.client.account.get_credits())
    assert route.calls[0].request.headers["x-api-key"] == KEY
    assert KEY not in repr(api.client)
    assert KEY not in str(api.client)
    assert KEY not in repr(api.client._core.config)
    assert KEY not in caplog.text


def test_mapping_body_with_a_wrong_type_is_refused_before_any_request(api: Harness) -> None:
    # An unknown post type is sent for the server to judge (tests/requests); a number is never one.
    route = api.router.post("/content/generate").respond(200, json=started())
    with pytest.raises(powerpost.RequestValidationError) as caught:
        api.run(api.client.content.generate({**GENERATE_BODY, "post_types": ["x-post", 404]}))
    assert isinstance(caught.value, ValueError)
    assert caught.value.field == "post_types[1]"
    assert "404" in str(caught.value)
    assert route.call_count == 0


def test_mapping_body_missing_a_required_field_names_it(api: Harness) -> None:
    with pytest.raises(powerpost.RequestValidationError) as caught:
        api.run(api.client.content.generate({"prompt": "hello there"}))
    assert caught.value.field in {"post_types", "research_mode"}


def test_model_and_mapping_bodies_send_the_same_json(api: Harness) -> None:
    route = api.router.post("/content/generate").respond(200, json=started())
    model = GenerateContentRequest(
        prompt="We shipped dark mode", post_types=[PostType.X_POST], research_mode=ResearchMode.REGULAR
    )
    api.run(api.client.content.generate(model))
    api.run(api.client.content.generate(GENERATE_BODY))
    assert json.loads(route.calls[0].request.content) == json.loads(route.calls[1].request.content)


def test_calendar_dates_accept_strings_and_refuse_garbage(api: Harness) -> None:
    route = api.router.get("/calendar/entries").respond(200, json={"entries": []})
    api.run(api.client.calendar.list("2026-03-01", "2026-03-31"))
    assert route.calls[0].request.url.params["start_date"] == "2026-03-01"
    with pytest.raises(powerpost.RequestValidationError):
        api.run(api.client.calendar.list("March", "2026-03-31"))


def _media(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200,
        json={
            "media_id": "m1",
            "type": "image",
            "file_name": "x.png",
            "file_size": 10,
            "mime_type": "image/png",
            "created_at": "2026-01-10T18:30:00Z",
        },
    )


PNG = b"\x89PNG\r\n\x1a\n" + b"\r\n--+++\r\n" + b"\x00" * 64


def test_upload_guesses_type_from_magic_bytes_and_uses_a_random_boundary(api: Harness) -> None:
    route = api.router.post("/media/upload").mock(side_effect=_media)
    media = api.run(api.client.media.upload(io.BytesIO(PNG), file_name="no_extension"))
    assert media.media_id == "m1"
    request = route.calls[0].request
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    assert "boundary=+++" not in content_type
    assert b'name="type"\r\n\r\nimage' in request.content
    assert b"Content-Type: image/png" in request.content
    assert PNG in request.content


def test_upload_from_a_path_guesses_video_from_the_extension(api: Harness, tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 32)
    route = api.router.post("/media/upload").mock(side_effect=_media)
    api.run(api.client.media.upload(clip))
    assert b'name="type"\r\n\r\nvideo' in route.calls[0].request.content
    assert b'filename="clip.mp4"' in route.calls[0].request.content


def test_upload_of_an_unknown_file_asks_for_the_type(api: Harness) -> None:
    route = api.router.post("/media/upload").mock(side_effect=_media)
    with pytest.raises(powerpost.RequestValidationError, match="type="):
        api.run(api.client.media.upload(io.BytesIO(b"plain text"), file_name="notes"))
    assert route.call_count == 0


def test_upload_is_retried_on_429_with_the_whole_file_again(api: Harness) -> None:
    route = api.router.post("/media/upload")
    route.side_effect = [
        httpx.Response(429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=2)),
        _media(httpx.Request("POST", BASE)),
    ]
    api.run(api.client.media.upload(io.BytesIO(PNG), type="image", file_name="a.png"))
    assert route.call_count == 2
    assert PNG in route.calls[1].request.content
    assert api.clock.sleeps == [2.0]


def test_upload_is_not_retried_on_500(api: Harness) -> None:
    route = api.router.post("/media/upload").respond(500, json=error_json("INTERNAL_ERROR"))
    with pytest.raises(powerpost.InternalServerError):
        api.run(api.client.media.upload(io.BytesIO(PNG), type="image", file_name="a.png"))
    assert route.call_count == 1


class _Pipe:
    """A readable, non-seekable stream (like a pipe or socket)."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def seekable(self) -> bool:
        return False

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def test_non_seekable_upload_is_sent_once_even_on_429(api: Harness) -> None:
    route = api.router.post("/media/upload").respond(
        429, json=error_json("RATE_LIMIT_EXCEEDED", retryAfter=1)
    )
    with pytest.raises(powerpost.RateLimitError):
        api.run(api.client.media.upload(_Pipe(PNG), type="image", file_name="a.png"))
    assert route.call_count == 1


def test_context_manager_closes(router: object) -> None:
    with PowerPost(
        KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200, json={"balance": 0}))
    ) as pp:
        assert pp.account.get_credits().balance == 0
    assert pp.generated_client.get_httpx_client().is_closed


def test_env_is_not_required_when_arguments_are_given(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POWERPOST_API_KEY", "POWERPOST_WORKSPACE_ID", "POWERPOST_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert PowerPost(KEY, WORKSPACE).workspace_id == WORKSPACE
    assert "POWERPOST_API_KEY" not in os.environ
