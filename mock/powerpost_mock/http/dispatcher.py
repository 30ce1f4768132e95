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

from ..errors import ApiError, DroppedConnection, unread_body, validation_error
from ..operations import jobs
from ..operations.context import RequestContext
from ..operations.handlers import HANDLERS
from ..spec.operation_index import Operation
from ..spec.response_shape import FULL, ResponseShaper
from ..spec.validation import check, parse_json
from ..state.clock import HttpDate
from ..state.faults import BODY_FAULTS
from ..state.models import ApiKey, Workspace
from ..state.rate_limit import RateLimitVerdict
from ..state.store import MockState
from .faulty_body import send_faulty_body

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
        jobs.settle(state)
        key_value = _api_key(scope)
        bucket = key_value if key_value in state.keys else "anonymous"
        # Known once the path and method match; refusals before that share the "unknown" window.
        operation_id = "unknown"
        # The window the answer reports: set when the request is counted (or a fault forces a 429); an
        # earlier refusal shows the window without counting.
        verdict: RateLimitVerdict | None = None
        try:
            operation, path_values = self._route(scope)
            operation_id = operation.operation_id
            fault = await self._draw_fault(operation, request_id, scope["path"])
            if fault == "error_500":
                raise ApiError(500, "INTERNAL_ERROR", "Server error — try again later")
            if fault == "rate_429":
                window = state.rate_limiter.peek(bucket, operation_id, now)
                verdict = RateLimitVerdict(False, window.limit, 0, window.reset, window.retry_after)
                raise self._rate_error(verdict)
            key = state.keys.get(key_value or "")
            if key is None:
                raise ApiError(401, "INVALID_API_KEY", "Missing or invalid API key")
            verdict = state.rate_limiter.hit(key.key, operation_id, now)
            if not verdict.allowed:
                raise self._rate_error(verdict)
            ctx = await self._prepare(scope, receive, operation, key, path_values, request_id)
            state.ledger.requests[operation_id] += 1
            result = await HANDLERS[operation_id](ctx)
        except ClientDisconnect:
            return  # nobody is left to answer (the client went away, or its body timed out)
        except Exception as exc:
            # The one error exit: every refusal, and any crash as a 500, in the documented envelope.
            if isinstance(exc, ApiError):
                error = exc
            else:
                log.exception("unexpected error in %s", operation_id)
                error = ApiError(500, "INTERNAL_ERROR", "Server error — try again later")
            await self._error(
                send, error, verdict or state.rate_limiter.peek(bucket, operation_id, now), request_id
            )
            return
        assert verdict is not None  # the handler ran, so the request was counted
        if fault == "drop_after":
            await drop_connection(send)
        result = self._shaped(operation_id, 200, result)
        if fault in BODY_FAULTS:
            payload = _encode_json(result).encode()
            headers = self._common_headers(verdict, request_id)
            await send_faulty_body(send, fault, state.faults.config, 200, payload, headers)
            return  # a drip that ran to its end: the response is complete
        await send_json(send, 200, result, self._common_headers(verdict, request_id))

    def _route(self, scope: Scope) -> tuple[Operation, dict[str, str]]:
        """The operation of the request's path and method, with the path's values; else 404 or 405."""
        path: str = scope["path"]
        found = self.state.index.match(path[len(API_PREFIX) :]) if path.startswith(API_PREFIX) else None
        if found is None:
            raise ApiError(404, "NOT_FOUND", f"No such path: {path}")
        methods, path_values = found
        operation = methods.get(scope["method"])
        if operation is None:
            error = ApiError(405, "METHOD_NOT_ALLOWED", f"{scope['method']} is not allowed on {path}")
            error.headers.append((b"allow", ", ".join(methods).encode()))
            raise error
        return operation, path_values

    async def _draw_fault(self, operation: Operation, request_id: str, path: str) -> str | None:
        """The fault injected into this request (None: none), after the configured latency; logged."""
        faults = self.state.faults
        fault = faults.draw()
        if faults.config.latency > 0:
            await asyncio.sleep(faults.config.latency)
        if fault is not None:
            self.state.ledger.faults.append(
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
        return fault

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

    async def _error(self, send: Send, error: ApiError, verdict: RateLimitVerdict, request_id: str) -> None:
        headers = self._common_headers(verdict, request_id)
        headers.extend(error.headers)
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
