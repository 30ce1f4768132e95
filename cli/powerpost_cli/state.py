"""What every command shares: connection options, the output mode, and one place that turns SDK errors
into a message on stderr plus the documented exit status."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import attrs
import httpx
import typer
from powerpost import PowerPost, PowerPostError

from .exit_codes import exit_code_for
from .output import Printer


@attrs.frozen
class ConnectionOptions:
    """`--api-key`, `--workspace`, `--base-url`; None means "as the SDK reads it from the environment".

    `transport` is the httpx transport to send through: the one that records the responses for `--json`.
    """

    api_key: str | None = None
    workspace_id: str | None = None
    base_url: str | None = None
    transport: httpx.BaseTransport | None = None


ClientFactory = Callable[[ConnectionOptions], PowerPost]


def default_client(options: ConnectionOptions) -> PowerPost:
    """A PowerPost client configured like the SDK (explicit options win over POWERPOST_* variables)."""
    return PowerPost(
        api_key=options.api_key,
        workspace_id=options.workspace_id,
        base_url=options.base_url,
        transport=options.transport,
    )


@attrs.define
class CliState:
    """Stored on the typer context (`ctx.obj`); tests may pass their own `client_factory`."""

    options: ConnectionOptions = attrs.field(factory=ConnectionOptions)
    json_output: bool = False
    client_factory: ClientFactory = default_client

    def printer(self, json_flag: bool = False) -> Printer:
        """The printer for a command; `--json` works before or after the command name."""
        return Printer(json_mode=self.json_output or json_flag)

    @contextmanager
    def client(self, printer: Printer) -> Iterator[PowerPost]:
        """A client for one command; an SDK error ends the command with its message and exit status."""
        options = attrs.evolve(self.options, transport=printer.bodies.transport(self.options.transport))
        try:
            with self.client_factory(options) as pp:
                yield pp
        except PowerPostError as exc:
            code = exit_code_for(exc)
            printer.error(exc, code)
            raise typer.Exit(int(code)) from None


def state_of(ctx: typer.Context) -> CliState:
    """The shared state of this invocation."""
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        raise RuntimeError("powerpost CLI state missing; invoke through powerpost_cli.app")
    return obj
