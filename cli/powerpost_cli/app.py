"""The `powerpost` command line: the typer application and its entry point (`main`)."""

from __future__ import annotations

from typing import Annotated

import typer
from powerpost import __version__

from .commands import account, analytics, calendar, content, images, media, mock, posts, videos
from .exit_codes import __doc__ as EXIT_STATUS_TABLE
from .help_format import PowerPostGroup
from .options import JSON_HELP
from .state import CliState, ConnectionOptions

app = typer.Typer(
    name="powerpost",
    cls=PowerPostGroup,
    help="PowerPost from the command line: credits, media, captions, images, videos, posts, calendar, "
    "analytics, and a local mock server.",
    epilog="Exit statuses: 0 ok, 1 unexpected, 2 usage, 3 auth/permission, 4 not found, 5 rejected "
    "(400/413), 6 credits, 7 conflict (409/422), 8 rate limited, 9 server/connection, 10 job failed/timeout.",
    no_args_is_help=True,
    # click's plain layout: it keeps option names whole and flags as flags at 80 columns and in a pipe.
    rich_markup_mode=None,
    # Locals would include the API key; a crash must never print it.
    pretty_exceptions_show_locals=False,
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"powerpost {__version__}")
        raise typer.Exit()


@app.callback()
def configure(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            envvar="POWERPOST_API_KEY",
            show_envvar=True,
            metavar="KEY",
            help="API key (pp_live_sk_…).",
        ),
    ] = None,
    workspace: Annotated[
        str | None,
        typer.Option(
            "--workspace",
            envvar="POWERPOST_WORKSPACE_ID",
            show_envvar=True,
            metavar="ID",
            help="Workspace id.",
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            envvar="POWERPOST_BASE_URL",
            show_envvar=True,
            metavar="URL",
            help="API base URL (default https://powerpost.ai/api/v1; the mock's for local use).",
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help=JSON_HELP + " Also accepted after the command.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    """Connection settings shared by every command (the SDK's POWERPOST_* variables by default)."""
    state = ctx.obj if isinstance(ctx.obj, CliState) else CliState()
    state.options = ConnectionOptions(api_key=api_key, workspace_id=workspace, base_url=base_url)
    state.json_output = json_output
    ctx.obj = state


app.command("credits")(account.credits)
app.command("generate")(content.generate)
app.command("analytics")(analytics.analytics)
app.command("mock", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(mock.mock)
app.add_typer(media.app, name="media")
app.add_typer(content.generations_app, name="generations")
app.add_typer(images.app, name="image")
app.add_typer(videos.app, name="video")
app.add_typer(posts.app, name="posts")
app.add_typer(calendar.app, name="calendar")


@app.command("exit-codes")
def exit_codes() -> None:
    """Print the table of exit statuses."""
    typer.echo((EXIT_STATUS_TABLE or "").strip())


def main() -> None:
    """Console-script entry point (`powerpost`)."""
    app()
