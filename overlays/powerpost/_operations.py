"""The spec's operations as the transport needs them: a pacing key and whether a retry is safe.

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

from ._operation_facts import OPERATION_FACTS


@attrs.frozen
class Operation:
    """One spec operation. `side_effect` marks calls a retry could repeat (spend, publish or create)."""

    operation_id: str
    method: str
    template: str
    side_effect: bool
    # The spec's `x-powerpost-side-effect`: none, idempotent, creates, spends or publishes ("" off the spec).
    effect: str = ""
    # The pacing key, e.g. `GET /content/generations/{generation_id}`; built once, read on every request.
    key: str = attrs.field(init=False, eq=False)

    @key.default
    def _key(self) -> str:
        return f"{self.method} {self.template}"


# Built from the spec's `x-powerpost-side-effect` (see `_operation_facts.py`, generated): `none` and
# `idempotent` are safe to repeat; `creates`, `spends` and `publishes` are not.
_RETRY_SAFE_EFFECTS = frozenset({"none", "idempotent"})
_SPEC_OPERATIONS = tuple(
    Operation(operation_id, method, template, effect not in _RETRY_SAFE_EFFECTS, effect)
    for operation_id, method, template, effect in OPERATION_FACTS
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


# A hot-path `calling`: `mark(op)` marks the requests sent from now on as `op` and returns a token;
# `unmark(token)` undoes it. The context variable's own methods: no Python call around them per call.
mark = _current.set
unmark = _current.reset


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
