"""What the generated resource classes (`_async_resources.py`) build on: the resource and raw-view bases,
and, per resource, the methods that are more than one call of a generated function, written by hand.

The spec names each resource's hand-written class (`x-powerpost-sdk: {mixin: …}` on its tag) and marks
its operations written here (`hand_written: true`); scripts/generate_resources.py writes the rest,
the waiters too (`waiter:` on the operation a `wait(id)` polls).

The source of `_bases.py`, which scripts/unasync.py derives from it.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from functools import cached_property
from typing import IO, TYPE_CHECKING, Any, ClassVar, Concatenate, Generic, ParamSpec, TypeVar, Unpack

from powerpost_api.api.calendar import list_calendar_entries
from powerpost_api.api.content import list_generations
from powerpost_api.models import (
    CalendarEntryList,
    Generation,
    GenerationList,
    GenerationStatus,
    Media,
    MediaType,
)

from . import _operations as operations
from . import _pagination as pagination
from . import _request_options as request_options
from . import _uploads as uploads
from ._arguments import as_status, calendar_range_query, list_generations_query
from ._bodies import extra_form_fields
from ._errors import UnexpectedResponseError
from ._pagination import AsyncPaginator
from ._raw_response import RawResponse, raw_result
from ._request_options import RequestOptions

if TYPE_CHECKING:
    from ._async_client import _Core

T = TypeVar("T")
P = ParamSpec("P")
RawT = TypeVar("RawT")


class Calls:
    """A set of API methods: they send their calls through the client's core."""

    def __init__(self, core: _Core) -> None:
        self._core = core


class Resource(Calls, Generic[RawT]):
    """A group of API methods. Each takes the per-call options (`RequestOptions`) as keywords."""

    _raw_view: ClassVar[type[Any]]  # set by the `RawView` subclass naming this resource

    @cached_property
    def with_raw_response(self) -> RawT:
        """The same methods, each returning a `RawResponse` (status, headers, request id, `parse()`)."""
        return self._raw_view(self)  # type: ignore[no-any-return]


class RawView:
    """A resource's API methods returning `RawResponse`s; subclasses name their resource with `of=`."""

    def __init__(self, resource: Resource[Any]) -> None:
        self._resource = resource

    def __init_subclass__(cls, of: type[Resource[Any]], **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        of._raw_view = cls


class RawMethod(Generic[P, T]):
    """A resource method as its raw view offers it: the same arguments, a `RawResponse` of its result."""

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None:
        self._method = method

    def __get__(self, view: RawView | None, owner: type[RawView]) -> Callable[P, Awaitable[RawResponse[T]]]:
        if view is None:  # read on the class (help(), inspect): the descriptor itself
            return self  # type: ignore[return-value]
        method, resource = self._method, view._resource

        async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
            with request_options.capture() as sink:
                try:
                    parsed = await method(resource, *args, **kwargs)
                except UnexpectedResponseError as exc:  # a 2xx body that is not the model: for `parse()`
                    return raw_result(sink, error=exc)
                return raw_result(sink, parsed)

        raw.__name__, raw.__doc__ = method.__name__, method.__doc__
        return raw


class MediaMethods(Calls):
    """`MediaResource`'s upload: a multipart body streamed from a file (the generated code cannot)."""

    async def upload(
        self,
        file: str | os.PathLike[str] | IO[bytes],
        *,
        type: MediaType | str | None = None,
        file_name: str | None = None,
        extra_body: Mapping[str, str] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Media:
        """Upload an image or video, streamed from disk. `type` is guessed from the name or content.

        Retried only on 429 or a connection that failed before sending, and only if the file can be
        rewound; a non-seekable stream is sent once. `extra_body` adds form fields newer than this SDK.
        """
        with uploads.prepare(file, media_type=type, file_name=file_name) as upload:
            files, data = upload.form()
            data = {**data, **extra_form_fields(extra_body)}
            # A body that cannot be rewound is sent once, whatever `max_retries` says.
            once = options if upload.replayable else {**options, "max_retries": 0}
            with operations.calling("upload_media"), request_options.given(once):
                client = self._core.for_upload(upload).client.get_async_httpx_client()
                response = await client.post(uploads.UPLOAD_PATH, files=files, data=data)
        return self._core.finish_upload(response)


class ContentMethods(Calls):
    """`Content`'s pages (a friendly `status`, a paginator)."""

    def list(
        self,
        *,
        status: GenerationStatus | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Generation]:
        """Caption generations, newest first: `limit` per page, from `cursor` (the first page when None).

            page = await pp.content.list(limit=50)  # .data, .has_next_page(), .next_page(), .iter_pages()
            async for generation in pp.content.list(status="completed"):  # every item, page by page
                print(generation.generation_id)

        The following pages are asked for with the same arguments and options;
        `with_raw_response.list(...)` gives the raw answer of one page.
        """
        checked = as_status(status)
        return pagination.AsyncPaginator.start(
            lambda page: self._list_page(status=checked, limit=limit, cursor=page, **options), cursor
        )

    async def _list_page(
        self,
        *,
        status: GenerationStatus | str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerationList:
        """One page of caption generations, newest first."""
        return await self._core.call(
            "list_generations",
            list_generations.asyncio_detailed,
            GenerationList,
            **list_generations_query(status, limit, cursor),
            options=options,
        )

    def iter(
        self, *, status: GenerationStatus | str | None = None, page_size: int | None = None
    ) -> AsyncIterator[Generation]:
        """Every caption generation of every page, fetched lazily: `list(limit=page_size)` iterated."""
        checked = as_status(status)
        return pagination.AsyncPaginator.lazy_items(self.list, status=checked, limit=page_size)


class CalendarMethods(Calls):
    """`Calendar`'s date range: dates, datetimes or `YYYY-MM-DD` strings, checked before sending."""

    async def list(
        self,
        start_date: datetime.date | str,
        end_date: datetime.date | str,
        **options: Unpack[RequestOptions],
    ) -> CalendarEntryList:
        """Entries scheduled between two dates (inclusive, at most 366 days apart)."""
        return await self._core.call(
            "list_calendar_entries",
            list_calendar_entries.asyncio_detailed,
            CalendarEntryList,
            **calendar_range_query(start_date, end_date),
            options=options,
        )
