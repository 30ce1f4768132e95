"""What every cursor page shares: the list body's shape, the page's fields and the cursor bookkeeping.

`SyncCursorPage` (`_cursor_page.py`) and `AsyncCursorPage` (`_async_cursor_page.py`) add the I/O.
"""

from __future__ import annotations

import json
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


class CursorPage(Generic[ItemT]):
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
