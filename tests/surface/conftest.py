"""Harnesses for one test body on `PowerPost` and `AsyncPowerPost`, and a recording transport."""

from __future__ import annotations

import io
import json
from typing import Any

import httpx

from tests.hostile.conftest import drive, kind
from tests.overlays.conftest import GENERATE_BODY, Harness, api, clock, make_api, router

__all__ = ["CALLS", "Harness", "Recorder", "api", "clock", "drive", "fresh", "kind", "make_api", "router"]

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")

# Every API method of a resource (not `wait`/`iter`, which are built on them): (resource, method, args).
CALLS: list[tuple[str, str, tuple[Any, ...]]] = [
    ("account", "get_credits", ()),
    ("media", "upload", (PNG,)),  # sent as a fresh BytesIO by `fresh`
    ("content", "generate", (GENERATE_BODY,)),
    ("content", "get", ("g1",)),
    ("content", "list", ()),
    ("images", "generate", ({"prompt": "A desk"},)),
    ("images", "get", ("i1",)),
    ("videos", "generate", ({"prompt": "A dog", "duration": 5},)),
    ("videos", "get", ("v1",)),
    ("posts", "create", ({"items": [{"post_type": "x-post", "content": "hi"}]},)),
    ("posts", "get", ("p1",)),
    ("posts", "publish", ("p1",)),
    ("analytics", "get", ("pi1",)),
    ("calendar", "list", ("2026-01-01", "2026-01-31")),
    ("calendar", "create", ({"title": "Launch", "scheduled_date": "2026-03-25"},)),
    ("calendar", "get", ("e1",)),
    ("calendar", "update", ("e1", {"title": "Relaunch"})),
    ("calendar", "delete", ("e1",)),
]


def fresh(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """A `CALLS` entry's arguments, the upload's bytes as a new file object each time."""
    return tuple(io.BytesIO(arg) if arg is PNG else arg for arg in args)


class Recorder:
    """An inner transport answering every request with `answer` (`{}` by default), keeping each request."""

    def __init__(self, answer: dict[str, Any] | None = None, status: int = 200) -> None:
        self.seen: list[httpx.Request] = []
        self.body = json.dumps(answer or {}).encode()
        self.status = status

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.seen.append(request)
        return httpx.Response(
            self.status,
            content=self.body,
            headers={"Content-Type": "application/json", "X-Request-Id": f"req_{len(self.seen)}"},
        )

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)
