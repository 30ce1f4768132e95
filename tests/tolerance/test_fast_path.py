"""The models' fast path (straight-line `from_dict` for a conforming object) reads exactly what the careful
path reads: the same model, the same fields, the same drift reports in the same order, for every documented
response and every variant of it. A conforming response takes the fast path at every level.

The careful path is forced by handing `from_dict` a dict subclass: the fast path takes only a plain dict.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

import powerpost_api.models as models
import pytest
from powerpost_api.types import reset_drift_hook, set_drift_hook

from tests.tolerance.documented import EXAMPLES, Documented
from tests.tolerance.variants import Variant, variants

CASES = [
    pytest.param(example, variant, id=f"{example.name}-{variant.name}")
    for example in EXAMPLES
    for variant in variants(example.body, example.schema)
]


class _Careful(dict[str, Any]):
    """A dict the fast path does not take."""


def _careful_copy(value: Any) -> Any:
    if isinstance(value, dict):
        return _Careful({key: _careful_copy(item) for key, item in value.items()})
    if isinstance(value, list):
        return [_careful_copy(item) for item in value]
    return value


def _parse(schema: str, body: dict[str, Any]) -> tuple[Any, list[tuple[str, str, object]]]:
    found: list[tuple[str, str, object]] = []
    token = set_drift_hook(lambda pointer, kind, value: found.append((pointer, kind, value)))
    try:
        model = getattr(models, schema).from_dict(body)
    finally:
        reset_drift_hook(token)
    return model, found


def _shape(value: Any) -> Any:
    """A model tree as comparable data: types and values of every field, unknown fields included."""
    if hasattr(value, "__attrs_attrs__"):
        fields = {a.name: _shape(getattr(value, a.name)) for a in type(value).__attrs_attrs__}
        return (type(value).__name__, fields)
    if isinstance(value, list):
        return [_shape(item) for item in value]
    return (type(value).__name__, value)


@pytest.mark.parametrize(("example", "variant"), CASES)
def test_fast_and_careful_paths_agree(example: Documented, variant: Variant) -> None:
    fast, fast_drift = _parse(example.schema, copy.deepcopy(variant.body))
    careful, careful_drift = _parse(example.schema, _careful_copy(variant.body))
    assert _shape(fast) == _shape(careful)
    assert repr(fast) == repr(careful)
    assert fast_drift == careful_drift
    assert bool(fast_drift) == variant.deviates


@contextmanager
def _pops() -> Iterator[list[str]]:
    """The models whose careful path ran (it copies the object and pops every field)."""
    seen: list[str] = []

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event == "c_call" and getattr(arg, "__name__", None) == "pop":
            seen.append(frame.f_code.co_filename.rsplit("/", 1)[-1])

    sys.setprofile(profile)
    try:
        yield seen
    finally:
        sys.setprofile(None)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_documented_example_takes_the_fast_path_at_every_level(example: Documented) -> None:
    body = copy.deepcopy(example.body)
    with _pops() as careful:
        getattr(models, example.schema).from_dict(body)
    assert careful == []


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda b: b.update(status="zz-new"), id="unknown-enum"),
        pytest.param(lambda b: b.update(zz_new=1), id="unknown-field"),
        pytest.param(lambda b: b.update(credits_used="6"), id="type-mismatch"),
        pytest.param(lambda b: b.update(created_at="yesterday"), id="bad-timestamp"),
        pytest.param(lambda b: b.pop("generation_id"), id="required-missing"),
        pytest.param(lambda b: b["outputs"].update(instagram=None), id="nested-null"),
        pytest.param(lambda b: b["outputs"]["youtube"].update(title=7), id="nested-deep"),
        pytest.param(lambda b: b.update(platforms=["instagram", "zz-new"]), id="list-item"),
    ],
)
def test_one_deviation_is_reported_once_and_the_rest_read(change: Any) -> None:
    (example,) = [e for e in EXAMPLES if e.schema == "Generation" and "outputs" in e.body]
    body = copy.deepcopy(example.body)
    body["outputs"].setdefault("youtube", {"title": "t", "description": "d"})
    change(body)
    model, drift = _parse("Generation", body)
    assert len(drift) == 1
    assert model.outputs is not None
    assert model.generation_id in (None, example.body["generation_id"])
