"""The admin surface under `/_mock/` (off the spec, no key, only for tests): JSON in, JSON out."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

import attrs
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .errors import ApiError
from .faults import FaultConfig
from .mock_state import DEFAULT_ACCOUNT, MockState
from .settings import ALL_PLATFORMS

AdminCall = Callable[[MockState, dict[str, Any], Request], Awaitable[Any] | Any]


def _state(request: Request) -> MockState:
    state: MockState = request.app.state.mock
    return state


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, "VALIDATION_ERROR", f"body: malformed JSON ({exc})") from None
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
        except (KeyError, TypeError, ValueError) as exc:
            return JSONResponse({"error": {"code": "VALIDATION_ERROR", "message": str(exc)}}, status_code=400)
        return JSONResponse(result)

    return endpoint


def reset(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """Forget everything: back to the start settings."""
    state.reset()
    return {"reset": True, "api_key": state.settings.api_key, "workspace_id": state.settings.workspace_id}


def set_credits(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"balance": n, "api_key"?: key, "account"?: id}`."""
    account = body.get("account") or DEFAULT_ACCOUNT
    if "api_key" in body:
        key = state.keys.get(body["api_key"])
        if key is None:
            raise ApiError(404, "NOT_FOUND", "No such API key")
        account = key.account_id
    state.set_balance(account, int(body["balance"]))
    return {"account": account, "balance": state.accounts[account].balance}


def set_platforms(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"workspace_id"?: id, "connected": [...]}`: the platforms connected in the workspace."""
    ws = state.workspaces.get(body.get("workspace_id") or state.settings.workspace_id)
    if ws is None:
        raise ApiError(404, "NOT_FOUND", "No such workspace")
    connected = set(body["connected"])
    unknown = connected - set(ALL_PLATFORMS)
    if unknown:
        raise ApiError(400, "VALIDATION_ERROR", f"connected: unknown platforms {sorted(unknown)}")
    ws.connected = connected
    return {"workspace_id": ws.workspace_id, "connected": sorted(connected)}


def _job_outcome(outcome: str) -> AdminCall:
    def call(state: MockState, body: dict[str, Any], request: Request) -> Any:
        job_id = request.path_params["job_id"]
        job = state.force(job_id, outcome)
        if job is None:
            raise ApiError(404, "NOT_FOUND", f"No job or post {job_id}")
        return {"id": job_id, "kind": job.kind, "status": job.status}

    return call


def advance_clock(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"seconds": s}`: move the mock clock and finish what became due."""
    state.clock.advance(float(body.get("seconds", 0)))
    state.settle()
    return {"now": state.clock.now(), "offset_seconds": state.clock.offset}


def create_key(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"preset": "full"|"draft"|"read", "account"?: id}` → a new key."""
    key = state.add_key(None, body.get("account") or DEFAULT_ACCOUNT, body.get("preset", "full"))
    return {"api_key": key.key, "account": key.account_id, "preset": key.preset, "scopes": sorted(key.scopes)}


def create_workspace(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"account"?: id}` → a new workspace; a new account id gives one foreign to the default key."""
    ws = state.add_workspace(body.get("account") or DEFAULT_ACCOUNT, body.get("workspace_id"))
    return {"workspace_id": ws.workspace_id, "account": ws.account_id}


def set_webhook(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"workspace_id"?: id, "url": url | null}`."""
    ws = state.workspaces.get(body.get("workspace_id") or state.settings.workspace_id)
    if ws is None:
        raise ApiError(404, "NOT_FOUND", "No such workspace")
    ws.webhook_url = body.get("url")
    return {"workspace_id": ws.workspace_id, "url": ws.webhook_url}


def set_faults(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"error_500", "rate_429", "drop", "reset_body", "truncate", "stall_body", "drip_body", "latency",
    "stall_seconds", "drip_interval", "seed"}` (missing rates: 0); reseeds the generator."""
    config = FaultConfig(
        error_500=float(body.get("error_500", 0.0)),
        rate_429=float(body.get("rate_429", 0.0)),
        drop=float(body.get("drop", 0.0)),
        latency=float(body.get("latency", 0.0)),
        seed=int(body.get("seed", state.settings.seed)),
        reset_body=float(body.get("reset_body", 0.0)),
        truncate=float(body.get("truncate", 0.0)),
        stall_body=float(body.get("stall_body", 0.0)),
        drip_body=float(body.get("drip_body", 0.0)),
        stall_seconds=float(body.get("stall_seconds", 5.0)),
        drip_interval=float(body.get("drip_interval", 0.05)),
    )
    state.faults.configure(config)
    return attrs.asdict(config)


def set_rate_limits(state: MockState, body: dict[str, Any], request: Request) -> Any:
    """`{"limit": n, "window": s, "operations": {operationId: n}}`; counts restart."""
    limiter = state.rate_limiter
    limiter.configure(
        int(body.get("limit", limiter.limit)),
        float(body.get("window", limiter.window)),
        {k: int(v) for k, v in body.get("operations", limiter.overrides).items()},
    )
    limiter.reset()
    return {"limit": limiter.limit, "window": limiter.window, "operations": limiter.overrides}


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
    ]
