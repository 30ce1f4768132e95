"""`powerpost`: the PowerPost command line, a thin typer + rich layer over the `powerpost` SDK.

Run `powerpost --help`; exit statuses are listed in `powerpost_cli.exit_codes`.
"""
