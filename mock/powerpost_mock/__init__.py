"""PowerPost mock server: a stateful, spec-driven stand-in for the PowerPost API v1.

Run it with `powerpost-mock` (or `python -m powerpost_mock`), or in-process with `create_app()` /
`run_in_thread()`. See `README.md` next to this package for the behaviour, triggers and admin calls.
"""

from .app import create_app
from .mock_state import MockState
from .server import RunningMock, run_in_thread
from .settings import MockSettings

__all__ = ["MockSettings", "MockState", "RunningMock", "create_app", "run_in_thread"]
