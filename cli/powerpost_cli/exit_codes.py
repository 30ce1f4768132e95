"""Exit statuses of `powerpost`: one per kind of failure, so scripts can branch on `$?`.

| status | meaning |
|---|---|
| 0 | success |
| 1 | unexpected error (a bug, an unreadable response, an unknown 4xx) |
| 2 | usage: bad arguments, a missing setting (API key), a body the SDK rejects before sending |
| 3 | authentication or permission: any 401 or 403 (`INVALID_API_KEY`, `FORBIDDEN`, `INSUFFICIENT_SCOPE`) |
| 4 | not found: any 404 (`NOT_FOUND`) |
| 5 | rejected request: any 400 or 413 (`VALIDATION_ERROR`, `FILE_TOO_LARGE`, `STORAGE_QUOTA_EXCEEDED`) |
| 6 | not enough credits: any 402 (`INSUFFICIENT_CREDITS`) |
| 7 | conflict: any 409 or 422 (`ALREADY_PUBLISHED`, `PLATFORM_NOT_CONNECTED`) |
| 8 | rate limited: any 429 (`RATE_LIMIT_EXCEEDED`), after the SDK's own retries |
| 9 | server or connection: 5xx, connection failure (reset, stall, cut-short body), timeout, oversize answer |
| 10 | job failed, or a `--wait` ran out of time |
"""

from __future__ import annotations

from enum import IntEnum

import powerpost
from powerpost import ConfigurationError


class ExitCode(IntEnum):
    """The documented exit statuses (see the module docstring)."""

    OK = 0
    UNEXPECTED = 1
    USAGE = 2
    AUTH = 3
    NOT_FOUND = 4
    REJECTED = 5
    CREDITS = 6
    CONFLICT = 7
    RATE_LIMITED = 8
    SERVER = 9
    JOB = 10


_BY_CLASS: tuple[tuple[type[BaseException], ExitCode], ...] = (
    (powerpost.AuthenticationError, ExitCode.AUTH),
    (powerpost.PermissionDeniedError, ExitCode.AUTH),
    (powerpost.NotFoundError, ExitCode.NOT_FOUND),
    (powerpost.BadRequestError, ExitCode.REJECTED),
    (powerpost.PayloadTooLargeError, ExitCode.REJECTED),
    (powerpost.PaymentRequiredError, ExitCode.CREDITS),
    (powerpost.ConflictError, ExitCode.CONFLICT),
    (powerpost.UnprocessableEntityError, ExitCode.CONFLICT),
    (powerpost.RateLimitError, ExitCode.RATE_LIMITED),
    (powerpost.InternalServerError, ExitCode.SERVER),
    (powerpost.APIConnectionError, ExitCode.SERVER),
    (powerpost.ResponseTooLargeError, ExitCode.SERVER),
    (powerpost.JobFailedError, ExitCode.JOB),
    (powerpost.WaitTimeoutError, ExitCode.JOB),
    # Raised before anything is sent: the command line was given something unusable.
    (powerpost.RequestValidationError, ExitCode.USAGE),
    (ConfigurationError, ExitCode.USAGE),
    (powerpost.InsecureBaseURLError, ExitCode.USAGE),
)


def exit_code_for(exc: BaseException) -> ExitCode:
    """The exit status for an exception raised by the SDK; unknown codes land on their status class."""
    for cls, code in _BY_CLASS:
        if isinstance(exc, cls):
            return code
    if isinstance(exc, powerpost.APIStatusError):
        if exc.status_code in (401, 403):
            return ExitCode.AUTH
        if exc.status_code >= 500:
            return ExitCode.SERVER
    return ExitCode.UNEXPECTED
