"""Help that reads well at any width and in a pipe: click's plain layout, never broken inside a word.

click wraps help with `textwrap`, which breaks words at hyphens: `instagram-` at the end of one line and
`feed` on the next, which a reader copying a post type gets wrong. The formatter swaps the hyphens inside
words for a non-breaking hyphen (U+2011, same width) while laying text out, and swaps them back at the end.
`PowerPostGroup` gives every command of the tree this formatter, whichever way the app is invoked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# typer 0.27 carries its own copy of click (typer._click); its commands, contexts and parameter types
# are that copy's classes, so subclasses must come from it too (typer is pinned to 0.27.x for this).
from typer import _click as click
from typer.core import TyperGroup

NO_BREAK_HYPHEN = "\u2011"
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _protect(text: str) -> str:
    return _WORD_HYPHEN.sub(NO_BREAK_HYPHEN, text)


class HyphenSafeFormatter(click.HelpFormatter):
    """click's `HelpFormatter`, wrapping only at spaces."""

    def write_text(self, text: str) -> None:
        """A paragraph, wrapped at spaces only."""
        super().write_text(_protect(text))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        """Options or commands and their help, the help wrapped at spaces only."""
        super().write_dl([(term, _protect(help_text)) for term, help_text in rows], col_max, col_spacing)

    def getvalue(self) -> str:
        """The finished help with plain hyphens again."""
        return super().getvalue().replace(NO_BREAK_HYPHEN, "-")


class HelpContext(click.Context):
    """A click context whose help uses `HyphenSafeFormatter`."""

    formatter_class = HyphenSafeFormatter


def _adopt(command: click.Command) -> None:
    command.context_class = HelpContext
    if isinstance(command, TyperGroup):
        for sub in command.commands.values():
            _adopt(sub)


class PowerPostGroup(TyperGroup):
    """The root group: it and every command under it format help with `HyphenSafeFormatter`."""

    context_class = HelpContext

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """Find the subcommand as click does, then give it (and its own subcommands) the formatter."""
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            _adopt(command)
        return name, command, rest
