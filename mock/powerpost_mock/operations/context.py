"""What a handler gets: the caller (key, account, workspace), the validated inputs and the state."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import attrs
from starlette.requests import Request

from ..errors import not_found
from ..state.models import Account, ApiKey, Workspace
from ..state.store import MockState

T = TypeVar("T")


@attrs.define
class RequestContext:
    """One authenticated, validated API request."""

    state: MockState
    request: Request
    request_id: str
    key: ApiKey
    account: Account
    workspace: Workspace | None
    path: dict[str, str]
    query: dict[str, Any]
    body: Any

    @property
    def ws(self) -> Workspace:
        """The request's workspace (every operation but get_credits has one)."""
        assert self.workspace is not None
        return self.workspace

    def find(self, collection: Mapping[str, T], ident: str, what: str) -> T:
        """An object of this workspace by id, or 404 (objects of other workspaces do not exist here)."""
        found = collection.get(ident)
        if found is None or getattr(found, "workspace_id", None) != self.ws.workspace_id:
            raise not_found(what, ident)
        return found


Handler = Callable[[RequestContext], Awaitable[dict[str, Any]]]
