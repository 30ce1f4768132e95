"""`powerpost mock`: run the local PowerPost mock server (the `powerpost-mock` command, same flags)."""

from __future__ import annotations

import importlib

import typer

from ..exit_codes import ExitCode


def mock(ctx: typer.Context) -> None:
    """Run the local mock API (default 127.0.0.1:4010) until Ctrl-C.

    Any further options go to the mock unchanged: --host, --port, --api-key, --workspace-id,
    --caption-delay, --publish-delay, --initial-credits, --fault-500-rate, … (see `powerpost-mock --help`).
    """
    try:
        server = importlib.import_module("powerpost_mock.__main__")
    except ImportError:
        typer.echo("The mock is not installed: pip install 'powerpost[mock]'", err=True)
        raise typer.Exit(int(ExitCode.USAGE)) from None
    try:
        server.main(list(ctx.args))
    except KeyboardInterrupt:
        typer.echo("mock stopped", err=True)
