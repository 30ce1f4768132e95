"""The spec's 18 operations as the transport needs them: a pacing key and whether a retry is safe.

The facade names the operation it is calling through a context variable (the generated functions
take no request extensions), so the transport needs no path matching on the hot path. Requests
sent by other code through the same client fall back to matching the path against the templates.
"""

from __future__ import annotations

import contextvars
from collections.abc import Iterator
from contextlib import contextmanager

import attrs
import httpx


@attrs.frozen
class Operation:
    """One spec operation. `side_effect` marks calls that spend credits, publish or create."""

    operation_id: str
    method: str
    template: str
    side_effect: bool
    # The pacing key, e.g. `GET /content/generations/{generation_id}`; built once, read on every request.
    key: str = attrs.field(init=False, eq=False)

    @key.default
    def _key(self) -> str:
        return f"{self.method} {self.template}"


_SPEC_OPERATIONS = (
    Operation("get_credits", "GET", "/account/credits", False),
    Operation("upload_media", "POST", "/media/upload", True),
    Operation("generate_content", "POST", "/content/generate", True),
    Operation("list_generations", "GET", "/content/generations", False),
    Operation("get_generation", "GET", "/content/generations/{generation_id}", False),
    Operation("generate_image", "POST", "/images/generate", True),
    Operation("get_image_generation", "GET", "/images/generations/{image_generation_id}", False),
    Operation("generate_video", "POST", "/videos/generate", True),
    Operation("get_video_generation", "GET", "/videos/generations/{video_generation_id}", False),
    Operation("create_post", "POST", "/posts", True),
    Operation("get_post", "GET", "/posts/{post_id}", False),
    Operation("publish_post", "POST", "/posts/{post_id}/publish", True),
    Operation("get_post_item_analytics", "GET", "/post-items/{post_item_id}/analytics", False),
    Operation("list_calendar_entries", "GET", "/calendar/entries", False),
    # A retried create could leave two identical calendar entries behind.
    Operation("create_calendar_entry", "POST", "/calendar/entries", True),
    Operation("get_calendar_entry", "GET", "/calendar/entries/{entry_id}", False),
    # PATCH sets absolute values and DELETE of a deleted entry only answers 404: both safe to repeat.
    Operation("update_calendar_entry", "PATCH", "/calendar/entries/{entry_id}", False),
    Operation("delete_calendar_entry", "DELETE", "/calendar/entries/{entry_id}", False),
)

OPERATIONS: dict[str, Operation] = {op.operation_id: op for op in _SPEC_OPERATIONS}

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

_current: contextvars.ContextVar[Operation | None] = contextvars.ContextVar(
    "powerpost_operation", default=None
)

# (method, segment count) -> [(segments, operation)], built once at import.
_BY_SHAPE: dict[tuple[str, int], list[tuple[tuple[str, ...], Operation]]] = {}
for _op in _SPEC_OPERATIONS:
    _segments = tuple(_op.template.strip("/").split("/"))
    _BY_SHAPE.setdefault((_op.method, len(_segments)), []).append((_segments, _op))


def mark(op: Operation) -> contextvars.Token[Operation | None]:
    """Mark the requests sent from now on as `op`; undo with `unmark` (a hot-path `calling`)."""
    return _current.set(op)


def unmark(token: contextvars.Token[Operation | None]) -> None:
    """Undo the `mark` that returned `token`."""
    _current.reset(token)


@contextmanager
def calling(operation_id: str) -> Iterator[Operation]:
    """Mark the requests sent inside the block as `operation_id` (for pacing and retry safety)."""
    op = OPERATIONS[operation_id]
    token = mark(op)
    try:
        yield op
    finally:
        unmark(token)


def match(method: str, path: str) -> Operation | None:
    """Find the spec operation for a method and a path relative to the base URL."""
    segments = tuple(path.strip("/").split("/"))
    for template, op in _BY_SHAPE.get((method, len(segments)), ()):
        if all(t.startswith("{") or t == s for t, s in zip(template, segments, strict=True)):
            return op
    return None


def resolve(request: httpx.Request, base_path: str) -> Operation:
    """The operation a request belongs to: the facade's mark, else the path match, else an ad-hoc one."""
    op = _current.get()
    method = request.method
    if op is not None and op.method == method:
        return op
    # Only unmarked requests pay for decoding the path.
    path = request.url.path
    relative = path[len(base_path) :] if base_path and path.startswith(base_path) else path
    found = match(method, relative)
    if found is not None:
        return found
    return Operation("", method, relative, method not in _IDEMPOTENT_METHODS)
