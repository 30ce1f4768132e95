"""The SDK's operation table is the spec's: every operation, its path and what a retry could repeat."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import powerpost
import pytest
import yaml
from powerpost import _operations as operations

from scripts import generate_operation_facts as generator
from tests.overlays.conftest import Harness, error_json

SPEC_PATH = Path(__file__).resolve().parents[2] / "spec" / "powerpost.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
REPEAT_UNSAFE = {"creates", "spends", "publishes"}


@functools.cache
def _spec_operations() -> dict[str, tuple[str, str, str]]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return {
        op["operationId"]: (method.upper(), path, op["x-powerpost-side-effect"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    }


def test_sdk_table_and_spec_agree() -> None:
    """Same operations, methods and templates; `side_effect` (no retry) exactly where a repeat duplicates."""
    in_spec = _spec_operations()
    assert set(operations.OPERATIONS) == set(in_spec)
    for operation_id, (method, path, effect) in in_spec.items():
        op = operations.OPERATIONS[operation_id]
        assert (op.method, op.template, op.effect) == (method, path, effect), operation_id
        assert op.side_effect is (effect in REPEAT_UNSAFE), operation_id


def test_calls_that_charge_or_publish_are_never_marked_retry_safe() -> None:
    """The facts the retry logic lives by, pinned so a careless spec edit cannot flip them."""
    by_id = operations.OPERATIONS
    for operation_id in ("generate_content", "generate_image", "generate_video"):
        assert by_id[operation_id].effect == "spends"
    assert by_id["publish_post"].effect == "publishes"
    for operation_id in ("upload_media", "create_post", "create_calendar_entry"):
        assert by_id[operation_id].effect == "creates"
    assert {op.operation_id for op in by_id.values() if op.side_effect} == {
        "upload_media",
        "generate_content",
        "generate_image",
        "generate_video",
        "create_post",
        "publish_post",
        "create_calendar_entry",
    }
    assert all(op.effect == "none" for op in by_id.values() if op.method == "GET")


def test_committed_module_matches_the_spec() -> None:
    assert generator.main(["--check"]) == 0


def test_a_changed_side_effect_makes_the_committed_module_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = SPEC_PATH.read_text(encoding="utf-8")
    anchor = "x-powerpost-scope: calendar:write\n      x-powerpost-side-effect: idempotent\n"
    assert anchor in spec
    changed = spec.replace(anchor, anchor.replace("idempotent", "creates"), 1)
    (tmp_path / "powerpost.yaml").write_text(changed, encoding="utf-8")
    monkeypatch.setattr(generator, "SPEC", tmp_path / "powerpost.yaml")
    assert generator.main(["--check"]) == 1  # checks only: the committed module stays as it is
    assert '"update_calendar_entry", "PATCH", "/calendar/entries/{entry_id}", "creates"' in generator.render(
        yaml.safe_load(changed)
    )


def test_an_unknown_side_effect_value_is_refused() -> None:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    spec["paths"]["/posts"]["post"]["x-powerpost-side-effect"] = "maybe"
    with pytest.raises(SystemExit, match="create_post"):
        generator.render(spec)


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
# One call of every spec operation through the public client (sync or async alike).
CALLS: dict[str, Callable[[Any], Any]] = {
    "get_credits": lambda c: c.account.get_credits(),
    "upload_media": lambda c: c.media.upload(io.BytesIO(PNG), type="image", file_name="a.png"),
    "generate_content": lambda c: c.content.generate(
        {"prompt": "Dark mode is here", "post_types": ["x-post"], "research_mode": "regular"}
    ),
    "list_generations": lambda c: c.content.list(limit=5),
    "get_generation": lambda c: c.content.get("g1"),
    "generate_image": lambda c: c.images.generate({"prompt": "a cat"}),
    "get_image_generation": lambda c: c.images.get("i1"),
    "generate_video": lambda c: c.videos.generate({"prompt": "a cat", "duration": 5}),
    "get_video_generation": lambda c: c.videos.get("v1"),
    "create_post": lambda c: c.posts.create({"items": [{"post_type": "x-post", "content": "hi"}]}),
    "get_post": lambda c: c.posts.get("p1"),
    "publish_post": lambda c: c.posts.publish("p1"),
    "get_post_item_analytics": lambda c: c.analytics.get("it1"),
    "list_calendar_entries": lambda c: c.calendar.list("2026-01-01", "2026-01-31"),
    "create_calendar_entry": lambda c: c.calendar.create({"title": "t", "scheduled_date": "2026-01-05"}),
    "get_calendar_entry": lambda c: c.calendar.get("e1"),
    "update_calendar_entry": lambda c: c.calendar.update("e1", {"title": "u"}),
    "delete_calendar_entry": lambda c: c.calendar.delete("e1"),
}
RETRY_SAFE = {"none", "idempotent"}


def test_every_spec_operation_has_a_method_here() -> None:
    """A new operation in the spec needs its call below (and a method on both clients) to pass."""
    assert set(CALLS) == set(_spec_operations())


def _template_matches(template: str, path: str) -> bool:
    pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path) is not None


@pytest.mark.parametrize("failure", ["500", "lost after sending"])
@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("operation_id", sorted(CALLS))
def test_the_client_repeats_a_call_exactly_as_its_spec_side_effect_allows(
    make_api: Callable[..., Harness], operation_id: str, kind: str, failure: str
) -> None:
    """The SDK's behaviour, not only its table: after a 500 or a connection lost once the request was
    sent, a `none`/`idempotent` operation is tried again and a `creates`/`spends`/`publishes` one is not.
    Each request is the spec's method and path for the operation."""
    method, template, effect = _spec_operations()[operation_id]
    api = make_api(kind, max_retries=1, pacing=False)
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if failure == "500":
            return httpx.Response(500, json=error_json("INTERNAL_ERROR", "Server error"))
        raise httpx.ReadError("connection reset before the answer", request=request)

    api.router.route().mock(side_effect=answer)
    with pytest.raises(powerpost.PowerPostError) as caught:
        api.run(CALLS[operation_id](api.client))
    expected = powerpost.InternalServerError if failure == "500" else powerpost.APIConnectionError
    assert isinstance(caught.value, expected)
    assert len(seen) == (2 if effect in RETRY_SAFE else 1), (operation_id, effect)
    for request in seen:
        assert request.method == method
        assert _template_matches(template, request.url.path.removeprefix("/api/v1")), request.url.path
