"""What a live contract run may spend and leave behind on a real account, enforced call by call.

With ``POWERPOST_CONTRACT_ALLOW_SPEND=1`` the live run sends writes, and each write costs the account real
credits or leaves objects in its workspace. `LiveBudget`, installed as schemathesis hooks on the live
schema:

* reads the balance before the first call and before each call that spends, and skips the call (the rest of
  that test is skipped, with the reason) when what is already spent plus the call's worst-case price would
  pass ``POWERPOST_CONTRACT_MAX_CREDITS`` (default 30);
* skips creating more than ``POWERPOST_CONTRACT_MAX_LEFT_BEHIND`` (default 3) of each kind the API offers
  no way to delete (draft posts, uploads, generations);
* records every calendar entry created and deletes those still there when the run ends;
* reports what was spent (balance before and after) and what was left behind, by id.

Worst-case prices are upper bounds of PowerPost's published prices, computed from the request (a body the
API would refuse costs nothing, but is priced as if accepted, so a refusal never surprises the budget).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Mapping
from typing import Any

import attrs
import httpx
import pytest
import schemathesis

from contract_tests.support.targets import Target

ENV_MAX_CREDITS = "POWERPOST_CONTRACT_MAX_CREDITS"
ENV_MAX_LEFT_BEHIND = "POWERPOST_CONTRACT_MAX_LEFT_BEHIND"
DEFAULT_MAX_CREDITS = 30
DEFAULT_MAX_LEFT_BEHIND = 3
HTTP_TIMEOUT = 30.0

# Upper bounds per unit: captions 8 (deep) +1 per image, +6 per video minute, +1 per source URL; images
# 14 (the dearest model) each; publishing 4 per item (X), at most 10 items per post. PowerPost publishes no
# video prices: 5 per second is this suite's assumption, and a call that cost more than its bound still
# counts in full, so every later spending call is then skipped.
CAPTION_MAX_BASE = 8
CAPTION_MAX_PER_MEDIA = 6
IMAGE_MAX_EACH = 14
VIDEO_MAX_PER_SECOND = 5
VIDEO_MAX_SECONDS = 10
PUBLISH_MAX_PER_ITEM = 4
PUBLISH_MAX_ITEMS = 10

# What a 2xx of these operations leaves in the workspace that no API call can remove, and its id field.
UNDELETABLE = {
    "create_post": ("draft posts", "post_id"),
    "upload_media": ("uploads", "media_id"),
    "generate_content": ("caption generations", "generation_id"),
    "generate_image": ("image generations", "image_generation_id"),
    "generate_video": ("video generations", "video_generation_id"),
}


def _count(body: Any, field: str) -> int:
    value = body.get(field) if isinstance(body, Mapping) else None
    return len(value) if isinstance(value, list) else 0


def _number(body: Any, field: str, default: int, cap: int) -> int:
    value = body.get(field) if isinstance(body, Mapping) else None
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= cap:
        return value
    return default


def worst_case_price(operation_id: str, body: Any) -> int:
    """The most credits this request can cost (0 for operations that never spend)."""
    if operation_id == "generate_content":
        media = _count(body, "media_ids")
        return CAPTION_MAX_BASE + CAPTION_MAX_PER_MEDIA * media + _count(body, "source_urls")
    if operation_id == "generate_image":
        return IMAGE_MAX_EACH * _number(body, "quantity", 4, 4)
    if operation_id == "generate_video":
        return VIDEO_MAX_PER_SECOND * _number(body, "duration", VIDEO_MAX_SECONDS, VIDEO_MAX_SECONDS)
    if operation_id == "publish_post":
        return PUBLISH_MAX_PER_ITEM * PUBLISH_MAX_ITEMS
    return 0


def _env_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    value = int(raw)
    if value < 0:
        raise ValueError(f"{name} must be >= 0, not {value}")
    return value


@attrs.define
class LiveBudget:
    """The spending and leftovers of one live run (see the module docstring)."""

    target: Target
    max_credits: int = DEFAULT_MAX_CREDITS
    max_left_behind: int = DEFAULT_MAX_LEFT_BEHIND
    start_balance: int | None = None
    end_balance: int | None = None
    skipped: Counter[str] = attrs.field(factory=Counter)
    entries: set[str] = attrs.field(factory=set)
    deleted: list[str] = attrs.field(factory=list)
    left_behind: dict[str, list[str]] = attrs.field(factory=dict)
    post_items: dict[str, int] = attrs.field(factory=dict)

    @classmethod
    def from_env(cls, target: Target, env: Mapping[str, str] | None = None) -> LiveBudget:
        """The budget of ``POWERPOST_CONTRACT_MAX_CREDITS`` / ``_MAX_LEFT_BEHIND`` (defaults 30 / 3)."""
        env = os.environ if env is None else env
        return cls(
            target,
            _env_int(env, ENV_MAX_CREDITS, DEFAULT_MAX_CREDITS),
            _env_int(env, ENV_MAX_LEFT_BEHIND, DEFAULT_MAX_LEFT_BEHIND),
        )

    def _client(self) -> httpx.Client:
        headers = {"x-api-key": self.target.api_key, "X-Workspace-Id": self.target.workspace_id}
        return httpx.Client(base_url=self.target.base_url, headers=headers, timeout=HTTP_TIMEOUT)

    def balance(self) -> int:
        """The account's balance now (one `GET /account/credits`)."""
        with self._client() as client:
            response = client.get("/account/credits")
        response.raise_for_status()
        return int(response.json()["balance"])

    def spent(self, balance: int) -> int:
        """Credits spent since the run started, given the balance now."""
        return 0 if self.start_balance is None else self.start_balance - balance

    def before_call(self, operation_id: str, body: Any, path: Mapping[str, Any] | None = None) -> None:
        """Skip (pytest.skip) a call that could pass the credit budget or leave too much behind."""
        price = worst_case_price(operation_id, body)
        if operation_id == "publish_post" and path and str(path.get("post_id")) in self.post_items:
            price = PUBLISH_MAX_PER_ITEM * self.post_items[str(path.get("post_id"))]
        if self.start_balance is None or price:
            balance = self.balance()
            if self.start_balance is None:
                self.start_balance = balance
            spent = self.spent(balance)
            if spent + price > self.max_credits:
                self.skipped[operation_id] += 1
                pytest.skip(
                    f"credit budget: {spent} of {self.max_credits} credits spent, {operation_id} may cost up "
                    f"to {price} more (raise {ENV_MAX_CREDITS} to allow it)"
                )
        if operation_id in UNDELETABLE:
            kind, _ = UNDELETABLE[operation_id]
            if len(self.left_behind.get(kind, [])) >= self.max_left_behind:
                self.skipped[operation_id] += 1
                pytest.skip(
                    f"{self.max_left_behind} {kind} already created, and the API cannot delete them "
                    f"(raise {ENV_MAX_LEFT_BEHIND} to allow more)"
                )

    def after_call(self, operation_id: str, path: Mapping[str, Any], status: int, body: Any) -> None:
        """Remember what a successful call created or deleted."""
        if not 200 <= status < 300 or not isinstance(body, Mapping):
            return
        if operation_id == "create_calendar_entry" and isinstance(body.get("entry_id"), str):
            self.entries.add(body["entry_id"])
        elif operation_id == "delete_calendar_entry":
            self.entries.discard(str(path.get("entry_id")))
        elif operation_id in UNDELETABLE:
            kind, field = UNDELETABLE[operation_id]
            self.left_behind.setdefault(kind, []).append(str(body.get(field, "?")))
            if operation_id == "create_post" and isinstance(body.get("items"), list):
                self.post_items[str(body.get("post_id"))] = len(body["items"])

    def install(self, schema: Any) -> None:
        """Register the budget as `before_call` / `after_call` hooks for the calls to `schema`'s server.

        schemathesis takes `before_call` hooks only globally (and copies schemas per test), so both hooks
        ignore calls to any other base URL."""
        base_url = str(schema.get_base_url()).rstrip("/")

        def mine(case: Any) -> bool:
            return str(case.operation.base_url or "").rstrip("/") == base_url

        def before_call(context: Any, case: Any, **kwargs: Any) -> None:
            if mine(case):
                operation_id = str(case.operation.definition.raw.get("operationId"))
                self.before_call(operation_id, case.body, case.path_parameters or {})

        def after_call(context: Any, case: Any, response: Any) -> None:
            if not mine(case):
                return
            try:
                body = response.json()
            except ValueError:
                body = None
            operation_id = str(case.operation.definition.raw.get("operationId"))
            self.after_call(operation_id, case.path_parameters or {}, response.status_code, body)

        schemathesis.hook(before_call)
        schemathesis.hook(after_call)

    def clean_up(self) -> None:
        """Delete the calendar entries the run created and still exist; read the final balance."""
        with self._client() as client:
            for entry_id in sorted(self.entries):
                response = client.delete(f"/calendar/entries/{entry_id}")
                if response.status_code in (200, 204, 404):
                    self.deleted.append(entry_id)
        self.entries.difference_update(self.deleted)
        if self.start_balance is not None:
            self.end_balance = self.balance()

    def report(self) -> list[str]:
        """Lines for the run report: spent, skipped, deleted and left behind."""
        if self.start_balance is None or self.end_balance is None:
            return ["live budget: nothing was sent"]
        spent = self.start_balance - self.end_balance
        lines = [
            f"live budget: spent {spent} of at most {self.max_credits} credits "
            f"(balance {self.start_balance} → {self.end_balance})",
            f"live budget: calls skipped to stay within it: {dict(self.skipped) or 'none'}",
            f"live budget: calendar entries deleted {len(self.deleted)}, kept {sorted(self.entries)}",
        ]
        for kind, ids in sorted(self.left_behind.items()):
            lines.append(
                f"live budget: left behind ({kind}, no delete in the API): {len(ids)}: {', '.join(ids)}"
            )
        if not self.left_behind:
            lines.append("live budget: left behind: nothing")
        return lines
