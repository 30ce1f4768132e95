"""The soak's workload: mixed SDK operations from threads and asyncio tasks, each outcome recorded.

Every call ends as "ok", as a typed error (a PowerPostError subclass) or as "untyped" (any other exception,
which the audit counts as a failure). Side-effect calls that raised a connection error or a 5xx are
"unknown outcome": the server may have acted before the connection dropped.
"""

from __future__ import annotations

import asyncio
import io
import itertools
import random
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import powerpost
from powerpost import AsyncPowerPost, PowerPost
from powerpost.types import CreatePostParams, GenerateContentParams

from tests.reliability.attempt_log import CURRENT_CALL

# A 1×1 PNG: small enough to upload often, real enough for the mock's content sniffing.
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)
GENERATE_BODY: GenerateContentParams = {
    "prompt": "Soak test: we shipped dark mode",
    "post_types": ["linkedin-post"],
    "research_mode": "regular",
}
POST_BODY: CreatePostParams = {"items": [{"post_type": "linkedin-post", "content": "Soak test post"}]}
# Operation name → weight in the mix. Charging and publishing are frequent on purpose.
MIX: dict[str, int] = {
    "get_credits": 3,
    "generate_content": 5,
    "get_generation": 3,
    "list_generations": 2,
    "create_post": 3,
    "publish_post": 3,
    "upload_media": 1,
    "calendar_create": 1,
}
SIDE_EFFECTS = frozenset(
    {"generate_content", "create_post", "publish_post", "upload_media", "calendar_create"}
)


@attrs.frozen
class CallRecord:
    """What one client call returned or raised."""

    call_id: int
    operation: str
    outcome: str  # "ok", "typed" or "untyped"
    error: str | None = None
    result_id: str | None = None
    elapsed: float = 0.0  # wall seconds of the call, retries included

    @property
    def unknown_outcome(self) -> bool:
        """A side-effect call that failed in a way that leaves open whether the server acted."""
        return (
            self.operation in SIDE_EFFECTS
            and self.outcome == "typed"
            and self.error in {"APIConnectionError", "APITimeoutError", "InternalServerError"}
        )


@attrs.define
class SharedState:
    """Ids the workers hand to each other: generations to read, drafts to publish (each at most once)."""

    generation_ids: list[str] = attrs.field(factory=list)
    drafts: list[str] = attrs.field(factory=list)
    records: list[CallRecord] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)
    ids: itertools.count[int] = attrs.field(factory=lambda: itertools.count(1))

    def next_call_id(self) -> int:
        """A fresh call id (thread-safe)."""
        with self.lock:
            return next(self.ids)

    def take_draft(self) -> str | None:
        """A draft nobody has tried to publish yet, removed so it is published at most once by us."""
        with self.lock:
            return self.drafts.pop() if self.drafts else None

    def some_generation(self, rng: random.Random) -> str:
        """A generation id we created, or an unknown one (which must give NotFoundError)."""
        with self.lock:
            if self.generation_ids and rng.random() < 0.9:
                return rng.choice(self.generation_ids)
        return "gen_does_not_exist"


def schedule(count: int, seed: int) -> list[str]:
    """The operations of the run, in order, drawn from MIX with a seeded generator."""
    rng = random.Random(seed)
    names, weights = zip(*MIX.items(), strict=True)
    return rng.choices(list(names), weights=list(weights), k=count)


def _result_id(operation: str, result: Any) -> str | None:
    for attribute in ("generation_id", "post_id", "media_id", "entry_id"):
        value = getattr(result, attribute, None)
        if isinstance(value, str):
            return value
    return None


def _remember(state: SharedState, operation: str, result_id: str | None) -> None:
    if result_id is None:
        return
    with state.lock:
        if operation == "generate_content":
            state.generation_ids.append(result_id)
        elif operation == "create_post":
            state.drafts.append(result_id)


def _classify(
    state: SharedState,
    call_id: int,
    operation: str,
    exc: BaseException | None,
    result: Any,
    elapsed: float = 0.0,
) -> None:
    if exc is None:
        record = CallRecord(
            call_id, operation, "ok", result_id=_result_id(operation, result), elapsed=elapsed
        )
        _remember(state, operation, record.result_id)
    elif isinstance(exc, powerpost.PowerPostError):
        record = CallRecord(call_id, operation, "typed", error=type(exc).__name__, elapsed=elapsed)
    else:
        record = CallRecord(
            call_id, operation, "untyped", error=f"{type(exc).__name__}: {exc}", elapsed=elapsed
        )
    with state.lock:
        state.records.append(record)


def _sync_call(
    pp: PowerPost, state: SharedState, operation: str, rng: random.Random
) -> Callable[[], Any] | None:
    calls: dict[str, Callable[[], Any]] = {
        "get_credits": pp.account.get_credits,
        "generate_content": lambda: pp.content.generate(GENERATE_BODY),
        "get_generation": lambda: pp.content.get(state.some_generation(rng)),
        "list_generations": lambda: pp.content.list(limit=5),
        "create_post": lambda: pp.posts.create(POST_BODY),
        "upload_media": lambda: pp.media.upload(io.BytesIO(TINY_PNG), type="image", file_name="soak.png"),
        "calendar_create": lambda: pp.calendar.create({"title": "Soak", "scheduled_date": "2026-12-01"}),
    }
    if operation == "publish_post":
        draft = state.take_draft()
        return None if draft is None else (lambda: pp.posts.publish(draft))
    return calls[operation]


def _async_call(
    pp: AsyncPowerPost, state: SharedState, operation: str, rng: random.Random
) -> Callable[[], Awaitable[Any]] | None:
    calls: dict[str, Callable[[], Awaitable[Any]]] = {
        "get_credits": pp.account.get_credits,
        "generate_content": lambda: pp.content.generate(GENERATE_BODY),
        "get_generation": lambda: pp.content.get(state.some_generation(rng)),
        "list_generations": lambda: pp.content.list(limit=5),
        "create_post": lambda: pp.posts.create(POST_BODY),
        "upload_media": lambda: pp.media.upload(io.BytesIO(TINY_PNG), type="image", file_name="soak.png"),
        "calendar_create": lambda: pp.calendar.create({"title": "Soak", "scheduled_date": "2026-12-01"}),
    }
    if operation == "publish_post":
        draft = state.take_draft()
        return None if draft is None else (lambda: pp.posts.publish(draft))
    return calls[operation]


def run_threads(pp: PowerPost, state: SharedState, operations: list[str], threads: int, seed: int) -> None:
    """Run `operations` on `threads` threads sharing one sync client."""

    def worker(index: int) -> None:
        rng = random.Random(seed * 1000 + index)
        for operation in operations[index::threads]:
            call = _sync_call(pp, state, operation, rng)
            if call is None:  # nothing to publish yet: make a draft instead
                operation, call = "create_post", _sync_call(pp, state, "create_post", rng)
                assert call is not None
            call_id = state.next_call_id()
            CURRENT_CALL.set(call_id)
            started = time.monotonic()
            try:
                result = call()
            except Exception as exc:  # the audit judges every exception, typed or not
                _classify(state, call_id, operation, exc, None, time.monotonic() - started)
            else:
                _classify(state, call_id, operation, None, result, time.monotonic() - started)

    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="soak") as pool:
        for future in [pool.submit(worker, i) for i in range(threads)]:
            future.result()


async def run_tasks(
    pp: AsyncPowerPost, state: SharedState, operations: list[str], tasks: int, seed: int
) -> None:
    """Run `operations` on `tasks` asyncio tasks sharing one async client."""

    async def worker(index: int) -> None:
        rng = random.Random(seed * 2000 + index)
        for operation in operations[index::tasks]:
            call = _async_call(pp, state, operation, rng)
            if call is None:  # nothing to publish yet: make a draft instead
                operation, call = "create_post", _async_call(pp, state, "create_post", rng)
                assert call is not None
            call_id = state.next_call_id()
            CURRENT_CALL.set(call_id)
            started = time.monotonic()
            try:
                result = await call()
            except Exception as exc:
                _classify(state, call_id, operation, exc, None, time.monotonic() - started)
            else:
                _classify(state, call_id, operation, None, result, time.monotonic() - started)

    await asyncio.gather(*(worker(i) for i in range(tasks)))
