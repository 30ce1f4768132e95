"""The mock's whole state: accounts, keys, workspaces, stored objects, ledger, clock, limits and faults.

One instance per app (`app.state.mock`). Everything runs on the server's event loop, so no locks.
"""

from __future__ import annotations

import itertools
import uuid
from typing import Any

import attrs

from ..errors import ApiError, insufficient_credits
from ..settings import MockSettings
from ..spec.operation_index import OperationIndex
from .clock import MockClock, iso
from .faults import FaultConfig, FaultInjector
from .ledger import Ledger
from .models import (
    Account,
    ApiKey,
    CalendarEntry,
    CaptionJob,
    ImageJob,
    Job,
    Media,
    Post,
    PostItem,
    VideoJob,
    Workspace,
)
from .rate_limit import RateLimiter
from .webhooks import WebhookDispatcher

DEFAULT_ACCOUNT = "acct_mock_default"
PRESETS = ("full", "draft", "read")


class MockState:
    """Owns every object of the mock and the rules that span several operations (credits, events).

    Jobs wait in `job_queue`; how they start and end is `operations.jobs`."""

    def __init__(self, settings: MockSettings, index: OperationIndex) -> None:
        self.initial_settings = settings
        self.index = index
        self.all_scopes = index.scopes()
        self.clock = MockClock()
        self.ledger = Ledger()
        self.rate_limiter = RateLimiter(settings.rate_limit, settings.rate_window, dict(settings.rate_limits))
        self.faults = FaultInjector(self._fault_config(settings))
        self.webhooks = WebhookDispatcher(
            self.ledger, settings.webhook_attempts, settings.webhook_backoff, settings.webhook_timeout
        )
        self.reset(settings)

    @staticmethod
    def _fault_config(settings: MockSettings) -> FaultConfig:
        return FaultConfig.from_settings(settings)

    def reset(self, settings: MockSettings | None = None) -> None:
        """Back to the state at start: one account with its default key and workspace, nothing stored."""
        self.settings = settings or self.initial_settings
        s = self.settings
        # How answers look (`spec.response_shape.SHAPES`); `/_mock/shape` changes it until the next reset.
        self.response_shape: str = s.shape or "full"
        self.clock.reset()
        self.ledger.entries.clear()
        self.ledger.faults.clear()
        self.ledger.webhooks.clear()
        self.ledger.publishes.clear()
        self.ledger.requests.clear()
        self.webhooks.clear()
        self.rate_limiter.configure(s.rate_limit, s.rate_window, dict(s.rate_limits))
        self.rate_limiter.reset()
        self.faults.configure(self._fault_config(s))
        self.accounts: dict[str, Account] = {}
        self.keys: dict[str, ApiKey] = {}
        self.workspaces: dict[str, Workspace] = {}
        self.media: dict[str, Media] = {}
        self.captions: dict[str, CaptionJob] = {}
        self.images: dict[str, ImageJob] = {}
        self.videos: dict[str, VideoJob] = {}
        self.posts: dict[str, Post] = {}
        self.items: dict[str, PostItem] = {}
        self.entries: dict[str, CalendarEntry] = {}
        # Jobs waiting to finish: a heap of (due time, sequence, job) that `operations.jobs` keeps.
        self.job_queue: list[tuple[float, int, Job]] = []
        self._seq = itertools.count(1)
        self.ensure_account(DEFAULT_ACCOUNT)
        self.add_key(s.api_key, DEFAULT_ACCOUNT, "full")
        self.add_workspace(DEFAULT_ACCOUNT, s.workspace_id, webhook_url=s.webhook_url)

    # ------------------------------------------------------------------ accounts, keys, workspaces
    def ensure_account(self, account_id: str) -> Account:
        """The account, created with the initial credits if new."""
        if account_id not in self.accounts:
            self.accounts[account_id] = Account(account_id, self.settings.initial_credits)
        return self.accounts[account_id]

    def preset_scopes(self, preset: str) -> frozenset[str]:
        """Full access, draft only (all but `posts:publish`) or read only (the `:read` scopes)."""
        if preset == "full":
            return frozenset(self.all_scopes)
        if preset == "draft":
            return frozenset(s for s in self.all_scopes if s != "posts:publish")
        if preset == "read":
            return frozenset(s for s in self.all_scopes if s.endswith(":read"))
        raise ApiError(400, "VALIDATION_ERROR", f"preset: must be one of {', '.join(PRESETS)}")

    def add_key(self, key: str | None, account_id: str, preset: str) -> ApiKey:
        """A new key (random `pp_live_sk_…` unless given) for the account."""
        self.ensure_account(account_id)
        value = key or f"pp_live_sk_{uuid.uuid4().hex}"
        api_key = ApiKey(value, account_id, self.preset_scopes(preset), preset)
        self.keys[value] = api_key
        return api_key

    def add_workspace(
        self, account_id: str, workspace_id: str | None = None, webhook_url: str | None = None
    ) -> Workspace:
        """A new workspace of the account, every platform of the settings connected."""
        self.ensure_account(account_id)
        ws = Workspace(
            workspace_id or f"ws_{uuid.uuid4().hex[:16]}",
            account_id,
            set(self.settings.connected_platforms),
            webhook_url,
        )
        self.workspaces[ws.workspace_id] = ws
        return ws

    def new_id(self) -> str:
        """A fresh opaque id."""
        return str(uuid.uuid4())

    def next_sequence(self) -> int:
        """A strictly increasing number (creation order)."""
        return next(self._seq)

    # ------------------------------------------------------------------ credits
    def charge(self, account: Account, amount: int, reason: str, ref: str, request_id: str) -> None:
        """Take credits or raise 402 (nothing taken)."""
        if amount > account.balance:
            raise insufficient_credits(amount, account.balance)
        account.balance -= amount
        self.ledger.record(
            account.account_id,
            "charge",
            amount,
            account.balance,
            reason=reason,
            ref=ref,
            request_id=request_id,
        )

    def refund(self, account_id: str, amount: int, reason: str, ref: str) -> None:
        """Give credits back (failed jobs, failed publish items)."""
        if amount <= 0:
            return
        account = self.accounts[account_id]
        account.balance += amount
        self.ledger.record(account_id, "refund", amount, account.balance, reason=reason, ref=ref)

    def set_balance(self, account_id: str, balance: int) -> None:
        """Admin: set the balance."""
        account = self.ensure_account(account_id)
        account.balance = balance
        self.ledger.record(account_id, "set", balance, balance)

    # ------------------------------------------------------------------ events
    def emit(self, workspace_id: str, event: str, data: dict[str, Any]) -> None:
        """Send a webhook event to the workspace's URL, if it has one."""
        ws = self.workspaces.get(workspace_id)
        if ws is None or not ws.webhook_url:
            return
        envelope = {
            "event": event,
            "timestamp": iso(self.clock.now()),
            "workspace_id": workspace_id,
            "data": data,
        }
        self.webhooks.enqueue(ws.webhook_url, envelope)

    def balances(self) -> dict[str, int]:
        """Balance per account."""
        return {a.account_id: a.balance for a in self.accounts.values()}

    def snapshot(self) -> dict[str, Any]:
        """The ledger plus a few counters, for `GET /_mock/ledger`."""
        data = self.ledger.snapshot(self.balances())
        data["clock"] = {"now": iso(self.clock.now()), "offset_seconds": self.clock.offset}
        data["storage_used"] = {a.account_id: a.storage_used for a in self.accounts.values()}
        data["settings"] = attrs.asdict(self.settings)
        return data
