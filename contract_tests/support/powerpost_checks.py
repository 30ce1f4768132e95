"""PowerPost-specific response checks, registered with schemathesis next to its built-in ones.

Importing this module registers them; every schemathesis call in the suite then runs them on each response.
"""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.schemas import APIOperation
from schemathesis.specs.openapi.checks import has_only_additional_properties_in_non_body_parameters

from contract_tests.support.error_contract import error_body_problems

Case = schemathesis.Case[APIOperation[Any, Any, Any, Any]]
INPUT_LOCATIONS = (ParameterLocation.BODY, ParameterLocation.QUERY, ParameterLocation.PATH)
RATE_LIMIT_HEADERS = ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset")
# Live servers' clocks drift a little from ours; the mock shares our clock.
CLOCK_SKEW_SECONDS = 5
# A reset further away than this is not a rate-limit window any more.
MAX_WINDOW_SECONDS = 2 * 24 * 3600

_seen_request_ids: set[str] = set()
_seen_lock = threading.Lock()


def _header(response: schemathesis.Response, name: str) -> str | None:
    values = response.headers.get(name)
    return values[0] if values else None


@schemathesis.check
def powerpost_rate_limit_headers(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case
) -> bool | None:
    """Every response carries the rate-limit headers as sane integers: remaining ≤ limit, reset ahead."""
    values: dict[str, int] = {}
    for name in RATE_LIMIT_HEADERS:
        raw = _header(response, name)
        if raw is None:
            raise AssertionError(f"HTTP {response.status_code} without the {name} header")
        try:
            values[name] = int(raw)
        except ValueError:
            raise AssertionError(f"{name} is not an integer: {raw!r}") from None
    limit, remaining, reset = (values[name] for name in RATE_LIMIT_HEADERS)
    if limit <= 0:
        raise AssertionError(f"x-ratelimit-limit must be positive, got {limit}")
    if not 0 <= remaining <= limit:
        raise AssertionError(f"x-ratelimit-remaining {remaining} outside 0..limit ({limit})")
    now = time.time()
    if reset < now - CLOCK_SKEW_SECONDS:
        raise AssertionError(f"x-ratelimit-reset {reset} is in the past (now {int(now)})")
    if reset > now + MAX_WINDOW_SECONDS:
        raise AssertionError(f"x-ratelimit-reset {reset} is not a Unix time within two days (now {int(now)})")
    return None


@schemathesis.check
def powerpost_request_id(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case
) -> bool | None:
    """Every response carries a non-empty X-Request-Id that no other response of the run had."""
    request_id = _header(response, "x-request-id")
    if not request_id:
        raise AssertionError(f"HTTP {response.status_code} without an X-Request-Id")
    with _seen_lock:
        if request_id in _seen_request_ids:
            raise AssertionError(f"X-Request-Id {request_id!r} was already used by another response")
        _seen_request_ids.add(request_id)
    return None


def _json_body(response: schemathesis.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        raise AssertionError(
            f"HTTP {response.status_code} error body is not JSON: {response.content[:200]!r}"
        ) from None


@schemathesis.check
def powerpost_error_body(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case
) -> bool | None:
    """Every error body matches ErrorResponse and its code is one documented for the status."""
    if response.status_code < 400:
        return None
    problems = error_body_problems(response.status_code, _json_body(response))
    if problems:
        raise AssertionError(f"HTTP {response.status_code}: " + "; ".join(problems))
    return None


@schemathesis.check
def powerpost_invalid_input_is_validation_error(
    ctx: schemathesis.CheckContext, response: schemathesis.Response, case: Case
) -> bool | None:
    """A request the spec calls invalid is refused with 400 VALIDATION_ERROR (auth may refuse it first).

    2xx answers to invalid data are left to schemathesis's ``negative_data_rejection``, which knows when a
    mutation turns valid on the wire; 5xx to ``not_a_server_error``.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return None
    # A method the path does not declare is unsupported_method's business (405 + Allow), not bad input.
    if case.method.upper() != case.operation.method.upper():
        return None
    # Only input the operation reads counts: a bogus Content-Type on a bodiless GET, or an unknown extra
    # parameter, may rightly be ignored (schemathesis's negative_data_rejection makes the same exemption).
    if not any(meta.is_negative_at(location) for location in INPUT_LOCATIONS):
        return None
    if has_only_additional_properties_in_non_body_parameters(case):
        return None
    status = response.status_code
    if status < 400 or status >= 500 or status in (400, 401, 403):
        return None
    # An invalid id (empty, or with a slash once encoded) can miss the route entirely.
    if status in (404, 405) and meta.is_negative_at(ParameterLocation.PATH):
        return None
    raise AssertionError(f"invalid input answered HTTP {status} instead of 400 VALIDATION_ERROR")


CUSTOM_CHECKS = (
    powerpost_rate_limit_headers,
    powerpost_request_id,
    powerpost_error_body,
    powerpost_invalid_input_is_validation_error,
)
