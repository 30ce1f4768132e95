"""PowerPost Python SDK: typed errors, retries, pacing, pagination and waiters over the generated client.

from powerpost import PowerPost
pp = PowerPost()                      # POWERPOST_API_KEY / POWERPOST_WORKSPACE_ID from the environment
started = pp.content.generate({"prompt": "We shipped dark mode", "post_types": ["x-post"],
                               "research_mode": "regular"})
generation = pp.content.wait(started.generation_id)
"""

from . import _status_errors, types
from ._async_client import AsyncPowerPost
from ._client import PowerPost
from ._config import ConfigurationError
from ._env_logging import setup_logging
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InsecureBaseURLError,
    JobFailedError,
    PowerPostError,
    RequestEncodingError,
    RequestValidationError,
    ResponseTooLargeError,
    UnexpectedResponseError,
    WaitTimeoutError,
    WebhookParseError,
)
from ._raw_response import RawResponse
from ._request_options import RequestOptions
from ._response_info import RateLimitInfo, ResponseInfo
from ._retry import RetryPolicy
from ._status_errors import *  # noqa: F403 - a class per error status and code, generated from the spec
from ._transport import PowerPostTransport
from ._version import __version__
from ._webhooks import UnknownEvent, parse_event

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPowerPost",
    "ConfigurationError",
    "InsecureBaseURLError",
    "JobFailedError",
    "PowerPost",
    "PowerPostError",
    "PowerPostTransport",
    "RateLimitInfo",
    "RawResponse",
    "RequestEncodingError",
    "RequestOptions",
    "RequestValidationError",
    "ResponseInfo",
    "ResponseTooLargeError",
    "RetryPolicy",
    "UnexpectedResponseError",
    "UnknownEvent",
    "WaitTimeoutError",
    "WebhookParseError",
    "__version__",
    "parse_event",
    "setup_logging",
    "types",
]
__all__ += _status_errors.__all__

setup_logging()
