"""Cursor pages: one page of a list call, with the way to the next ones (sync and async).

`SyncCursorPage` is what `PowerPost.content.list()` returns; `AsyncPaginator` is what
`AsyncPowerPost.content.list()` returns: await it for the first `AsyncCursorPage`, or `async for` over it for
every item. A page holds the call that fetched it (`fetch(cursor)`), so the next pages are asked for with the
same filters and per-call options. The pages share `_page_base.py`; `SyncCursorPage` is generated from
`AsyncCursorPage`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator
from typing import Any, Generic

from ._async_cursor_page import AsyncCursorPage
from ._cursor_page import SyncCursorPage
from ._page_base import CursorList, ItemT

__all__ = ["AsyncCursorPage", "AsyncPaginator", "SyncCursorPage"]


class AsyncPaginator(Generic[ItemT]):
    """What `AsyncPowerPost`'s list methods return, before any request: await it or iterate it.

        page = await pp.content.list(limit=50)        # the first AsyncCursorPage
        async for generation in pp.content.list():    # every item, page by page
            ...

    Each `await` or `async for` starts a new walk from the first page.
    """

    __slots__ = ("_cursor", "_fetch")

    def __init__(
        self, fetch: Callable[[str | None], Awaitable[CursorList[ItemT]]], cursor: str | None
    ) -> None:
        self._fetch = fetch
        self._cursor = cursor

    @classmethod
    def start(
        cls, fetch: Callable[[str | None], Awaitable[CursorList[ItemT]]], cursor: str | None = None
    ) -> AsyncPaginator[ItemT]:
        """A paginator from the page at `cursor` (the first page when None); nothing is fetched yet."""
        return cls(fetch, cursor)

    @classmethod
    def lazy_items(
        cls, list_call: Callable[..., AsyncPaginator[ItemT]], **kwargs: Any
    ) -> AsyncIterator[ItemT]:
        """Every item of `list_call(**kwargs)`; nothing is fetched before the first item is asked for."""
        return AsyncCursorPage.lazy_items(list_call, **kwargs)

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[ItemT]]:
        return AsyncCursorPage.start(self._fetch, self._cursor).__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of every page, fetched lazily."""
        async for item in await self:
            yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cursor={self._cursor!r})"
