"""Run in a subprocess against a copy of the repository: does `posts.list` work on both clients and the CLI?

Prints one JSON report (the last line of stdout). Every outcome is reported, never raised, so the test
can tell which step of CONTRIBUTING.md's "Adding an operation" a copy still lacks.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from typing import Any

import httpx

API_KEY = "pp_test_key_probe"
WORKSPACE = "ws_probe"
BASE_URL = "https://powerpost.test/api/v1"
# Looked up by name: the SDK this probe is type-checked against has no `posts.list` yet.
METHOD = "list"
PAGE = {
    "data": [
        {"post_id": "post-001", "status": "draft", "created_at": "2026-01-10T18:30:00Z", "items": []},
        {"post_id": "post-002", "status": "published", "created_at": "2026-01-09T08:00:00Z", "items": []},
    ],
    "next_cursor": "cur_2",
    "has_more": True,
}


def _failure(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _summary(page: Any) -> dict[str, Any]:
    return {
        "type": type(page).__name__,
        "post_ids": [post.post_id for post in page.data],
        "next_cursor": page.next_cursor,
        "has_more": page.has_more,
    }


def _recording(seen: list[dict[str, Any]], statuses: list[int]) -> httpx.MockTransport:
    """Answers PAGE (or the next status of `statuses` with an error body) and records each request."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(
            {
                "method": request.method,
                "path": request.url.path,
                "query": request.url.query.decode(),
                "api_key": request.headers.get("x-api-key"),
                "workspace": request.headers.get("x-workspace-id"),
            }
        )
        status = statuses.pop(0) if statuses else 200
        if status != 200:
            error = {"error": {"code": "INTERNAL_ERROR", "message": "Server error"}}
            return httpx.Response(status, json=error, headers={"X-Request-Id": "req_probe"})
        return httpx.Response(200, json=PAGE, headers={"X-Request-Id": "req_probe"})

    return httpx.MockTransport(answer)


def _sync_list(transport: httpx.MockTransport) -> Any:
    from powerpost import PowerPost

    with PowerPost(
        API_KEY, WORKSPACE, BASE_URL, transport=transport, pacing=False, sleep=lambda _s: None
    ) as pp:
        return getattr(pp.posts, METHOD)(limit=5)


async def _async_list(transport: httpx.MockTransport) -> Any:
    from powerpost import AsyncPowerPost

    async def no_sleep(_seconds: float) -> None:
        return None

    async with AsyncPowerPost(
        API_KEY, WORKSPACE, BASE_URL, transport=transport, pacing=False, sleep=no_sleep
    ) as pp:
        return await getattr(pp.posts, METHOD)(limit=5)


def _sync_raw_list(transport: httpx.MockTransport) -> Any:
    from powerpost import PowerPost

    with PowerPost(API_KEY, WORKSPACE, BASE_URL, transport=transport, pacing=False) as pp:
        raw = getattr(pp.posts.with_raw_response, METHOD)(limit=5, extra_headers={"X-Probe": "1"})
        return raw.parse() if raw.status_code == 200 and raw.request_id == "req_probe" else raw


def _client_call(call: Callable[[httpx.MockTransport], Any], statuses: list[int]) -> dict[str, Any]:
    seen: list[dict[str, Any]] = []
    try:
        result: Any = _summary(call(_recording(seen, statuses)))
    except Exception as exc:  # reported to the test, which asserts on it
        result = _failure(exc)
    return {"result": result, "requests": seen}


def _cli(args: list[str]) -> dict[str, Any]:
    from powerpost import PowerPost
    from powerpost_cli.app import app
    from powerpost_cli.state import CliState, ConnectionOptions
    from typer.testing import CliRunner

    seen: list[dict[str, Any]] = []

    def factory(options: ConnectionOptions) -> PowerPost:
        return PowerPost(API_KEY, WORKSPACE, BASE_URL, transport=_recording(seen, []), pacing=False)

    result = CliRunner().invoke(app, args, obj=CliState(client_factory=factory), env={"COLUMNS": "160"})
    return {"exit_code": result.exit_code, "output": result.output, "requests": seen}


def main() -> None:
    report: dict[str, Any] = {}
    try:
        import powerpost
        from powerpost import _operations
    except Exception as exc:  # a step skipped: the SDK does not even import
        report["import"] = _failure(exc)
        print(json.dumps(report))
        return
    report["import"] = "ok"
    report["powerpost_file"] = powerpost.__file__
    operation = _operations.OPERATIONS.get("list_posts")
    report["operation"] = (
        None if operation is None else [operation.method, operation.template, operation.effect]
    )
    report["sync"] = _client_call(_sync_list, [])
    report["async"] = _client_call(lambda transport: asyncio.run(_async_list(transport)), [])
    report["sync_raw"] = _client_call(_sync_raw_list, [])
    # A 500 on a read is retried; the spec's `x-powerpost-side-effect: none` is what makes it one.
    report["sync_after_500"] = _client_call(_sync_list, [500])
    report["async_after_500"] = _client_call(lambda transport: asyncio.run(_async_list(transport)), [500])
    if "--cli" in sys.argv:
        report["cli_table"] = _cli(["posts", "list", "--limit", "5"])
        report["cli_json"] = _cli(["posts", "list", "--limit", "5", "--json"])
        report["cli_help"] = _cli(["posts", "--help"])
    print(json.dumps(report))


if __name__ == "__main__":
    main()
