"""The CLI reads well at 80 columns, on a terminal and in a pipe.

Help: every command's help fits 80 columns, shows flags as flags, keeps option names whole, never splits a
word at a hyphen, and lists the known values of every option that takes one. Results: on an 80-column
terminal no table cell is split inside a word; in a pipe nothing is wrapped at all.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Iterator

import httpx
import pytest
import typer
from powerpost import PowerPost
from powerpost_cli.app import app
from powerpost_cli.choices import OpenChoice
from powerpost_cli.help_format import PowerPostGroup
from powerpost_mock import MockSettings, RunningMock, run_in_thread
from typer.core import TyperGroup
from typer.testing import CliRunner

from tests.cli.conftest import FULL_SHAPE
from tests.cli.terminal import COLUMNS, POWERPOST, in_pipe, on_terminal

LONG_PROMPT = (
    "We just launched dark mode for our productivity app, with scheduled themes, per-workspace accents "
    "and a completely redesigned high-contrast palette for accessibility"
)
BOX = re.compile(r"[│┃┆║┌┐└┘├┤┬┴┼━─═╭╮╯╰╇╈╡╞╪╤╧╔╗╚╝┏┓┗┛┡┩]")


def _commands() -> list[tuple[list[str], typer.core.TyperCommand | TyperGroup]]:
    """Every command path of the app (`[]` is the root) with its click command."""
    root = typer.main.get_command(app)
    assert isinstance(root, PowerPostGroup)
    found: list[tuple[list[str], typer.core.TyperCommand | TyperGroup]] = []

    def walk(path: list[str], command: typer.core.TyperCommand | TyperGroup) -> None:
        found.append((path, command))
        if isinstance(command, TyperGroup):
            for name, sub in command.commands.items():
                assert isinstance(sub, typer.core.TyperCommand | TyperGroup)
                walk([*path, name], sub)

    walk([], root)
    return found


COMMANDS = _commands()


def _help(path: list[str]) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(COLUMNS)})
    assert result.exit_code == 0, result.output
    return result.output


def _assert_reads_well(text: str) -> None:
    for line in text.splitlines():
        assert len(line) <= COLUMNS, f"wider than {COLUMNS}: {line!r}"
        assert not re.search(r"\w-$", line.rstrip()), f"word split at a hyphen: {line!r}"
    for typer_metavar in ("<bool>", "<str>", "<int", "<float", "<path>"):
        assert typer_metavar not in text
    cut = [
        line
        for line in text.splitlines()
        if re.match(r"^\s+\S.*\S(\.\.\.|…)$", line) and "[ARGS]" not in line
    ]
    assert cut == [], "a name or help text was cut"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) or "powerpost" for p, _ in COMMANDS])
def test_help_reads_well_at_80_columns(path: list[str], command: typer.core.TyperCommand) -> None:
    """Each command's help: within 80 columns, option names whole, flags without a value, choices listed."""
    text = _help(path)
    _assert_reads_well(text)
    flat = " ".join(text.split())
    for param in command.params:
        for name in [opt for opt in param.opts + param.secondary_opts if opt.startswith("-")]:
            assert re.search(rf"(^|[\s,/]){re.escape(name)}([\s,]|$)", text, re.M), f"{name} missing or cut"
        if getattr(param, "is_flag", False):
            assert not re.search(rf"{re.escape(param.opts[0])} [A-Z<]", text), (
                f"{param.opts[0]} shows a value"
            )
        if isinstance(param.type, OpenChoice):
            listing = ", ".join(param.type.known)
            assert listing in flat, f"{param.opts[0]} does not list {listing}"
    if isinstance(command, TyperGroup):
        for name, sub in command.commands.items():
            summary = (sub.help or "").split("\n")[0].strip()
            assert f"{name} " in text
            assert summary.split(".")[0] in flat, f"{name}'s summary is cut"


def test_every_enum_option_lists_its_choices() -> None:
    """Post types, research modes, statuses, sizes, models, durations, platforms and media types."""
    labels = {
        param.type.name
        for _, command in COMMANDS
        for param in command.params
        if isinstance(param.type, OpenChoice)
    }
    assert labels >= {
        "post type",
        "research mode",
        "status",
        "image size",
        "image model",
        "video size",
        "video model",
        "duration",
        "platform",
        "media type",
    }


def test_help_in_a_pipe_is_plain_and_within_80_columns() -> None:
    """Piped help (the real script, no terminal, no COLUMNS): no box drawing, no escape codes, ≤ 80."""
    result = in_pipe("image", "generate", "--help", env={})
    assert result.returncode == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert not BOX.search(result.stdout)
    _assert_reads_well(result.stdout)
    assert "--enhance-prompt / --no-enhance-prompt" in result.stdout


def test_version_is_the_package_version() -> None:
    """`powerpost --version` prints the one version the package, the SDK and its User-Agent share."""
    import powerpost
    from powerpost._generated_client import USER_AGENT

    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"powerpost {powerpost.__version__}"
    assert USER_AGENT.endswith(f"/{powerpost.__version__}")


def test_an_unknown_choice_is_sent_with_a_note(mock_env: dict[str, str]) -> None:
    """A post type this version does not know is not refused by the CLI (PowerPost adds them); a hint says
    which known value is closest, and the error that follows (SDK or server) is reported as usual."""
    result = in_pipe("--json", "posts", "create", "-t", "x-pots", "--content", "Hi", env=mock_env)
    assert "did you mean x-post?" in result.stderr
    assert result.returncode in (2, 5)  # refused before sending (usage) or by PowerPost (400)
    assert "x-pots" in json.loads(result.stderr.splitlines()[-1])["error"]["message"]


# --- results on a terminal and in a pipe -------------------------------------------------------------------


@pytest.fixture(scope="module")
def running_mock() -> Iterator[RunningMock]:
    """A mock whose jobs finish at once, filled with generations (one with a long prompt) and a post."""
    settings = MockSettings(caption_delay=0, image_delay=0, publish_delay=0, initial_credits=500)
    with run_in_thread(settings) as mock:
        yield mock


@pytest.fixture(scope="module")
def mock_env(running_mock: RunningMock) -> dict[str, str]:
    """POWERPOST_* pointing at the mock."""
    return {
        "POWERPOST_API_KEY": running_mock.api_key,
        "POWERPOST_WORKSPACE_ID": running_mock.workspace_id,
        "POWERPOST_BASE_URL": running_mock.base_url,
    }


@pytest.fixture(scope="module")
def sample(running_mock: RunningMock) -> dict[str, str]:
    """Ids of a completed generation with a long prompt, a draft post with three items, an image job."""
    with PowerPost(running_mock.api_key, running_mock.workspace_id, running_mock.base_url) as pp:
        for n in range(2):
            pp.content.generate(
                {"prompt": f"Short one {n}", "post_types": ["x-post"], "research_mode": "regular"}
            )
        started = pp.content.generate(
            {
                "prompt": LONG_PROMPT,
                "post_types": ["instagram-feed", "x-post", "linkedin-post"],
                "research_mode": "regular",
            }
        )
        generation = pp.content.wait(started.generation_id, timeout=30)
        post = pp.posts.create(
            {
                "generation_id": generation.generation_id,
                "items": [{"post_type": t} for t in ("instagram-feed", "x-post", "linkedin-post")],
            }
        )
        image = pp.images.generate({"prompt": "A phone in dark mode", "quantity": 2})
        pp.images.wait(image.image_generation_id, timeout=30)
    return {
        "generation_id": generation.generation_id,
        "post_id": post.post_id,
        "image_generation_id": image.image_generation_id,
    }


def _words(screen: str) -> set[str]:
    """The whitespace-separated words on the screen, box drawing and JSON punctuation removed."""
    return {word.strip('[]{},"') for word in BOX.sub(" ", screen).split()} - {""}


def _leaf_words(value: object) -> list[str]:
    """Every word of every string or number in a JSON value (keys excluded)."""
    if isinstance(value, dict):
        return [word for item in value.values() for word in _leaf_words(item)]
    if isinstance(value, list):
        return [word for item in value for word in _leaf_words(item)]
    if isinstance(value, str):
        return [word.strip('[]{},"') for word in value.split()]
    return [] if value is None or isinstance(value, bool) else [str(value)]


@pytest.mark.parametrize(
    "args",
    [
        ("generations", "list"),
        ("generations", "get", "{generation_id}"),
        ("posts", "get", "{post_id}"),
        ("image", "get", "{image_generation_id}"),
        ("credits",),
    ],
    ids=lambda args: " ".join(args),
)
def test_results_on_an_80_column_terminal_split_no_word(
    args: tuple[str, ...], sample: dict[str, str], mock_env: dict[str, str]
) -> None:
    """Every line fits 80 columns, and every word of every value is on the screen in one piece."""
    status, screen = on_terminal(*(a.format(**sample) for a in args), env=mock_env)
    assert status == 0, screen
    for line in screen.splitlines():
        # Only a word too long for any line (a URL) may run past the edge, whole, for the terminal to wrap.
        if len(line) > COLUMNS:
            assert max(len(word) for word in line.split()) > COLUMNS // 2, f"wider than {COLUMNS}: {line!r}"
    json_out = in_pipe("--json", *(a.format(**sample) for a in args), env=mock_env)
    assert json_out.returncode == 0, json_out.stderr
    shown = _words(screen)
    split = [
        word
        for word in _leaf_words(json.loads(json_out.stdout))
        if word not in shown and any(len(t) >= 2 and t != word and word.startswith(t) for t in shown)
    ]
    assert split == [], f"split across lines or cells: {split}"
    assert "Error" not in screen


def test_results_in_a_pipe_are_not_wrapped(sample: dict[str, str], mock_env: dict[str, str]) -> None:
    """In a pipe a table row is one line: the long prompt stays on its generation's line, whole."""
    result = in_pipe("generations", "list", env=mock_env)
    assert result.returncode == 0, result.stderr
    (row,) = [line for line in result.stdout.splitlines() if sample["generation_id"] in line]
    if FULL_SHAPE:  # `prompt` is optional in the spec: a minimal answer shows "-" in its place
        assert LONG_PROMPT in row
    assert "\x1b[" not in result.stdout


def test_progress_notes_in_a_pipe_are_one_line(mock_env: dict[str, str]) -> None:
    """`generate --wait` in a pipe: the started line with its credits stays one line, not cut at 80."""
    result = in_pipe(
        "generate", "-p", LONG_PROMPT, "-t", "x-post", "-t", "instagram-feed", "--wait", env=mock_env
    )
    assert result.returncode == 0, result.stderr
    # Without `remaining_credits` (optional in the spec) the line names only the cost.
    left = r", \d+ left" if FULL_SHAPE else ""
    assert re.search(rf"^Started caption generation \S+ \(\d+ credits{left}\)$", result.stdout, re.M)


# --- one --json rule ---------------------------------------------------------------------------------------


def _raw(mock: RunningMock, path: str) -> object:
    headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
    return httpx.get(f"{mock.base_url}{path}", headers=headers, timeout=10).json()


@pytest.mark.parametrize(
    ("args", "path"),
    [
        (("credits",), "/account/credits"),
        (("generations", "get", "{generation_id}"), "/content/generations/{generation_id}"),
        (("generations", "list", "--page-size", "100"), "/content/generations?limit=100"),
        (("posts", "get", "{post_id}"), "/posts/{post_id}"),
        (("image", "get", "{image_generation_id}"), "/images/generations/{image_generation_id}"),
        (
            ("calendar", "list", "--from", "2026-01-01", "--to", "2026-12-31"),
            "/calendar/entries?start_date=2026-01-01&end_date=2026-12-31",
        ),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else value,
)
def test_json_is_the_api_object_as_powerpost_returns_it(
    args: tuple[str, ...],
    path: str,
    sample: dict[str, str],
    mock_env: dict[str, str],
    running_mock: RunningMock,
) -> None:
    """`--json` prints exactly the body PowerPost sent (a list's page object, not a bare array)."""
    result = in_pipe("--json", *(a.format(**sample) for a in args), env=mock_env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == _raw(running_mock, path.format(**sample))


def test_mock_help_gives_the_unit_and_default_of_every_flag() -> None:
    """`powerpost-mock --help` at 80 columns: each flag with a metavar naming its unit, and its default."""
    from powerpost_mock.__main__ import FLAGS

    script = POWERPOST.parent / "powerpost-mock"
    result = subprocess.run(
        [str(script), "--help"],
        env={**os.environ, "COLUMNS": "80"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    _assert_reads_well(result.stdout)
    blocks = re.split(r"\n  (?=--)", result.stdout.split("options:", 1)[1])
    by_flag = {block.split()[0]: " ".join(block.split()) for block in blocks if block.startswith("--")}
    for name in (*FLAGS, "host", "port", "log_level", "http"):
        flag = "--" + name.replace("_", "-")
        assert "(default: " in by_flag[flag], flag
    for flag, unit in (
        ("--caption-delay", "SECONDS"),
        ("--max-image-bytes", "BYTES"),
        ("--fault-500-rate", "P"),
    ):
        assert by_flag[flag].startswith(f"{flag} {unit} "), by_flag[flag]
    assert "(default: 2.0 s)" in by_flag["--caption-delay"]
    assert "= 10 MB" in by_flag["--max-image-bytes"]
    assert "10\u00a0MB" in result.stdout  # a number and its unit are never split across lines
