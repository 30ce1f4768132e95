"""PowerPost mock server: a stateful, spec-driven stand-in for the PowerPost API v1.

Run it with `powerpost-mock` (or `python -m powerpost_mock`), or in-process with `create_app()` /
`run_in_thread()`. See `README.md` next to this package for the behaviour, triggers and admin calls.

The folders follow a request's way through the mock, each importing only the ones after it:
`http` (server, ASGI app, guards, dispatcher, admin) → `operations` (handlers per resource, job
lifecycle) → `state` (store, ledger, quotas, clock, limits, faults, webhooks) → `spec` (loading,
validation, routing, response shapes). `settings` and `errors` are shared by all; `tests/mock/
test_architecture.py` checks the order and that no import cycle exists.
"""

from .http.app import create_app
from .http.server import RunningMock, run_in_thread
from .settings import MockSettings
from .state.store import MockState

__all__ = ["MockSettings", "MockState", "RunningMock", "create_app", "run_in_thread"]
