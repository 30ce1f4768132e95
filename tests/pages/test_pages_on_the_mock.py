"""Page objects over real HTTP: the stateful mock (`powerpost_mock.run_in_thread`) pages its generations."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from powerpost import AsyncPowerPost, PowerPost

powerpost_mock = pytest.importorskip("powerpost_mock", reason="the mock server package is not importable")

PROMPTS = ("Dark mode is here", "Offline mode is here", "Widgets are here", "Themes are here", "Sync is here")


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    with powerpost_mock.run_in_thread() as running:
        settings = {
            "api_key": running.api_key,
            "workspace_id": running.workspace_id,
            "base_url": running.base_url,
        }
        with PowerPost(**settings) as pp:
            for prompt in PROMPTS:
                pp.content.generate({"prompt": prompt, "post_types": ["x-post"], "research_mode": "regular"})
        yield running


def _settings(mock: Any) -> dict[str, Any]:
    return {"api_key": mock.api_key, "workspace_id": mock.workspace_id, "base_url": mock.base_url}


def test_sync_pages_of_two_cover_every_generation_once(mock: Any) -> None:
    with PowerPost(**_settings(mock)) as pp:
        first = pp.content.list(limit=2)
        pages = list(first.iter_pages())
        items = [g.generation_id for g in pp.content.list(limit=2)]
        assert [len(p.data) for p in pages] == [2, 2, 1]
        assert not pages[-1].has_next_page()
        assert items == [g.generation_id for p in pages for g in p.data]
        assert len(set(items)) == len(PROMPTS)
        assert [g.generation_id for g in first.next_page().data] == items[2:4]


def test_async_pages_of_two_cover_every_generation_once(mock: Any) -> None:
    async def scenario() -> tuple[list[int], list[str], list[str]]:
        async with AsyncPowerPost(**_settings(mock)) as pp:
            first = await pp.content.list(limit=2)
            sizes = [len(p.data) async for p in first.iter_pages()]
            items = [g.generation_id async for g in pp.content.list(limit=2)]
            second = await first.next_page()
            return sizes, items, [g.generation_id for g in second.data]

    sizes, items, second = asyncio.run(scenario())
    assert sizes == [2, 2, 1]
    assert len(set(items)) == len(items) == len(PROMPTS)
    assert second == items[2:4]
