"""What people (not programs) see from the job commands: the started line, the progress and the result."""

from __future__ import annotations

import re

from .conftest import FULL_SHAPE, Invoke


def test_image_generate_wait_names_the_job_its_cost_and_the_media_ids(cli: Invoke) -> None:
    """`image generate --wait`: the started line with its credits, progress on stderr, media ids to post."""
    result = cli("image", "generate", "-p", "A dark-mode phone on a desk", "--quantity", "2", "--wait")
    assert result.exit_code == 0, result.stderr
    started = re.search(r"Started image generation (\S+) \((\d+) credits\)", result.stdout)
    assert started is not None, result.stdout
    job_id = started.group(1)
    assert f"Image generation {job_id}: waiting…" in result.stderr
    assert "completed" in result.stdout
    # `images` is optional in the spec: the media ids line comes only with it.
    assert ("Media ids for posts: " in result.stdout) is FULL_SHAPE

    shown = cli("image", "get", job_id)
    assert f"Image generation {job_id}" in shown.stdout
    assert ("Media ids for posts: " in shown.stdout) is FULL_SHAPE


def test_video_generate_wait_then_get_titles_the_job_by_its_id(cli: Invoke) -> None:
    """`video generate --wait` and `video get` head the table with the generation's id."""
    result = cli("video", "generate", "-p", "A phone switching to dark mode", "--duration", "5", "--wait")
    assert result.exit_code == 0, result.stderr
    started = re.search(r"Started video generation (\S+) \((\d+) credits\)", result.stdout)
    assert started is not None, result.stdout
    job_id = started.group(1)
    assert f"Video generation {job_id}: waiting…" in result.stderr
    title = re.compile(rf"^Video generation {job_id} *$", re.MULTILINE)
    assert title.search(result.stdout), result.stdout

    shown = cli("video", "get", job_id)
    assert shown.exit_code == 0, shown.stderr
    assert title.search(shown.stdout), shown.stdout


def test_publish_wait_says_what_it_spends_and_follows_the_post(cli: Invoke) -> None:
    """`posts publish --wait` prints the credits spent, then polls under the post's own label."""
    post = cli("posts", "create", "-t", "x-post", "--content", "Dark mode is here", "--json").json()
    result = cli("posts", "publish", post["post_id"], "--wait")
    assert result.exit_code == 0, result.stderr
    assert re.search(rf"Publishing post {post['post_id']} \(\d+ credits\)", result.stdout), result.stdout
    assert f"Post {post['post_id']}: waiting…" in result.stderr
