"""What the spec promises about error responses: the envelope and the codes documented per status."""

from __future__ import annotations

import functools
from typing import Any

import jsonschema
import yaml

from contract_tests.support.targets import SPEC_PATH

# The codes each status may carry (spec `components/responses`, Error Codes page). A code outside this table
# for a documented status is drift, even though `code` is an open string for clients.
DOCUMENTED_ERROR_CODES: dict[int, frozenset[str]] = {
    400: frozenset({"VALIDATION_ERROR"}),
    401: frozenset({"INVALID_API_KEY"}),
    402: frozenset({"INSUFFICIENT_CREDITS"}),
    403: frozenset({"FORBIDDEN", "INSUFFICIENT_SCOPE"}),
    404: frozenset({"NOT_FOUND"}),
    409: frozenset({"ALREADY_PUBLISHED"}),
    413: frozenset({"FILE_TOO_LARGE", "STORAGE_QUOTA_EXCEEDED"}),
    422: frozenset({"PLATFORM_NOT_CONNECTED"}),
    429: frozenset({"RATE_LIMIT_EXCEEDED"}),
    500: frozenset({"INTERNAL_ERROR"}),
}


@functools.cache
def load_spec() -> dict[str, Any]:
    """The parsed spec (read once)."""
    with SPEC_PATH.open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


@functools.cache
def _error_response_validator() -> jsonschema.protocols.Validator:
    # Referencing the component from the spec document itself keeps one definition of the envelope.
    schema = {**load_spec(), "$ref": "#/components/schemas/ErrorResponse"}
    validator_class = jsonschema.validators.validator_for(
        {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    )
    validator: jsonschema.protocols.Validator = validator_class(schema)
    return validator


def error_body_problems(status: int, body: Any) -> list[str]:
    """Everything wrong with an error body for ``status``; empty when it honours the contract."""
    problems = [
        f"{'/'.join(str(p) for p in error.absolute_path) or '<body>'}: {error.message}"
        for error in _error_response_validator().iter_errors(body)
    ]
    if problems:
        return [f"body does not match ErrorResponse: {problem}" for problem in problems]
    code = body["error"]["code"]
    allowed = DOCUMENTED_ERROR_CODES.get(status)
    if allowed is not None and code not in allowed:
        problems.append(
            f"code {code!r} is not documented for HTTP {status} (expected {' or '.join(sorted(allowed))})"
        )
    if status == 429 and "retryAfter" not in body["error"]:
        problems.append("a 429 error carries no retryAfter")
    return problems
