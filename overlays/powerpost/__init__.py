"""PowerPost Python SDK: typed errors, retries, pacing, pagination and waiters over the generated client.

from powerpost import PowerPost
pp = PowerPost()                      # POWERPOST_API_KEY / POWERPOST_WORKSPACE_ID from the environment
started = pp.content.generate({"prompt": "We shipped dark mode", "post_types": ["x-post"],
                               "research_mode": "regular"})
generation = pp.content.wait(started.generation_id)
"""

from . import types
from ._async_client import AsyncPowerPost
from ._client import PowerPost
from ._config import ConfigurationError
from ._env_logging import setup_logging
from ._errors import (
    AlreadyPublishedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    FileTooLargeError,
    InsecureBaseURLError,
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
    RequestEncodingError,
    RequestValidationError,
    ResponseTooLargeError,
    StorageQuotaExceededError,
    UnexpectedResponseError,
    UnprocessableEntityError,
    ValidationError,
    WaitTimeoutError,
    WebhookParseError,
)
from ._raw_response import RawResponse
from ._request_options import RequestOptions
from ._response_info import RateLimitInfo, ResponseInfo
from ._retry import RetryPolicy
from ._transport import PowerPostTransport
from ._version import __version__
from ._webhooks import UnknownEvent, parse_event

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
    "InsecureBaseURLError",
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
    "RawResponse",
    "RequestEncodingError",
    "RequestOptions",
    "RequestValidationError",
    "ResponseInfo",
    "ResponseTooLargeError",
    "RetryPolicy",
    "StorageQuotaExceededError",
    "UnexpectedResponseError",
    "UnknownEvent",
    "UnprocessableEntityError",
    "ValidationError",
    "WaitTimeoutError",
    "WebhookParseError",
    "__version__",
    "parse_event",
    "setup_logging",
    "types",
]

setup_logging()
