"""The seam to the generated client: build its `AuthenticatedClient` and unwrap its responses."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx
from powerpost_api.client import AuthenticatedClient
from powerpost_api.errors import UnparsableResponse
from powerpost_api.types import Response

from ._config import ClientConfig
from ._drift import Recorder
from ._errors import PowerPostError, UnexpectedResponseError
from ._transport import PowerPostTransport
from ._version import __version__

T = TypeVar("T")

USER_AGENT = f"powerpost-python/{__version__}"
WORKSPACE_HEADER = "X-Workspace-Id"
# What a generated parser raises on a 2xx body that is not a JSON object (UnparsableResponse carries the
# body). RecursionError: `response.json()` on a body nested deeper than the interpreter's recursion limit.
PARSE_ERRORS = (
    UnparsableResponse,
    KeyError,
    TypeError,
    AttributeError,
    ValueError,
    json.JSONDecodeError,
    RecursionError,
)
# How many deviations a strict-mode error names in its message (all of them are in `.drift`).
_SHOWN_DRIFT = 5


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
        request_id = response.headers.get("x-request-id")
        raise UnexpectedResponseError(
            f"Expected a {model.__name__} in the HTTP {int(response.status_code)} response, "
            f"got {type(parsed).__name__}; request id {request_id}",
            body=response.content,
            status_code=int(response.status_code),
            request_id=request_id,
        )
    return parsed


def settle_drift(recorder: Recorder, strict: bool, body: bytes, headers: Mapping[str, str]) -> None:
    """After a parse that deviated from the spec: raise in strict mode, else log each deviation."""
    if not strict:
        recorder.log()
        return
    found = recorder.found
    shown = "; ".join(str(item) for item in found[:_SHOWN_DRIFT])
    more = f" and {len(found) - _SHOWN_DRIFT} more" if len(found) > _SHOWN_DRIFT else ""
    request_id = headers.get("x-request-id")
    raise UnexpectedResponseError(
        f"The response deviates from the spec (strict mode): {shown}{more}; request id {request_id}",
        body=body,
        request_id=request_id,
        operation=recorder.operation,
        drift=tuple(found),
    )


def unparsable(
    exc: Exception, *, response: httpx.Response | None = None, operation: str | None = None
) -> PowerPostError:
    """Wrap a generated parser's failure on a 2xx body, keeping the body."""
    status: int | None
    if isinstance(exc, UnparsableResponse):
        cause: BaseException = exc.cause
        body, status, headers = exc.content, exc.status_code, exc.headers
    else:
        cause = exc
        body = response.content if response is not None else b""
        status = response.status_code if response is not None else None
        headers = response.headers if response is not None else {}
    request_id = headers.get("x-request-id")
    return UnexpectedResponseError(
        f"The response body is not the documented model: {cause!r}; request id {request_id}",
        body=body,
        status_code=status,
        request_id=request_id,
        operation=operation,
    )
