"""Which server the contract suite checks, chosen from the environment.

* default: the mock's ASGI app, in-process (no sockets), configured so that the suite is never throttled;
* ``POWERPOST_CONTRACT_URL=http://127.0.0.1:4010``: any running server (``/api/v1`` is appended unless given);
* ``POWERPOST_CONTRACT_LIVE=1`` with ``POWERPOST_API_KEY`` and ``POWERPOST_WORKSPACE_ID``: PowerPost itself,
  read operations only unless ``POWERPOST_CONTRACT_ALLOW_SPEND=1``.
"""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

REPO_ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO_ROOT / "spec" / "powerpost.yaml"
API_PREFIX = "/api/v1"
LIVE_BASE_URL = "https://powerpost.ai/api/v1"

# The mock's documented defaults (iface_mock.md), used when a URL target gets no key from the environment.
MOCK_DEFAULT_API_KEY = "pp_live_sk_mock_0000000000000000"
MOCK_DEFAULT_WORKSPACE_ID = "ws_mock_default"

LIVE_REQUIREMENTS = (
    "The live contract run checks PowerPost itself against spec/powerpost.yaml. It needs:\n"
    "  POWERPOST_API_KEY=pp_live_sk_...      an API key (a read-only key is enough by default)\n"
    "  POWERPOST_WORKSPACE_ID=...            a workspace of that key's account\n"
    "optionally:\n"
    "  POWERPOST_BASE_URL=...                another base URL (default https://powerpost.ai/api/v1)\n"
    "  POWERPOST_CONTRACT_ALLOW_SPEND=1      also run writes: spends credits and may publish posts\n"
    "  POWERPOST_CONTRACT_MAX_CREDITS=30     the most the run may spend (checked before each spending call)\n"
    "then: make contract-live"
)


class TargetKind(enum.Enum):
    """Where the requests go."""

    IN_PROCESS = "in-process mock"
    URL = "url"
    LIVE = "live"


@attrs.frozen
class Target:
    """A server under test and the credentials to use on it."""

    kind: TargetKind
    base_url: str
    api_key: str
    workspace_id: str
    app: Any = None
    allow_spend: bool = True

    @property
    def is_mock(self) -> bool:
        """Whether the target answers the mock-only ``/_mock/`` admin surface."""
        return self.kind is not TargetKind.LIVE

    @property
    def label(self) -> str:
        """A one-line description for reports (never shows the key)."""
        where = "ASGI app" if self.app is not None else self.base_url
        spend = "" if self.allow_spend else ", read operations only"
        return f"{self.kind.value} ({where}{spend})"


def contract_mock_settings(**overrides: Any) -> Any:
    """Mock settings for contract runs: no throttling, jobs finish at once, credits never run out."""
    from powerpost_mock import MockSettings

    values: dict[str, Any] = {
        "rate_limit": 1_000_000,
        "caption_delay": 0.0,
        "image_delay": 0.0,
        "video_delay": 0.0,
        "publish_delay": 0.0,
        "initial_credits": 1_000_000_000,
        "seed": 5,
    }
    values.update(overrides)
    return MockSettings(**values)


def in_process_target(settings: Any = None) -> Target:
    """A fresh mock ASGI app in this process (contract settings unless others are given)."""
    from powerpost_mock import create_app

    settings = contract_mock_settings() if settings is None else settings
    return Target(
        kind=TargetKind.IN_PROCESS,
        base_url=f"http://testserver{API_PREFIX}",
        api_key=settings.api_key,
        workspace_id=settings.workspace_id,
        app=create_app(settings),
    )


def url_target(url: str, env: Mapping[str, str]) -> Target:
    """A server reachable over HTTP; key and workspace from the environment, else the mock's defaults."""
    base = url.rstrip("/")
    if not base.endswith(API_PREFIX):
        base += API_PREFIX
    return Target(
        kind=TargetKind.URL,
        base_url=base,
        api_key=env.get("POWERPOST_API_KEY") or MOCK_DEFAULT_API_KEY,
        workspace_id=env.get("POWERPOST_WORKSPACE_ID") or MOCK_DEFAULT_WORKSPACE_ID,
    )


def live_target(env: Mapping[str, str]) -> Target | str:
    """The live API, or the reason it cannot be checked (what is missing)."""
    if env.get("POWERPOST_CONTRACT_LIVE") != "1":
        return "live contract tests run only with `make contract-live` (POWERPOST_CONTRACT_LIVE=1)"
    missing = [name for name in ("POWERPOST_API_KEY", "POWERPOST_WORKSPACE_ID") if not env.get(name)]
    if missing:
        return f"{' and '.join(missing)} not set.\n{LIVE_REQUIREMENTS}"
    base_url = (env.get("POWERPOST_BASE_URL") or LIVE_BASE_URL).rstrip("/")
    # The same rule as the SDK: the key travels over https://, or plain http:// only to this machine.
    from powerpost._errors import InsecureBaseURLError
    from powerpost._safety import check_base_url

    try:
        check_base_url(base_url)
    except InsecureBaseURLError as exc:
        return f"POWERPOST_BASE_URL: {exc}"
    return Target(
        kind=TargetKind.LIVE,
        base_url=base_url,
        api_key=env["POWERPOST_API_KEY"],
        workspace_id=env["POWERPOST_WORKSPACE_ID"],
        allow_spend=env.get("POWERPOST_CONTRACT_ALLOW_SPEND") == "1",
    )


def default_target_kind(env: Mapping[str, str] | None = None) -> TargetKind:
    """The kind of target ``default_target`` would build, without building it."""
    env = os.environ if env is None else env
    return TargetKind.URL if env.get("POWERPOST_CONTRACT_URL", "").strip() else TargetKind.IN_PROCESS


def default_target(env: Mapping[str, str] | None = None) -> Target:
    """The target of the main suite: ``POWERPOST_CONTRACT_URL`` if set, else the in-process mock."""
    env = os.environ if env is None else env
    url = env.get("POWERPOST_CONTRACT_URL", "").strip()
    return url_target(url, env) if url else in_process_target()
