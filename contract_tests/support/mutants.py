"""Deliberately broken variants of the mock: ASGI wrappers that corrupt the real app's responses.

The suite must catch every one of them (``test_mutants.py``); the mock itself is never edited.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import attrs

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@attrs.define
class Reply:
    """A whole HTTP response, as the rewriters see it."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes | None:
        """The first value of header ``name`` (case-insensitive)."""
        return next((value for key, value in self.headers if key.lower() == name), None)

    def without_header(self, name: bytes) -> None:
        """Drop every ``name`` header."""
        self.headers = [(key, value) for key, value in self.headers if key.lower() != name]

    def set_header(self, name: bytes, value: bytes) -> None:
        """Replace ``name`` with a single value."""
        self.without_header(name)
        self.headers.append((name, value))

    def json(self) -> Any:
        """The body as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def set_json(self, value: Any) -> None:
        """Replace the body with ``value`` as JSON."""
        self.body = json.dumps(value).encode()


Rewrite = Callable[[Scope, Reply], None]


class ResponseRewriter:
    """ASGI middleware buffering each API response and handing it to ``rewrite`` before it is sent."""

    def __init__(self, app: ASGIApp, rewrite: Rewrite) -> None:
        self.app = app
        self.rewrite = rewrite
        # Checks and fixtures read the real app's state through the wrapper.
        self.state = getattr(app, "state", None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the real app, rewrite its response when it is an API response, send it."""
        if scope["type"] != "http" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    reply = Reply(start["status"], list(start.get("headers", [])), b"".join(chunks))
                    self.rewrite(scope, reply)
                    reply.set_header(b"content-length", str(len(reply.body)).encode())
                    await send(
                        {"type": "http.response.start", "status": reply.status, "headers": reply.headers}
                    )
                    await send({"type": "http.response.body", "body": reply.body})
            else:
                await send(message)

        await self.app(scope, receive, capture)


def _integer_field_as_string(scope: Scope, reply: Reply) -> None:
    # `balance`, `credits_used`, `file_size`, … : the first integer of a success body becomes a string.
    body = reply.json()
    if reply.status != 200 or not isinstance(body, dict):
        return
    for key, value in body.items():
        if isinstance(value, int) and not isinstance(value, bool):
            body[key] = str(value)
            reply.set_json(body)
            return


def _drop_rate_limit_remaining(scope: Scope, reply: Reply) -> None:
    reply.without_header(b"x-ratelimit-remaining")


def _not_found_as_gone(scope: Scope, reply: Reply) -> None:
    # 410 is declared by no operation.
    if reply.status == 404:
        reply.status = 410


def _error_without_code(scope: Scope, reply: Reply) -> None:
    body = reply.json()
    if reply.status >= 400 and isinstance(body, dict) and isinstance(body.get("error"), dict):
        body["error"].pop("code", None)
        reply.set_json(body)


def _crash_on_bad_input(scope: Scope, reply: Reply) -> None:
    if reply.status == 400:
        reply.status = 500
        reply.set_json(
            {"error": {"code": "INTERNAL_ERROR", "message": "Traceback (most recent call last): ..."}}
        )


def _remaining_above_limit(scope: Scope, reply: Reply) -> None:
    limit = reply.header(b"x-ratelimit-limit")
    if limit is not None:
        reply.set_header(b"x-ratelimit-remaining", str(int(limit) + 1).encode())


def _constant_request_id(scope: Scope, reply: Reply) -> None:
    reply.set_header(b"x-request-id", b"req_always_the_same")


def _wrong_code_for_status(scope: Scope, reply: Reply) -> None:
    # A well-formed envelope whose code belongs to another status.
    body = reply.json()
    if reply.status == 404 and isinstance(body, dict) and isinstance(body.get("error"), dict):
        body["error"]["code"] = "VALIDATION_ERROR"
        reply.set_json(body)


@attrs.frozen
class Mutant:
    """A broken variant: what it breaks, and the check that must catch it."""

    name: str
    description: str
    rewrite: Rewrite
    expected_check: str
    # Operations worth fuzzing for this bug (keeps the run bounded); empty means all.
    operations: tuple[str, ...] = ()

    def wrap(self, app: ASGIApp) -> ResponseRewriter:
        """The real app with this bug injected."""
        return ResponseRewriter(app, self.rewrite)


MUTANTS = (
    Mutant(
        "wrong_field_type",
        "an integer field of a 200 body (balance, credits_used, …) sent as a string",
        _integer_field_as_string,
        "response_schema_conformance",
        ("get_credits", "create_calendar_entry"),
    ),
    Mutant(
        "missing_rate_limit_header",
        "X-RateLimit-Remaining left out of every response",
        _drop_rate_limit_remaining,
        "response_headers_conformance",
        ("get_credits", "list_calendar_entries"),
    ),
    Mutant(
        "undeclared_status",
        "404 answered as 410 Gone, a status no operation declares",
        _not_found_as_gone,
        "status_code_conformance",
        ("get_generation", "get_calendar_entry"),
    ),
    Mutant(
        "error_without_code",
        "error bodies without error.code",
        _error_without_code,
        "powerpost_error_body",
        ("get_calendar_entry", "create_calendar_entry"),
    ),
    Mutant(
        "500_on_bad_input",
        "invalid input crashes the server (400 → 500)",
        _crash_on_bad_input,
        "not_a_server_error",
        ("create_calendar_entry", "list_generations"),
    ),
    Mutant(
        "remaining_above_limit",
        "X-RateLimit-Remaining greater than X-RateLimit-Limit",
        _remaining_above_limit,
        "powerpost_rate_limit_headers",
        ("get_credits",),
    ),
    Mutant(
        "constant_request_id",
        "the same X-Request-Id on every response",
        _constant_request_id,
        "powerpost_request_id",
        ("get_credits",),
    ),
    Mutant(
        "wrong_code_for_status",
        "404 bodies carrying VALIDATION_ERROR",
        _wrong_code_for_status,
        "powerpost_error_body",
        ("get_calendar_entry",),
    ),
)
