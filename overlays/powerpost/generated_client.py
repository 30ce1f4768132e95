"""The seam to the generated client: build its `AuthenticatedClient` and unwrap its responses."""

from __future__ import annotations

import json
from typing import Any, TypeVar

import httpx
from powerpost_api.client import AuthenticatedClient
from powerpost_api.types import Response

from ._version import __version__
from .config import ClientConfig
from .errors import PowerPostError, UnexpectedResponseError
from .response_info import ResponseInfo
from .transport import PowerPostTransport

T = TypeVar("T")

USER_AGENT = f"powerpost-python/{__version__}"
WORKSPACE_HEADER = "X-Workspace-Id"
# What a generated parser raises on a 2xx body that is not the documented model. RecursionError:
# `response.json()` on a body nested deeper than the interpreter's recursion limit.
PARSE_ERRORS = (KeyError, TypeError, AttributeError, ValueError, json.JSONDecodeError, RecursionError)


def build_client(config: ClientConfig, transport: PowerPostTransport) -> AuthenticatedClient:
    """An `AuthenticatedClient` sending `x-api-key` and `X-Workspace-Id` through `transport`."""
    headers = {"User-Agent": USER_AGENT}
    if config.workspace_id:
        headers[WORKSPACE_HEADER] = config.workspace_id
    # The generated client writes the key into the dict it is given, hence a fresh one.
    return AuthenticatedClient(
        base_url=config.base_url,
        token=config.api_key,
        prefix="",
        auth_header_name="x-api-key",
        headers=dict(headers),
        timeout=config.timeout,
        httpx_args={"transport": transport},
    )


def expect(response: Response[Any], model: type[T]) -> T:
    """The parsed success model of a response (the transport has already raised for non-2xx)."""
    parsed = response.parsed
    if not isinstance(parsed, model):
        raise UnexpectedResponseError(
            f"Expected a {model.__name__} in the HTTP {int(response.status_code)} response, "
            f"got {type(parsed).__name__}; request id {response.headers.get('x-request-id')}"
        )
    return parsed


def info(response: Response[Any] | httpx.Response) -> ResponseInfo:
    """The request id and rate-limit state of a response (read from the headers when first asked for)."""
    return ResponseInfo(int(response.status_code), response.headers)


def unparsable(exc: Exception) -> PowerPostError:
    """Wrap a generated parser's failure on a 2xx body."""
    return UnexpectedResponseError(f"The response body is not the documented model: {exc!r}")
