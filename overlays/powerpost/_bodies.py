"""Request bodies: a generated model or a plain dict, checked before anything is sent, plus `extra_body`.

A dict is checked against the spec's shape of the body (`request_shape`), not converted with the generated
model's `from_dict`, so a value the spec does not list (a post type or model newer than this SDK) is sent
for the server to judge, while an unknown key, a missing required key or a wrong basic type is refused
before sending, naming the field. The checked JSON goes to the generated `*_detailed` function wrapped in
`JSONBody`, which offers the `to_dict()` those functions call.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol

from ._errors import RequestValidationError
from ._request_shape import check
from ._request_shapes import BODIES, PLAIN


class _ToDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class JSONBody:
    """A JSON-ready request body, in the place of a generated request model."""

    __slots__ = ("_data",)

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        """The body as sent."""
        return self._data

    def __repr__(self) -> str:
        return f"JSONBody({self._data!r})"


def prepare_body(
    operation_id: str,
    body: object,
    model: type[_ToDict],
    extra_body: Mapping[str, object] | None = None,
) -> JSONBody:
    """The body to send: `model` instances as their `to_dict()`, mappings checked against the spec's shape.

    `extra_body` keys are merged into the top level as given (they win over the body's), unchecked: the way
    to send a field newer than this SDK. Raises `RequestValidationError` naming the field on any problem.
    """
    data: dict[str, Any] | None
    if type(body) is dict:
        # The usual body, a dict already plain JSON of the right kinds, is checked in straight-line code.
        data = PLAIN[operation_id](body)
        if data is None:
            data = _checked(operation_id, body, model.__name__)
    elif isinstance(body, model):
        data = body.to_dict()
    elif isinstance(body, Mapping):
        data = _checked(operation_id, body, model.__name__)
    else:
        name = model.__name__
        raise RequestValidationError(f"{name}: expected a {name} or a dict, got {type(body).__name__}")
    if extra_body:
        data = {**data, **_extra(model.__name__, extra_body)}
    return JSONBody(data)


def _checked(operation_id: str, body: Mapping[str, Any], name: str) -> dict[str, Any]:
    """The JSON of `body` after the full check, or `RequestValidationError` naming every problem."""
    data, problems = check(BODIES[operation_id], body)
    if problems:
        listed = "; ".join(str(p) for p in problems)
        count = f"{len(problems)} problems: " if len(problems) > 1 else ""
        raise RequestValidationError(
            f"{name} refused before sending, {count}{listed}", field=problems[0].path or None
        )
    return data  # type: ignore[no-any-return]


def _extra(name: str, extra_body: Mapping[str, object]) -> dict[str, object]:
    """`extra_body` as given, once it is known to be JSON (so that a bad value fails here, not mid-send)."""
    if not isinstance(extra_body, Mapping):
        raise RequestValidationError(f"{name}: extra_body must be a dict, not {type(extra_body).__name__}")
    for key, value in extra_body.items():
        if not isinstance(key, str):
            raise RequestValidationError(f"{name}: extra_body keys must be strings, not {key!r}")
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise RequestValidationError(
                f"{name}: extra_body[{key!r}] is not JSON: {exc}", field=f"extra_body.{key}"
            ) from exc
    return dict(extra_body)


def extra_form_fields(extra_body: Mapping[str, str] | None) -> dict[str, str]:
    """`extra_body` of a multipart upload: form fields sent as given, which must be strings."""
    if not extra_body:
        return {}
    if not isinstance(extra_body, Mapping):
        raise RequestValidationError(f"upload: extra_body must be a dict, not {type(extra_body).__name__}")
    for key, value in extra_body.items():
        if not isinstance(key, str) or not isinstance(value, str):
            message = f"upload: extra_body form fields are strings, not {key!r}: {value!r}"
            raise RequestValidationError(message, field=f"extra_body.{key}")
    return dict(extra_body)
