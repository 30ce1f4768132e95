"""Lazily walk every item of a cursor-paginated list, one page request at a time."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

from powerpost_api.models import Generation, GenerationList

from ._errors import UnexpectedResponseError

# A safety net against a server that never says `has_more: false`; 100k pages is far beyond real use.
MAX_PAGES = 100_000


def _next_cursor(page: GenerationList, seen: set[str]) -> str | None:
    if not page.has_more or not page.next_cursor:
        return None
    if page.next_cursor in seen:
        raise UnexpectedResponseError(f"The server repeated the cursor {page.next_cursor!r}; stopping.")
    seen.add(page.next_cursor)
    return page.next_cursor


def iterate(
    fetch_page: Callable[[str | None], GenerationList], cursor: str | None = None
) -> Iterator[Generation]:
    """Yield the items of every page, starting at `cursor`; the next page is fetched only when needed."""
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = fetch_page(cursor)
        yield from page.data
        next_cursor = _next_cursor(page, seen)
        if next_cursor is None:
            return
        cursor = next_cursor


async def aiterate(
    fetch_page: Callable[[str | None], Awaitable[GenerationList]], cursor: str | None = None
) -> AsyncIterator[Generation]:
    """The async twin of `iterate`, for `async for`."""
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        page = await fetch_page(cursor)
        for item in page.data:
            yield item
        next_cursor = _next_cursor(page, seen)
        if next_cursor is None:
            return
        cursor = next_cursor
