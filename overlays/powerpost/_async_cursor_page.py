"""`AsyncCursorPage`: one page of a list call, and the way to the next ones.

The source of `_cursor_page.py` (`SyncCursorPage`), which scripts/unasync.py derives from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable
from typing import Any

from ._page_base import CursorList, CursorPage, ItemT


class AsyncCursorPage(CursorPage[ItemT]):
    """One page of a list, and the way on: `async for item in page` walks the items of every next page.

    page = await pp.content.list(limit=50)
    page.data, page.has_more, page.next_cursor  # this page, as the server sent it
    if page.has_next_page():
        page = await page.next_page()  # one request
    async for p in page.iter_pages(): ...  # this page, then each next one, fetched when reached
    async for generation in pp.content.list(): ...  # every item, page by page
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        page: CursorList[ItemT],
        fetch: Callable[[str | None], Awaitable[CursorList[ItemT]]],
        number: int = 1,
        seen: dict[str, int] | None = None,
    ) -> None:
        super().__init__(page, number, {} if seen is None else seen)
        self._fetch = fetch

    @classmethod
    async def start(
        cls, fetch: Callable[[str | None], Awaitable[CursorList[ItemT]]], cursor: str | None = None
    ) -> AsyncCursorPage[ItemT]:
        """Fetch the page at `cursor` (the first page when None)."""
        # The caller's own cursor fetched page 1: the server sending it back later is a loop too.
        return cls(await fetch(cursor), fetch, 1, {cursor: 1} if cursor else {})

    @classmethod
    async def lazy_items(
        cls, list_call: Callable[..., AsyncIterable[ItemT]], **kwargs: Any
    ) -> AsyncIterator[ItemT]:
        """Every item of `list_call(**kwargs)`; nothing is fetched before the first item is asked for."""
        async for item in list_call(**kwargs):
            yield item

    async def next_page(self) -> AsyncCursorPage[ItemT]:
        """Fetch the page after this one (`RuntimeError` on the last page: check `has_next_page()`)."""
        cursor, number = self._cursor_after()
        return AsyncCursorPage(await self._fetch(cursor), self._fetch, number, self._seen)

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[ItemT]]:
        """This page, then every following one; each is fetched only when the loop reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()  # bounded: next_page refuses page MAX_PAGES + 1

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of this page and of the pages after it, fetched lazily."""
        async for page in self.iter_pages():
            for item in page._items():
                yield item
