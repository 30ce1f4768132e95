"""The quickstart (`make demo`) runs the whole PowerPost flow against the mock and ends with a summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from powerpost import PowerPost
from powerpost_mock import MockSettings, RunningMock, run_in_thread
from powerpost_mock.spec.response_shape import FULL, shape_from_env

from examples import quickstart

from .fake_time import FakeTimePowerPost, mock_clock_sleep

# The mock answers in the shape POWERPOST_MOCK_SHAPE names (`make test` runs this file in full and minimal).
FULL_SHAPE = shape_from_env() == FULL


@pytest.fixture
def mock() -> Iterator[RunningMock]:
    """A fresh mock with its default job delays (passed on its own clock)."""
    with run_in_thread(MockSettings()) as running:
        yield running


def test_run_quickstart_does_every_step(mock: RunningMock) -> None:
    """Upload, two caption jobs, an image, a published post, analytics, a calendar entry, a handled error."""
    with PowerPost(
        mock.api_key, mock.workspace_id, mock.base_url, sleep=mock_clock_sleep(mock.base_url)
    ) as pp:
        summary = quickstart.run_quickstart(pp)
        entry = pp.calendar.get(summary.calendar_entry_id)
        post = pp.posts.get(summary.post_id)

    assert summary.media_id
    assert len(summary.caption_ids) == 2
    assert summary.post_status == "published"
    assert summary.item_statuses == {"instagram-feed": "posted", "x-post": "posted"}
    assert set(summary.analytics) == {"instagram-feed", "x-post"}
    assert summary.handled_error.startswith("AlreadyPublishedError: ALREADY_PUBLISHED")
    assert entry.title.startswith("Dark mode launch")
    if FULL_SHAPE:
        assert {"instagram", "x", "instagram (from the image)"} <= set(summary.captions)
        assert summary.image_media_id
        assert all(item.media_ids == [summary.image_media_id] for item in post.items)
    else:
        # A minimal answer leaves out the optional captions and images: the quickstart goes on without.
        # Media ids on the post items are optional too; those that came are the image's (or none).
        expected = [summary.image_media_id] if summary.image_media_id else []
        assert all(not item.media_ids or item.media_ids == expected for item in post.items)

    ledger = httpx.get(f"{mock.root_url}/_mock/ledger", timeout=10).json()
    assert list(ledger["balances"].values()) == [summary.credits_after]
    assert (
        summary.credits_before - summary.credits_after
        == ledger["total_charged"] - ledger["total_refunded"]
        > 0
    )


def test_main_with_embedded_mock_prints_a_summary(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m examples.quickstart --embedded-mock` (make demo): exit 0, a summary, the mock stopped."""
    monkeypatch.setattr(quickstart, "PowerPost", FakeTimePowerPost)
    assert quickstart.main(["--embedded-mock"]) == 0
    out = capsys.readouterr().out
    assert "Mock PowerPost API on http://127.0.0.1:" in out
    assert "Summary" in out
    assert "post " in out
    assert ": published" in out
    assert "AlreadyPublishedError" in out
    assert "Mock stopped" in out


def test_main_without_key_or_mock_refuses_and_sends_nothing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No key and no --embedded-mock: exit 2 with advice, and no client is built (nothing reaches out)."""

    def no_client(*args: Any, **kwargs: Any) -> PowerPost:
        raise AssertionError("the quickstart must not build a client without a key")

    monkeypatch.delenv("POWERPOST_API_KEY", raising=False)
    monkeypatch.setattr(quickstart, "PowerPost", no_client)
    assert quickstart.main([]) == 2
    assert "--embedded-mock" in capsys.readouterr().err
