"""CONTRIBUTING.md's "Adding an operation", walked on a copy of the repository with the guide's own blocks.

The copy gets the guide's `GET /posts` (`list_posts`) exactly as the checklist says: the spec block (with
its `x-powerpost-sdk` entry) merged into `spec/powerpost.yaml`, `make generate`, then the CLI block; no
client code is written by hand. A probe (`list_posts_probe.py`, in a subprocess importing only the copy)
looks after each step; the tests below say what each step adds, so a guide that forgot a step, or a step
that stopped doing its part, fails here.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "CONTRIBUTING.md"
PROBE = Path(__file__).with_name("list_posts_probe.py")
VENV = Path(sys.executable).parent.parent
# What `make generate` reads and writes; generated/ too, as a fresh clone has it committed.
COPIED = ("spec", "templates", "scripts", "overlays", "cli", "generated", "mock")
COPIED_FILES = ("Makefile", "generator-config.yaml", "pyproject.toml", "api.md")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
SPEC_FILE = "spec/powerpost.yaml"
ASYNC_RESOURCES = "overlays/powerpost/_async_resources.py"
GENERATED_METHOD = "overlays/powerpost/_async_resources.py:Posts"
SYNC_RESOURCES = "overlays/powerpost/_resources.py"
# The hand-written client code (and its sync twins): the walk must leave every byte of it as it was.
HAND_WRITTEN = (
    "overlays/powerpost/_async_client.py",
    "overlays/powerpost/_async_bases.py",
    "overlays/powerpost/_client.py",
    "overlays/powerpost/_bases.py",
)
CLI_MODULE = "cli/powerpost_cli/commands/posts.py"
EXPECTED_PAGE = {
    "type": "PostList",
    "post_ids": ["post-001", "post-002"],
    "next_cursor": "cur_2",
    "has_more": True,
}
FRESHNESS_CHECKS = (
    "scripts/generate_resources.py",
    "scripts/unasync.py",
    "scripts/generate_operation_facts.py",
    "scripts/generate_request_shapes.py",
)


def guide_block(target: str) -> str:
    """The fenced block of CONTRIBUTING.md whose first line is `# <target> …`, without that line."""
    for match in FENCE.finditer(GUIDE.read_text(encoding="utf-8")):
        first, _, rest = match.group(2).partition("\n")
        if first.startswith(f"# {target} ") or first == f"# {target}":
            return rest
    raise AssertionError(f"CONTRIBUTING.md has no block starting with '# {target}'")


def _merge(into: dict[str, Any], fragment: dict[str, Any]) -> None:
    for key, value in fragment.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        else:
            into[key] = value


def add_to_spec(root: Path, block: str) -> None:
    """Step 1: the guide's spec fragment merged into the copy's spec."""
    path = root / SPEC_FILE
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    _merge(spec, yaml.safe_load(block))
    path.write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


def _split(block: str) -> tuple[str, str]:
    """A code block as (its import lines, the rest)."""
    lines = block.splitlines()
    imports = [line for line in lines if line.startswith(("from ", "import "))]
    code = "\n".join(line for line in lines if line not in imports).strip("\n")
    return "\n".join(imports), code


def _with_imports(text: str, imports: str) -> str:
    anchor = "from __future__ import annotations\n"
    assert anchor in text
    if not imports.strip():
        return text
    return text.replace(anchor, f"{anchor}\n{imports}\n", 1)


def add_command(root: Path, block: str) -> None:
    """Step 4: the guide's command added to the copy's CLI module, its imports on top."""
    path = root / CLI_MODULE
    imports, command = _split(block)
    text = _with_imports(path.read_text(encoding="utf-8"), imports)
    path.write_text(f"{text.rstrip()}\n\n\n{command}\n", encoding="utf-8")


def _env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POWERPOST_", "PYTHON"))}
    env["PATH"] = f"{VENV / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    # The copy first: the venv's editable install points at this repository, after PYTHONPATH.
    env["PYTHONPATH"] = os.pathsep.join(str(root / part) for part in ("generated", "overlays", "cli", "mock"))
    return env


def run(root: Path, *args: str) -> str:
    """A command in the copy, as a contributor types it; its output on failure."""
    done = subprocess.run(args, cwd=root, env=_env(root), capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def make(root: Path, target: str) -> None:
    """A target of the copy's Makefile with this venv's tools (the stamps emptied: nothing is installed)."""
    run(root, "make", "--no-print-directory", target, "STAMP=", "NODE_STAMP=", f"VENV={VENV}")


def probe(root: Path, *flags: str) -> dict[str, Any]:
    """What the copy's SDK (and CLI) do with `posts.list`, from a subprocess that imports only the copy."""
    out = run(root, sys.executable, str(PROBE), *flags)
    report: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    if report.get("import") == "ok":
        assert Path(report["powerpost_file"]).is_relative_to(root), "the probe imported the wrong SDK"
    return report


@pytest.fixture(scope="module")
def walk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The checklist, step by step, on a copy; the probe's report after each step, and the copy."""
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    root = tmp_path_factory.mktemp("repo")
    ignore = shutil.ignore_patterns("__pycache__", ".ruff_cache", ".mypy_cache")
    for name in COPIED:
        shutil.copytree(ROOT / name, root / name, ignore=ignore)
    for name in COPIED_FILES:
        shutil.copy2(ROOT / name, root / name)
    reports: dict[str, Any] = {"root": root}

    add_to_spec(root, guide_block(SPEC_FILE))  # 1
    reports["spec_only"] = probe(root)  # what skipping step 2 gives

    make(root, "generate")  # 2
    reports["generated"] = probe(root, "--cli")

    add_command(root, guide_block(CLI_MODULE))  # 3
    reports["cli"] = probe(root, "--cli")

    make(root, "api-md")  # 6
    return reports


# The copy's mock (it reads the copy's spec) asked for the new operation before step 5 gave it a handler.
MOCK_WITHOUT_HANDLER = """
import json, httpx, powerpost_mock
from powerpost_mock import MockSettings, run_in_thread
with run_in_thread(MockSettings()) as mock:
    headers = {"x-api-key": mock.api_key, "X-Workspace-Id": mock.workspace_id}
    answers = [httpx.get(f"{mock.base_url}/posts", params=q, headers=headers) for q in ("limit=0", "")]
print(json.dumps({"file": powerpost_mock.__file__, "answers": [[a.status_code, a.json()] for a in answers]}))
"""


def test_the_mock_validates_the_new_operation_but_answers_only_through_a_handler(
    walk: dict[str, Any],
) -> None:
    """What step 5 says: the spec alone gives validation; without a handler a valid request gets a 500."""
    root: Path = walk["root"]
    report = json.loads(run(root, sys.executable, "-c", MOCK_WITHOUT_HANDLER).strip().splitlines()[-1])
    assert Path(report["file"]).is_relative_to(root)
    (refused_status, refused), (valid_status, valid) = report["answers"]
    assert (refused_status, refused["error"]["code"]) == (400, "VALIDATION_ERROR")
    assert "query.limit" in refused["error"]["message"]
    assert (valid_status, valid["error"]["code"]) == (500, "INTERNAL_ERROR")


def test_guide_has_the_blocks_the_walk_uses() -> None:
    spec = yaml.safe_load(guide_block(SPEC_FILE))
    operation = spec["paths"]["/posts"]["get"]
    assert operation["operationId"] == "list_posts"
    assert operation["x-powerpost-sdk"]["resource"] == "posts"
    assert operation["x-powerpost-sdk"]["method"] == "list"
    assert "async def list(" in guide_block(GENERATED_METHOD)
    assert '@app.command("list")' in guide_block(CLI_MODULE)


def test_the_spec_alone_gives_no_method(walk: dict[str, Any]) -> None:
    """Without step 2 the clients are what they were: the method comes from `make generate`."""
    report = walk["spec_only"]
    for client in ("sync", "async"):
        assert report[client]["result"].startswith("AttributeError"), client
        assert report[client]["requests"] == []


def test_make_generate_gives_the_operation_facts_and_the_generated_code(walk: dict[str, Any]) -> None:
    report = walk["generated"]
    assert report["operation"] == ["GET", "/posts", "none"]
    root: Path = walk["root"]
    assert (root / "generated/powerpost_api/api/posts/list_posts.py").is_file()
    assert (root / "generated/powerpost_api/models/post_list.py").is_file()


@pytest.mark.parametrize("client", ["sync", "async"])
def test_make_generate_gives_both_clients_the_method(walk: dict[str, Any], client: str) -> None:
    """One typed page, from one GET /posts carrying the key and the workspace."""
    report = walk["generated"]
    assert report[client]["result"] == EXPECTED_PAGE
    assert report[client]["requests"] == [
        {
            "method": "GET",
            "path": "/api/v1/posts",
            "query": "limit=5",
            "api_key": "pp_test_key_probe",
            "workspace": "ws_probe",
        }
    ]
    # Retry safety follows the spec's `x-powerpost-side-effect: none`: a 500 is retried, then the page.
    after_500 = report[f"{client}_after_500"]
    assert after_500["result"] == EXPECTED_PAGE
    assert len(after_500["requests"]) == 2


def test_the_generated_method_has_a_raw_view_with_the_options(walk: dict[str, Any]) -> None:
    """`with_raw_response.list(...)`, per-call options included, with no line written for it."""
    raw = walk["generated"]["sync_raw"]
    assert raw["result"] == EXPECTED_PAGE
    assert [request["query"] for request in raw["requests"]] == ["limit=5"]


def test_no_client_code_is_written_by_hand(walk: dict[str, Any]) -> None:
    root: Path = walk["root"]
    for name in HAND_WRITTEN:
        assert (root / name).read_bytes() == (ROOT / name).read_bytes(), name


def test_the_guide_shows_the_method_make_generate_writes(walk: dict[str, Any]) -> None:
    """The guide's block is the generated method, async and (unasynced) sync; every generated file fresh."""
    root: Path = walk["root"]
    flat = "".join(guide_block(GENERATED_METHOD).split())
    assert flat in "".join((root / ASYNC_RESOURCES).read_text(encoding="utf-8").split())
    sync_source = (root / SYNC_RESOURCES).read_text(encoding="utf-8")
    sync_flat = (
        flat.replace("asyncdef", "def")
        .replace("awaitself", "self")
        .replace("asyncio_detailed", "sync_detailed")
    )
    assert sync_flat in "".join(sync_source.split())
    assert "asyncio_detailed" not in sync_source
    for script in FRESHNESS_CHECKS:
        run(root, sys.executable, script, "--check")


def test_the_code_passes_ruff(walk: dict[str, Any]) -> None:
    """The generated modules and the guide's CLI block, as placed in the copy, pass the repository's ruff
    rules and format (import order aside: the walk puts the imports at the top, a contributor beside the
    others)."""
    root: Path = walk["root"]
    files = (ASYNC_RESOURCES, SYNC_RESOURCES, CLI_MODULE)
    run(root, sys.executable, "-m", "ruff", "check", "--no-cache", "--extend-ignore", "I001", *files)
    run(root, sys.executable, "-m", "ruff", "format", "--no-cache", "--check", *files)


def test_make_api_md_lists_the_new_method(walk: dict[str, Any]) -> None:
    reference = (walk["root"] / "api.md").read_text(encoding="utf-8")
    assert "#### `pp.posts.list`" in reference
    assert "-> PostList" in reference
    assert "#### `pp.posts.list`" not in (ROOT / "api.md").read_text(encoding="utf-8")


def test_the_cli_command_needs_its_own_step(walk: dict[str, Any]) -> None:
    before = walk["generated"]
    assert before["cli_table"]["exit_code"] == 2  # usage error: no such command
    assert before["cli_table"]["requests"] == []


def test_the_cli_lists_posts(walk: dict[str, Any]) -> None:
    report = walk["cli"]
    table, as_json = report["cli_table"], report["cli_json"]
    assert table["exit_code"] == 0, table["output"]
    assert "Posts (2)" in table["output"]
    assert "post-001" in table["output"]
    assert "post-002" in table["output"]
    assert as_json["exit_code"] == 0, as_json["output"]
    assert [post["post_id"] for post in json.loads(as_json["output"])["data"]] == ["post-001", "post-002"]
    assert [request["path"] for request in table["requests"]] == ["/api/v1/posts"]
    assert report["cli_help"]["exit_code"] == 0
    assert re.search(r"^\s+list\s+\w", report["cli_help"]["output"], re.MULTILINE)


def test_without_its_sdk_entry_the_operation_is_refused_by_name() -> None:
    """The guide's spec block without `x-powerpost-sdk`: `make generate` stops, naming the operation."""
    from scripts import generate_resources

    spec = yaml.safe_load((ROOT / SPEC_FILE).read_text(encoding="utf-8"))
    fragment = yaml.safe_load(guide_block(SPEC_FILE))
    del fragment["paths"]["/posts"]["get"]["x-powerpost-sdk"]
    _merge(spec, fragment)
    with pytest.raises(SystemExit, match=r"list_posts: every operation needs `x-powerpost-sdk"):
        generate_resources.read_resources(spec)
