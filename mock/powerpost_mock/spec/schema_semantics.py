"""JSON Schema's own meaning of `pattern` and `format`, where Python's defaults differ.

A schema `pattern` is an ECMA-262 regular expression searched in the value. Python's `re` differs in two
ways that matter: `$` also matches just before a trailing newline (so `^[0-9]{2}:[0-9]{2}$` accepts
`"09:30\\n"`), and `\\d`/`\\w` match any Unicode digit or letter (`"٠٩:٣٠"`). `ecma_regex` rewrites a
pattern so that Python gives the ECMA answer: `$` outside a character class becomes `\\Z` (end of the
string only), `\\d`, `\\w` and their negations become their ASCII classes.

jsonschema's own `pattern` keyword and its `date-time`/`uri` format checks use `re.search`/`re.match` with
the same trailing-newline gap (`"2026-01-01T00:00:00Z\\n"` passes); `STRICT_FORMAT_CHECKER` refuses any
control character in a value of those formats first, and `SpecValidator` is the Draft 2020-12 validator
with the ECMA `pattern`. Every place the mock compiles a pattern or checks a format uses these.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

# Outside a class: the escape's replacement; inside a class: what goes between the brackets.
_CLASS_ESCAPES = {"d": ("[0-9]", "0-9"), "w": ("[A-Za-z0-9_]", "A-Za-z0-9_")}
_NEGATED_ESCAPES = {"D": "[^0-9]", "W": "[^A-Za-z0-9_]"}
# Formats whose values never contain a control character (RFC 3339 and RFC 3986 have none).
_NO_CONTROL_FORMATS = ("date-time", "date", "time", "uri", "uri-reference", "email", "uuid")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _translate(pattern: str) -> str:
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            escaped = pattern[i + 1]
            if escaped in _CLASS_ESCAPES:
                out.append(_CLASS_ESCAPES[escaped][1 if in_class else 0])
            elif escaped in _NEGATED_ESCAPES and not in_class:
                out.append(_NEGATED_ESCAPES[escaped])
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A `]` right after `[` or `[^` is a literal in Python; ECMA has no such rule, but the spec's
            # patterns do not use it, so the scan only has to skip it.
            if pattern[i + 1 : i + 2] == "^":
                out.append("[^")
                i += 2
                continue
        elif char == "$":
            out.append(r"\Z")
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out)


@lru_cache(maxsize=256)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """`pattern` (ECMA-262, as JSON Schema means it) compiled for Python's `re`; use its `.search`.

    >>> bool(ecma_regex("^[0-9]{2}:[0-9]{2}$").search("09:30\\n"))
    False
    """
    return re.compile(_translate(pattern))


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and ecma_regex(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _strict_format_checker() -> FormatChecker:
    base = Draft202012Validator.FORMAT_CHECKER
    checker = FormatChecker(formats=())
    checker.checkers = dict(base.checkers)
    for name in _NO_CONTROL_FORMATS:
        if name not in base.checkers:
            continue
        check, raises = base.checkers[name]

        def strict(instance: object, check: Any = check) -> bool:
            if isinstance(instance, str) and _CONTROL.search(instance):
                return False
            return bool(check(instance))

        checker.checkers[name] = (strict, raises)
    return checker


STRICT_FORMAT_CHECKER = _strict_format_checker()
SpecValidator: Any = validators.extend(
    Draft202012Validator,
    {"pattern": _ecma_pattern},
    format_checker=STRICT_FORMAT_CHECKER,
)
