"""Every ```python block of README.md runs against a mock; the shell blocks name real `powerpost` commands."""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import attrs
import powerpost
import pytest
from powerpost_cli.app import app
from powerpost_mock import MockSettings, RunningMock, run_in_thread
from typer.testing import CliRunner

from tests.examples.fake_time import FakeTimePowerPost

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


@attrs.frozen
class Block:
    """One fenced code block."""

    language: str
    code: str
    line: int


def _blocks(language: str | None = None) -> list[Block]:
    text = README.read_text(encoding="utf-8")
    blocks = [Block(m.group(1), m.group(2), text.count("\n", 0, m.start()) + 1) for m in FENCE.finditer(text)]
    return [b for b in blocks if language is None or b.language == language]


PYTHON_BLOCKS = _blocks("python")


@pytest.fixture
def mock(monkeypatch: pytest.MonkeyPatch) -> Iterator[RunningMock]:
    """A fresh mock; POWERPOST_* point at it, the cwd is the repository, and waiting moves the mock clock."""
    with run_in_thread(MockSettings()) as running:
        monkeypatch.setenv("POWERPOST_API_KEY", running.api_key)
        monkeypatch.setenv("POWERPOST_WORKSPACE_ID", running.workspace_id)
        monkeypatch.setenv("POWERPOST_BASE_URL", running.base_url)
        monkeypatch.setattr(powerpost, "PowerPost", FakeTimePowerPost)
        monkeypatch.chdir(ROOT)
        yield running


@pytest.mark.parametrize("block", PYTHON_BLOCKS, ids=[f"README.md:{b.line}" for b in PYTHON_BLOCKS])
def test_python_block_runs(block: Block, mock: RunningMock, capsys: pytest.CaptureFixture[str]) -> None:
    """The block runs to the end as written and prints what it promises."""
    exec(compile(block.code, f"README.md:{block.line}", "exec"), {"__name__": "__readme__"})  # noqa: S102
    assert capsys.readouterr().out.strip()


def test_readme_starts_with_the_two_commands() -> None:
    """The first code block is `make demo` then `make test`."""
    first = _blocks()[0]
    assert [line.split("#")[0].strip() for line in first.code.splitlines()] == ["make demo", "make test"]


def test_first_python_example_is_short_and_complete() -> None:
    """The first example configures, captions, waits, posts, publishes and handles an error in < 20 lines."""
    example = PYTHON_BLOCKS[0].code
    lines = [line for line in example.splitlines() if line.strip()]
    assert len(lines) < 20
    for call in (
        "PowerPost()",
        "content.generate",
        "content.wait",
        "posts.create",
        "posts.publish",
        "except errors.",
    ):
        assert call in example


def test_every_section_is_there() -> None:
    """The sections a new user looks for."""
    headings = re.findall(r"^## (.+)$", README.read_text(encoding="utf-8"), re.MULTILINE)
    for wanted in (
        "Install",
        "Configure",
        "Example",
        "Errors",
        "Retries and pacing",
        "Pagination",
        "Waiters",
        "Webhooks",
        "The mock",
        "The command line",
        "Contract tests against the live API",
        "After a spec change",
        "Layout",
    ):
        assert wanted in headings


def _cli_commands() -> list[list[str]]:
    """The `powerpost …` command words (up to the first option or placeholder) in the shell blocks."""
    commands = []
    for block in _blocks("bash"):
        for line in block.code.splitlines():
            words = shlex.split(line.split("#")[0].split("|")[0]) if line.startswith("powerpost ") else []
            name = [w for w in words[1:] if not w.startswith("-")][:2]
            if words:
                commands.append(["powerpost", *name])
    return commands


def test_shell_blocks_name_real_commands() -> None:
    """Every `powerpost` command the README shows exists (its --help works)."""
    commands = _cli_commands()
    assert len(commands) >= 14
    for command in commands:
        words = command[1:]
        result = CliRunner().invoke(app, [*words, "--help"])
        if result.exit_code != 0 and len(words) == 2:  # the second word was an argument, not a subcommand
            result = CliRunner().invoke(app, [words[0], "--help"])
        assert result.exit_code == 0, (command, result.output)
