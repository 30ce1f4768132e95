"""The CLI against a real mock on a free local port, with fake time: waiting advances the mock clock."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from powerpost import PowerPost
from powerpost_cli.app import app
from powerpost_cli.state import CliState, ConnectionOptions
from powerpost_mock import MockSettings, RunningMock, run_in_thread
from powerpost_mock.spec.response_shape import FULL, shape_from_env
from typer.testing import CliRunner

# The mock answers in the shape `POWERPOST_MOCK_SHAPE` names. Only the full shape carries the fields the
# spec calls optional, so assertions about them hold there; in a minimal shape the CLI copes without them.
FULL_SHAPE = shape_from_env() == FULL


@attrs.frozen
class CliResult:
    """What a user sees after one invocation."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """stdout parsed as JSON."""
        return json.loads(self.stdout)

    def error_json(self) -> dict[str, Any]:
        """The JSON error object written to stderr in --json mode."""
        error: dict[str, Any] = json.loads(self.stderr)["error"]
        return error


Invoke = Callable[..., CliResult]


@pytest.fixture
def mock() -> Iterator[RunningMock]:
    """A fresh mock with its default 2 s caption / 3 s image / 2 s publish delays (on its own clock)."""
    with run_in_thread(MockSettings()) as running:
        yield running


@pytest.fixture
def admin(mock: RunningMock) -> Iterator[httpx.Client]:
    """The mock's `/_mock/` admin surface."""
    with httpx.Client(base_url=f"{mock.root_url}/_mock", timeout=10) as client:
        yield client


@pytest.fixture
def cli(mock: RunningMock, admin: httpx.Client) -> Invoke:
    """Run `powerpost ARGS…` with POWERPOST_* pointing at the mock; the SDK's sleeps move the mock clock."""

    def advance(seconds: float) -> None:
        admin.post("/clock/advance", json={"seconds": seconds}).raise_for_status()

    def client_factory(options: ConnectionOptions) -> PowerPost:
        return PowerPost(
            options.api_key,
            options.workspace_id,
            options.base_url,
            sleep=advance,
            transport=options.transport,
        )

    env = {
        "POWERPOST_API_KEY": mock.api_key,
        "POWERPOST_WORKSPACE_ID": mock.workspace_id,
        "POWERPOST_BASE_URL": mock.base_url,
        "COLUMNS": "160",  # rich sizes tables to the terminal; a pipe would otherwise mean 80 columns
    }

    def invoke(
        *args: str, env_overrides: dict[str, str | None] | None = None, stdin: str | None = None
    ) -> CliResult:
        runner = CliRunner()
        result = runner.invoke(
            app,
            list(args),
            env={**env, **(env_overrides or {})},
            obj=CliState(client_factory=client_factory),
            input=stdin,
        )
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        return CliResult(result.exit_code, result.stdout, result.stderr)

    return invoke
