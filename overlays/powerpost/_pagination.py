"""Cursor pages: one page of a list call, with the way to the next ones (sync and async).

`SyncCursorPage` is what `PowerPost.content.list()` returns; `AsyncPaginator` is what
`AsyncPowerPost.content.list()` returns: await it for the first `AsyncCursorPage`, or `async for` over it for
every item. A page holds the call that fetched it (`fetch(cursor)`), so the next pages are asked for with the
same filters and per-call options.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import Any, Generic, Protocol, TypeVar

from ._errors import UnexpectedResponseError

# A safety net against a server that never says `has_more: false`; 100k pages is far beyond real use.
MAX_PAGES = 100_000

ItemT = TypeVar("ItemT")


class CursorList(Protocol[ItemT]):
    """The shape of a cursor-paginated list body (`GenerationList`): items, `has_more`, `next_cursor`."""

    @property
    def data(self) -> list[ItemT]: ...

    @property
    def has_more(self) -> bool: ...

    @property
    def next_cursor(self) -> str | None: ...

    def to_dict(self) -> dict[str, Any]: ...


class _CursorPage(Generic[ItemT]):
    """What sync and async pages share: the page's fields and the cursor bookkeeping."""

    __slots__ = ("_number", "_page", "_seen")

    def __init__(self, page: CursorList[ItemT], number: int, seen: dict[str, int]) -> None:
        self._page = page
        self._number = number
        # cursor -> the number of the page it fetched, shared along one walk: a cursor that comes back for
        # a later page means the server is looping (asking twice for the same next page is fine).
        self._seen = seen

    @property
    def page(self) -> CursorList[ItemT]:
        """The list model as parsed (`GenerationList`), with any field newer than this SDK."""
        return self._page

    @property
    def data(self) -> list[ItemT]:
        """The items of this page."""
        return self._page.data

    @property
    def has_more(self) -> bool:
        """What the server said: whether another page follows."""
        return self._page.has_more

    @property
    def next_cursor(self) -> str | None:
        """The cursor of the next page (`None` on the last page)."""
        return self._page.next_cursor

    def has_next_page(self) -> bool:
        """True when the server announced a next page and gave its cursor."""
        cursor = self._page.next_cursor
        return self._page.has_more is True and isinstance(cursor, str) and cursor != ""

    def to_dict(self) -> dict[str, Any]:
        """The page as the JSON object the server sent (`data`, `has_more`, `next_cursor`, …)."""
        return self._page.to_dict()

    def to_json(self, indent: int | None = None) -> str:
        """`to_dict()` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def _items(self) -> list[ItemT]:
        # A body that drifted from the spec (no `data` list) has no items rather than breaking the walk.
        data = self._page.data
        return data if isinstance(data, list) else []

    def _cursor_after(self) -> tuple[str, int]:
        """The next page's cursor and number; refuses a last page, a looping server and an endless list."""
        cursor = self._page.next_cursor
        if not self.has_next_page() or not isinstance(cursor, str):
            raise RuntimeError(
                "This is the last page: there is no next page. Check `has_next_page()` before `next_page()`."
            )
        number = self._number + 1
        if self._seen.get(cursor, number) != number:
            raise UnexpectedResponseError(f"The server repeated the cursor {cursor!r}; stopping.")
        if number > MAX_PAGES:
            raise UnexpectedResponseError(
                f"Stopped after {MAX_PAGES} pages: the server keeps saying has_more"
            )
        self._seen[cursor] = number
        return cursor, number

    def __repr__(self) -> str:
        count = len(self._items())
        return (
            f"{type(self).__name__}(data=<{count} item{'' if count == 1 else 's'}>, "
            f"has_more={self.has_more!r}, next_cursor={self.next_cursor!r})"
        )


def _first_seen(cursor: str | None) -> dict[str, int]:
    # The caller's own cursor fetched page 1: the server sending it back later is a loop too.
    return {cursor: 1} if cursor else {}


class SyncCursorPage(_CursorPage[ItemT]):
    """One page of a list, and the way on: `for item in page` walks every item of every following page.

    page = pp.content.list(limit=50)
    page.data, page.has_more, page.next_cursor    # this page, as the server sent it
    if page.has_next_page():
        page = page.next_page()                   # one request
    for p in page.iter_pages(): ...               # this page, then each next one, fetched when reached
    for generation in pp.content.list(): ...      # every item, page by page
    """

    __slots__ = ("_fetch",)

    def __init__(
        self,
        page: CursorList[ItemT],
        fetch: Callable[[str | None], CursorList[ItemT]],
        number: int = 1,
        seen: dict[str, int] | None = None,
    ) -> None:
        super().__init__(page, number, {} if seen is None else seen)
        self._fetch = fetch

    @classmethod
    def start(
        cls, fetch: Callable[[str | None], CursorList[ItemT]], cursor: str | None = None
    ) -> SyncCursorPage[ItemT]:
        """Fetch the page at `cursor` (the first page when None)."""
        return cls(fetch(cursor), fetch, 1, _first_seen(cursor))

    @classmethod
    def lazy_items(cls, list_call: Callable[..., SyncCursorPage[ItemT]], **kwargs: Any) -> Iterator[ItemT]:
        """Every item of `list_call(**kwargs)`; nothing is fetched before the first item is asked for."""
        yield from list_call(**kwargs)

    def next_page(self) -> SyncCursorPage[ItemT]:
        """Fetch the page after this one (`RuntimeError` on the last page: check `has_next_page()`)."""
        cursor, number = self._cursor_after()
        return SyncCursorPage(self._fetch(cursor), self._fetch, number, self._seen)

    def iter_pages(self) -> Iterator[SyncCursorPage[ItemT]]:
        """This page, then every following one; each is fetched only when the loop reaches it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.next_page()  # bounded: next_page refuses page MAX_PAGES + 1

    def __iter__(self) -> Iterator[ItemT]:
        """Every item of this page and of the pages after it, fetched lazily."""
        for page in self.iter_pages():
            yield from page._items()


class AsyncCursorPage(_CursorPage[ItemT]):
    """The async `SyncCursorPage`: `await page.next_page()`, `async for` over `iter_pages()` or the items."""

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
        return list_call(**kwargs).__aiter__()

    async def _first_page(self) -> AsyncCursorPage[ItemT]:
        return AsyncCursorPage(await self._fetch(self._cursor), self._fetch, 1, _first_seen(self._cursor))

    def __await__(self) -> Generator[Any, None, AsyncCursorPage[ItemT]]:
        return self._first_page().__await__()

    async def __aiter__(self) -> AsyncIterator[ItemT]:
        """Every item of every page, fetched lazily."""
        page = await self._first_page()
        async for item in page:
            yield item

    def __repr__(self) -> str:
        return f"{type(self).__name__}(cursor={self._cursor!r})"
