"""The PowerPost workflow through `powerpost`, every operation against the mock, as a user would type it."""

from __future__ import annotations

from pathlib import Path

import httpx
from powerpost_cli.exit_codes import ExitCode

from .conftest import FULL_SHAPE, Invoke

IMAGE = Path(__file__).resolve().parents[2] / "examples" / "assets" / "launch.png"


def test_credits_human_and_json(cli: Invoke) -> None:
    """`credits` shows the balance for people and `{"balance": n}` for programs, --json before or after."""
    human = cli("credits")
    assert human.exit_code == 0
    assert "Balance: 50 credits" in human.stdout
    assert cli("credits", "--json").json() == {"balance": 50}
    assert cli("--json", "credits").json() == {"balance": 50}


def test_upload_generate_wait_shows_progress_and_captions(cli: Invoke) -> None:
    """Upload an image, caption it with --wait: progress on stderr, one caption per platform on stdout."""
    media = cli("media", "upload", str(IMAGE), "--json")
    assert media.exit_code == 0, media.stderr
    uploaded = media.json()
    assert uploaded["type"] == "image"
    assert uploaded["file_name"] == "launch.png"

    result = cli(
        "generate",
        "--prompt",
        "We shipped dark mode",
        "-t",
        "x-post",
        "-t",
        "instagram-feed",
        "--media-id",
        uploaded["media_id"],
        "--wait",
    )
    assert result.exit_code == 0, result.stderr
    assert "processing" in result.stderr
    assert "completed" in result.stderr
    assert "Started caption generation" in result.stdout
    if FULL_SHAPE:  # `outputs` is optional in the spec: the captions show only when it comes
        assert "\nx\n" in result.stdout
        assert "\ninstagram\n" in result.stdout


def test_generate_wait_json_is_the_completed_generation(cli: Invoke) -> None:
    """With --json, stdout is exactly the generation's to_dict(): completed, with outputs per platform."""
    result = cli("generate", "-p", "Dark mode is here", "-t", "linkedin-post", "--wait", "--json")
    assert result.exit_code == 0, result.stderr
    generation = result.json()
    assert generation["status"] == "completed"
    if FULL_SHAPE:  # `outputs` is optional in the spec
        assert set(generation["outputs"]) == {"linkedin"}


def test_generations_list_follows_every_page(cli: Invoke) -> None:
    """`generations list --page-size 1` still returns every generation, newest first, as one page object;
    `--max` stops early with the cursor that continues right after the last generation shown."""
    ids = [
        cli("generate", "-p", f"Launch number {n}", "-t", "x-post", "--json").json()["generation_id"]
        for n in range(3)
    ]
    listed = cli("generations", "list", "--page-size", "1", "--json")
    assert listed.exit_code == 0, listed.stderr
    page = listed.json()
    assert [g["generation_id"] for g in page["data"]] == list(reversed(ids))
    assert (page["next_cursor"], page["has_more"]) == (None, False)
    first_two = cli("generations", "list", "--max", "2", "--json").json()
    assert [g["generation_id"] for g in first_two["data"]] == ids[:0:-1]
    assert first_two["has_more"] is True
    rest = cli("generations", "list", "--cursor", first_two["next_cursor"], "--json").json()
    assert [g["generation_id"] for g in rest["data"]] == ids[:1]
    table = cli("generations", "list")
    assert "Caption generations (3)" in table.stdout


def test_generations_get_and_wait(cli: Invoke) -> None:
    """`generations get` shows the job; `generations wait` waits for it."""
    started = cli("generate", "-p", "Dark mode is here", "-t", "x-post", "--json").json()
    job_id = started["generation_id"]
    assert cli("generations", "get", job_id, "--json").json()["status"] == "processing"
    waited = cli("generations", "wait", job_id, "--json")
    assert waited.exit_code == 0, waited.stderr
    assert waited.json()["status"] == "completed"


def test_image_and_video_generate_wait(cli: Invoke) -> None:
    """Image and video generation with --wait end completed, with their media ids."""
    image = cli(
        "image", "generate", "-p", "A dark-mode phone on a desk", "--quantity", "2", "--wait", "--json"
    )
    assert image.exit_code == 0, image.stderr
    assert image.json()["status"] == "completed"
    if FULL_SHAPE:  # `images` and `video` are optional in the spec
        assert len(image.json()["images"]) == 2
    image_id = image.json()["image_generation_id"]
    assert cli("image", "get", image_id, "--json").json()["image_generation_id"] == image_id

    video = cli(
        "video", "generate", "-p", "A phone switching to dark mode", "--duration", "5", "--wait", "--json"
    )
    assert video.exit_code == 0, video.stderr
    assert video.json()["status"] == "completed"
    if FULL_SHAPE:
        assert video.json()["video"]["media_id"]
    video_id = video.json()["video_generation_id"]
    assert cli("video", "get", video_id, "--json").json()["video_generation_id"] == video_id


def test_post_create_publish_wait_analytics_and_second_publish(cli: Invoke) -> None:
    """Create a post from a generation, publish with --wait, read analytics; publishing again exits 7."""
    generation = cli("generate", "-p", "Dark mode is here", "-t", "x-post", "--wait", "--json").json()
    created = cli("posts", "create", "--generation-id", generation["generation_id"], "-t", "x-post", "--json")
    assert created.exit_code == 0, created.stderr
    post = created.json()
    assert post["status"] == "draft"
    if FULL_SHAPE:  # `outputs` and an item's `content` are optional in the spec
        assert post["items"][0]["content"] == generation["outputs"]["x"]

    published = cli("posts", "publish", post["post_id"], "--wait")
    assert published.exit_code == 0, published.stderr
    assert "published" in published.stdout
    assert "posted" in published.stdout
    fetched = cli("posts", "get", post["post_id"], "--json").json()
    assert fetched["status"] == "published"

    item_id = fetched["items"][0]["item_id"]
    analytics = cli("analytics", item_id, "--json")
    assert analytics.exit_code == 0, analytics.stderr
    assert analytics.json()["post_item_id"] == item_id

    again = cli("posts", "publish", post["post_id"])
    assert again.exit_code == ExitCode.CONFLICT
    assert "ALREADY_PUBLISHED" in again.stderr
    assert "request id:" in again.stderr
    assert again.stdout == ""


def test_posts_create_from_own_text_and_publish_without_wait(cli: Invoke) -> None:
    """A post from --content, published without --wait, reports `publishing` and its credit cost."""
    post = cli("posts", "create", "-t", "linkedin-post", "--content", "Dark mode is here", "--json").json()
    started = cli("posts", "publish", post["post_id"], "--json")
    assert started.exit_code == 0, started.stderr
    assert started.json()["status"] == "publishing"
    assert started.json()["credits_used"] >= 1
    waited = cli("posts", "wait", post["post_id"], "--json")
    assert waited.json()["status"] == "published"


def test_calendar_crud(cli: Invoke) -> None:
    """Create, list, get, update, delete a calendar entry; after deletion `get` exits 4."""
    created = cli(
        "calendar",
        "create",
        "--title",
        "Dark mode launch",
        "--date",
        "2026-12-01",
        "--time",
        "09:30",
        "--platform",
        "instagram",
        "--platform",
        "x",
        "--json",
    )
    assert created.exit_code == 0, created.stderr
    entry = created.json()
    assert entry["platforms"] == ["instagram", "x"]

    listed = cli("calendar", "list", "--from", "2026-11-01", "--to", "2026-12-31", "--json").json()
    assert [e["entry_id"] for e in listed["entries"]] == [entry["entry_id"]]
    assert cli("calendar", "get", entry["entry_id"], "--json").json()["title"] == "Dark mode launch"

    updated = cli(
        "calendar", "update", entry["entry_id"], "--title", "Dark mode day", "--clear-time", "--json"
    )
    assert updated.exit_code == 0, updated.stderr
    assert updated.json()["title"] == "Dark mode day"
    assert updated.json().get("scheduled_time") is None

    deleted = cli("calendar", "delete", entry["entry_id"])
    assert deleted.exit_code == 0
    assert "Deleted" in deleted.stdout
    gone = cli("calendar", "get", entry["entry_id"])
    assert gone.exit_code == ExitCode.NOT_FOUND
    assert "NOT_FOUND" in gone.stderr


def test_body_option_sends_a_full_request(cli: Invoke, tmp_path: Path) -> None:
    """--body @file.json sends the given body, options laid over it."""
    body = tmp_path / "entry.json"
    body.write_text('{"title": "From a file", "scheduled_date": "2026-12-02", "description": "planned"}')
    result = cli("calendar", "create", "--body", f"@{body}", "--title", "Overridden", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["title"] == "Overridden"
    if FULL_SHAPE:  # `description` is optional in the spec; the request still carried it
        assert result.json()["description"] == "planned"


def test_options_override_environment(cli: Invoke, admin: httpx.Client) -> None:
    """--api-key / --workspace / --base-url win over the environment."""
    other_key = admin.post("/keys", json={"preset": "full"}).json()["api_key"]
    result = cli(
        "--api-key", other_key, "credits", "--json", env_overrides={"POWERPOST_API_KEY": "pp_live_sk_wrong"}
    )
    assert result.exit_code == 0, result.stderr
    bad = cli("--base-url", "http://127.0.0.1:9/api/v1", "credits")
    assert bad.exit_code == ExitCode.SERVER


def test_image_and_video_wait_commands(cli: Invoke) -> None:
    """`image wait` and `video wait` pick up a job started without --wait and show it completed."""
    image = cli("image", "generate", "-p", "A dark-mode phone on a desk", "--json").json()
    assert image["status"] == "processing"
    waited = cli("image", "wait", image["image_generation_id"], "--json")
    assert waited.exit_code == 0, waited.stderr
    assert waited.json()["status"] == "completed"

    video = cli(
        "video", "generate", "-p", "A phone switching to dark mode", "--duration", "5", "--json"
    ).json()
    waited = cli("video", "wait", video["video_generation_id"])
    assert waited.exit_code == 0, waited.stderr
    assert "completed" in waited.stdout
    assert "processing" in waited.stderr
