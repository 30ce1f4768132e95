"""The admin surface under `/_mock/` (off the spec, no key, only for tests): JSON in, JSON out."""

from __future__ import annotations

import math
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..errors import ApiError
from ..operations import jobs
from ..settings import ALL_PLATFORMS
from ..spec.response_shape import SHAPES, check_shape
from ..spec.validation import parse_json
from ..state.faults import FaultConfig
from ..state.store import DEFAULT_ACCOUNT, MockState

# Bounds of admin numbers: far above any test's need, low enough that no later computation overflows.
MAX_CREDITS = 10**15
MAX_LATENCY = 60.0
MAX_WINDOW = 365 * 86400.0
MAX_ADMIN_BODY_BYTES = 64 * 1024
AdminCall = Callable[[MockState, dict[str, Any], Request], Awaitable[Any] | Any]


def _state(request: Request) -> MockState:
    state: MockState = request.app.state.mock
    return state


async def _body(request: Request) -> dict[str, Any]:
    raw = b""
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_ADMIN_BODY_BYTES:
            raise ApiError(400, "VALIDATION_ERROR", f"body: larger than {MAX_ADMIN_BODY_BYTES} bytes")
    if not raw:
        return {}
    data = parse_json(raw)
    if not isinstance(data, dict):
        raise ApiError(400, "VALIDATION_ERROR", "body: must be a JSON object")
    return data


def _admin(call: AdminCall) -> Callable[[Request], Awaitable[JSONResponse]]:
    async def endpoint(request: Request) -> JSONResponse:
        try:
            result = call(_state(request), await _body(request), request)
            if isinstance(result, Awaitable):
                result = await result
        except ApiError as error:
            return JSONResponse(error.body(), status_code=error.status)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            message = f"missing field {exc}" if isinstance(exc, KeyError) else str(exc)
            return JSONResponse({"error": {"code": "VALIDATION_ERROR", "message": message}}, status_code=400)
        return JSONResponse(result)

    return endpoint


def _number(body: dict[str, Any], name: str, default: float, low: float, high: float) -> float:
    """`body[name]` (else `default`): a JSON number in [low, high], or ValueError naming the field."""
    value = body.get(name, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name}: must be a number, not {type(value).__name__}")
    if not math.isfinite(value) or not low <= value <= high:
        raise ValueError(f"{name}: must be between {low:g} and {high:g}, not {value}")
    return float(value)


def _integer(body: dict[str, Any], name: str, default: int, low: int, high: int) -> int:
    """`body[name]` (else `default`): a JSON integer in [low, high], or ValueError naming the field."""
    value = _number(body, name, default, low, high)
    if not value.is_integer():
        raise ValueError(f"{name}: must be an integer, not {value}")
    return int(value)


def _text(body: dict[str, Any], name: str) -> str | None:
    """`body[name]`: a non-empty string, or None when absent/null/empty; anything else is a ValueError."""
    value = body.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name}: must be a string, not {type(value).__name__}")
    return value


def reset(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """Forget everything: back to the start settings."""
    state.reset()
    return {"reset": True, "api_key": state.settings.api_key, "workspace_id": state.settings.workspace_id}


def set_credits(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"balance": n, "api_key"?: key, "account"?: id}`."""
    account = _text(body, "account") or DEFAULT_ACCOUNT
    if "api_key" in body:
        key = state.keys.get(_text(body, "api_key") or "")
        if key is None:
            raise ApiError(404, "NOT_FOUND", "No such API key")
        account = key.account_id
    if "balance" not in body:
        raise ValueError("balance: required")
    state.set_balance(account, _integer(body, "balance", 0, 0, MAX_CREDITS))
    return {"account": account, "balance": state.accounts[account].balance}


def set_platforms(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"workspace_id"?: id, "connected": [...]}`: the platforms connected in the workspace."""
    ws = state.workspaces.get(_text(body, "workspace_id") or state.settings.workspace_id)
    if ws is None:
        raise ApiError(404, "NOT_FOUND", "No such workspace")
    listed = body["connected"]
    if not isinstance(listed, list) or not all(isinstance(p, str) for p in listed):
        raise ValueError("connected: must be a list of platform names")
    connected = set(listed)
    unknown = connected - set(ALL_PLATFORMS)
    if unknown:
        raise ApiError(400, "VALIDATION_ERROR", f"connected: unknown platforms {sorted(unknown)}")
    ws.connected = connected
    return {"workspace_id": ws.workspace_id, "connected": sorted(connected)}


def _job_outcome(outcome: str) -> AdminCall:
    def call(state: MockState, body: dict[str, Any], request: Request) -> Any:
        job_id = request.path_params["job_id"]
        job = jobs.force(state, job_id, outcome)
        if job is None:
            raise ApiError(404, "NOT_FOUND", f"No job or post {job_id}")
        return {"id": job_id, "kind": job.kind, "status": job.status}

    return call


def advance_clock(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"seconds": s}`: move the mock clock and finish what became due."""
    state.clock.advance(body.get("seconds", 0))
    jobs.settle(state)
    return {"now": state.clock.now(), "offset_seconds": state.clock.offset}


def create_key(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"preset": "full"|"draft"|"read", "account"?: id}` → a new key."""
    key = state.add_key(None, _text(body, "account") or DEFAULT_ACCOUNT, _text(body, "preset") or "full")
    return {"api_key": key.key, "account": key.account_id, "preset": key.preset, "scopes": sorted(key.scopes)}


def create_workspace(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"account"?: id}` → a new workspace; a new account id gives one foreign to the default key."""
    ws = state.add_workspace(_text(body, "account") or DEFAULT_ACCOUNT, _text(body, "workspace_id"))
    return {"workspace_id": ws.workspace_id, "account": ws.account_id}


def set_webhook(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"workspace_id"?: id, "url": url | null}`."""
    ws = state.workspaces.get(_text(body, "workspace_id") or state.settings.workspace_id)
    if ws is None:
        raise ApiError(404, "NOT_FOUND", "No such workspace")
    url = _text(body, "url")
    if url is not None:
        # A URL httpx cannot use would stop the delivery task for every later event.
        try:
            parsed = httpx.URL(url)
        except httpx.InvalidURL as exc:
            raise ValueError(f"url: {exc}") from None
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError("url: must be an http:// or https:// URL with a host")
    ws.webhook_url = url
    return {"workspace_id": ws.workspace_id, "url": ws.webhook_url}


def set_faults(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"error_500", "rate_429", "drop", "reset_body", "truncate", "stall_body", "drip_body", "latency",
    "stall_seconds", "drip_interval", "seed"}` (missing rates: 0); reseeds the generator."""
    config = FaultConfig(
        error_500=_number(body, "error_500", 0.0, 0.0, 1.0),
        rate_429=_number(body, "rate_429", 0.0, 0.0, 1.0),
        drop=_number(body, "drop", 0.0, 0.0, 1.0),
        latency=_number(body, "latency", 0.0, 0.0, MAX_LATENCY),
        seed=_integer(body, "seed", state.settings.seed, -(2**63), 2**63 - 1),
        reset_body=_number(body, "reset_body", 0.0, 0.0, 1.0),
        truncate=_number(body, "truncate", 0.0, 0.0, 1.0),
        stall_body=_number(body, "stall_body", 0.0, 0.0, 1.0),
        drip_body=_number(body, "drip_body", 0.0, 0.0, 1.0),
        stall_seconds=_number(body, "stall_seconds", 5.0, 0.0, MAX_LATENCY),
        drip_interval=_number(body, "drip_interval", 0.05, 0.0, MAX_LATENCY),
    )
    state.faults.configure(config)
    return attrs.asdict(config)


def set_rate_limits(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"limit": n, "window": s, "operations": {operationId: n}}`; counts restart."""
    limiter = state.rate_limiter
    operations = body.get("operations", limiter.overrides)
    if not isinstance(operations, dict):
        raise ValueError("operations: must be an object of operationId: limit")
    limiter.configure(
        _integer(body, "limit", limiter.limit, 1, MAX_CREDITS),
        _number(body, "window", limiter.window, 0.001, MAX_WINDOW),
        {str(k): _integer(operations, k, 0, 1, MAX_CREDITS) for k in operations},
    )
    limiter.reset()
    return {"limit": limiter.limit, "window": limiter.window, "operations": limiter.overrides}


def set_shape(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"shape": "full"|"minimal"|"minimal-absent"|"minimal-null"}`: how answers look until the next
    reset; `{}` only reads it."""
    if "shape" in body:
        state.response_shape = check_shape(str(body["shape"]))
    return {"shape": state.response_shape, "shapes": list(SHAPES)}


def ledger(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """Credit movements, faults, webhook deliveries, publishes per post and balances."""
    return state.snapshot()


def admin_routes() -> list[Route]:
    """The `/_mock/...` routes (mounted by the app)."""
    post = ["POST"]
    return [
        Route("/reset", _admin(reset), methods=post),
        Route("/credits", _admin(set_credits), methods=post),
        Route("/platforms", _admin(set_platforms), methods=post),
        Route("/jobs/{job_id}/complete", _admin(_job_outcome("complete")), methods=post),
        Route("/jobs/{job_id}/fail", _admin(_job_outcome("fail")), methods=post),
        Route("/clock/advance", _admin(advance_clock), methods=post),
        Route("/keys", _admin(create_key), methods=post),
        Route("/workspaces", _admin(create_workspace), methods=post),
        Route("/webhook", _admin(set_webhook), methods=post),
        Route("/faults", _admin(set_faults), methods=post),
        Route("/rate-limits", _admin(set_rate_limits), methods=post),
        Route("/ledger", _admin(ledger), methods=["GET"]),
        Route("/shape", _admin(set_shape), methods=post),
    ]
