"""Every documented PowerPost response, and what the real API may send instead, reaches the user as a model.

Default mode: nothing raises, every field is readable (missing and null read None, unknown values and fields
are kept as they came). Strict mode: whatever deviates from the spec raises `UnexpectedResponseError`
carrying the body; what the spec allows still parses.
"""

from __future__ import annotations

import datetime
import logging
from typing import Any

import powerpost
import pytest
from powerpost._drift import Drift

from tests.tolerance.conftest import Client
from tests.tolerance.documented import EXAMPLES, Documented
from tests.tolerance.variants import UNKNOWN_ENUM_VALUE, UNKNOWN_FIELD, Variant, variants

CASES = [
    pytest.param(example, variant, id=f"{example.name}-{variant.name}")
    for example in EXAMPLES
    for variant in variants(example.body, example.schema)
]


def assert_readable(model: Any, value: Any, where: str = "") -> None:
    """Every field of `value` (the JSON that came) is readable on `model` with the value that came."""
    if isinstance(value, dict):
        assert hasattr(model, "additional_properties"), f"{where}: {model!r} is not a model"
        names = {a.name for a in type(model).__attrs_attrs__}
        for key, child in value.items():
            # The generator renames fields that shadow builtins (`type` -> `type_`).
            name = key if key in names else f"{key}_"
            if name in names:
                assert_readable(getattr(model, name), child, f"{where}/{key}")
            else:
                assert model.additional_properties[key] == child, f"{where}/{key}"
    elif isinstance(value, list):
        assert isinstance(model, list), f"{where}: {model!r}"
        assert len(model) == len(value), where
        for index, (got, came) in enumerate(zip(model, value, strict=True)):
            assert_readable(got, came, f"{where}/{index}")
    elif isinstance(value, str) and isinstance(model, datetime.date):
        parsed = (datetime.datetime if isinstance(model, datetime.datetime) else datetime.date).fromisoformat(
            value
        )
        assert model == parsed, where
    else:
        assert model == value, f"{where}: {model!r} != {value!r}"
        if isinstance(value, str):
            assert isinstance(model, str), where


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_documented_example_parses_with_every_field_readable(client: Client, example: Documented) -> None:
    client.server.answer(example.body)
    model = client.call(example.call)
    assert_readable(model, example.body)
    assert model.additional_properties == {}
    assert "Unset" not in repr(model)
    assert " at 0x" not in repr(model)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_documented_example_passes_strict_mode(strict_client: Client, example: Documented) -> None:
    strict_client.server.answer(example.body)
    assert_readable(strict_client.call(example.call), example.body)


@pytest.mark.parametrize(("example", "variant"), CASES)
def test_variant_is_read_in_default_mode(client: Client, example: Documented, variant: Variant) -> None:
    client.server.answer(variant.body)
    model = client.call(example.call)
    assert_readable(model, variant.body)
    if variant.name == "required-missing":
        for key in set(example.body) - set(variant.body):
            assert getattr(model, key if hasattr(model, key) else f"{key}_") is None
    if variant.name == "unknown-enum":
        assert UNKNOWN_ENUM_VALUE in repr(model)
    if variant.name == "unknown-field":
        assert model.additional_properties[UNKNOWN_FIELD]
    assert "Unset" not in repr(model)


@pytest.mark.parametrize(("example", "variant"), CASES)
def test_variant_in_strict_mode_raises_exactly_when_it_deviates(
    strict_client: Client, example: Documented, variant: Variant
) -> None:
    sent = strict_client.server.answer(variant.body)
    if not variant.deviates:
        assert_readable(strict_client.call(example.call), variant.body)
        return
    with pytest.raises(powerpost.UnexpectedResponseError) as caught:
        strict_client.call(example.call)
    error = caught.value
    assert error.body == sent
    assert error.json == variant.body
    assert error.operation == example.operation
    assert error.request_id == "req_tolerance_1"
    assert error.drift
    assert all(isinstance(item, Drift) for item in error.drift)


def test_optional_fields_absent_read_none(client: Client) -> None:
    example = next(e for e in EXAMPLES if e.name == "generation")
    client.server.answer({k: v for k, v in example.body.items() if k != "outputs"})
    generation = client.call(example.call)
    assert generation.outputs is None
    assert generation.post_types is None
    assert generation.error is None
    assert repr(generation).startswith("Generation(generation_id=")
    assert "outputs" not in repr(generation)


def test_a_missing_metric_reads_none_and_the_others_stay_readable(client: Client) -> None:
    example = next(e for e in EXAMPLES if e.name == "analytics")
    body = {**example.body, "metrics": {"likes": 85, "comments": 9, "fetched_at": "2026-03-20T06:00:00Z"}}
    client.server.answer(body)
    analytics = client.call(example.call)
    assert type(analytics.metrics).__name__ == "PostMetrics"
    assert analytics.metrics.views is None
    assert analytics.metrics.likes == 85


def test_nested_objects_with_missing_fields_are_models_never_dicts(client: Client) -> None:
    example = next(e for e in EXAMPLES if e.name == "generation")
    body = {**example.body, "outputs": {"youtube": {"title": "Only a title"}}, "error": {"code": "X"}}
    client.server.answer(body)
    generation = client.call(example.call)
    assert generation.outputs.youtube.title == "Only a title"
    assert generation.outputs.youtube.description is None
    assert generation.error.code == "X"
    assert generation.error.message is None


def test_each_tolerated_deviation_is_one_debug_record(
    client: Client, caplog: pytest.LogCaptureFixture
) -> None:
    example = next(e for e in EXAMPLES if e.name == "generation")
    outputs = {**example.body["outputs"], "youtube": {"title": 7}, "threads": "new platform"}
    body = {**example.body, "status": "archived", "credits_used": None, "outputs": outputs}
    del body["created_at"]
    client.server.answer(body)
    with caplog.at_level(logging.DEBUG, logger="powerpost.drift"):
        client.call(example.call)
    found = {(r.drift.pointer, r.drift.kind) for r in caplog.records if hasattr(r, "drift")}
    assert found == {
        ("/status", "unknown_enum"),
        ("/credits_used", "null"),
        ("/created_at", "missing"),
        ("/outputs/youtube/title", "type_mismatch"),
        ("/outputs/youtube/description", "missing"),
        ("/outputs/threads", "unknown_field"),
    }
    record = next(r for r in caplog.records if getattr(r, "drift", None) is not None)
    drifts = [getattr(r, "drift", None) for r in caplog.records]
    assert Drift("get_generation", "/outputs/youtube/title", "type_mismatch", "int 7") in drifts
    assert record.levelno == logging.DEBUG
    assert record.name == "powerpost.drift"


def test_nothing_is_recorded_when_debug_is_off(client: Client, caplog: pytest.LogCaptureFixture) -> None:
    client.server.answer({"balance": "lots"})
    with caplog.at_level(logging.INFO, logger="powerpost.drift"):
        balance = client.call(lambda c: c.account.get_credits())
    assert balance.balance == "lots"
    assert not [r for r in caplog.records if hasattr(r, "drift")]


def test_drift_detail_is_short(client: Client, caplog: pytest.LogCaptureFixture) -> None:
    client.server.answer({"balance": "x" * 10_000})
    with caplog.at_level(logging.DEBUG, logger="powerpost.drift"):
        client.call(lambda c: c.account.get_credits())
    (record,) = [r for r in caplog.records if hasattr(r, "drift")]
    assert len(record.drift.detail) <= 120


@pytest.mark.parametrize(
    ("body", "parsed"),
    [(b"not json at all", None), (b"[1, 2]", [1, 2]), (b'"ok"', "ok"), (b"\xff\xfe", None)],
    ids=["not-json", "array", "string", "bad-bytes"],
)
@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
def test_a_body_that_is_not_an_object_raises_with_the_body(body: bytes, parsed: Any, strict: bool) -> None:
    for kind in ("sync", "async"):
        made = Client(kind, strict=strict)
        try:
            made.server.answer(body)
            with pytest.raises(powerpost.UnexpectedResponseError) as caught:
                made.call(lambda c: c.content.get("g1"))
            assert caught.value.body == body
            assert caught.value.json == parsed
            assert caught.value.status_code == 200
            assert caught.value.request_id == "req_tolerance_1"
        finally:
            made.close()


def test_strict_mode_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POWERPOST_STRICT", "1")
    made = Client("sync")
    try:
        made.server.answer({"balance": 1, "bonus": 2})
        with pytest.raises(powerpost.UnexpectedResponseError, match="unknown_field"):
            made.call(lambda c: c.account.get_credits())
    finally:
        made.close()
    monkeypatch.setenv("POWERPOST_STRICT", "0")
    made = Client("sync")
    try:
        made.server.answer({"balance": 1, "bonus": 2})
        assert made.call(lambda c: c.account.get_credits()).additional_properties == {"bonus": 2}
    finally:
        made.close()


def test_strict_false_argument_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("POWERPOST_STRICT", "1")
    made = Client("async", strict=False)
    try:
        made.server.answer({"balance": 1, "bonus": 2})
        assert made.call(lambda c: c.account.get_credits()).balance == 1
    finally:
        made.close()


def test_with_options_switches_strict_mode_on_a_sibling(client: Client) -> None:
    client.server.answer({"balance": 1, "bonus": 2})
    strict = client.sdk.with_options(strict=True)
    with pytest.raises(powerpost.UnexpectedResponseError):
        client.call(lambda c: strict.account.get_credits())
    assert client.call(lambda c: c.account.get_credits()).additional_properties == {"bonus": 2}
