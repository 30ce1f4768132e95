"""`AsyncPowerPost`: the asyncio client. Resources call the generated `*_detailed` functions.

The source of `_client.py` (`PowerPost`), which scripts/unasync.py derives from it.
"""

from __future__ import annotations

import asyncio
import datetime
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping
from functools import cached_property
from typing import IO, Any, ClassVar, Concatenate, Generic, ParamSpec, Self, TypeVar, Unpack

import httpx
from powerpost_api.api.account import get_credits
from powerpost_api.api.analytics import get_post_item_analytics
from powerpost_api.api.calendar import (
    create_calendar_entry,
    delete_calendar_entry,
    get_calendar_entry,
    list_calendar_entries,
    update_calendar_entry,
)
from powerpost_api.api.content import generate_content, get_generation, list_generations
from powerpost_api.api.images import generate_image, get_image_generation
from powerpost_api.api.posts import create_post, get_post, publish_post
from powerpost_api.api.videos import generate_video, get_video_generation
from powerpost_api.models import (
    CalendarEntry,
    CalendarEntryList,
    CreateCalendarEntryRequest,
    CreatePostRequest,
    CreditBalance,
    DeleteResult,
    GenerateContentRequest,
    GenerateImageRequest,
    GenerateVideoRequest,
    Generation,
    GenerationList,
    GenerationStarted,
    GenerationStatus,
    ImageGeneration,
    ImageGenerationStarted,
    Media,
    MediaType,
    Post,
    PostItemAnalytics,
    PublishStarted,
    UpdateCalendarEntryRequest,
    VideoGeneration,
    VideoGenerationStarted,
)
from powerpost_api.types import Response, reset_drift_hook

from . import _operations as operations
from . import _pagination as pagination
from . import _request_encoding as request_encoding
from . import _request_options as request_options
from . import _uploads as uploads
from . import _waiters as waiters
from ._arguments import as_status, calendar_range_query, list_generations_query
from ._bodies import extra_form_fields, prepare_body
from ._client_base import ClientBase, CoreBase, make_transport, resolve_settings
from ._errors import PowerPostError, UnexpectedResponseError
from ._generated_client import PARSE_ERRORS, unparsable
from ._pagination import AsyncPaginator
from ._params import (
    CreateCalendarEntryParams,
    CreatePostParams,
    GenerateContentParams,
    GenerateImageParams,
    GenerateVideoParams,
    UpdateCalendarEntryParams,
)
from ._raw_response import RawResponse, raw_result
from ._request_options import RequestOptions
from ._retry import RetryPolicy
from ._transport import DEFAULT_LIMITS

T = TypeVar("T")
P = ParamSpec("P")
RawT = TypeVar("RawT")


class _Core(CoreBase[Callable[[float], Awaitable[None]]]):
    """The asyncio half of the core: sending a call and polling a job."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.skip_cookie_parsing(self.client.get_async_httpx_client())

    async def call(
        self,
        operation_id: str,
        fn: Callable[..., Coroutine[Any, Any, Response[Any]]],
        model: type[T],
        *args: Any,
        options: RequestOptions | None = None,
        **kw: Any,
    ) -> T:
        request_encoding.check_before_send(kw)
        # The marks live in this task's context, where the transport runs too.
        given = request_options.enter(options) if options else None
        token = operations.mark(operations.OPERATIONS[operation_id])
        recorder, drift_token = self.watch(operation_id)
        try:
            response = await fn(*args, client=self.client, **kw)
        except PowerPostError:
            raise
        except PARSE_ERRORS as exc:
            request_encoding.check_call_body(kw)  # a body httpx could not encode: nothing was sent
            raise unparsable(exc, operation=operation_id) from exc
        finally:
            operations.unmark(token)
            if given is not None:
                request_options.leave(given)
            if drift_token is not None:
                reset_drift_hook(drift_token)
        return self.finish(response, model, recorder)

    async def wait(
        self,
        what: str,
        fetch: Callable[[], Awaitable[T]],
        outcome: Callable[[T], waiters.Outcome],
        schedule: waiters.PollSchedule,
        timeout: float,  # noqa: ASYNC109 - measured on the injectable clock
        poll_interval: float | None,
        on_progress: Callable[[T], object] | None,
    ) -> T:
        return await waiters.async_wait_for(
            what,
            fetch,
            outcome,
            schedule=schedule,
            timeout=timeout,
            poll_interval=poll_interval,
            on_progress=on_progress,
            sleep=self.sleep,
            clock=self.clock,
        )


class _Resource(Generic[RawT]):
    """A group of API methods. Each takes the per-call options (`RequestOptions`) as keywords."""

    _raw_view: ClassVar[type[Any]]  # set by the `_RawView` subclass naming this resource

    def __init__(self, core: _Core) -> None:
        self._core = core

    @cached_property
    def with_raw_response(self) -> RawT:
        """The same methods, each returning a `RawResponse` (status, headers, request id, `parse()`)."""
        return self._raw_view(self)  # type: ignore[no-any-return]


class _RawView:
    """A resource's API methods returning `RawResponse`s; subclasses name their resource with `of=`."""

    def __init__(self, resource: _Resource[Any]) -> None:
        self._resource = resource

    def __init_subclass__(cls, of: type[_Resource[Any]], **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        of._raw_view = cls


class _RawMethod(Generic[P, T]):
    """A resource method as its raw view offers it: the same arguments, a `RawResponse` of its result."""

    def __init__(self, method: Callable[Concatenate[Any, P], Awaitable[T]]) -> None:
        self._method = method

    def __get__(self, view: _RawView | None, owner: type[_RawView]) -> Callable[P, Awaitable[RawResponse[T]]]:
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


class Account(_Resource["AccountWithRawResponse"]):
    """Account-level calls (no workspace needed)."""

    async def get_credits(self, **options: Unpack[RequestOptions]) -> CreditBalance:
        """The account's credit balance."""
        return await self._core.call(
            "get_credits", get_credits.asyncio_detailed, CreditBalance, options=options
        )


class AccountWithRawResponse(_RawView, of=Account):
    """`Account`'s API methods, each returning a `RawResponse`."""

    get_credits = _RawMethod(Account.get_credits)


class MediaResource(_Resource["MediaWithRawResponse"]):
    """Media uploads."""

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


class MediaWithRawResponse(_RawView, of=MediaResource):
    """`MediaResource`'s API methods, each returning a `RawResponse`."""

    upload = _RawMethod(MediaResource.upload)


class Content(_Resource["ContentWithRawResponse"]):
    """Caption generations."""

    async def generate(
        self,
        body: GenerateContentRequest | GenerateContentParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> GenerationStarted:
        """Start a caption generation (spends credits; never retried unless provably not received).

        `body` is a `GenerateContentParams` dict (checked before sending) or a `GenerateContentRequest`;
        `extra_body` adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("generate_content", body, GenerateContentRequest, extra_body)
        return await self._core.call(
            "generate_content",
            generate_content.asyncio_detailed,
            GenerationStarted,
            body=request,
            options=options,
        )

    async def get(self, generation_id: str, **options: Unpack[RequestOptions]) -> Generation:
        """One caption generation, with `outputs` once completed."""
        return await self._core.call(
            "get_generation", get_generation.asyncio_detailed, Generation, generation_id, options=options
        )

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

    async def wait(
        self,
        generation_id: str,
        *,
        timeout: float = waiters.CAPTION.timeout,  # noqa: ASYNC109 - polls on the injectable clock, same API as sync
        poll_interval: float | None = None,
        on_progress: Callable[[Generation], object] | None = None,
    ) -> Generation:
        """Poll until the generation completes (returned) or fails (`JobFailedError`)."""
        return await self._core.wait(
            f"Caption generation {generation_id}",
            lambda: self.get(generation_id),
            waiters.job_outcome,
            waiters.CAPTION,
            timeout,
            poll_interval,
            on_progress,
        )


class ContentWithRawResponse(_RawView, of=Content):
    """`Content`'s API methods, each returning a `RawResponse`."""

    generate = _RawMethod(Content.generate)
    get = _RawMethod(Content.get)
    list = _RawMethod(Content._list_page)


class Images(_Resource["ImagesWithRawResponse"]):
    """Image generations."""

    async def generate(
        self,
        body: GenerateImageRequest | GenerateImageParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> ImageGenerationStarted:
        """Start an image generation (spends credits).

        `body` is a `GenerateImageParams` dict (checked before sending) or a `GenerateImageRequest`;
        `extra_body` adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("generate_image", body, GenerateImageRequest, extra_body)
        return await self._core.call(
            "generate_image",
            generate_image.asyncio_detailed,
            ImageGenerationStarted,
            body=request,
            options=options,
        )

    async def get(self, image_generation_id: str, **options: Unpack[RequestOptions]) -> ImageGeneration:
        """One image generation, with `images` once completed."""
        return await self._core.call(
            "get_image_generation",
            get_image_generation.asyncio_detailed,
            ImageGeneration,
            image_generation_id,
            options=options,
        )

    async def wait(
        self,
        image_generation_id: str,
        *,
        timeout: float = waiters.IMAGE.timeout,  # noqa: ASYNC109 - polls on the injectable clock, same API as sync
        poll_interval: float | None = None,
        on_progress: Callable[[ImageGeneration], object] | None = None,
    ) -> ImageGeneration:
        """Poll until the image generation completes or fails."""
        return await self._core.wait(
            f"Image generation {image_generation_id}",
            lambda: self.get(image_generation_id),
            waiters.job_outcome,
            waiters.IMAGE,
            timeout,
            poll_interval,
            on_progress,
        )


class ImagesWithRawResponse(_RawView, of=Images):
    """`Images`'s API methods, each returning a `RawResponse`."""

    generate = _RawMethod(Images.generate)
    get = _RawMethod(Images.get)


class Videos(_Resource["VideosWithRawResponse"]):
    """Video generations."""

    async def generate(
        self,
        body: GenerateVideoRequest | GenerateVideoParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> VideoGenerationStarted:
        """Start a video generation (spends credits).

        `body` is a `GenerateVideoParams` dict (checked before sending) or a `GenerateVideoRequest`;
        `extra_body` adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("generate_video", body, GenerateVideoRequest, extra_body)
        return await self._core.call(
            "generate_video",
            generate_video.asyncio_detailed,
            VideoGenerationStarted,
            body=request,
            options=options,
        )

    async def get(self, video_generation_id: str, **options: Unpack[RequestOptions]) -> VideoGeneration:
        """One video generation, with `video` once completed."""
        return await self._core.call(
            "get_video_generation",
            get_video_generation.asyncio_detailed,
            VideoGeneration,
            video_generation_id,
            options=options,
        )

    async def wait(
        self,
        video_generation_id: str,
        *,
        timeout: float = waiters.VIDEO.timeout,  # noqa: ASYNC109 - polls on the injectable clock, same API as sync
        poll_interval: float | None = None,
        on_progress: Callable[[VideoGeneration], object] | None = None,
    ) -> VideoGeneration:
        """Poll (every 10 s by default) until the video generation completes or fails."""
        return await self._core.wait(
            f"Video generation {video_generation_id}",
            lambda: self.get(video_generation_id),
            waiters.job_outcome,
            waiters.VIDEO,
            timeout,
            poll_interval,
            on_progress,
        )


class VideosWithRawResponse(_RawView, of=Videos):
    """`Videos`'s API methods, each returning a `RawResponse`."""

    generate = _RawMethod(Videos.generate)
    get = _RawMethod(Videos.get)


class Posts(_Resource["PostsWithRawResponse"]):
    """Draft posts and publishing."""

    async def create(
        self,
        body: CreatePostRequest | CreatePostParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> Post:
        """Create a draft post.

        `body` is a `CreatePostParams` dict (checked before sending) or a `CreatePostRequest`; `extra_body`
        adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("create_post", body, CreatePostRequest, extra_body)
        return await self._core.call(
            "create_post", create_post.asyncio_detailed, Post, body=request, options=options
        )

    async def get(self, post_id: str, **options: Unpack[RequestOptions]) -> Post:
        """A post with its items' current statuses."""
        return await self._core.call("get_post", get_post.asyncio_detailed, Post, post_id, options=options)

    async def publish(self, post_id: str, **options: Unpack[RequestOptions]) -> PublishStarted:
        """Start publishing a draft (spends credits; never retried unless provably not received)."""
        return await self._core.call(
            "publish_post", publish_post.asyncio_detailed, PublishStarted, post_id, options=options
        )

    async def wait(
        self,
        post_id: str,
        *,
        timeout: float = waiters.POST.timeout,  # noqa: ASYNC109 - polls on the injectable clock, same API as sync
        poll_interval: float | None = None,
        on_progress: Callable[[Post], object] | None = None,
    ) -> Post:
        """Poll until the post is `published` (returned) or `failed` (`JobFailedError`)."""
        return await self._core.wait(
            f"Publishing of post {post_id}",
            lambda: self.get(post_id),
            waiters.post_outcome,
            waiters.POST,
            timeout,
            poll_interval,
            on_progress,
        )


class PostsWithRawResponse(_RawView, of=Posts):
    """`Posts`'s API methods, each returning a `RawResponse`."""

    create = _RawMethod(Posts.create)
    get = _RawMethod(Posts.get)
    publish = _RawMethod(Posts.publish)


class Analytics(_Resource["AnalyticsWithRawResponse"]):
    """Post item analytics."""

    async def get(self, post_item_id: str, **options: Unpack[RequestOptions]) -> PostItemAnalytics:
        """Metrics of one published post item (`metrics` is None until first fetched)."""
        return await self._core.call(
            "get_post_item_analytics",
            get_post_item_analytics.asyncio_detailed,
            PostItemAnalytics,
            post_item_id,
            options=options,
        )


class AnalyticsWithRawResponse(_RawView, of=Analytics):
    """`Analytics`'s API methods, each returning a `RawResponse`."""

    get = _RawMethod(Analytics.get)


class Calendar(_Resource["CalendarWithRawResponse"]):
    """Content calendar entries."""

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

    async def create(
        self,
        body: CreateCalendarEntryRequest | CreateCalendarEntryParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CalendarEntry:
        """Create a calendar entry (not retried on 5xx: a retry could create it twice).

        `body` is a `CreateCalendarEntryParams` dict (checked before sending) or a
        `CreateCalendarEntryRequest`; `extra_body` adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("create_calendar_entry", body, CreateCalendarEntryRequest, extra_body)
        return await self._core.call(
            "create_calendar_entry",
            create_calendar_entry.asyncio_detailed,
            CalendarEntry,
            body=request,
            options=options,
        )

    async def get(self, entry_id: str, **options: Unpack[RequestOptions]) -> CalendarEntry:
        """One calendar entry."""
        return await self._core.call(
            "get_calendar_entry",
            get_calendar_entry.asyncio_detailed,
            CalendarEntry,
            entry_id,
            options=options,
        )

    async def update(
        self,
        entry_id: str,
        body: UpdateCalendarEntryRequest | UpdateCalendarEntryParams,
        *,
        extra_body: Mapping[str, object] | None = None,
        **options: Unpack[RequestOptions],
    ) -> CalendarEntry:
        """Change some fields of an entry; returns the whole updated entry.

        `body` is a `UpdateCalendarEntryParams` dict (checked before sending) or a
        `UpdateCalendarEntryRequest`; `extra_body` adds keys newer than this SDK to the JSON as given.
        """
        request = prepare_body("update_calendar_entry", body, UpdateCalendarEntryRequest, extra_body)
        return await self._core.call(
            "update_calendar_entry",
            update_calendar_entry.asyncio_detailed,
            CalendarEntry,
            entry_id,
            body=request,
            options=options,
        )

    async def delete(self, entry_id: str, **options: Unpack[RequestOptions]) -> DeleteResult:
        """Delete an entry."""
        return await self._core.call(
            "delete_calendar_entry",
            delete_calendar_entry.asyncio_detailed,
            DeleteResult,
            entry_id,
            options=options,
        )


class CalendarWithRawResponse(_RawView, of=Calendar):
    """`Calendar`'s API methods, each returning a `RawResponse`."""

    list = _RawMethod(Calendar.list)
    create = _RawMethod(Calendar.create)
    get = _RawMethod(Calendar.get)
    update = _RawMethod(Calendar.update)
    delete = _RawMethod(Calendar.delete)


class AsyncPowerPost(ClientBase[_Core]):
    """The asyncio PowerPost API client.

    Settings not given are read from POWERPOST_API_KEY, POWERPOST_WORKSPACE_ID and POWERPOST_BASE_URL
    (default `https://powerpost.ai/api/v1`). Errors are raised as `powerpost` error classes; 429s,
    5xx on safe operations and connection failures are retried (`max_retries`, default 2); requests
    are paced from the rate-limit headers unless `pacing=False`; `pacing="redis://…"` (or the variable
    POWERPOST_PACING_URL) shares that pacing through Redis with every client on the key (see
    the README's *shared pacing* section). `timeout` is the deadline of a whole call (retries and body
    included; see `RetryPolicy` for the per-attempt bound) and `max_response_bytes` caps a response
    body (default 32 MiB). Responses that deviate from the spec are read as far as possible (missing
    fields read None); `strict=True` (or POWERPOST_STRICT=1) raises `UnexpectedResponseError` instead.
    `transport`, `sleep`, `clock` and `wall_clock` exist for tests (an inner httpx transport such as
    `httpx.MockTransport`, fake time).
    """

    account: Account
    media: MediaResource
    content: Content
    images: Images
    videos: Videos
    posts: Posts
    analytics: Analytics
    calendar: Calendar
    RESOURCES: ClassVar[dict[str, Callable[[Any], object]]] = {
        "account": Account,
        "media": MediaResource,
        "content": Content,
        "images": Images,
        "videos": Videos,
        "posts": Posts,
        "analytics": Analytics,
        "calendar": Calendar,
    }

    def __init__(
        self,
        api_key: str | None = None,
        workspace_id: str | None = None,
        base_url: str | None = None,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        pacing: bool | str = True,
        strict: bool | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        verify: bool | str = True,
        limits: httpx.Limits = DEFAULT_LIMITS,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        max_response_bytes: int | None = None,
    ) -> None:
        config, policy = resolve_settings(
            api_key, workspace_id, base_url, timeout, max_retries, retry, max_response_bytes, strict=strict
        )
        power_transport = make_transport(
            config,
            policy,
            pacing=pacing,
            clock=clock,
            wall_clock=wall_clock,
            verify=verify,
            limits=limits,
            async_inner=transport,
            asleep=sleep,
        )
        self._attach(_Core(config, power_transport, sleep, clock))

    async def close(self) -> None:
        """Close the connection pool."""
        await self._core.client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
