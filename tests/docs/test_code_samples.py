"""Every operation's code samples (`x-codeSamples` in the spec, shown on the reference page) run against
the mock as written: the Python sample with the SDK, the CLI sample with `powerpost`, the curl sample with
curl. The samples use the example ids of the spec; each run swaps them for ids of real objects the mock
holds (a completed generation, a draft post, a posted item, …), so a sample cannot rot."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import powerpost
import pytest
import yaml
from powerpost_cli.app import app
from powerpost_cli.state import CliState, ConnectionOptions
from powerpost_mock import MockSettings, RunningMock, run_in_thread
from typer.testing import CliRunner

from tests.examples.fake_time import FakeTimePowerPost

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "powerpost.yaml"
IMAGE = ROOT / "examples" / "assets" / "launch.png"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
PUBLIC_BASE = "https://powerpost.ai/api/v1"
LABELS = ("curl", "Python", "CLI")

# The example ids the samples use (those of the spec's own examples where it has them).
GENERATION = "550e8400-e29b-41d4-a716-446655440000"
IMAGE_GENERATION = "7a8b9c0d-e1f2-3456-abcd-ef7890123456"
VIDEO_GENERATION = "9c0d1e2f-a3b4-5678-cdef-901234567890"
POST = "post-550e8400-e29b-41d4-a716-446655440000"
POST_ITEM = "item-001"
MEDIA = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
ENTRY = "c3d4e5f6-a7b8-9012-cdef-345678901234"

# The SDK call each operation's Python sample must make.
SDK_CALLS = {
    "get_credits": "pp.account.get_credits(",
    "upload_media": "pp.media.upload(",
    "generate_content": "pp.content.generate(",
    "list_generations": "pp.content.list(",
    "get_generation": "pp.content.get(",
    "generate_image": "pp.images.generate(",
    "get_image_generation": "pp.images.get(",
    "generate_video": "pp.videos.generate(",
    "get_video_generation": "pp.videos.get(",
    "create_post": "pp.posts.create(",
    "get_post": "pp.posts.get(",
    "publish_post": "pp.posts.publish(",
    "get_post_item_analytics": "pp.analytics.get(",
    "list_calendar_entries": "pp.calendar.list(",
    "create_calendar_entry": "pp.calendar.create(",
    "get_calendar_entry": "pp.calendar.get(",
    "update_calendar_entry": "pp.calendar.update(",
    "delete_calendar_entry": "pp.calendar.delete(",
}


@attrs.frozen
class Operation:
    """One operation of the spec and its samples by label."""

    operation_id: str
    method: str
    path: str
    samples: dict[str, str]


def operations() -> list[Operation]:
    """Every operation of the spec with its `x-codeSamples`."""
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        Operation(
            op["operationId"],
            method,
            path,
            {sample["label"]: sample["source"] for sample in op.get("x-codeSamples", [])},
        )
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


OPERATIONS = operations()
IDS = [op.operation_id for op in OPERATIONS]


def test_every_operation_has_a_curl_a_python_and_a_cli_sample() -> None:
    """18 operations, three samples each, and each Python sample makes the operation's SDK call."""
    assert len(OPERATIONS) == 18
    assert {op.operation_id for op in OPERATIONS} == set(SDK_CALLS)
    for op in OPERATIONS:
        assert tuple(op.samples) == LABELS, op.operation_id
        assert SDK_CALLS[op.operation_id] in op.samples["Python"], op.operation_id
        assert op.samples["CLI"].startswith("powerpost "), op.operation_id


@pytest.mark.parametrize("op", OPERATIONS, ids=IDS)
def test_curl_sample_names_the_operation(op: Operation) -> None:
    """The curl sample sends the operation's method to its path (ids in place of the parameters)."""
    curl = op.samples["curl"]
    method = re.search(r"-X (\w+)", curl)
    assert (method.group(1) if method else "GET") == op.method.upper()
    url = re.search(rf"{re.escape(PUBLIC_BASE)}(/[^\s\"?]*)", curl)
    assert url is not None
    assert re.fullmatch(re.sub(r"\\\{\w+\\\}", "[^/]+", re.escape(op.path)), url.group(1))


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    """One mock for the module, with credits and rate limits that many runs do not exhaust."""
    with run_in_thread(MockSettings(initial_credits=1_000_000, rate_limit=1_000_000)) as running:
        yield running


@pytest.fixture(scope="module")
def objects(mock: RunningMock) -> dict[str, str]:
    """One object per example id, made once: example id → id of the real object."""
    return _populate(mock)


@pytest.fixture
def world(
    objects: dict[str, str],
    mock: RunningMock,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> dict[str, str]:
    """The replacements for one sample; POWERPOST_* point at the mock; cwd has launch.png.

    A sample that publishes or deletes gets its own draft post or calendar entry, so every sample finds
    the objects as the others left them."""
    monkeypatch.setenv("POWERPOST_API_KEY", mock.api_key)
    monkeypatch.setenv("POWERPOST_WORKSPACE_ID", mock.workspace_id)
    monkeypatch.setenv("POWERPOST_BASE_URL", mock.base_url)
    monkeypatch.setattr(powerpost, "PowerPost", FakeTimePowerPost)
    shutil.copy(IMAGE, tmp_path / "launch.png")
    monkeypatch.chdir(tmp_path)
    fresh = dict(objects)
    operation_id = request.node.callspec.params["op"].operation_id
    with FakeTimePowerPost(mock.api_key, mock.workspace_id, mock.base_url) as pp:
        if operation_id == "publish_post":
            draft = pp.posts.create(
                {"generation_id": objects[GENERATION], "items": [{"post_type": "x-post"}]}
            )
            fresh[POST] = draft.post_id
        if operation_id == "delete_calendar_entry":
            fresh[ENTRY] = pp.calendar.create({"title": "To delete", "scheduled_date": "2026-12-02"}).entry_id
    return fresh


def _populate(mock: RunningMock) -> dict[str, str]:
    with FakeTimePowerPost(mock.api_key, mock.workspace_id, mock.base_url) as pp:
        media = pp.media.upload(IMAGE)
        generation = pp.content.generate(
            {
                "prompt": "We just launched dark mode",
                "post_types": ["instagram-feed", "x-post"],
                "research_mode": "regular",
            }
        )
        pp.content.wait(generation.generation_id)
        image = pp.images.generate({"prompt": "A phone in dark mode", "quantity": 1})
        pp.images.wait(image.image_generation_id)
        video = pp.videos.generate({"prompt": "A phone switching to dark mode", "duration": 5})
        pp.videos.wait(video.video_generation_id)
        draft = pp.posts.create(
            {"generation_id": generation.generation_id, "items": [{"post_type": "x-post"}]}
        )
        posted = pp.posts.create(
            {"generation_id": generation.generation_id, "items": [{"post_type": "x-post"}]}
        )
        pp.posts.publish(posted.post_id)
        item = pp.posts.wait(posted.post_id).items[0]
        entry = pp.calendar.create({"title": "Dark mode launch", "scheduled_date": "2026-12-01"})
    return {
        GENERATION: generation.generation_id,
        IMAGE_GENERATION: image.image_generation_id,
        VIDEO_GENERATION: video.video_generation_id,
        POST: draft.post_id,
        POST_ITEM: item.item_id,
        MEDIA: media.media_id,
        ENTRY: entry.entry_id,
    }


def _fake_time(options: ConnectionOptions) -> powerpost.PowerPost:
    """The CLI's client, with waits that move the mock clock instead of sleeping."""
    return FakeTimePowerPost(
        options.api_key, options.workspace_id, options.base_url, transport=options.transport
    )


def _real(source: str, world: dict[str, str]) -> str:
    # Longest first: the example post id contains the example generation id.
    for example in sorted(world, key=len, reverse=True):
        source = source.replace(example, world[example])
    return source


@pytest.mark.parametrize("op", OPERATIONS, ids=IDS)
def test_python_sample_runs_against_the_mock(
    op: Operation, world: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The Python sample runs to its end as written and prints its result."""
    code = compile(_real(op.samples["Python"], world), f"{op.operation_id} (Python sample)", "exec")
    exec(code, {"__name__": "__sample__"})  # noqa: S102
    assert capsys.readouterr().out.strip()


@pytest.mark.parametrize("op", OPERATIONS, ids=IDS)
def test_cli_sample_runs_against_the_mock(op: Operation, world: dict[str, str]) -> None:
    """The CLI sample exits 0 and prints its result."""
    words = shlex.split(_real(op.samples["CLI"], world))
    assert words[0] == "powerpost"
    result = CliRunner().invoke(
        app, words[1:], env={"COLUMNS": "120"}, obj=CliState(client_factory=_fake_time)
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip()


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("op", OPERATIONS, ids=IDS)
def test_curl_sample_runs_against_the_mock(op: Operation, world: dict[str, str]) -> None:
    """The curl sample, pointed at the mock, gets a 2xx JSON answer."""
    base = os.environ["POWERPOST_BASE_URL"]
    command = _real(op.samples["curl"], world).replace(PUBLIC_BASE, base)
    result = subprocess.run(
        ["bash", "-c", command.replace("curl ", "curl --silent --show-error --fail-with-body ", 1)],
        capture_output=True,
        text=True,
        timeout=60,
        env=os.environ.copy(),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.lstrip().startswith("{")
