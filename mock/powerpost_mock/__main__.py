"""`powerpost-mock` / `python -m powerpost_mock`: run the mock on a socket and print how to use it.

Every flag falls back to its `POWERPOST_MOCK_*` environment variable (and `POWERPOST_API_KEY` /
`POWERPOST_WORKSPACE_ID`), then to the `MockSettings` default.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

import attrs
import uvicorn

from .app import create_app
from .http_guard import guarded_protocol, protocol_limits
from .http_impl import HTTP_CHOICES, access_log_wanted, resolve_http
from .settings import MockSettings, parse_setting

FLAGS = (
    "api_key",
    "workspace_id",
    "initial_credits",
    "caption_delay",
    "image_delay",
    "video_delay",
    "publish_delay",
    "rate_limit",
    "rate_window",
    "rate_limits",
    "max_image_bytes",
    "max_video_bytes",
    "storage_quota_bytes",
    "connected_platforms",
    "webhook_url",
    "fault_500_rate",
    "fault_429_rate",
    "fault_drop_rate",
    "fault_latency",
    "fault_body_reset_rate",
    "fault_truncate_rate",
    "fault_stall_rate",
    "fault_drip_rate",
    "fault_stall_seconds",
    "fault_drip_interval",
    "seed",
    "shape",
    "read_timeout",
    "max_header_bytes",
)


def parse_args(argv: Sequence[str] | None = None) -> tuple[argparse.Namespace, MockSettings]:
    """The command line and the settings it gives."""
    parser = argparse.ArgumentParser(
        prog="powerpost-mock", description="Stateful local PowerPost API v1 mock."
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--log-level", default="warning")
    parser.add_argument(
        "--http",
        choices=HTTP_CHOICES,
        default="auto",
        help="uvicorn's HTTP implementation (auto: httptools when installed, else h11)",
    )
    for name in FLAGS:
        parser.add_argument("--" + name.replace("_", "-"), dest=name, default=None, metavar="VALUE")
    args = parser.parse_args(argv)
    overrides = {
        name: parse_setting(name, getattr(args, name)) for name in FLAGS if getattr(args, name) is not None
    }
    return args, MockSettings.from_env(**overrides)


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
