"""PowerPost Python SDK: typed errors, retries, pacing, pagination and waiters over the generated client.

from powerpost import PowerPost
pp = PowerPost()                      # POWERPOST_API_KEY / POWERPOST_WORKSPACE_ID from the environment
started = pp.content.generate({"prompt": "We shipped dark mode", "post_types": ["x-post"],
                               "research_mode": "regular"})
generation = pp.content.wait(started.generation_id)
"""

from . import errors, params, webhooks
from ._version import __version__
from .async_client import AsyncPowerPost
from .client import PowerPost
from .config import ConfigurationError
from .env_logging import setup_logging
from .errors import (
    AlreadyPublishedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FileTooLargeError,
    InsufficientCreditsError,
    InsufficientScopeError,
    InternalServerError,
    JobFailedError,
    NotFoundError,
    PayloadTooLargeError,
    PaymentRequiredError,
    PermissionDeniedError,
    PlatformNotConnectedError,
    PowerPostError,
    RateLimitError,
    RequestValidationError,
    StorageQuotaExceededError,
    UnprocessableEntityError,
    ValidationError,
    WaitTimeoutError,
)
from .response_info import RateLimitInfo, ResponseInfo
from .retry import RetryPolicy
from .transport import PowerPostTransport
from .webhooks import UnknownEvent, parse_event

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AlreadyPublishedError",
    "AsyncPowerPost",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "FileTooLargeError",
    "InsufficientCreditsError",
    "InsufficientScopeError",
    "InternalServerError",
    "JobFailedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PlatformNotConnectedError",
    "PowerPost",
    "PowerPostError",
    "PowerPostTransport",
    "RateLimitError",
    "RateLimitInfo",
    "RequestValidationError",
    "ResponseInfo",
    "RetryPolicy",
    "StorageQuotaExceededError",
    "UnknownEvent",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeoutError",
    "__version__",
    "errors",
    "params",
    "parse_event",
    "setup_logging",
    "webhooks",
]

setup_logging()
