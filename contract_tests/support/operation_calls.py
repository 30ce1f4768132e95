"""Hand-built requests to one operation, checked by every check the fuzzed requests get."""

from __future__ import annotations

import json
from typing import Any

import schemathesis
from schemathesis.specs.openapi.checks import ignored_auth

from contract_tests.support.sample_requests import sample_request


def call_checked(
    schema: Any,
    operation_id: str,
    *,
    headers: dict[str, str],
    expected_status: int | None = None,
    expected_code: str | None = None,
    **overrides: Any,
) -> tuple[schemathesis.Response, Any]:
    """Send the operation's sample request (with ``overrides``) and ``headers``, validate the response.

    Returns the response and its JSON body; asserts the status and error code when they are given.
    """
    kwargs = {**sample_request(operation_id), **overrides}
    case = schema.find_operation_by_id(operation_id).Case(**kwargs)
    # Set on the case itself (not `call(headers=...)`), so the checks see exactly what was sent.
    case.headers = dict(headers)
    response = case.call()
    body = json.loads(response.content) if response.content else None
    detail = f"{operation_id}: HTTP {response.status_code} {response.content[:300]!r}"
    if expected_status is not None:
        assert response.status_code == expected_status, detail
    if expected_code is not None:
        assert isinstance(body, dict), detail
        assert body.get("error", {}).get("code") == expected_code, detail
    # ignored_auth judges credentials it did not configure itself as generated (invalid) ones, which hand-set
    # headers always are here; the fuzzed tests run it, and test_auth.py asserts auth enforcement directly.
    case.validate_response(response, excluded_checks=[ignored_auth])
    return response, body
