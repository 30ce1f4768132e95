"""Errors: code, message and request id on stderr, and one exit status per kind of error (the table)."""

from __future__ import annotations

import httpx
import pytest
from powerpost._errors import error_from_response
from powerpost_cli.exit_codes import ExitCode, exit_code_for
from powerpost_mock import RunningMock

from .conftest import Invoke


def test_not_found_prints_code_message_request_id(cli: Invoke) -> None:
    """An unknown id exits 4 with the API's code, message and request id on stderr, nothing on stdout."""
    result = cli("generations", "get", "gen_missing")
    assert result.exit_code == 4
    assert result.stdout == ""
    assert "NOT_FOUND" in result.stderr
    assert "HTTP 404" in result.stderr
    assert "gen_missing" in result.stderr
    assert "request id:" in result.stderr


def test_json_mode_error_is_json_on_stderr(cli: Invoke) -> None:
    """With --json the error is a JSON object on stderr carrying the request id and exit status."""
    result = cli("--json", "posts", "get", "post_missing")
    assert result.exit_code == ExitCode.NOT_FOUND
    error = result.error_json()
    assert error["code"] == "NOT_FOUND"
    assert error["status"] == 404
    assert error["request_id"]
    assert error["exit_code"] == 4


def test_bad_key_exits_3_without_echoing_the_key(cli: Invoke) -> None:
    """401 exits 3; the key given never appears in the output."""
    secret = "pp_live_sk_this_is_not_a_real_key_123456"
    result = cli("credits", env_overrides={"POWERPOST_API_KEY": secret})
    assert result.exit_code == 3
    assert "INVALID_API_KEY" in result.stderr
    assert secret not in result.stderr + result.stdout


def test_missing_scope_exits_3(cli: Invoke, admin: httpx.Client) -> None:
    """A draft-only key publishing: 403 INSUFFICIENT_SCOPE exits 3."""
    draft_key = admin.post("/keys", json={"preset": "draft"}).json()["api_key"]
    post = cli("posts", "create", "-t", "x-post", "--content", "Hello", "--json").json()
    result = cli("--api-key", draft_key, "posts", "publish", post["post_id"])
    assert result.exit_code == ExitCode.AUTH
    assert "INSUFFICIENT_SCOPE" in result.stderr


def test_server_side_validation_exits_5(cli: Invoke) -> None:
    """A prompt the server rejects (400 VALIDATION_ERROR) exits 5 and names the field."""
    result = cli("generate", "--prompt", "hi", "-t", "x-post")
    assert result.exit_code == 5
    assert "VALIDATION_ERROR" in result.stderr
    assert "prompt" in result.stderr


def test_insufficient_credits_exits_6(cli: Invoke, admin: httpx.Client) -> None:
    """402 exits 6."""
    admin.post("/credits", json={"balance": 0}).raise_for_status()
    result = cli("generate", "--prompt", "Dark mode is here", "-t", "x-post")
    assert result.exit_code == 6
    assert "INSUFFICIENT_CREDITS" in result.stderr


def test_platform_not_connected_exits_7(cli: Invoke, admin: httpx.Client) -> None:
    """422 exits 7, like 409."""
    admin.post("/platforms", json={"connected": ["instagram"]}).raise_for_status()
    post = cli("posts", "create", "-t", "x-post", "--content", "Hello", "--json").json()
    result = cli("posts", "publish", post["post_id"])
    assert result.exit_code == 7
    assert "PLATFORM_NOT_CONNECTED" in result.stderr


def test_rate_limited_after_retries_exits_8(cli: Invoke, admin: httpx.Client) -> None:
    """Every answer a 429: once the SDK's retries are spent the CLI exits 8 and shows retryAfter."""
    admin.post("/faults", json={"rate_429": 1.0}).raise_for_status()
    result = cli("credits")
    assert result.exit_code == 8
    assert "RATE_LIMIT_EXCEEDED" in result.stderr
    assert "retry after" in result.stderr


def test_server_error_exits_9(cli: Invoke, admin: httpx.Client) -> None:
    """Every answer a 500: exits 9."""
    admin.post("/faults", json={"error_500": 1.0}).raise_for_status()
    result = cli("credits")
    assert result.exit_code == 9
    assert "INTERNAL_ERROR" in result.stderr


def test_failed_job_exits_10(cli: Invoke, admin: httpx.Client) -> None:
    """A caption job that fails while waited for exits 10 with the job's error code."""
    started = cli("generate", "--prompt", "Dark mode is here", "-t", "x-post", "--json").json()
    admin.post(f"/jobs/{started['generation_id']}/fail").raise_for_status()
    result = cli("generations", "wait", started["generation_id"])
    assert result.exit_code == 10
    assert "failed" in result.stderr


def test_wait_timeout_exits_10(cli: Invoke) -> None:
    """A video that is not done within --timeout exits 10."""
    result = cli(
        "video", "generate", "-p", "A phone in dark mode", "--duration", "5", "--wait", "--timeout", "1"
    )
    assert result.exit_code == ExitCode.JOB
    assert "WaitTimeoutError" in result.stderr or "after" in result.stderr


def test_missing_api_key_is_a_usage_error(cli: Invoke) -> None:
    """No key anywhere: exit 2 before any request, telling how to set it."""
    result = cli("credits", env_overrides={"POWERPOST_API_KEY": None})
    assert result.exit_code == 2
    assert "POWERPOST_API_KEY" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("credits", "--no-such-option"),
        ("calendar", "list", "--from", "tomorrow"),
        ("posts", "create"),
        ("calendar", "create", "--body", "[1, 2]"),
        ("calendar", "update", "entry_1"),
    ],
)
def test_usage_errors_exit_2(cli: Invoke, args: tuple[str, ...]) -> None:
    """Bad arguments exit 2 with a message, before anything is sent."""
    result = cli(*args)
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.strip()


def test_exit_codes_command_documents_the_table(cli: Invoke) -> None:
    """`powerpost exit-codes` prints every status 0–10."""
    table = cli("exit-codes").stdout
    for code in ExitCode:
        assert f"| {int(code)} |" in table


def test_missing_key_speaks_cli(cli: Invoke) -> None:
    """No key anywhere: the message names --api-key and POWERPOST_API_KEY, not the Python `api_key=`."""
    result = cli("credits", env_overrides={"POWERPOST_API_KEY": None})
    assert result.exit_code == ExitCode.USAGE
    assert "--api-key" in result.stderr
    assert "POWERPOST_API_KEY" in result.stderr
    assert "api_key=" not in result.stderr


def test_missing_workspace_names_the_flag(cli: Invoke) -> None:
    """No workspace: the 400 names --workspace and POWERPOST_WORKSPACE_ID, not `workspace_id=`."""
    result = cli("generations", "list", env_overrides={"POWERPOST_WORKSPACE_ID": None})
    assert result.exit_code == ExitCode.REJECTED
    assert "--workspace" in result.stderr
    assert "POWERPOST_WORKSPACE_ID" in result.stderr
    assert "workspace_id=" not in result.stderr


def test_base_url_without_api_v1_says_so(cli: Invoke, mock: RunningMock) -> None:
    """A base URL missing /api/v1: the 404 says so and names --base-url, exit 4."""
    result = cli("--base-url", mock.root_url, "credits")
    assert result.exit_code == ExitCode.NOT_FOUND
    assert "lacks '/api/v1'" in result.stderr
    assert "--base-url" in result.stderr
    assert "base_url=" not in result.stderr


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (400, ExitCode.REJECTED),
        (402, ExitCode.CREDITS),
        (409, ExitCode.CONFLICT),
        (413, ExitCode.REJECTED),
        (422, ExitCode.CONFLICT),
        (429, ExitCode.RATE_LIMITED),
    ],
)
def test_a_new_code_exits_by_its_status(status: int, expected: ExitCode) -> None:
    """A code PowerPost adds later still gets its status's exit code through the status class."""
    content = b'{"error": {"code": "SOMETHING_NEW", "message": "new"}}'
    exc = error_from_response(status, httpx.Headers(), content)
    assert exit_code_for(exc) == expected
