"""The API under `/api/v1`: a lean ASGI layer doing, in order, request id, faults, route lookup, auth,
rate limit, scope, workspace, parameter and body validation, the handler, and the common headers.

Anything else (the admin surface, `/openapi.*`) is passed to the wrapped Starlette app.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import ClientDisconnect, Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .clock import HttpDate
from .errors import ApiError, DroppedConnection, unread_body, validation_error
from .faults import BODY_FAULTS, send_faulty_body
from .handlers import HANDLERS
from .mock_state import MockState
from .models import ApiKey, Workspace
from .operation_index import Operation
from .rate_limit import RateLimitVerdict
from .request_context import RequestContext
from .response_shape import FULL, ResponseShaper
from .validation import check, parse_json

log = logging.getLogger("powerpost_mock")
API_PREFIX = "/api/v1"
PASS_THROUGH = ("/_mock", "/openapi.json", "/openapi.yaml")
MAX_JSON_BYTES = 1024 * 1024
JSON_HEADER = (b"content-type", b"application/json")
CLOSE_HEADER = (b"connection", b"close")
# One encoder for every answer: `json.dumps` with options builds a new encoder per call.
_encode_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
# The fallback when an answer holds text UTF-8 cannot encode (input is checked, so this is a safety net).
_encode_ascii_json = json.JSONEncoder(separators=(",", ":"), ensure_ascii=True).encode


async def send_json(send: Send, status: int, body: Any, headers: list[tuple[bytes, bytes]]) -> None:
    """One complete JSON response."""
    try:
        payload = _encode_json(body).encode()
    except UnicodeEncodeError:
        payload = _encode_ascii_json(body).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [JSON_HEADER, (b"content-length", str(len(payload)).encode()), *headers],
        }
    )
    await send({"type": "http.response.body", "body": payload})


async def drop_connection(send: Send) -> None:
    """Close the connection without a response.

    ASGI has no "close now" message, so we start a response that the server must refuse (a header value
    with a line break, which HTTP forbids): both of uvicorn's HTTP implementations, h11 and httptools,
    mark the response started, refuse it before writing a byte and, when the exception below reaches
    them, close the socket. The client sees a connection error, never a status line (tested on both)."""
    try:
        await send(
            {"type": "http.response.start", "status": 500, "headers": [(b"x-mock-fault", b"drop\r\n")]}
        )
    finally:
        raise DroppedConnection("connection dropped by fault injection")


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def _api_key(scope: Scope) -> str | None:
    key = _header(scope, b"x-api-key")
    if key:
        return key
    auth = _header(scope, b"authorization")
    if auth and auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    return None


class ApiDispatcher:
    """Pure ASGI middleware serving the PowerPost API from the spec's operation index."""

    def __init__(self, app: ASGIApp, state: MockState, shaper: ResponseShaper | None = None) -> None:
        self.app = app
        self.state = state
        self.shaper = shaper
        self._http_date = HttpDate()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Route API paths here and everything else to Starlette."""
        if scope["type"] != "http" or scope["path"].startswith(PASS_THROUGH):
            await self.app(scope, receive, send)
            return
        await self._serve(scope, receive, send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        request_id = secrets.token_hex(16)
        now = state.clock.now()
        state.settle()
        path: str = scope["path"]
        found = state.index.match(path[len(API_PREFIX) :]) if path.startswith(API_PREFIX) else None
        key_value = _api_key(scope)
        bucket = key_value if key_value in state.keys else "anonymous"
        if found is None:
            verdict = state.rate_limiter.peek(bucket, "unknown", now)
            error = ApiError(404, "NOT_FOUND", f"No such path: {path}")
            await self._error(send, error, verdict, request_id)
            return
        methods, path_values = found
        operation = methods.get(scope["method"])
        if operation is None:
            verdict = state.rate_limiter.peek(bucket, "unknown", now)
            allow = (b"allow", ", ".join(methods).encode())
            error = ApiError(405, "METHOD_NOT_ALLOWED", f"{scope['method']} is not allowed on {path}")
            await self._error(send, error, verdict, request_id, [allow])
            return
        fault = state.faults.draw()
        if state.faults.config.latency > 0:
            await asyncio.sleep(state.faults.config.latency)
        if fault is not None:
            state.ledger.faults.append(
                {
                    "fault": fault,
                    "operation": operation.operation_id,
                    # What a repeat would do (the spec's `x-powerpost-side-effect`), so a test can tell
                    # the faults after which a client must not retry from the harmless ones.
                    "side_effect": operation.side_effect,
                    "request_id": request_id,
                    "path": path,
                }
            )
        if fault == "error_500":
            verdict = state.rate_limiter.peek(bucket, operation.operation_id, now)
            error = ApiError(500, "INTERNAL_ERROR", "Server error — try again later")
            await self._error(send, error, verdict, request_id)
            return
        if fault == "rate_429":
            verdict = state.rate_limiter.peek(bucket, operation.operation_id, now)
            forced = RateLimitVerdict(False, verdict.limit, 0, verdict.reset, verdict.retry_after)
            await self._error(send, self._rate_error(forced), forced, request_id)
            return
        # Counted only once the key is known; an earlier refusal shows the window without counting.
        counted: RateLimitVerdict | None = None
        try:
            key = state.keys.get(key_value or "")
            if key is None:
                raise ApiError(401, "INVALID_API_KEY", "Missing or invalid API key")
            counted = state.rate_limiter.hit(key.key, operation.operation_id, now)
            if not counted.allowed:
                raise self._rate_error(counted)
            ctx = await self._prepare(scope, receive, operation, key, path_values, request_id)
            state.ledger.requests[operation.operation_id] += 1
            result = await HANDLERS[operation.operation_id](ctx)
        except ApiError as refusal:
            verdict = counted or state.rate_limiter.peek(bucket, operation.operation_id, now)
            await self._error(send, refusal, verdict, request_id)
            return
        except ClientDisconnect:
            return  # nobody is left to answer (the client went away, or its body timed out)
        except Exception:
            log.exception("unexpected error in %s", operation.operation_id)
            verdict = counted or state.rate_limiter.peek(bucket, operation.operation_id, now)
            crash = ApiError(500, "INTERNAL_ERROR", "Server error — try again later")
            await self._error(send, crash, verdict, request_id)
            return
        assert counted is not None  # the handler ran, so the request was counted
        if fault == "drop_after":
            await drop_connection(send)
        result = self._shaped(operation.operation_id, 200, result)
        if fault in BODY_FAULTS:
            payload = _encode_json(result).encode()
            headers = self._common_headers(counted, request_id)
            await send_faulty_body(send, fault, state.faults.config, 200, payload, headers)
            return  # a drip that ran to its end: the response is complete
        await send_json(send, 200, result, self._common_headers(counted, request_id))

    @staticmethod
    def _rate_error(verdict: RateLimitVerdict) -> ApiError:
        return ApiError(429, "RATE_LIMIT_EXCEEDED", "Rate limit exceeded", retryAfter=verdict.retry_after)

    async def _prepare(
        self,
        scope: Scope,
        receive: Receive,
        operation: Operation,
        key: ApiKey,
        path_values: dict[str, str],
        request_id: str,
    ) -> RequestContext:
        state = self.state
        if operation.scope and operation.scope not in key.scopes:
            raise ApiError(
                403,
                "INSUFFICIENT_SCOPE",
                f"This API key lacks the {operation.scope} scope",
                required_scope=operation.scope,
            )
        workspace: Workspace | None = None
        if operation.needs_workspace:
            workspace_id = _header(scope, b"x-workspace-id")
            if not workspace_id:
                raise validation_error("header.X-Workspace-Id: required header is missing")
            workspace = state.workspaces.get(workspace_id)
            if workspace is None or workspace.account_id != key.account_id:
                raise ApiError(403, "FORBIDDEN", "You don't have access to this workspace")
        for param in operation.path_params:
            param.check(path_values[param.name], f"path.{param.name}")
        query = self._query(scope, operation)
        request = Request(scope, receive)
        body: Any = None
        if operation.body_media_type == "application/json":
            body = await self._json_body(request, operation)
        return RequestContext(
            state=state,
            request=request,
            request_id=request_id,
            key=key,
            account=state.accounts[key.account_id],
            workspace=workspace,
            path=path_values,
            query=query,
            body=body,
        )

    @staticmethod
    def _query(scope: Scope, operation: Operation) -> dict[str, Any]:
        raw_query = scope.get("query_string", b"")
        if not raw_query and not operation.required_query:
            return {}
        values: dict[str, Any] = {}
        for name, raw in parse_qsl(raw_query.decode("latin-1"), keep_blank_values=True):
            param = operation.query_params.get(name)
            if param is None:
                raise validation_error(f"query.{name}: unknown query parameter")
            value: Any = raw
            if param.kind in ("integer", "number"):
                try:
                    value = int(raw) if param.kind == "integer" else float(raw)
                except ValueError:
                    raise validation_error(f"query.{name}: '{raw}' is not a valid {param.kind}") from None
            elif param.kind == "boolean":
                if raw not in ("true", "false"):
                    raise validation_error(f"query.{name}: '{raw}' is not a valid boolean")
                value = raw == "true"
            param.check(value, f"query.{name}")
            values[name] = value
        for name in operation.required_query:
            if name not in values:
                raise validation_error(f"query.{name}: required parameter is missing")
        return values

    @staticmethod
    async def _json_body(request: Request, operation: Operation) -> Any:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_JSON_BYTES:
            raise unread_body(validation_error(f"body: larger than {MAX_JSON_BYTES} bytes"))
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_JSON_BYTES:
                raise unread_body(validation_error(f"body: larger than {MAX_JSON_BYTES} bytes"))
            chunks.append(chunk)
        raw = b"".join(chunks)
        if not raw:
            if operation.body_required:
                raise validation_error("body: a JSON body is required")
            return {}
        if content_type != "application/json":
            raise validation_error(f"body: Content-Type must be application/json, not '{content_type}'")
        body = parse_json(raw)
        if operation.body_validator is not None:
            check(operation.body_validator, body, "body")
        return body

    async def _error(
        self,
        send: Send,
        error: ApiError,
        verdict: RateLimitVerdict,
        request_id: str,
        extra: list[tuple[bytes, bytes]] | None = None,
    ) -> None:
        headers = self._common_headers(verdict, request_id)
        if extra:
            headers.extend(extra)
        if error.close_connection:
            headers.append(CLOSE_HEADER)
        await send_json(send, error.status, self._shaped(None, error.status, error.body()), headers)

    def _shaped(self, operation_id: str | None, status: int, body: Any) -> Any:
        """The body in the response shape the mock is set to (`full`: as built)."""
        shape = self.state.response_shape
        if self.shaper is None or shape == FULL:
            return body
        return self.shaper.shape(shape, operation_id, status, body)

    def _common_headers(self, verdict: RateLimitVerdict, request_id: str) -> list[tuple[bytes, bytes]]:
        # `Date` comes from the mock clock, not uvicorn's wall clock: clients measure X-RateLimit-Reset
        # against it, and tests advance the mock clock.
        date = self._http_date(self.state.clock.now())
        return [*verdict.headers(), (b"x-request-id", request_id.encode()), (b"date", date)]
