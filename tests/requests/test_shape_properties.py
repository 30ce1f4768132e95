"""Properties of the check over every body the spec allows: a valid body is accepted and sent unchanged, and a
key the spec does not know, anywhere in it, is refused naming its path."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from powerpost._request_shape import Shape, check
from powerpost._request_shapes import BODIES

KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)


def values(shape: Shape) -> st.SearchStrategy[Any]:
    """JSON values of `shape`: its choices, or any value of its kind (servers own the choices)."""
    base: st.SearchStrategy[Any]
    if shape.kind == "object":
        optional = {k: values(v) for k, v in shape.fields.items() if k not in shape.required}
        required = {k: values(v) for k, v in shape.fields.items() if k in shape.required}
        base = st.fixed_dictionaries(required, optional=optional)
    elif shape.kind == "array":
        base = st.lists(values(shape.items or Shape("any")), max_size=3)
    elif shape.kind == "integer":
        base = st.integers() | st.sampled_from(shape.choices or (1,))
    elif shape.kind == "boolean":
        base = st.booleans()
    elif shape.kind == "date":
        base = st.dates().map(str)
    elif shape.kind == "time":
        base = st.times().map(lambda t: t.strftime("%H:%M"))
    else:
        base = st.text(max_size=20) | st.sampled_from(shape.choices or ("x",))
    return base | st.none() if shape.nullable else base


def with_rules_met(shape: Shape, body: dict[str, Any]) -> dict[str, Any]:
    """`body` with every conditionally required key present, at every level (rules have their own tests)."""
    for _, target, target_shape in _object_paths(shape, body):
        for rule in target_shape.rules:
            elements = [target] if rule.within is None else list(target.get(rule.within, []))
            for element in elements:
                for key in rule.required:
                    element.setdefault(key, "filled")
    return body


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), operation=st.sampled_from(sorted(BODIES)))
def test_a_valid_body_is_accepted_and_sent_unchanged(data: st.DataObject, operation: str) -> None:
    shape = BODIES[operation]
    body = with_rules_met(shape, data.draw(values(shape)))
    sent, problems = check(shape, body)
    assert problems == []
    assert sent == body


def _object_paths(shape: Shape, body: Any, path: str = "") -> list[tuple[str, dict[str, Any], Shape]]:
    """(path, dict, its shape) of every object inside a body."""
    found: list[tuple[str, dict[str, Any], Shape]] = []
    if shape.kind == "object" and isinstance(body, dict):
        found.append((path, body, shape))
        for key, child in shape.fields.items():
            if key in body:
                found += _object_paths(child, body[key], f"{path}.{key}" if path else key)
    elif shape.kind == "array" and isinstance(body, list) and shape.items is not None:
        for index, item in enumerate(body):
            found += _object_paths(shape.items, item, f"{path}[{index}]")
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), operation=st.sampled_from(sorted(BODIES)), key=KEYS)
def test_an_unknown_key_anywhere_is_refused_by_its_path(
    data: st.DataObject, operation: str, key: str
) -> None:
    shape = BODIES[operation]
    body = with_rules_met(shape, data.draw(values(shape)))
    path, target, target_shape = data.draw(st.sampled_from(_object_paths(shape, body)))
    if key in target_shape.fields:
        return
    target[key] = "surprise"
    _, problems = check(shape, body)
    assert [p.path for p in problems] == [f"{path}.{key}" if path else key]
    assert "unknown key" in problems[0].message
