"""`powerpost-mock` / `python -m powerpost_mock`: run the mock on a socket and print how to use it.

Every flag falls back to its `POWERPOST_MOCK_*` environment variable (and `POWERPOST_API_KEY` /
`POWERPOST_WORKSPACE_ID`), then to the `MockSettings` default.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from collections.abc import Sequence
from typing import Any

import attrs
import uvicorn

from .http.app import create_app
from .http.guard import guarded_protocol, protocol_limits
from .http.implementation import HTTP_CHOICES, access_log_wanted, resolve_http
from .settings import MockSettings, parse_setting

# Every settings flag: its help, with the unit in words. The default shown is MockSettings' own.
FLAGS: dict[str, str] = {
    "api_key": "the API key the mock accepts",
    "workspace_id": "the workspace id the mock accepts",
    "initial_credits": "credits a new account starts with",
    "caption_delay": "seconds of mock time before a caption job finishes",
    "image_delay": "seconds of mock time before an image job finishes",
    "video_delay": "seconds of mock time before a video job finishes",
    "publish_delay": "seconds of mock time before a post is published",
    "rate_limit": "requests per window, per key and operation",
    "rate_window": "length of a rate-limit window, in seconds",
    "rate_limits": "per-operation requests per window, e.g. generate_content=5,publish_post=2",
    "max_image_bytes": "largest image upload, in bytes",
    "max_video_bytes": "largest video upload, in bytes",
    "storage_quota_bytes": "storage per account, in bytes",
    "connected_platforms": "platforms a post can publish to, comma-separated",
    "webhook_url": "URL that receives webhook events (none: events are not sent)",
    "fault_500_rate": "share of requests answered 500, a probability from 0 to 1",
    "fault_429_rate": "share of requests answered 429, a probability from 0 to 1",
    "fault_drop_rate": "share of connections dropped, a probability from 0 to 1",
    "fault_latency": "seconds added to every response",
    "fault_body_reset_rate": "share of 200 answers reset mid-body (after the side effect), from 0 to 1",
    "fault_truncate_rate": "share of 200 answers cut short of their Content-Length, from 0 to 1",
    "fault_stall_rate": "share of 200 answers that stall mid-body, from 0 to 1",
    "fault_drip_rate": "share of 200 answers dripped one byte at a time, from 0 to 1",
    "fault_stall_seconds": "how long a stalled answer stays silent, in seconds",
    "fault_drip_interval": "seconds between the bytes of a dripped answer",
    "seed": "seed of the fault generator (an integer)",
    "shape": "how answers look: full, or a minimal shape the spec allows (minimal, minimal-absent, "
    "minimal-null)",
    "read_timeout": "seconds a connection may stay silent while sending a request head or body (408)",
    "max_header_bytes": "largest request head (request line and headers), in bytes (431)",
}
METAVARS = {
    "api_key": "KEY",
    "workspace_id": "ID",
    "webhook_url": "URL",
    "rate_limits": "OP=N[,OP=N]",
    "connected_platforms": "NAME[,NAME]",
    "shape": "SHAPE",
}


NO_BREAK_SPACE = "\u00a0"


def _one_line(text: str) -> str:
    # Only ASCII whitespace: str.split() would also split at the no-break spaces.
    return re.sub(r"[ \t\n]+", " ", text).strip()


class _WholeWordsHelp(argparse.HelpFormatter):
    """argparse's layout, wrapping at spaces only (never inside `rate-limit`), and never between a number and
    its unit (they are joined by a no-break space)."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(_one_line(text), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(
            _one_line(text),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def _metavar(name: str, default: object) -> str:
    if name in METAVARS:
        return METAVARS[name]
    if name.endswith(("_delay", "_seconds", "_interval", "_timeout")) or name in (
        "rate_window",
        "fault_latency",
    ):
        return "SECONDS"
    if name.endswith("_bytes"):
        return "BYTES"
    if name.endswith("_rate"):
        return "P"
    return "N" if isinstance(default, int) else "VALUE"


def _shown(name: str, default: object) -> str:
    if name.endswith("_bytes") and isinstance(default, int):
        for unit, size in (("GB", 1024**3), ("MB", 1024**2)):
            if default % size == 0:
                return f"{default} = {default // size}{NO_BREAK_SPACE}{unit}"
    if _metavar(name, default) == "SECONDS":
        return f"{default}{NO_BREAK_SPACE}s"
    if isinstance(default, tuple):
        return ",".join(str(part) for part in default)
    if isinstance(default, dict):
        return ",".join(f"{key}={value}" for key, value in default.items()) or "none"
    return "none" if default is None else str(default)


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, MockSettings]:
    """The command line and the settings it gives."""
    parser = argparse.ArgumentParser(
        prog="powerpost-mock",
        formatter_class=_WholeWordsHelp,
        description="Stateful local PowerPost API v1 mock. Every flag below also reads its environment "
        "variable (POWERPOST_MOCK_<FLAG>, e.g. POWERPOST_MOCK_CAPTION_DELAY; the key and workspace also "
        "POWERPOST_API_KEY and POWERPOST_WORKSPACE_ID); a flag wins over its variable.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", metavar="HOST", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=4010, metavar="PORT", help="TCP port (default: %(default)s)"
    )
    parser.add_argument(
        "--log-level",
        default="warning",
        choices=("critical", "error", "warning", "info", "debug", "trace"),
        help="uvicorn's log level; info and below log every request (default: %(default)s)",
    )
    parser.add_argument(
        "--http",
        choices=HTTP_CHOICES,
        default="auto",
        help="uvicorn's HTTP implementation; auto: httptools when installed, else h11 (default: %(default)s)",
    )
    defaults = MockSettings()
    for name, text in FLAGS.items():
        default = getattr(defaults, name)
        parser.add_argument(
            "--" + name.replace("_", "-"),
            dest=name,
            default=None,
            metavar=_metavar(name, default),
            help=f"{text} (default: {_shown(name, default)})".replace("%", "%%"),
        )
    args = parser.parse_args(argv)
    # A value a setting refuses (`--shape bogus`, `--caption-delay soon`, or the same in its environment
    # variable) is a usage error naming the setting, not a traceback.
    overrides: dict[str, Any] = {}
    for name in FLAGS:
        if getattr(args, name) is not None:
            try:
                overrides[name] = parse_setting(name, getattr(args, name))
            except (ValueError, TypeError) as exc:
                parser.error(f"argument --{name.replace('_', '-')}: {exc}")
    try:
        return args, MockSettings.from_env(**overrides)
    except (ValueError, TypeError) as exc:
        parser.error(str(exc))


def main(argv: Sequence[str] | None = None) -> None:
    """Start the server (blocks until interrupted)."""
    args, settings = parse_args(argv)
    http = resolve_http(args.http)
    base_url = f"http://{args.host}:{args.port}/api/v1"
    print(f"PowerPost mock on {base_url}", flush=True)
    print(f"  POWERPOST_BASE_URL={base_url}", flush=True)
    print(f"  POWERPOST_API_KEY={settings.api_key}", flush=True)
    print(f"  POWERPOST_WORKSPACE_ID={settings.workspace_id}", flush=True)
    print(f"  http: {http}", flush=True)
    changed = {k: v for k, v in attrs.asdict(settings).items() if v != getattr(MockSettings(), k)}
    if changed:
        print(f"  settings: {changed}", flush=True)
    app = create_app(settings)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=access_log_wanted(args.log_level),
        http=guarded_protocol(http, app.state.mock, protocol_limits(settings)),
        h11_max_incomplete_event_size=settings.max_header_bytes,
        date_header=False,
    )


if __name__ == "__main__":
    main()
