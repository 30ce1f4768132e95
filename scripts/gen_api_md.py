"""Write api.md, the SDK reference, from the code: every resource method of `PowerPost` and
`AsyncPowerPost` with its parameters, return type and docstring, and the clients' own methods.

    python scripts/gen_api_md.py           # rewrite api.md
    python scripts/gen_api_md.py --check   # exit 1 when api.md differs from what the code gives

Signatures are shown as written in the source (`from __future__ import annotations` keeps them as text),
so the reference names the same types a reader finds in the code and in their editor.
"""

from __future__ import annotations

import argparse
import inspect
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from powerpost import AsyncPowerPost, PowerPost

ROOT = Path(__file__).resolve().parents[1]
API_MD = ROOT / "api.md"

HEADER = """# PowerPost SDK reference

Every method of `PowerPost` and `AsyncPowerPost`, with its parameters and return type. This file is
generated from the code by `scripts/gen_api_md.py` (`make api-md`); `make check-generated` and the test
suite fail when it is out of date, so it always matches the installed package.

Request bodies are the generated models of `powerpost_api.models` (`GenerateContentRequest`, …) or plain
dicts with the same fields; results are the generated models (`Generation`, `Post`, …), whose fields are
those of the [API reference](docs/index.html) (`make docs`). Errors are the classes exported by `powerpost`
(see the README's *Errors* section).

`**options: Unpack[RequestOptions]` are the per-call options every API method takes: `timeout=`,
`max_retries=`, `extra_headers=`, `extra_query=` (README, *Per-call options*). Each resource's
`with_raw_response` has the same API methods, returning that call's `RawResponse` with `parse()` for the
result shown here: `pp.content.with_raw_response.get(id)` (README, *Raw responses*).
"""


def _public_methods(cls: type) -> Iterator[tuple[str, Callable[..., Any]]]:
    """The class's public functions, in source order, inherited ones after its own."""
    seen: set[str] = set()
    for klass in cls.__mro__:
        if klass is object:
            continue
        for name, member in vars(klass).items():
            if name.startswith("_") or name in seen:
                continue
            if inspect.isfunction(member):
                seen.add(name)
                yield name, member


def _public_properties(cls: type) -> Iterator[tuple[str, property]]:
    seen: set[str] = set()
    for klass in cls.__mro__:
        for name, member in vars(klass).items():
            if not name.startswith("_") and isinstance(member, property) and name not in seen:
                seen.add(name)
                yield name, member


def _doc(obj: Any) -> str:
    return inspect.cleandoc(obj.__doc__ or "").strip()


def _default(value: Any) -> str:
    """A default value as code: functions by their dotted name (no memory addresses), the rest by repr."""
    if callable(value) and hasattr(value, "__qualname__"):
        return f"{value.__module__}.{value.__qualname__}".removeprefix("builtins.")
    return repr(value)


def _parameters(function: Callable[..., Any]) -> list[str]:
    """Each parameter as written (`name: type = default`), with the `/` and `*` markers, without `self`."""
    shown: list[str] = []
    star_written = False
    parameters = [p for name, p in inspect.signature(function).parameters.items() if name != "self"]
    for index, parameter in enumerate(parameters):
        kind = parameter.kind
        if kind is inspect.Parameter.KEYWORD_ONLY and not star_written:
            shown.append("*")
            star_written = True
        text = parameter.name
        if kind is inspect.Parameter.VAR_POSITIONAL:
            text, star_written = f"*{text}", True
        elif kind is inspect.Parameter.VAR_KEYWORD:
            text = f"**{text}"
        if parameter.annotation is not inspect.Parameter.empty:
            text += f": {parameter.annotation}"
        if parameter.default is not inspect.Parameter.empty:
            text += f" = {_default(parameter.default)}"
        shown.append(text)
        following = parameters[index + 1] if index + 1 < len(parameters) else None
        if kind is inspect.Parameter.POSITIONAL_ONLY and (
            following is None or following.kind is not inspect.Parameter.POSITIONAL_ONLY
        ):
            shown.append("/")
    return shown


def _returns(function: Callable[..., Any]) -> str:
    returns = inspect.signature(function).return_annotation
    return "None" if returns is inspect.Signature.empty else str(returns)


def _call(head: str, parameters: list[str], tail: str) -> str:
    """`head(parameters)tail` on one line when it fits 100 columns, else one parameter per line."""
    one_line = f"{head}({', '.join(parameters)}){tail}"
    if len(one_line) <= 100 or not parameters:
        return one_line
    inner = "".join(f"    {parameter},\n" for parameter in parameters)
    return f"{head}(\n{inner}){tail}"


def _method(prefix: str, name: str, function: Callable[..., Any], *, is_async: bool) -> list[str]:
    awaited = "await " if is_async and inspect.iscoroutinefunction(function) else ""
    code = _call(f"{awaited}{prefix}.{name}", _parameters(function), f" -> {_returns(function)}")
    lines = [f"#### `{prefix}.{name}`", "", "```python", code, "```", ""]
    doc = _doc(function)
    if doc:
        lines += [doc, ""]
    return lines


def _client(cls: type, variable: str) -> list[str]:
    is_async = cls is AsyncPowerPost
    init = _call(f"{variable} = {cls.__name__}", _parameters(cls.__init__), "")  # type: ignore[misc]
    lines = [f"## {cls.__name__}", "", "```python", init, "```", ""]
    lines += [_doc(cls), ""]
    lines += ["### Client methods and properties", ""]
    for name, prop in _public_properties(cls):
        returns = _returns(prop.fget) if prop.fget else "Any"
        lines += [f"#### `{variable}.{name}`", "", "```python", f"{variable}.{name} -> {returns}", "```", ""]
        if _doc(prop):
            lines += [_doc(prop), ""]
    for name, function in _public_methods(cls):
        lines += _method(variable, name, function, is_async=is_async)
    resources: dict[str, Any] = cls.RESOURCES  # type: ignore[attr-defined]
    for resource, resource_cls in resources.items():
        lines += [f"### `{variable}.{resource}`", "", _doc(resource_cls), ""]
        for name, function in _public_methods(resource_cls):
            lines += _method(f"{variable}.{resource}", name, function, is_async=is_async)
    return lines


def render() -> str:
    """The whole of api.md."""
    lines = [HEADER]
    lines += _client(PowerPost, "pp")
    lines += _client(AsyncPowerPost, "pp")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write api.md, or with --check report whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="fail when api.md is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if not API_MD.exists() or API_MD.read_text(encoding="utf-8") != text:
            print("ERROR: api.md is out of date with the code. Run 'make api-md' and commit api.md.")
            return 1
        print("api.md matches the code")
        return 0
    API_MD.write_text(text, encoding="utf-8")
    print(f"wrote {API_MD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
