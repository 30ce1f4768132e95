"""Options whose values PowerPost lists (post types, models, sizes, …): the known values are shown in the
help and offered by shell completion, and a value PowerPost added after this release still goes through.

PowerPost adds post types and models often, so the command line does not refuse a value it does not know:
it hands it to the SDK (which decides what it sends) with a note on stderr naming the closest known value,
so a typo is visible whatever answer follows. The known values come from the enums generated from the spec.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from enum import Enum
from typing import Any

# typer 0.27 carries its own copy of click (typer._click); its commands, contexts and parameter types
# are that copy's classes, so subclasses must come from it too (typer is pinned to 0.27.x for this).
from typer import _click as click
from typer._click.shell_completion import CompletionItem
from typer._click.types import ParamType


class OpenChoice(ParamType):
    """A value from a documented list, or any other text (with a note on stderr)."""

    def __init__(self, label: str, known: Iterable[str | int], *, integer: bool = False) -> None:
        self.name = label
        self.known = tuple(str(value) for value in known)
        self.integer = integer

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """The value as given (an int for integer lists); unknown values are passed on with a note."""
        text = str(value)
        if self.integer:
            try:
                number = int(text)
            except ValueError:
                self.fail(f"{text!r} is not a whole number; known: {', '.join(self.known)}", param, ctx)
        if text not in self.known:
            close = difflib.get_close_matches(text, self.known, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            click.echo(
                f"note: {text} is not a {self.name} this version knows{hint}. "
                f"Known: {', '.join(self.known)}.",
                err=True,
            )
        return number if self.integer else text

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[CompletionItem]:
        """Complete from the known values."""
        return [CompletionItem(value) for value in self.known if value.startswith(incomplete)]


def known_values(enum: type[Enum]) -> list[str]:
    """The values of a generated enum (the generator sorts them alphabetically)."""
    return [str(member.value) for member in enum]


def open_choice(label: str, enum: type[Enum]) -> OpenChoice:
    """An `OpenChoice` over a generated enum (`integer` when its values are ints)."""
    integer = all(isinstance(member.value, int) for member in enum)
    return OpenChoice(label, known_values(enum), integer=integer)


def choices_help(text: str, enum: type[Enum]) -> str:
    """`text` followed by the known values, for the option's help."""
    return f"{text} One of: {', '.join(known_values(enum))}."
