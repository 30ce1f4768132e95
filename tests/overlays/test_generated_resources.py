"""The resource methods and the spec's `x-powerpost-sdk` entries agree, on both clients and their raw views.

`scripts/generate_resources.py` writes `_async_resources.py` from the entries (unasync its sync twin);
`make check-generated` fails when the committed module is stale, and the checks below fail when a method,
its arguments, its docstring or its raw view no longer say what the spec says.
"""

from __future__ import annotations

import copy
import inspect
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from powerpost import AsyncPowerPost, PowerPost
from powerpost import _waiters as waiters

from scripts import generate_resources as generator

ROOT = Path(__file__).resolve().parents[2]
SPEC: dict[str, Any] = yaml.safe_load((ROOT / "spec" / "powerpost.yaml").read_text(encoding="utf-8"))
CLIENTS = (PowerPost, AsyncPowerPost)
# Public resource methods that are no operation of their own: waiters (from an operation's `waiter:`
# entry) and lazy iterators (hand-written).
HELPERS = {"wait", "iter"}


def _operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {
        op["operationId"]: op
        for item in spec["paths"].values()
        for verb, op in item.items()
        if verb in generator.HTTP_METHODS
    }


def _entries() -> list[tuple[str, dict[str, Any]]]:
    return [(op_id, op["x-powerpost-sdk"]) for op_id, op in _operations(SPEC).items()]


def _public_methods(cls: type) -> set[str]:
    return {name for name, member in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}


def test_committed_module_matches_the_spec() -> None:
    assert generator.main(["--check"]) == 0


def test_check_generated_runs_the_generator_before_unasync() -> None:
    """`make generate` writes the module before unasync twins it; `make check-generated` checks it."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    generate = makefile[makefile.index("\ngenerate:") : makefile.index("\ncheck-generated:")]
    check = makefile[
        makefile.index("\ncheck-generated:") : makefile.index(
            "\n.PHONY", makefile.index("\ncheck-generated:")
        )
    ]
    assert generate.index("scripts/generate_resources.py") < generate.index("scripts/unasync.py")
    assert check.index("scripts/generate_resources.py --check") < check.index("scripts/unasync.py --check")


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize(("operation_id", "entry"), _entries(), ids=[op_id for op_id, _ in _entries()])
def test_each_entry_is_a_method_with_its_raw_view(
    client: type, operation_id: str, entry: dict[str, Any]
) -> None:
    resource = client.RESOURCES[entry["resource"]]  # type: ignore[attr-defined]
    method = getattr(resource, entry["method"])
    raw_view = resource._raw_view
    assert entry["method"] in vars(raw_view), f"{raw_view.__name__} lacks {entry['method']}"
    assert raw_view.__dict__[entry["method"]]._method is getattr(resource, entry.get("raw", entry["method"]))
    if entry.get("hand_written"):
        return
    op = _operations(SPEC)[operation_id]
    assert inspect.iscoroutinefunction(method) is (client is AsyncPowerPost)
    assert inspect.cleandoc(method.__doc__).split("\n\n")[0] == entry.get("doc", op["summary"] + ".")
    parameters = list(inspect.signature(method).parameters)
    assert parameters[: len(_path_names(op)) + 1] == ["self", *_path_names(op)]
    assert ("body" in parameters) is ("requestBody" in op)
    assert parameters[-1] == "options"  # the per-call options
    assert f'"{operation_id}"' in inspect.getsource(method)  # the call names its operation: retry safety


def _path_names(op: dict[str, Any]) -> list[str]:
    names = []
    for parameter in op.get("parameters", []):
        if "$ref" in parameter:
            parameter = SPEC["components"]["parameters"][parameter["$ref"].rsplit("/", 1)[-1]]
        if parameter["in"] == "path":
            names.append(parameter["name"])
    return names


def test_arguments_follow_the_path_parameters_and_the_body() -> None:
    signature = inspect.signature(AsyncPowerPost.RESOURCES["calendar"].update)  # type: ignore[attr-defined]
    assert list(signature.parameters) == ["self", "entry_id", "body", "extra_body", "options"]
    assert str(signature.return_annotation) == "CalendarEntry"
    get = inspect.signature(PowerPost.RESOURCES["content"].get)  # type: ignore[attr-defined]
    assert list(get.parameters) == ["self", "generation_id", "options"]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_every_public_method_is_an_entry_or_a_helper(client: type) -> None:
    """No method the spec does not name (besides waiters and iterators), no resource it does not list."""
    named: dict[str, set[str]] = {}
    for _, entry in _entries():
        named.setdefault(entry["resource"], set()).add(entry["method"])
    resources: dict[str, type] = client.RESOURCES  # type: ignore[attr-defined]
    assert list(resources) == [tag["name"] for tag in SPEC["tags"]]
    for name, resource in resources.items():
        assert _public_methods(resource) - named.get(name, set()) <= HELPERS, name
        raw_methods = {n for n in vars(resource._raw_view) if not n.startswith("_")}  # type: ignore[attr-defined]
        assert raw_methods == named.get(name, set()), name


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_a_waiter_entry_gives_its_resource_a_wait_polling_that_method(client: type) -> None:
    """`wait(id)` exactly where an operation names a `waiter:`, with its schedule's timeout and its doc."""
    waiting = {entry["resource"]: (op_id, entry) for op_id, entry in _entries() if "waiter" in entry}
    assert set(waiting) == {"content", "images", "videos", "posts"}
    resources: dict[str, type] = client.RESOURCES  # type: ignore[attr-defined]
    for name, resource in resources.items():
        if name not in waiting:
            assert not hasattr(resource, "wait"), name
            continue
        op_id, entry = waiting[name]
        wait = resource.wait  # type: ignore[attr-defined]
        assert inspect.iscoroutinefunction(wait) is (client is AsyncPowerPost)
        assert inspect.cleandoc(wait.__doc__) == entry["waiter"]["doc"]
        parameters = inspect.signature(wait).parameters
        assert list(parameters) == [
            "self",
            *_path_names(_operations(SPEC)[op_id]),
            "timeout",
            "poll_interval",
            "on_progress",
        ]
        schedule = getattr(waiters, entry["waiter"]["schedule"])
        assert parameters["timeout"].default == schedule.timeout
        source = inspect.getsource(wait)
        assert f"self.{entry['method']}(" in source
        assert f"waiters.{entry['waiter']['outcome']}," in source
        assert f'f"{entry["waiter"]["what"]} {{' in source


def test_a_waiter_entry_is_checked() -> None:
    def misspelt(spec: dict[str, Any]) -> None:
        entry = spec["paths"]["/posts/{post_id}"]["get"]["x-powerpost-sdk"]["waiter"]
        entry["shedule"] = entry.pop("schedule")

    def on_a_body(spec: dict[str, Any]) -> None:
        waiter = spec["paths"]["/posts/{post_id}"]["get"]["x-powerpost-sdk"].pop("waiter")
        spec["paths"]["/content/generate"]["post"]["x-powerpost-sdk"]["waiter"] = waiter

    def twice(spec: dict[str, Any]) -> None:
        waiter = spec["paths"]["/posts/{post_id}"]["get"]["x-powerpost-sdk"]["waiter"]
        spec["paths"]["/posts/{post_id}/publish"]["post"]["x-powerpost-sdk"]["waiter"] = waiter

    assert "get_post: `waiter` takes exactly doc, outcome, schedule, what" in _refusal(misspelt)
    assert "generate_content: a waiter polls an operation taking one path parameter" in _refusal(on_a_body)
    assert "Posts.wait is taken" in _refusal(twice)


def test_a_renamed_method_makes_the_committed_module_stale(tmp_path: Path) -> None:
    """A changed entry in a copy of the spec: `--check` fails there; the new name is what it would write."""
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/content/generations/{generation_id}"]["get"]["x-powerpost-sdk"]["method"] = "fetch"
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "powerpost.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    (tmp_path / generator.OUT).parent.mkdir(parents=True)
    shutil.copy2(ROOT / generator.OUT, tmp_path / generator.OUT)
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")  # ruff's settings
    assert generator.main(["--check", "--root", str(tmp_path)]) == 1
    assert (tmp_path / generator.OUT).read_bytes() == (ROOT / generator.OUT).read_bytes()
    source = generator.render_source(spec)
    assert "async def fetch(self, generation_id: str" in source
    assert "fetch = RawMethod(Content.fetch)" in source


def _refusal(change: Any) -> str:
    spec = copy.deepcopy(SPEC)
    change(spec)
    with pytest.raises(SystemExit) as refused:
        generator.read_resources(spec)
    return str(refused.value)


def test_an_operation_without_an_entry_is_refused() -> None:
    message = _refusal(lambda s: s["paths"]["/posts/{post_id}"]["get"].pop("x-powerpost-sdk"))
    assert message.startswith("get_post: every operation needs `x-powerpost-sdk")


def test_a_hand_written_method_needs_its_resource_mixin() -> None:
    def change(spec: dict[str, Any]) -> None:
        entry = spec["paths"]["/post-items/{post_item_id}/analytics"]["get"]["x-powerpost-sdk"]
        entry["hand_written"] = True

    assert "get_post_item_analytics: hand-written, but tag 'analytics' names no `mixin`" in _refusal(change)


def test_an_argument_the_generator_cannot_pass_asks_for_a_hand_written_method() -> None:
    """`calendar.list` takes dates; generated, it would pass them unconverted: the generator refuses."""
    message = _refusal(
        lambda s: s["paths"]["/calendar/entries"]["get"]["x-powerpost-sdk"].pop("hand_written")
    )
    assert message.startswith("list_calendar_entries: parameter 'start_date'")
    assert "hand_written: true" in message


def test_two_methods_of_one_name_are_refused() -> None:
    def change(spec: dict[str, Any]) -> None:
        spec["paths"]["/posts/{post_id}/publish"]["post"]["x-powerpost-sdk"]["method"] = "get"

    assert "publish_post: Posts.get is taken" in _refusal(change)


def test_a_tag_without_an_entry_is_refused() -> None:
    assert "tag 'media' has no `x-powerpost-sdk" in _refusal(lambda s: s["tags"][1].pop("x-powerpost-sdk"))
