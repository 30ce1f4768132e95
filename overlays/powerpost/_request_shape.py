"""Check a request body given as a dict against the spec's shape of it, and make it JSON-ready.

Only what is certain is checked before sending: unknown keys, required keys (also those the spec requires
under a condition, such as `prompt` unless `media_ids` is given) and basic types. Values the server owns
(post types, platforms, models, sizes, durations) are sent as given, even when the spec does not list them,
and so are lengths, counts and patterns: PowerPost adds values and changes limits between SDK releases.
Python natives become JSON: enum members their value, `datetime.date` `YYYY-MM-DD` (a `datetime` in a date
field: its date), `datetime.datetime` ISO 8601, `datetime.time` `HH:MM` (seconds are refused, not cut),
tuples lists. `None` is sent as null only where the spec allows null; elsewhere it is refused rather than
dropped, because leaving the key out is how a dict says "not given".

The shapes themselves (`_request_shapes.py`) are generated from the spec by
`scripts/generate_request_shapes.py`, with a straight-line fast path per body (`PLAIN`) that answers for
the usual plain dict (known keys, values already JSON of their kind, required keys and rules met) exactly
what `check` would, and leaves everything else to `check`.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

_KIND_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a finite number",
    "boolean": "true or false (a bool)",
    "date": "a date ('YYYY-MM-DD' or datetime.date)",
    "datetime": "a date-time (ISO 8601 string or datetime.datetime)",
    "time": "a time ('HH:MM' or datetime.time)",
    "array": "a list",
    "object": "an object (a dict)",
}


@dataclass(frozen=True, slots=True)
class Rule:
    """Keys the spec requires only under a condition: unless another key is given, or when a key holds one of
    `values`. With `within`, the keys are required in each element of that array field instead."""

    required: tuple[str, ...]
    unless: str | None = None
    when: str | None = None
    values: tuple[Any, ...] = ()
    within: str | None = None

    def problems(self, value: Mapping[str, Any], path: str) -> Iterator[Problem]:
        """What `value` (an object at `path`) lacks under this rule."""
        if self.within is None and all(key in value for key in self.required):
            return
        if self.unless is not None:
            if self.unless in value:
                return
            reason = f"(unless '{self.unless}' is given)"
        else:
            found = value.get(self.when) if self.when else None
            found = found.value if isinstance(found, enum.Enum) else found
            if found not in self.values:
                return
            reason = f"when {self.when} is {found!r}"
        places: list[tuple[str, Any]] = [(path, value)]
        if self.within is not None:
            elements = value.get(self.within)
            if isinstance(elements, str | bytes) or not isinstance(elements, Sequence):
                return  # reported as a wrong type already
            prefix = _join(path, self.within)
            places = [(f"{prefix}[{i}]", element) for i, element in enumerate(elements)]
        for where, element in places:
            if isinstance(element, Mapping):
                for key in self.required:
                    if key not in element:
                        yield Problem(_join(where, key), f"is required {reason}")


@dataclass(frozen=True, slots=True)
class Shape:
    """One node of a request body: its JSON kind, whether null is allowed, choices, and children."""

    kind: str
    nullable: bool = False
    choices: tuple[Any, ...] = ()
    items: Shape | None = None
    name: str | None = None
    fields: Mapping[str, Shape] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    rules: tuple[Rule, ...] = ()

    def nullable_copy(self) -> Shape:
        """The same shape, also allowing null."""
        return replace(self, nullable=True)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a body: where (a dotted path such as `items[0].post_type`) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path or 'body'}: {self.message}"


def check(shape: Shape, value: Any) -> tuple[Any, list[Problem]]:
    """The JSON-ready copy of `value` and every problem found (none means it may be sent)."""
    problems: list[Problem] = []
    return _check(shape, value, "", shape, problems), problems


def unlisted(shape: Shape, value: Any, path: str = "") -> Iterator[str]:
    """Each value of a sent body that the spec's choices do not list, with the listed ones and the closest.

    Such values are sent (the server owns the lists); this only explains a 400 that refused one:
    `items[0].post_type: 'x-psot' is not a value the spec lists (…); did you mean 'x-post'?`.
    """
    if shape.choices and isinstance(value, str | int | float) and value not in shape.choices:
        listed = [str(choice) for choice in shape.choices]
        close = difflib.get_close_matches(str(value), listed, n=1, cutoff=0.6)
        guess = f"; did you mean {close[0]!r}?" if close else ""
        yield f"{path or 'body'}: {value!r} is not a value the spec lists ({', '.join(listed)}){guess}"
    elif shape.items is not None and isinstance(value, list):
        for index, item in enumerate(value):
            yield from unlisted(shape.items, item, f"{path}[{index}]")
    elif shape.fields and isinstance(value, dict):
        for key, item in value.items():
            if (child := shape.fields.get(key)) is not None:
                yield from unlisted(child, item, f"{path}.{key}" if path else key)


_TEXT_KINDS = frozenset({"string", "date", "datetime", "time", "any"})


def _check(shape: Shape, value: Any, path: str, root: Shape, problems: list[Problem]) -> Any:
    # Fast paths for what bodies are made of (every request pays for this check).
    cls = type(value)
    if cls is str:
        if shape.kind in _TEXT_KINDS:
            return value
    elif cls is dict:
        if shape.kind == "object":
            return _check_object(shape, value, path, root, problems)
    elif cls is list and shape.kind == "array":
        return _check_array(shape, value, path, root, problems)
    if isinstance(value, enum.Enum):
        value = value.value
    if value is None:
        if not shape.nullable and shape.kind != "any":
            problems.append(Problem(path, "cannot be None (null); leave the key out to not send it"))
        return None
    kind = shape.kind
    if isinstance(value, str) and kind in _TEXT_KINDS:
        return value  # a str subclass, or the value of an enum member
    if kind == "integer":
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind == "number":
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return value
    elif kind == "boolean":
        if isinstance(value, bool):
            return value
    elif kind == "date":
        if isinstance(value, datetime.datetime):
            return value.date().isoformat()
        if isinstance(value, datetime.date):
            return value.isoformat()
    elif kind == "datetime":
        if isinstance(value, datetime.datetime):
            return value.isoformat()
    elif kind == "time":
        if isinstance(value, datetime.time):
            if value.second or value.microsecond:
                problems.append(Problem(path, f"takes hours and minutes (HH:MM), not {value.isoformat()}"))
            return value.strftime("%H:%M")
    elif kind == "array":
        return _check_array(shape, value, path, root, problems)
    elif kind == "object":
        return _check_object(shape, value, path, root, problems)
    elif kind != "string":
        return value
    problems.append(Problem(path, f"must be {_KIND_NAMES.get(kind, kind)}, not {_describe(value)}"))
    return value


def _check_array(shape: Shape, value: Any, path: str, root: Shape, problems: list[Problem]) -> Any:
    if type(value) is not list and (isinstance(value, str | bytes) or not isinstance(value, Sequence)):
        hint = f"; write [{value!r}]" if isinstance(value, str) else ""
        problems.append(Problem(path, f"must be a list, not {_describe(value)}{hint}"))
        return value
    items = shape.items or Shape("any")
    if items.kind in _TEXT_KINDS and all(type(item) is str for item in value):
        return list(value)
    return [_check(items, item, f"{path}[{index}]", root, problems) for index, item in enumerate(value)]


def _check_object(shape: Shape, value: Any, path: str, root: Shape, problems: list[Problem]) -> Any:
    if type(value) is not dict and not isinstance(value, Mapping):
        to_dict = getattr(value, "to_dict", None)
        if callable(to_dict):
            return to_dict()  # a generated model nested in a dict: already the model's JSON
        problems.append(Problem(path, f"must be {_KIND_NAMES['object']}, not {_describe(value)}"))
        return value
    out: dict[str, Any] = {}
    fields = shape.fields
    for key, item in value.items():
        child = fields.get(key)
        if child is not None and type(item) is str and child.kind in _TEXT_KINDS:
            out[key] = item  # the common case, without building the field's path
            continue
        where = f"{path}.{key}" if path else str(key)
        if child is None:
            problems.append(Problem(where, unknown_key_message(root, shape, path, key)))
            continue
        out[key] = _check(child, item, where, root, problems)
    for key in shape.required:
        if key not in value:
            problems.append(Problem(f"{path}.{key}" if path else key, "is required"))
    for rule in shape.rules:
        problems.extend(rule.problems(value, path))
    return out


def _describe(value: Any) -> str:
    text = repr(value)
    text = text if len(text) <= 40 else text[:37] + "..."
    return f"{type(value).__name__} {text}"


# ----------------------------------------------------------------------------- "did you mean" suggestions


def _key_paths(shape: Shape, prefix: str = "") -> Iterator[tuple[str, str, Shape]]:
    """(path of the key's object, key, that object's shape) for every key a body may hold."""
    node: Shape | None = shape
    while node is not None and node.kind == "array":
        prefix, node = prefix + "[]", node.items
    if node is None or node.kind != "object":
        return
    for key, child in node.fields.items():
        yield prefix, key, node
        yield from _key_paths(child, f"{prefix}.{key}" if prefix else key)


_INDEX = re.compile(r"\[\d+\]")


def _generic(path: str) -> str:
    """`items[0].media_ids` -> `items[].media_ids`: the shape path of a concrete path (whose keys are the
    spec's, which hold no brackets: an unknown key is reported, never descended into)."""
    return _INDEX.sub("[]", path)


def unknown_key_message(root: Shape, here: Shape, path: str, key: object) -> str:
    """Why a key is refused, with the key the user most likely meant."""
    suggestion = suggest(root, here, _generic(path), str(key))
    hint = f"did you mean {suggestion}?" if suggestion else _known_keys(here)
    return f"unknown key; {hint} (a key newer than this SDK can be sent on purpose with extra_body=)"


def _known_keys(shape: Shape) -> str:
    return "known keys here: " + ", ".join(repr(k) for k in shape.fields)


def suggest(root: Shape, here: Shape, where: str, key: str) -> str | None:
    """The most likely intended key: the same key elsewhere, a close spelling, or a longer name holding it."""
    elsewhere = [f"'{_join(parent, k)}'" for parent, k, _ in _key_paths(root) if k == key and parent != where]
    if elsewhere:
        return " or ".join(elsewhere)
    known = list(here.fields)
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
    if close:
        return f"'{_join(where, close[0])}'"
    token = key.lower().rstrip("s")
    holding = [k for k in known if token and token in {t.rstrip("s") for t in k.split("_")}]
    if holding:
        return " or ".join(f"'{_join(where, k)}'" for k in holding)
    anywhere = {k: parent for parent, k, _ in _key_paths(root)}
    close = difflib.get_close_matches(key, list(anywhere), n=1, cutoff=0.8)
    if close:
        return f"'{_join(anywhere[close[0]], close[0])}'"
    return None


def _join(parent: str, key: str) -> str:
    return f"{parent}.{key}" if parent else key
