"""The CLI against a hostile server: its connection-failure exit status, no traceback, no echoed key."""

from __future__ import annotations

from powerpost_cli.app import app
from powerpost_cli.exit_codes import ExitCode
from typer.testing import CliRunner

from tests.hostile.conftest import KEY, WORKSPACE
from tests.hostile.server import credits_json, error_json, hostile, reset_mid_body, with_headers


def _invoke(base_url: str, *args: str) -> tuple[int, str]:
    env = {"POWERPOST_API_KEY": KEY, "POWERPOST_WORKSPACE_ID": WORKSPACE, "POWERPOST_BASE_URL": base_url}
    result = CliRunner().invoke(app, list(args), env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout + result.stderr


def test_reset_mid_body_exits_with_the_connection_failure_status() -> None:
    with hostile(reset_mid_body(credits_json(), headers=[("X-Request-Id", KEY)])) as server:
        code, output = _invoke(server.base_url, "credits")
    assert code == ExitCode.SERVER
    assert "Traceback" not in output
    assert "APIConnectionError" in output
    assert KEY not in output


def test_echoed_key_never_reaches_the_cli_output() -> None:
    body = error_json("INVALID_API_KEY", f"key {KEY} is invalid")
    with hostile(with_headers(401, body, [("X-Request-Id", KEY)])) as server:
        for args in (("credits",), ("--json", "credits")):
            code, output = _invoke(server.base_url, *args)
            assert code == ExitCode.AUTH
            assert KEY not in output
