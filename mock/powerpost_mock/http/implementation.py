"""Which of uvicorn's HTTP/1.1 implementations serves the mock: httptools (C parser) when installed, else h11.

httptools roughly doubles the mock's requests per second (h11 is pure Python and took ~40% of the server's
time under load). Both support every feature of the mock, dropped connections included (see
`dispatcher.drop_connection`), so "auto" only depends on what is installed; "h11" stays selectable.
"""

from __future__ import annotations

import importlib.util
from typing import Literal

HttpChoice = Literal["auto", "httptools", "h11"]
HTTP_CHOICES: tuple[HttpChoice, ...] = ("auto", "httptools", "h11")
VERBOSE_LOG_LEVELS = ("trace", "debug", "info")


def httptools_installed() -> bool:
    """Whether the `httptools` package can be imported."""
    return importlib.util.find_spec("httptools") is not None


def resolve_http(choice: str = "auto") -> Literal["httptools", "h11"]:
    """The implementation to hand uvicorn for `choice`; asking for httptools without it is an error."""
    if choice == "h11":
        return "h11"
    if choice not in ("auto", "httptools"):
        raise ValueError(f"unknown HTTP implementation {choice!r}; choose one of {', '.join(HTTP_CHOICES)}")
    if httptools_installed():
        return "httptools"
    if choice == "httptools":
        raise RuntimeError("httptools is not installed: pip install 'powerpost[mock]' or choose http='h11'")
    return "h11"


def access_log_wanted(log_level: str) -> bool:
    """Access lines only at levels that print them: uvicorn otherwise still formats each one's arguments."""
    return log_level.lower() in VERBOSE_LOG_LEVELS
